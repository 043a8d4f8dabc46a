// The reader. Long C++ work runs without the GIL so Python threads can read in parallel.

#include "bind_struct.hpp"
#include "register.hpp"

#include <jixiao/describe.hpp>
#include <jixiao/grid.hpp>
#include <jixiao/read.hpp>
#include <jixiao/read_many.hpp>

#include <fmt/format.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <cstdint>
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
  bind_struct<ReadOptions>(m, "ReadOptions", "Options of the reader: format, encoding, limits, year.");

  py::class_<ReadResult>(m, "ReadResult", "A Document with the reader's diagnostics, the format and the encoding.")
      .def_readonly("document", &ReadResult::document)
      .def_readonly("diagnostics", &ReadResult::diagnostics)
      .def_readonly("encoding", &ReadResult::encoding)
      .def_readonly("format", &ReadResult::format)
      .def("has_errors", &ReadResult::has_errors);

  register_enum<RowKind>(m, "RowKind");
  bind_struct<GridCell>(m, "GridCell", "A cell of a grid: where its text is, its 0-based column and its spans.");
  bind_struct<GridRow>(m, "GridRow", "A row of a grid: a line of text or a table row, with its line and source place.");
  py::class_<Grid>(m, "Grid",
                   "What a front end makes of a file: lines of text and table rows of cells, in reading order. Build "
                   "one from any table source with add_row and add_cell, and read it with read_grid_document.")
      .def(py::init<Format>(), py::arg("format") = Format::text)
      .def_property_readonly("format", &Grid::format)
      .def_property_readonly("source", &Grid::source)
      .def_property_readonly("encoding", &Grid::encoding)
      .def_property_readonly("diagnostics", &Grid::diagnostics)
      .def("__len__", [](const Grid& g) { return g.rows().size(); })
      .def("rows", [](const Grid& g) { return g.rows(); }, "Every row, in reading order.")
      .def("cells", [](const Grid& g, const GridRow& row) { return std::vector<GridCell>(g.cells(row).begin(), g.cells(row).end()); },
           py::arg("row"))
      .def("text", [](const Grid& g, const GridCell& cell) { return std::string(g.text(cell)); }, py::arg("cell"))
      .def("name_part", &Grid::name_part, py::arg("number"), py::arg("name"))
      .def("add_row", [](Grid& g, RowKind kind, std::uint32_t part, std::uint32_t row,
                         std::uint32_t table) { return g.add_row(kind, part, row, table); },
           py::arg("kind"), py::arg("part") = 0, py::arg("row") = 0, py::arg("table") = 0,
           "Start a row; its line is the next ordinal.")
      .def("add_cell", [](Grid& g, const std::string& text, std::uint32_t column, std::uint32_t row_span,
                          std::uint32_t column_span) { g.add_cell(text, column, row_span, column_span); },
           py::arg("text"), py::arg("column"), py::arg("row_span") = 1, py::arg("column_span") = 1,
           "Add a cell to the last row.")
      .def("__eq__", [](const Grid& a, const Grid& b) { return a == b; })
      .def("__repr__", [](const Grid& g) {
        return fmt::format("Grid(format={}, rows={})", enum_name(g.format()), g.rows().size());
      });

  m.def("detect_format", [](const py::bytes& data) { return detect_format(std::string_view(data)); }, py::arg("data"),
        "The format of a file's bytes: xlsx, docx, pdf, html or text (detect: none jixiao reads).");
  m.def("read_grid_bytes",
        [](const py::bytes& data, const ReadOptions& options) {
          std::string bytes = data;
          py::gil_scoped_release unlocked;
          return read_grid(std::string_view(bytes), options);
        },
        py::arg("data"), py::arg("options") = ReadOptions{}, "The grid a front end makes of a file's bytes.");
  m.def("read_grid_file",
        [](const std::filesystem::path& path, const ReadOptions& options) {
          py::gil_scoped_release unlocked;
          return read_grid(path, options);
        },
        py::arg("path"), py::arg("options") = ReadOptions{}, "The grid a front end makes of a file.");
  m.def("read_grid_document",
        [](const Grid& grid, const ReadOptions& options) {
          py::gil_scoped_release unlocked;
          return read_document(grid, options);
        },
        py::arg("grid"), py::arg("options") = ReadOptions{}, "Read a grid with the layout reader.");

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
        py::arg("data"), py::arg("options") = ReadOptions{},
        "Read a document from a file's bytes: text (UTF-8 or GB18030), xlsx, docx, HTML or PDF.");
  m.def("read_file",
        [](const std::filesystem::path& path, const ReadOptions& options) {
          py::gil_scoped_release unlocked;
          return read_document(path, options);
        },
        py::arg("path"), py::arg("options") = ReadOptions{}, "Read a document file (str or pathlib.Path).");

  py::class_<ReadFailure>(m, "_ReadFailure", "A file read_files could not read.")
      .def("raise_", [](const ReadFailure& f) { std::rethrow_exception(f.error); });
  m.def("read_files",
        [](const std::vector<std::filesystem::path>& paths, const ReadOptions& options, unsigned threads,
           const py::object& progress) {
          ReadManyOptions many{.threads = threads};
          // Called on the thread that read the file, which takes the GIL for it; what it raises
          // (KeyboardInterrupt) stops the reading and comes back here.
          if (!progress.is_none())
            many.progress = [&progress](const ReadProgress& p) {
              py::gil_scoped_acquire held;
              progress(p.done, p.total, p.bytes_done, p.bytes_total);
            };
          std::vector<ReadOutcome> outcomes;
          {
            py::gil_scoped_release unlocked;  // the whole pool runs without the GIL
            outcomes = read_many(paths, options, many);
          }
          py::list out(outcomes.size());
          for (std::size_t i = 0; i < outcomes.size(); ++i)
            out[i] = outcomes[i].result ? py::cast(std::move(*outcomes[i].result))
                                        : py::cast(ReadFailure{outcomes[i].error});
          return out;
        },
        py::arg("paths"), py::arg("options") = ReadOptions{}, py::arg("threads") = 0u, py::arg("progress") = py::none(),
        "Read document files on `threads` C++ threads (0: one per core) without the GIL: a list, in the order of "
        "the paths, of ReadResult or, for a file that could not be read, _ReadFailure. `progress(done, total, "
        "bytes_done, bytes_total)` is called after each file.");
  m.def("find_documents",
        [](const std::vector<std::filesystem::path>& inputs) { return find_documents(inputs); }, py::arg("inputs"),
        "The files of `inputs`: a file as given, a folder replaced by the documents under it, found recursively by "
        "their names (.txt .xlsx .xlsm .docx .html .htm .pdf), sorted.");
}

}  // namespace jixiao::python
