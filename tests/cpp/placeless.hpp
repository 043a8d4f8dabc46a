#pragma once
// A document without where its parts stand: every `line` and `column` member of the whole tree of
// described structs set to 0, and no source map. They count rows of the format read, which differ
// between formats (a blank line is a row of text only), while the model must not.

#include <jixiao/document.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <optional>
#include <string_view>
#include <type_traits>
#include <vector>

namespace placeless_detail {

template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};
template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

template <class T>
void forget_places(T& value) {
  if constexpr (is_vector<T>::value) {
    for (auto& element : value) forget_places(element);
  } else if constexpr (is_optional<T>::value) {
    if (value) forget_places(*value);
  } else if constexpr (boost::describe::has_describe_members<T>::value) {
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto member) {
      auto& field = value.*member.pointer;
      using Field = std::remove_cvref_t<decltype(field)>;
      if constexpr (std::is_integral_v<Field>) {
        if (std::string_view(member.name) == "line" || std::string_view(member.name) == "column") field = 0;
      } else {
        forget_places(field);
      }
    });
  }
}

}  // namespace placeless_detail

inline jixiao::Document placeless(jixiao::Document document) {
  document.source = {};
  placeless_detail::forget_places(document);
  return document;
}
