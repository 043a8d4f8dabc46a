#pragma once
// The columns of a sheet come from the Boost.Describe declarations of its rows: each member is a
// column named after it, a described struct member adds its members as `<member>_<name>`, a
// vector adds none (it has a sheet of its own). A figure (Decimal, Money, Date) adds a second
// column `<name>_text`: the figure exactly as written, beside the spreadsheet's number.
//
// A row is a list of parts written side by side: described structs, whose members are the
// columns, and Named values, one column each (`file`, the project a nested row belongs to).

#include "xlsx_sheet.hpp"

#include <jixiao/describe.hpp>
#include <jixiao/diagnostic.hpp>
#include <jixiao/money.hpp>
#include <jixiao/text.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace jixiao::xlsx_out {

template <class T>
struct Named {
  const char* name;
  const T& value;
};

template <class T>
inline constexpr bool is_optional = false;
template <class T>
inline constexpr bool is_optional<std::optional<T>> = true;
template <class T>
inline constexpr bool is_vector = false;
template <class T>
inline constexpr bool is_vector<std::vector<T>> = true;
template <class T>
inline constexpr bool is_figure = std::is_same_v<T, Decimal> || std::is_same_v<T, Money> || std::is_same_v<T, Date>;
template <class T>
concept described_struct = std::is_class_v<T> && boost::describe::has_describe_members<T>::value;

template <class T>
using members = boost::describe::describe_members<T, boost::describe::mod_public>;

inline std::string joined(const std::string& prefix, const char* name) {
  return prefix.empty() ? std::string(name) : prefix + "_" + name;
}

// The header cells of a value of type T named `name`.
template <class T>
void add_columns(Sheet& sheet, const std::string& name) {
  if constexpr (is_optional<T>) {
    add_columns<typename T::value_type>(sheet, name);
  } else if constexpr (is_vector<T>) {
  } else if constexpr (described_struct<T> && !is_figure<T>) {
    boost::mp11::mp_for_each<members<T>>([&](auto member) {
      add_columns<std::remove_cvref_t<decltype(std::declval<T>().*member.pointer)>>(sheet, joined(name, member.name));
    });
  } else {
    sheet.column(name);
    if constexpr (is_figure<T>) sheet.column(name + "_text");
  }
}

// How many columns add_columns<T> adds: the cells an empty optional leaves blank.
template <class T>
std::size_t column_count() {
  if constexpr (is_optional<T>) {
    return column_count<typename T::value_type>();
  } else if constexpr (is_vector<T>) {
    return 0;
  } else if constexpr (described_struct<T> && !is_figure<T>) {
    std::size_t count = 0;
    boost::mp11::mp_for_each<members<T>>([&](auto member) {
      count += column_count<std::remove_cvref_t<decltype(std::declval<T>().*member.pointer)>>();
    });
    return count;
  } else {
    return is_figure<T> ? 2 : 1;
  }
}

// The cells of `value`, in the columns add_columns<T> made.
template <class T>
void add_cells(Sheet& sheet, const T& value) {
  if constexpr (is_optional<T>) {
    if (value) add_cells(sheet, *value);
    else sheet.skip(column_count<T>());
  } else if constexpr (is_vector<T>) {
  } else if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, Text>) {
    sheet.text(value);
  } else if constexpr (std::is_same_v<T, bool>) {
    sheet.boolean(value);
  } else if constexpr (std::is_integral_v<T>) {
    sheet.integer(static_cast<std::int64_t>(value));
  } else if constexpr (std::is_same_v<T, DiagnosticCode>) {
    sheet.text(code_name(value));  // as everywhere: cell-unplaced
  } else if constexpr (described_enum<T>) {
    sheet.text(enum_name(value));
  } else if constexpr (std::is_same_v<T, Decimal>) {
    sheet.number(value);
    sheet.text(value.to_string());
  } else if constexpr (std::is_same_v<T, Money>) {
    sheet.number(value.wan(), 2);  // 万元, with at least the two places of 元 and 角分
    sheet.text(value.wan().to_string());
  } else if constexpr (std::is_same_v<T, Date>) {
    sheet.date(value);
    sheet.text(value.to_string());
  } else {
    static_assert(described_struct<T>, "a column of a type the xlsx writer does not know");
    boost::mp11::mp_for_each<members<T>>([&](auto member) { add_cells(sheet, value.*member.pointer); });
  }
}

template <class T>
void add_part_columns(Sheet& sheet, const Named<T>& part) {
  add_columns<T>(sheet, part.name);
}
template <class T>
void add_part_columns(Sheet& sheet, const T&) {
  add_columns<T>(sheet, {});
}
template <class T>
void add_part_cells(Sheet& sheet, const Named<T>& part) {
  add_cells(sheet, part.value);
}
template <class T>
void add_part_cells(Sheet& sheet, const T& part) {
  add_cells(sheet, part);
}

template <class... Parts>
void header(Sheet& sheet, const Parts&... parts) {
  (add_part_columns(sheet, parts), ...);
}

template <class... Parts>
void row(Sheet& sheet, const Parts&... parts) {
  sheet.next_row();
  (add_part_cells(sheet, parts), ...);
}

}  // namespace jixiao::xlsx_out
