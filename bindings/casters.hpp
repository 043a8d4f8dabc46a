#pragma once
// Conversions between jixiao value types and Python objects.
//
// - Decimal ⇄ decimal.Decimal (str and int accepted; float refused: it is not exact).
// - Every Boost.Describe'd enum ⇄ a real enum.Enum built from the same declaration at import
//   (see register_enum), so Python sees `Level1.产出指标` and pandas gets categoricals.
// - DiagnosticCode ⇄ an enum.StrEnum whose values are the written names: `DiagnosticCode.cell_unplaced`
//   equals "cell-unplaced", as the code was a str before it was an enum.
// - Text ⇄ str: Python sees the model's texts as str, as before they were Text.

#include <jixiao/decimal.hpp>
#include <jixiao/diagnostic.hpp>
#include <jixiao/describe.hpp>
#include <jixiao/text.hpp>

#include <pybind11/pybind11.h>

#include <string>
#include <string_view>
#include <typeindex>
#include <unordered_map>

namespace jixiao::python {

namespace py = pybind11;

// The Python enum class created for each described C++ enum.
std::unordered_map<std::type_index, py::object>& enum_classes();

// Decimal from a Python value, refusing float with a message that says what to do instead.
Decimal decimal_from_python(py::handle value);
py::object decimal_to_python(const Decimal& d);

// Creates `name` as an enum.Enum in `module`, members named and valued by the declaration.
template <described_enum E>
void register_enum(py::module_& module, const char* name) {
  py::list members;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>(
      [&](auto d) { members.append(py::make_tuple(d.name, d.name)); });
  py::object cls = py::module_::import("enum").attr("Enum")(name, members, py::arg("module") = module.attr("__name__"));
  module.attr(name) = cls;
  enum_classes()[typeid(E)] = cls;
}

// DiagnosticCode as an enum.StrEnum: members named as the enumerators, valued as the written names.
void register_diagnostic_code(py::module_& module);

}  // namespace jixiao::python

namespace pybind11::detail {

template <>
struct type_caster<jixiao::Text> {
  PYBIND11_TYPE_CASTER(jixiao::Text, const_name("str"));

  bool load(handle src, bool convert) {
    make_caster<std::string_view> bytes;
    if (!bytes.load(src, convert)) return false;
    value = jixiao::Text(cast_op<std::string_view>(bytes));
    return true;
  }
  static handle cast(const jixiao::Text& text, return_value_policy policy, handle parent) {
    return make_caster<std::string_view>::cast(text.view(), policy, parent);
  }
};

template <>
struct type_caster<jixiao::Decimal> {
  PYBIND11_TYPE_CASTER(jixiao::Decimal, const_name("decimal.Decimal"));

  bool load(handle src, bool) {
    if (!src || src.is_none()) return false;
    value = jixiao::python::decimal_from_python(src);
    return true;
  }
  static handle cast(const jixiao::Decimal& d, return_value_policy, handle) {
    return jixiao::python::decimal_to_python(d).release();
  }
};

template <>
struct type_caster<jixiao::DiagnosticCode> {
  PYBIND11_TYPE_CASTER(jixiao::DiagnosticCode, const_name("DiagnosticCode"));

  // A member, or its written name ("cell-unplaced"): a member is a str too.
  bool load(handle src, bool) {
    if (!src || !isinstance<str>(src)) return false;
    const auto code = jixiao::diagnostic_code_from_name(src.cast<std::string>());
    if (!code) return false;
    value = *code;
    return true;
  }
  static handle cast(jixiao::DiagnosticCode code, return_value_policy, handle) {
    const auto& classes = jixiao::python::enum_classes();
    const auto it = classes.find(typeid(jixiao::DiagnosticCode));
    if (it == classes.end()) throw cast_error("DiagnosticCode used before its Python class was registered");
    return it->second(std::string(jixiao::code_name(code))).release();
  }
};

template <jixiao::described_enum E>
struct type_caster<E> {
  PYBIND11_TYPE_CASTER(E, const_name("enum.Enum"));

  bool load(handle src, bool) {
    if (!src || src.is_none()) return false;
    object name = isinstance<str>(src) ? reinterpret_borrow<object>(src) : getattr(src, "value", none());
    if (!isinstance<str>(name)) return false;
    const auto e = jixiao::enum_from_name<E>(name.cast<std::string>());
    if (!e) return false;
    value = *e;
    return true;
  }
  static handle cast(E e, return_value_policy, handle) {
    const auto& classes = jixiao::python::enum_classes();
    const auto it = classes.find(typeid(E));
    if (it == classes.end()) throw cast_error("jixiao enum used before its Python class was registered");
    return it->second(std::string(jixiao::enum_name(e))).release();
  }
};

}  // namespace pybind11::detail
