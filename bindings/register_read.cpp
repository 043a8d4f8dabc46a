// The reader. Long C++ work runs without the GIL so Python threads can read in parallel.

#include "bind_struct.hpp"
#include "register.hpp"

#include <jixiao/read.hpp>
#include <jixiao/read_many.hpp>

#include <pybind11/stl/filesystem.h>

#include <exception>
#include <filesystem>
#include <string>
#include <vector>

namespace jixiao::python {

namespace {

// A file of read_files that could not be read. raise_() raises its exception as jixiao would
// have raised it (ParseError, Error, …), so Python gets the exception object of each file.
struct ReadFailure {
  std::exception_ptr error;
};

}  // namespace

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

  py::class_<ReadFailure>(m, "_ReadFailure", "A file read_files could not read.")
      .def("raise_", [](const ReadFailure& f) { std::rethrow_exception(f.error); });
  m.def("read_files",
        [](const std::vector<std::filesystem::path>& paths, const ReadOptions& options, unsigned threads) {
          std::vector<ReadOutcome> outcomes;
          {
            py::gil_scoped_release unlocked;  // the whole pool runs without the GIL
            outcomes = read_many(paths, options, threads);
          }
          py::list out(outcomes.size());
          for (std::size_t i = 0; i < outcomes.size(); ++i)
            out[i] = outcomes[i].result ? py::cast(std::move(*outcomes[i].result))
                                        : py::cast(ReadFailure{outcomes[i].error});
          return out;
        },
        py::arg("paths"), py::arg("options") = ReadOptions{}, py::arg("threads") = 0u,
        "Read document files on `threads` C++ threads (0: one per core) without the GIL: a list, in the order of "
        "the paths, of ReadResult or, for a file that could not be read, _ReadFailure.");
}

}  // namespace jixiao::python
