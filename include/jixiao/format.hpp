#pragma once
// fmt support for the model: every Boost.Describe'd struct of namespace jixiao prints as
// `{name: value, ...}` in declaration order, so `fmt::format("{}", document)` shows a whole
// Document without a hand-written printer to keep in sync with its fields.
//
// Members print as: strings quoted and escaped ("社会效益指标"), std::optional as its value or
// `none`, ranges as `[a, b]`, described enums by name, nested described structs recursively,
// anything else with its own fmt::formatter (Decimal and Money as written, `17.50万元`). A type
// with an explicit fmt::formatter specialisation keeps it: explicit specialisations win over this
// constrained partial one.

#include <jixiao/describe.hpp>

#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/mp11/algorithm.hpp>
#include <fmt/format.h>

#include <optional>
#include <ranges>
#include <string_view>
#include <type_traits>

namespace jixiao {
// Found only by argument-dependent lookup from outside the namespace, which tells the structs of
// jixiao from the described structs of other libraries. Never called, so never defined.
void jixiao_namespace_probe(const volatile void*);
}  // namespace jixiao

// Outside namespace jixiao on purpose: inside it, ordinary lookup would find the probe for any type.
namespace jixiao_adl {
template <class T>
concept declared_in_jixiao = requires(T* p) { jixiao_namespace_probe(p); };
}  // namespace jixiao_adl

namespace jixiao {

// A struct of namespace jixiao with a BOOST_DESCRIBE_STRUCT declaration.
template <class T>
concept described_struct =
    std::is_class_v<T> && boost::describe::has_describe_members<T>::value && jixiao_adl::declared_in_jixiao<T>;

namespace format_detail {

template <class T>
inline constexpr bool is_optional = false;
template <class T>
inline constexpr bool is_optional<std::optional<T>> = true;

template <class OutputIt, class T>
OutputIt format_member(OutputIt out, const T& value) {
  if constexpr (std::is_convertible_v<const T&, std::string_view>) {
    return fmt::format_to(out, "{:?}", std::string_view(value));
  } else if constexpr (is_optional<T>) {
    return value ? format_member(out, *value) : fmt::format_to(out, "none");
  } else if constexpr (std::ranges::input_range<const T>) {
    *out++ = '[';
    bool first = true;
    for (const auto& element : value) {
      if (!first) out = fmt::format_to(out, ", ");
      first = false;
      out = format_member(out, element);
    }
    *out++ = ']';
    return out;
  } else {
    return fmt::format_to(out, "{}", value);
  }
}

}  // namespace format_detail
}  // namespace jixiao

template <jixiao::described_struct T>
struct fmt::formatter<T> {
  // Only the empty specification `{}`: a width or fill would apply to nothing in particular.
  constexpr auto parse(fmt::format_parse_context& ctx) {
    auto it = ctx.begin();
    if (it != ctx.end() && *it != '}') throw fmt::format_error("a described struct takes no format specification");
    return it;
  }

  template <class FormatContext>
  auto format(const T& value, FormatContext& ctx) const {
    namespace bd = boost::describe;
    auto out = ctx.out();
    *out++ = '{';
    bool first = true;
    boost::mp11::mp_for_each<bd::describe_members<T, bd::mod_public | bd::mod_inherited>>([&](auto member) {
      if (!first) out = fmt::format_to(out, ", ");
      first = false;
      out = fmt::format_to(out, "{}: ", member.name);
      out = jixiao::format_detail::format_member(out, value.*member.pointer);
    });
    *out++ = '}';
    return out;
  }
};
