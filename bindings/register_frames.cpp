// Column builders for pandas: one pass over the document in C++, numpy arrays for numbers and
// enum codes, Python lists only for free text. python/jixiao/frames.py assembles the DataFrames.

#include "bind_struct.hpp"
#include "register.hpp"

#include <jixiao/document.hpp>

#include <pybind11/numpy.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace jixiao::python {

namespace {

// Position of `e` in its declaration: the code of a pandas Categorical built from the names.
template <described_enum E>
std::int8_t enum_code(E e) {
  std::int8_t code = -1, i = 0;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
    if (d.value == e) code = i;
    ++i;
  });
  return code;
}

template <class T>
py::array_t<T> to_array(const std::vector<T>& v) {
  py::array_t<T> a(static_cast<py::ssize_t>(v.size()));
  std::copy(v.begin(), v.end(), a.mutable_data());
  return a;
}

py::array_t<bool> to_bool_array(const std::vector<std::uint8_t>& v) {
  py::array_t<bool> a(static_cast<py::ssize_t>(v.size()));
  std::transform(v.begin(), v.end(), a.mutable_data(), [](std::uint8_t x) { return x != 0; });
  return a;
}

// Exact money as int64 分 with a mask for empty cells (pandas' nullable Int64).
struct MoneyColumn {
  std::vector<std::int64_t> fen;
  std::vector<std::uint8_t> missing;
  void push(const std::optional<Money>& m) {
    fen.push_back(m ? m->to_fen(Rounding::half_even) : 0);
    missing.push_back(m ? 0 : 1);
  }
  void put(py::dict& out, const char* name) const {
    out[py::str(std::string(name) + "_fen")] = to_array(fen);
    out[py::str(std::string(name) + "_missing")] = to_bool_array(missing);
  }
};

py::dict project_columns(const Document& d) {
  py::list code, name, unit_code, unit_name, title;
  MoneyColumn total, fiscal, other;
  std::vector<std::int64_t> indicators, line;
  std::vector<std::uint8_t> redacted;
  for (const Project& p : d.projects) {
    code.append(p.code);
    name.append(p.name);
    unit_code.append(p.unit_code);
    unit_name.append(p.unit_name);
    title.append(p.title);
    total.push(p.budget.total);
    fiscal.push(p.budget.fiscal);
    other.push(p.budget.other);
    indicators.push_back(static_cast<std::int64_t>(p.indicators.size()));
    redacted.push_back(p.redacted ? 1 : 0);
    line.push_back(static_cast<std::int64_t>(p.line));
  }
  py::dict out;
  out["code"] = code;
  out["name"] = name;
  out["unit_code"] = unit_code;
  out["unit_name"] = unit_name;
  out["title"] = title;
  total.put(out, "budget_total");
  fiscal.put(out, "budget_fiscal");
  other.put(out, "budget_other");
  out["indicators"] = to_array(indicators);
  out["redacted"] = to_bool_array(redacted);
  out["line"] = to_array(line);
  return out;
}

py::dict indicator_columns(const Document& d, bool decimals) {
  std::size_t n = 0;
  for (const Project& p : d.projects) n += p.indicators.size();
  std::vector<std::int32_t> project;
  std::vector<std::int8_t> level1, level2, kind, comparator;
  std::vector<std::int64_t> line;
  project.reserve(n), level1.reserve(n), level2.reserve(n), kind.reserve(n), comparator.reserve(n), line.reserve(n);
  // The target value as an exact scaled integer (value × 10^scale) with its scale: exact, and
  // cheap to turn into floats for plotting without creating a Python object per row.
  std::vector<std::int64_t> value_scaled;
  std::vector<std::int8_t> value_scale;
  std::vector<std::uint8_t> value_missing;
  py::list level1_text, level2_text, name, description, raw, unit, basis, value_text;
  for (std::size_t pi = 0; pi < d.projects.size(); ++pi) {
    for (const Indicator& i : d.projects[pi].indicators) {
      project.push_back(static_cast<std::int32_t>(pi));
      level1.push_back(enum_code(i.level1));
      level2.push_back(enum_code(i.level2));
      const bool compares = i.target.kind == TargetKind::comparison || i.target.kind == TargetKind::duration;
      kind.push_back(enum_code(i.target.kind));
      comparator.push_back(compares ? enum_code(i.target.comparator) : std::int8_t{-1});
      line.push_back(static_cast<std::int64_t>(i.line));
      level1_text.append(i.level1_text);
      level2_text.append(i.level2_text);
      name.append(i.name);
      description.append(i.description);
      raw.append(i.target.raw);
      basis.append(i.basis);
      const bool has_value = i.target.kind == TargetKind::comparison || i.target.kind == TargetKind::duration ||
                             i.target.kind == TargetKind::range;
      unit.append(has_value ? py::str(i.target.value.unit.symbol) : py::str(""));
      std::int64_t scaled = 0;
      bool fits = has_value;
      if (has_value) {
        try {
          scaled = i.target.value.value.to_scaled_int64(i.target.value.value.scale(), Rounding::half_even);
        } catch (const OverflowError&) {
          fits = false;
        }
      }
      value_scaled.push_back(scaled);
      value_scale.push_back(static_cast<std::int8_t>(has_value ? i.target.value.value.scale() : 0));
      value_missing.push_back(fits ? 0 : 1);
      if (decimals) value_text.append(has_value ? decimal_to_python(i.target.value.value) : py::none());
    }
  }
  py::dict out;
  out["project"] = to_array(project);
  out["level1"] = to_array(level1);
  out["level1_text"] = level1_text;
  out["level2"] = to_array(level2);
  out["level2_text"] = level2_text;
  out["name"] = name;
  out["description"] = description;
  out["target_raw"] = raw;
  out["target_kind"] = to_array(kind);
  out["comparator"] = to_array(comparator);
  out["value_scaled"] = to_array(value_scaled);
  out["value_scale"] = to_array(value_scale);
  out["value_missing"] = to_bool_array(value_missing);
  out["unit"] = unit;
  out["basis"] = basis;
  out["line"] = to_array(line);
  if (decimals) out["value_decimal"] = value_text;
  return out;
}

}  // namespace

void register_frames(py::module_& m) {
  m.def("_project_columns", &project_columns, py::arg("document"));
  m.def("_indicator_columns", &indicator_columns, py::arg("document"), py::arg("decimals") = false);
}

}  // namespace jixiao::python
