// C++ exceptions → the documented Python hierarchy of jixiao.errors.

#include "register.hpp"

#include <jixiao/error.hpp>
#include <jixiao/read.hpp>

namespace jixiao::python {

namespace py = pybind11;

namespace {

void raise(const char* name, py::tuple args) {
  const py::object cls = py::module_::import("jixiao.errors").attr(name);
  PyErr_SetObject(cls.ptr(), cls(*args).ptr());
}

}  // namespace

void register_errors(py::module_&) {
  py::register_exception_translator([](std::exception_ptr p) {
    if (!p) return;
    try {
      std::rethrow_exception(p);
    } catch (const ParseError& e) {
      raise("ParseError", py::make_tuple(e.what(), e.line, e.column));
    } catch (const OverflowError& e) {
      raise("OverflowError", py::make_tuple(e.what()));
    } catch (const DivisionByZeroError& e) {
      raise("DivisionByZeroError", py::make_tuple(e.what()));
    } catch (const InexactError& e) {
      raise("InexactError", py::make_tuple(e.what()));
    } catch (const EncodingError& e) {
      raise("EncodingError", py::make_tuple(e.what(), e.offset));
    } catch (const LimitError& e) {
      raise("LimitError", py::make_tuple(e.what()));
    } catch (const UnsupportedFormatError& e) {
      raise("UnsupportedFormatError", py::make_tuple(e.what()));
    } catch (const Error& e) {
      raise("Error", py::make_tuple(e.what()));
    }
  });
}

}  // namespace jixiao::python
