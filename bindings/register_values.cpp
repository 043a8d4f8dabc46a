// Values layer: Decimal (as decimal.Decimal), Money, units, quantities, dates, targets.

#include "bind_struct.hpp"
#include "register.hpp"

#include <jixiao/money.hpp>
#include <jixiao/target.hpp>

#include <pybind11/stl.h>

namespace jixiao::python {

namespace {

Money money_from_python(py::handle value) {
  if (py::isinstance<Money>(value)) return value.cast<Money>();
  if (py::isinstance<py::str>(value)) return Money::parse(value.cast<std::string>());
  return Money(decimal_from_python(value));
}

}  // namespace

void register_values(py::module_& m) {
  register_enum<Rounding>(m, "Rounding");
  register_enum<UnitKind>(m, "UnitKind");
  register_enum<TargetKind>(m, "TargetKind");
  register_enum<Comparator>(m, "Comparator");
  register_enum<Direction>(m, "Direction");
  register_enum<Outcome>(m, "Outcome");

  m.def("decimal_from_float", [](double x, int places, Rounding mode) {
        // The caller asked for rounding: go through the shortest repr, then round exactly.
        const std::string text = py::str(py::float_(x)).cast<std::string>();
        const py::object d = py::module_::import("decimal").attr("Decimal")(text);
        return decimal_from_python(d).rescaled(places, mode);
      },
      py::arg("x"), py::arg("places"), py::arg("rounding") = Rounding::half_even,
      "Round a float to `places` decimals exactly (explicit opt-in: floats are refused elsewhere).");
  m.def("divide", &divide, py::arg("a"), py::arg("b"), py::arg("places"), py::arg("rounding") = Rounding::half_even);
  m.def("percent_of", &percent_of, py::arg("part"), py::arg("whole"), py::arg("places"),
        py::arg("rounding") = Rounding::half_even);

  py::class_<Money>(m, "Money", "An exact amount in 万元 (the unit of the tables).")
      .def(py::init([](py::handle wan) { return money_from_python(wan); }), py::arg("wan"),
           "From 万元: decimal.Decimal, int, or str such as '17.5', '17.5万元', '175000元'. Floats are refused.")
      .def_static("from_yuan", [](const Decimal& yuan) { return Money::from_yuan(yuan); }, py::arg("yuan"))
      .def_property_readonly("wan", &Money::wan)
      .def_property_readonly("yuan", &Money::yuan)
      .def_property_readonly("fen", &Money::fen)
      .def("to_fen", &Money::to_fen, py::arg("rounding") = Rounding::half_even,
           "Whole 分 as an int, rounded as asked.")
      .def("to_yuan_string", &Money::to_yuan_string)
      .def("__str__", &Money::to_string)
      .def("__repr__", [](const Money& v) { return fmt::format("Money('{}')", v.wan().to_string()); })
      .def("__hash__", [](const Money& v) { return hash_value(v); })
      .def("__eq__", [](const Money& a, py::handle b) { return py::isinstance<Money>(b) && a == b.cast<Money>(); })
      .def("__lt__", [](const Money& a, const Money& b) { return a < b; })
      .def("__le__", [](const Money& a, const Money& b) { return a <= b; })
      .def("__gt__", [](const Money& a, const Money& b) { return a > b; })
      .def("__ge__", [](const Money& a, const Money& b) { return a >= b; })
      .def("__add__", [](const Money& a, const Money& b) { return a + b; })
      .def("__sub__", [](const Money& a, const Money& b) { return a - b; })
      .def("__neg__", [](const Money& a) { return -a; })
      .def("__mul__", [](const Money& a, const Decimal& k) { return a * k; })
      .def("__rmul__", [](const Money& a, const Decimal& k) { return a * k; })
      .def("__bool__", [](const Money& a) { return !a.is_zero(); })
      .def(py::pickle([](const Money& v) { return v.wan().to_string(); },
                      [](const std::string& wan) { return Money::parse(wan); }));
  py::implicitly_convertible<py::str, Money>();

  py::class_<Unit>(m, "Unit", "A unit of measure: a reference into the registry, with its kind and exact factor to "
                              "the base unit. Unit() is no unit; Unit('万人') looks the symbol up.")
      .def(py::init<>())
      .def(py::init(&lookup_unit), py::arg("symbol"))
      .def_property_readonly("symbol", &Unit::symbol)
      .def_property_readonly("kind", &Unit::kind)
      .def_property_readonly("base", &Unit::base)
      .def_property_readonly("factor", &Unit::factor)
      .def_property_readonly("known", &Unit::known)
      .def("base_unit", &Unit::base_unit)
      .def(py::self == py::self)
      .def("__hash__", [](const Unit& u) { return std::hash<std::string_view>{}(u.symbol()); })
      .def("__str__", &Unit::symbol)
      .def("__repr__", [](const Unit& u) { return fmt::format("Unit{}", u); })
      .def("__copy__", [](const Unit& u) { return u; })
      .def("__deepcopy__", [](const Unit& u, const py::dict&) { return u; })
      .def(py::pickle([](const Unit& u) { return std::string(u.symbol()); },
                      [](const std::string& symbol) { return lookup_unit(symbol); }));
  m.def("lookup_unit", &lookup_unit, py::arg("written"));
  m.def("known_units", [] {
    const auto units = known_units();
    return std::vector<Unit>(units.begin(), units.end());
  });
  m.def("convertible", &convertible, py::arg("a"), py::arg("b"));

  bind_struct<Quantity>(m, "Quantity", "An exact amount with its unit: 1.5 万人.")
      .def("normalized", &Quantity::normalized)
      .def("__str__", &Quantity::to_string)
      .def("__hash__", [](const Quantity& q) { return hash_value(q.normalized().value); });

  bind_struct<Date>(m, "Date", "A calendar date as written: year, month or day may be missing (0).")
      .def("last_day", &Date::last_day)
      .def("first_day", &Date::first_day)
      .def("valid", &Date::valid)
      .def("__str__", &Date::to_string)
      .def("__hash__", [](const Date& d) { return (d.year * 13 + d.month) * 32 + d.day; })
      .def(py::self < py::self);
  m.def("parse_iso_date", &parse_iso_date, py::arg("text"));

  bind_struct<Target>(m, "Target", "A 指标值 cell parsed into one kind of target; `raw` keeps the text.")
      .def("__str__", [](const Target& t) { return to_string(t); })
      .def("__hash__", [](const Target& t) { return std::hash<std::string>{}(t.raw); })
      .def("check", py::overload_cast<const Target&, std::string_view>(&check), py::arg("actual"),
           "Whether the actual value (same grammar: '32次', '1.5万人', '2025年11月10日', '达成年度指标') meets the target.")
      .def("check", py::overload_cast<const Target&, const Target&>(&check), py::arg("actual"))
      .def(
          "check",
          [](const Target& t, std::string_view actual, Direction equal_means) {
            return check(t, parse_target(actual, TargetContext{t.end.year != 0 ? t.end.year : t.start.year, {}, {}}),
                         equal_means);
          },
          py::arg("actual"), py::arg("equal_means"),
          "As check(actual), with the direction a bare `=` target has in its category (forward: more is met).");
  m.def("parse_target_columns",
        [](std::string_view nature, std::string_view value, std::string_view unit, int year) {
          return parse_target_columns(nature, value, unit, TargetContext{year, {}, {}});
        },
        py::arg("nature"), py::arg("value"), py::arg("unit"), py::arg("year") = 0,
        "A target written in separate 指标性质 / 指标值 / 度量单位 columns.");
  m.def("parse_target",
        [](std::string_view text, int year, std::string_view name, std::string_view description) {
          return parse_target(text, TargetContext{year, name, description});
        },
        py::arg("text"), py::arg("year") = 0, py::arg("indicator_name") = "", py::arg("description") = "");
  bind_struct<CheckResult>(m, "CheckResult", "met / not_met / not_comparable, with the reason.");
}

}  // namespace jixiao::python
