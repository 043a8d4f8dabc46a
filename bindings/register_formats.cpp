// JSON, CSV and xlsx out (and JSON back in).

#include "bind_struct.hpp"
#include "register.hpp"

#include <jixiao/csv.hpp>
#include <jixiao/json.hpp>
#include <jixiao/xlsx.hpp>

#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <string>
#include <vector>

namespace jixiao::python {

void register_formats(py::module_& m) {
  m.def("to_json",
        [](const Document& d, bool pretty) {
          py::gil_scoped_release unlocked;
          return to_json(d, JsonOptions{pretty});
        },
        py::arg("document"), py::arg("pretty") = false, "Canonical JSON (docs/json.md); decimals as strings.");
  m.def("document_from_json",
        [](std::string_view json) {
          py::gil_scoped_release unlocked;
          return document_from_json(json);
        },
        py::arg("json"));
  m.def("to_csv",
        [](const Document& d, bool bom, bool excel) {
          py::gil_scoped_release unlocked;
          return to_csv(d, CsvOptions{.bom = bom, .excel = excel});
        },
        py::arg("document"), py::arg("bom") = false, py::arg("excel") = false,
        "One row per indicator with its project's columns; excel: for a spreadsheet (cells it would run start "
        "with an apostrophe).");
  m.def("_write_xlsx",
        [](const std::filesystem::path& path, const py::list& entries) {
          // Each entry: (file, document, diagnostics, findings, monitoring or None, evaluation or None).
          std::vector<XlsxDocument> documents;
          for (const py::handle entry : entries) {
            const auto t = entry.cast<py::tuple>();
            XlsxDocument& d = documents.emplace_back();
            d.file = t[0].cast<std::string>();
            d.document = t[1].cast<Document>();
            for (const py::handle x : t[2]) d.diagnostics.push_back(x.cast<Diagnostic>());
            for (const py::handle x : t[3]) d.findings.push_back(x.cast<Finding>());
            if (!t[4].is_none()) d.monitoring = t[4].cast<MonitorReport>();
            if (!t[5].is_none()) d.evaluation = t[5].cast<Evaluation>();
          }
          py::gil_scoped_release unlocked;
          return write_xlsx(path, documents);
        },
        py::arg("path"), py::arg("entries"),
        "Write the xlsx workbook (include/jixiao/xlsx.hpp); returns the warnings.");
}

}  // namespace jixiao::python
