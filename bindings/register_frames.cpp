// Column builders for pandas: one pass over the document in C++, numpy arrays for numbers and
// enum codes, and text as codes plus distinct values. python/jixiao/frames.py assembles the
// DataFrames.

#include "bind_struct.hpp"
#include "register.hpp"

#include <jixiao/document.hpp>

#include <pybind11/numpy.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
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

// An exact decimal column as scaled integers (value × 10^scale) with their scales and a mask for
// empty cells (and for values beyond 64 bits): exact, and cheap to turn into floats for plotting
// without creating a Python object per row. `decimal.Decimal` objects only when asked for.
class DecimalColumn {
 public:
  DecimalColumn(std::size_t rows, bool decimals) : decimals_(decimals) {
    scaled_.reserve(rows), scale_.reserve(rows), missing_.reserve(rows);
  }
  void push(const Decimal* d) {
    std::int64_t scaled = 0;
    bool fits = d != nullptr;
    if (d) {
      try {
        scaled = d->to_scaled_int64(d->scale(), Rounding::half_even);
      } catch (const OverflowError&) {
        fits = false;
      }
    }
    scaled_.push_back(scaled);
    scale_.push_back(static_cast<std::int8_t>(d ? d->scale() : 0));
    missing_.push_back(fits ? 0 : 1);
    if (decimals_) objects_.append(d ? decimal_to_python(*d) : py::none());
  }
  // <name>_scaled, <name>_scale, <name>_missing and, when asked for, <name>_decimal.
  void put(py::dict& out, const std::string& name) const {
    out[py::str(name + "_scaled")] = to_array(scaled_);
    out[py::str(name + "_scale")] = to_array(scale_);
    out[py::str(name + "_missing")] = to_bool_array(missing_);
    if (decimals_) out[py::str(name + "_decimal")] = objects_;
  }

 private:
  bool decimals_;
  std::vector<std::int64_t> scaled_;
  std::vector<std::int8_t> scale_;
  std::vector<std::uint8_t> missing_;
  py::list objects_;
};

// A text column as the parts of a pandas Categorical: an int32 code per row and each distinct
// value once. Only the distinct values become Python str objects: one str per row was most of
// the time of a million-row frame (docs/performance.md), and pandas then copied every reference
// again to consolidate the object columns.
class TextColumn {
 public:
  explicit TextColumn(std::size_t rows) : slots_(64) { codes_.reserve(rows); }

  // `value` must outlive take(): it views the document's strings.
  void push(std::string_view value) {
    // Neighbouring rows often hold the same value (一级/二级 text, a project's units): no hashing.
    if (!codes_.empty() && value == last_) {
      codes_.push_back(codes_.back());
      return;
    }
    last_ = value;
    const std::size_t hash = std::hash<std::string_view>{}(value);
    std::size_t slot = hash & (slots_.size() - 1);
    for (; slots_[slot] != 0; slot = (slot + 1) & (slots_.size() - 1)) {
      const auto k = static_cast<std::size_t>(slots_[slot] - 1);
      if (hashes_[k] == hash && values_[k] == value) {
        codes_.push_back(static_cast<std::int32_t>(k));
        return;
      }
    }
    codes_.push_back(static_cast<std::int32_t>(values_.size()));
    values_.push_back(value);
    hashes_.push_back(hash);
    slots_[slot] = static_cast<std::int32_t>(values_.size());
    if (values_.size() * 2 > slots_.size()) grow();
  }

  // (codes, categories): int32 array, list of str.
  py::tuple take() const {
    py::list categories(values_.size());
    for (std::size_t i = 0; i < values_.size(); ++i)
      categories[i] = py::str(values_[i].data(), static_cast<py::ssize_t>(values_[i].size()));
    return py::make_tuple(to_array(codes_), categories);
  }

 private:
  void grow() {
    std::vector<std::int32_t> slots(slots_.size() * 2);
    for (std::size_t k = 0; k < values_.size(); ++k) {
      std::size_t slot = hashes_[k] & (slots.size() - 1);
      while (slots[slot] != 0) slot = (slot + 1) & (slots.size() - 1);
      slots[slot] = static_cast<std::int32_t>(k + 1);
    }
    slots_ = std::move(slots);
  }

  std::vector<std::int32_t> codes_;
  std::vector<std::string_view> values_;
  // A flat open-addressing table (value index + 1; 0 is empty), half full at most: a node-based
  // std::unordered_map spent more time in malloc and free than in hashing.
  std::vector<std::int32_t> slots_;
  std::vector<std::size_t> hashes_;  // of values_, to grow without hashing the strings again
  std::string_view last_;
};

py::dict project_columns(const Document& d) {
  const std::size_t n = d.projects.size();
  TextColumn code(n), name(n), unit_code(n), unit_name(n), title(n);
  MoneyColumn total, fiscal, other;
  std::vector<std::int64_t> indicators, line;
  std::vector<std::uint8_t> redacted;
  for (const Project& p : d.projects) {
    code.push(p.code);
    name.push(p.name);
    unit_code.push(p.unit_code);
    unit_name.push(p.unit_name);
    title.push(p.title);
    total.push(p.budget.total);
    fiscal.push(p.budget.fiscal);
    other.push(p.budget.other);
    indicators.push_back(static_cast<std::int64_t>(p.indicators.size()));
    redacted.push_back(p.redacted ? 1 : 0);
    line.push_back(static_cast<std::int64_t>(p.line));
  }
  py::dict out;
  out["code"] = code.take();
  out["name"] = name.take();
  out["unit_code"] = unit_code.take();
  out["unit_name"] = unit_name.take();
  out["title"] = title.take();
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
  std::vector<std::int8_t> level1, level2, kind, comparator, direction;
  std::vector<std::int64_t> line;
  project.reserve(n), level1.reserve(n), level2.reserve(n), kind.reserve(n), comparator.reserve(n),
      direction.reserve(n), line.reserve(n);
  DecimalColumn value(n, decimals), weight(n, decimals);
  TextColumn level1_text(n), level2_text(n), name(n), description(n), raw(n), unit(n), basis(n);
  for (std::size_t pi = 0; pi < d.projects.size(); ++pi) {
    for (const Indicator& i : d.projects[pi].indicators) {
      project.push_back(static_cast<std::int32_t>(pi));
      level1.push_back(enum_code(i.level1));
      level2.push_back(enum_code(i.level2));
      const Amount* amount = i.target.if_amount();
      const Range* range = i.target.if_range();
      kind.push_back(enum_code(i.target.kind()));
      comparator.push_back(amount ? enum_code(amount->comparator) : std::int8_t{-1});
      line.push_back(static_cast<std::int64_t>(i.line));
      level1_text.push(i.level1_text);
      level2_text.push(i.level2_text);
      name.push(i.name);
      description.push(i.description);
      raw.push(i.target.raw);
      basis.push(i.basis);
      // The figure: an amount's, a range's lower bound.
      const Quantity* figure = amount ? &amount->value : range ? &range->lower : nullptr;
      unit.push(figure ? figure->unit.symbol() : std::string_view());
      value.push(figure ? &figure->value : nullptr);
      weight.push(i.weight ? &*i.weight : nullptr);
      direction.push_back(enum_code(i.direction));
    }
  }
  py::dict out;
  out["project"] = to_array(project);
  out["level1"] = to_array(level1);
  out["level1_text"] = level1_text.take();
  out["level2"] = to_array(level2);
  out["level2_text"] = level2_text.take();
  out["name"] = name.take();
  out["description"] = description.take();
  out["target_raw"] = raw.take();
  out["target_kind"] = to_array(kind);
  out["comparator"] = to_array(comparator);
  value.put(out, "value");
  out["unit"] = unit.take();
  weight.put(out, "weight");
  out["direction"] = to_array(direction);
  out["basis"] = basis.take();
  out["line"] = to_array(line);
  return out;
}

}  // namespace

void register_frames(py::module_& m) {
  m.def("_project_columns", &project_columns, py::arg("document"));
  m.def("_indicator_columns", &indicator_columns, py::arg("document"), py::arg("decimals") = false);
}

}  // namespace jixiao::python
