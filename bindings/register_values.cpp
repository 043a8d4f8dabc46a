// Values layer: Decimal (as decimal.Decimal), Money, units, quantities, dates, targets.

#include "bind_struct.hpp"
#include "register.hpp"

#include <jixiao/describe.hpp>
#include <jixiao/json.hpp>
#include <jixiao/money.hpp>
#include <jixiao/target.hpp>

#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>
#include <boost/mp11/algorithm.hpp>
#include <pybind11/stl.h>

#include <optional>
#include <string>

namespace jixiao::python {

namespace {

// Makes `t` of the kind of `data`, a Comparison, a Range, … (TypeError for anything else).
void emplace_data(Target& t, const py::handle& data) {
  bool done = false;
  boost::mp11::mp_for_each<detail::TargetData>([&](auto alternative) {
    using K = decltype(alternative);
    if (!done && py::isinstance<K>(data)) {
      t.emplace(data.cast<K>());
      done = true;
    }
  });
  if (!done) throw py::type_error("a target's data is a Comparison, Range, Period, Deadline, Duration, Qualitative, "
                                  "Reference, Redacted or Unparsed");
}

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

  // The data of each kind: plain values (copies), set on a Target with emplace().
  bind_struct<Comparison>(m, "Comparison", "≥30 次, 100%: a figure with its comparator (bare: eq, not written).");
  bind_struct<Duration>(m, "Duration", "≥250 天, 5 个月: a figure in a unit of time with its comparator.");
  bind_struct<Range>(m, "Range", "90%-95%: the lower and upper bounds.");
  bind_struct<Period>(m, "Period", "2024 年 1 月-12 月: first and last month or day.");
  bind_struct<Deadline>(m, "Deadline", "2025年11月底: the date by which.");
  bind_struct<Qualitative>(m, "Qualitative", "进一步提升: the phrase, normalised.");
  bind_struct<Reference>(m, "Reference", "省科协实际评选出的各地示范单位数量: a figure decided elsewhere.");
  bind_struct<Redacted>(m, "Redacted", "涉密.");
  bind_struct<Unparsed>(m, "Unparsed", "Anything else, with the reason.");

  py::class_<Target> target(m, "Target",
                            "A 指标值 cell, or an actual value, read as one kind: kind, that kind's data "
                            "(if_comparison() … or None, as_comparison() … or jixiao.Error), and the raw text.");
  target
      .def(py::init([](std::string raw, const py::object& data, bool year_from_context, Direction direction) {
             Target t;
             t.raw = std::move(raw);
             t.year_from_context = year_from_context;
             t.direction = direction;
             if (!data.is_none()) emplace_data(t, data);
             return t;
           }),
           py::arg("raw") = "", py::arg("data") = py::none(), py::kw_only(), py::arg("year_from_context") = false,
           py::arg("direction") = Direction::none,
           "`data` is the kind's data (Comparison, Range, …); without it the target is unparsed.")
      .def_readwrite("raw", &Target::raw)
      .def_property_readonly("kind", &Target::kind)
      .def_readwrite("year_from_context", &Target::year_from_context)
      .def_readwrite("direction", &Target::direction)
      .def("emplace", [](Target& t, const py::object& data) { emplace_data(t, data); }, py::arg("data"),
           "Makes the target of data's kind with that data; raw, year_from_context and direction stay.")
      .def("if_amount", [](const Target& t) -> py::object {
             if (const Comparison* c = t.if_comparison()) return py::cast(*c);
             if (const Duration* d = t.if_duration()) return py::cast(*d);
             return py::none();
           },
           "The Comparison or Duration, else None.");
  boost::mp11::mp_for_each<detail::TargetData>([&](auto alternative) {
    using K = decltype(alternative);
    const std::string kind(enum_name(kind_of<K>));
    target.def(("if_" + kind).c_str(), [](const Target& t) -> std::optional<K> {
      if (const K* data = t.template get_if<K>()) return *data;
      return std::nullopt;
    });
    target.def(("as_" + kind).c_str(), [](const Target& t) -> K { return t.template get<K>(); });
  });
  target.def(py::self == py::self)
      .def("__str__", [](const Target& t) { return to_string(t); })
      .def("__repr__", [](const Target& t) { return fmt::format("Target{}", t); })
      .def("__hash__", [](const Target& t) { return std::hash<Text>{}(t.raw); })
      .def("__copy__", [](const Target& t) { return t; })
      .def("__deepcopy__", [](const Target& t, const py::dict&) { return t; })
      .def(py::pickle([](const Target& t) { return serialize(boost::json::value_from(t)); },
                      [](const std::string& json) { return boost::json::value_to<Target>(parse_json(json)); }))
      .def("check", py::overload_cast<const Target&, std::string_view>(&check), py::arg("actual"),
           "Whether the actual value (same grammar: '32次', '1.5万人', '2025年11月10日', '达成年度指标') meets the target.")
      .def("check", py::overload_cast<const Target&, const Target&>(&check), py::arg("actual"))
      .def("check", py::overload_cast<const Target&, std::string_view, Direction>(&check), py::arg("actual"),
           py::arg("equal_means"),
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
