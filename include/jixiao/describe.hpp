#pragma once
// Names of Boost.Describe'd enums, and fmt support for them: one declaration gives the printed
// name, the JSON name and the Python enum member.

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>
#include <fmt/format.h>

#include <optional>
#include <string_view>
#include <type_traits>

namespace jixiao {

template <class E>
concept described_enum = std::is_enum_v<E> && boost::describe::has_describe_enumerators<E>::value;

// The declared name of `e`, or an empty view for a value outside the declaration.
template <described_enum E>
constexpr std::string_view enum_name(E e) noexcept {
  std::string_view name;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
    if (d.value == e) name = d.name;
  });
  return name;
}

// The enumerator declared as `name`, compared exactly (no normalisation).
template <described_enum E>
constexpr std::optional<E> enum_from_name(std::string_view name) noexcept {
  std::optional<E> found;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
    if (!found && name == d.name) found = d.value;
  });
  return found;
}

}  // namespace jixiao

template <jixiao::described_enum E>
struct fmt::formatter<E> : fmt::formatter<std::string_view> {
  template <class FormatContext>
  auto format(E e, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(jixiao::enum_name(e), ctx);
  }
};
