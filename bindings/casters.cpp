#include "casters.hpp"

#include <jixiao/error.hpp>

namespace jixiao::python {

std::unordered_map<std::type_index, py::object>& enum_classes() {
  // Leaked on purpose: Python objects must not be released after the interpreter is gone.
  static auto* classes = new std::unordered_map<std::type_index, py::object>();
  return *classes;
}

void register_diagnostic_code(py::module_& module) {
  py::list members;
  for (const DiagnosticInfo& info : diagnostic_catalogue())
    members.append(py::make_tuple(enum_name(info.code), info.name));
  py::object cls =
      py::module_::import("enum").attr("StrEnum")("DiagnosticCode", members, py::arg("module") = module.attr("__name__"));
  module.attr("DiagnosticCode") = cls;
  enum_classes()[typeid(DiagnosticCode)] = cls;
}

namespace {

py::object decimal_class() {
  static py::object cls = py::module_::import("decimal").attr("Decimal");
  return cls;
}

}  // namespace

Decimal decimal_from_python(py::handle value) {
  if (py::isinstance<py::bool_>(value)) throw py::type_error("expected a decimal number, got bool");
  if (py::isinstance<py::float_>(value))
    throw py::type_error(
        "binary floats are not exact: pass a str, int or decimal.Decimal "
        "(or round explicitly with jixiao.decimal_from_float(x, places))");
  if (py::isinstance<py::int_>(value)) return Decimal::parse(py::str(value).cast<std::string>());
  if (py::isinstance<py::str>(value)) return Decimal::parse(value.cast<std::string>());
  if (py::isinstance(value, decimal_class())) {
    if (!value.attr("is_finite")().cast<bool>()) throw py::value_error("NaN and infinity are not decimal amounts");
    // Fixed-point text: Decimal('1E+2') and Decimal('0.000001') print without an exponent.
    return Decimal::parse(py::str(py::module_::import("builtins").attr("format")(value, "f")).cast<std::string>());
  }
  throw py::type_error(fmt::format("expected str, int or decimal.Decimal, got {}",
                                   py::str(py::type::of(value).attr("__name__")).cast<std::string>()));
}

py::object decimal_to_python(const Decimal& d) { return decimal_class()(d.to_string()); }

}  // namespace jixiao::python
