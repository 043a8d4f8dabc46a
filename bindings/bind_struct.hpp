#pragma once
// Binds a Boost.Describe'd struct as a Python class from its one declaration: a keyword
// constructor, a property per member, ==, repr, and pickling — no hand-written field lists.

#include "casters.hpp"
#include "opaque.hpp"

#include <jixiao/format.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>
#include <pybind11/operators.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl_bind.h>

#include <fmt/format.h>

#include <cstddef>
#include <string>

namespace jixiao::python {

// Inherited members too: Comparison and Duration have those of Amount.
template <class T>
using public_members =
    boost::describe::describe_members<T, boost::describe::mod_public | boost::describe::mod_inherited>;

template <class T>
py::tuple members_tuple(const T& value) {
  py::list out;
  boost::mp11::mp_for_each<public_members<T>>([&](auto d) { out.append(py::cast(value.*d.pointer)); });
  return py::tuple(out);
}

template <class T>
T from_members_tuple(const py::tuple& state) {
  T value;
  std::size_t i = 0;
  if (state.size() != boost::mp11::mp_size<public_members<T>>::value)
    throw py::value_error("pickled state does not match this version of jixiao");
  boost::mp11::mp_for_each<public_members<T>>([&](auto d) {
    value.*d.pointer = state[i++].template cast<std::remove_cvref_t<decltype(value.*d.pointer)>>();
  });
  return value;
}

// `extra` is e.g. py::dynamic_attr(); a class with a __dict__ pickles it too.
template <class T, class... Extra>
py::class_<T> bind_struct(py::module_& m, const char* name, const char* doc = "", const Extra&... extra) {
  py::class_<T> cls(m, name, doc, extra...);
  cls.def(py::init([](const py::kwargs& kwargs) {
            T value;
            std::size_t used = 0;
            boost::mp11::mp_for_each<public_members<T>>([&](auto d) {
              if (kwargs.contains(d.name)) {
                value.*d.pointer = kwargs[d.name].template cast<std::remove_cvref_t<decltype(value.*d.pointer)>>();
                ++used;
              }
            });
            if (used != kwargs.size()) throw py::type_error("unknown keyword argument");
            return value;
          }),
          "Keyword constructor: every field is optional and defaults as in C++.");
  boost::mp11::mp_for_each<public_members<T>>([&](auto d) { cls.def_readwrite(d.name, d.pointer); });
  cls.def(py::self == py::self);
  cls.def("__copy__", [](const T& v) { return T(v); });
  cls.def("__deepcopy__", [](const T& v, const py::dict&) { return T(v); });
  if constexpr ((std::is_same_v<Extra, py::dynamic_attr> || ...)) {
    cls.def(py::pickle(
        [](const py::object& self) { return py::make_tuple(members_tuple(self.cast<const T&>()), self.attr("__dict__")); },
        [](const py::tuple& state) {
          return std::make_pair(from_members_tuple<T>(state[0].cast<py::tuple>()), state[1].cast<py::dict>());
        }));
  } else {
    cls.def(py::pickle([](const T& v) { return members_tuple(v); },
                       [](const py::tuple& state) { return from_members_tuple<T>(state); }));
  }
  cls.def("__repr__", [name](const T& v) { return fmt::format("{}{}", name, v); });
  return cls;
}

// Replaces a method bind_struct defined (pybind11's def() would only add an overload).
template <class Class, class F>
void override_method(Class& cls, const char* name, F&& f) {
  cls.attr(name) = py::cpp_function(std::forward<F>(f), py::name(name), py::is_method(cls),
                                    py::sibling(py::none()));
}

// A std::vector bound by reference (mutations reach the owner), picklable as a list.
template <class T>
auto bind_list(py::module_& m, const char* name) {
  auto list = py::bind_vector<std::vector<T>>(m, name);
  // A plain list is accepted wherever the bound list is expected: in keyword constructors
  // (`Project(indicators=[...])`) and in assignments (`document.projects = [...]`).
  py::implicitly_convertible<py::list, std::vector<T>>();
  return list.def(py::pickle(
      [](const std::vector<T>& v) {
        py::list out;
        for (const T& x : v) out.append(py::cast(x));
        return out;
      },
      [](const py::list& items) {
        std::vector<T> v;
        v.reserve(items.size());
        for (py::handle x : items) v.push_back(x.cast<T>());
        return v;
      }));
}

}  // namespace jixiao::python
