// JSON and CSV out (and JSON back in).

#include "bind_struct.hpp"
#include "register.hpp"

#include <jixiao/csv.hpp>
#include <jixiao/json.hpp>

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
        [](const Document& d, bool bom) {
          py::gil_scoped_release unlocked;
          return to_csv(d, CsvOptions{bom});
        },
        py::arg("document"), py::arg("bom") = false, "One row per indicator with its project's columns.");
}

}  // namespace jixiao::python
