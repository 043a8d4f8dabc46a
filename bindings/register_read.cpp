// The reader. Long C++ work runs without the GIL so Python threads can read in parallel.

#include "bind_struct.hpp"
#include "register.hpp"

#include <jixiao/read.hpp>

#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <string>

namespace jixiao::python {

void register_read(py::module_& m) {
  register_enum<Encoding>(m, "Encoding");
  bind_struct<ReadOptions>(m, "ReadOptions", "Options of the reader: encoding, size limits, year.");

  py::class_<ReadResult>(m, "ReadResult", "A Document with the reader's diagnostics and the detected encoding.")
      .def_readonly("document", &ReadResult::document)
      .def_readonly("diagnostics", &ReadResult::diagnostics)
      .def_readonly("encoding", &ReadResult::encoding)
      .def("has_errors", &ReadResult::has_errors);

  m.def("read_text",
        [](const std::string& text, const ReadOptions& options) {
          py::gil_scoped_release unlocked;
          return read_document(std::string_view(text), options);
        },
        py::arg("text"), py::arg("options") = ReadOptions{}, "Read a document from text (str).");
  m.def("read_bytes",
        [](const py::bytes& data, const ReadOptions& options) {
          std::string bytes = data;  // copied while the GIL is held
          py::gil_scoped_release unlocked;
          return read_document(std::string_view(bytes), options);
        },
        py::arg("data"), py::arg("options") = ReadOptions{}, "Read a document from bytes (UTF-8 or GB18030).");
  m.def("read_file",
        [](const std::filesystem::path& path, const ReadOptions& options) {
          py::gil_scoped_release unlocked;
          return read_document(path, options);
        },
        py::arg("path"), py::arg("options") = ReadOptions{}, "Read a document file (str or pathlib.Path).");
}

}  // namespace jixiao::python
