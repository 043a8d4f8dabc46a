#pragma once
// The Describe-driven JSON reading of src/json.cpp, shared with the other JSON readers of the library
// (actuals): one walk over the Boost.Describe declarations, errors that name the member path
// (`projects[3].budget.total: expected a decimal string`), left-out members keeping their default,
// unknown members refused. Private to src/.

#include <jixiao/decimal.hpp>
#include <jixiao/describe.hpp>
#include <jixiao/error.hpp>
#include <jixiao/json.hpp>
#include <jixiao/money.hpp>
#include <jixiao/plan.hpp>
#include <jixiao/target.hpp>
#include <jixiao/text.hpp>
#include <jixiao/text_store.hpp>
#include <jixiao/unit.hpp>

#include <boost/describe/members.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_to.hpp>
#include <boost/mp11/algorithm.hpp>
#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace jixiao::json_detail {

namespace json = boost::json;

template <class T>
using described_members = boost::describe::describe_members<T, boost::describe::mod_public>;

// A value's place in the document, rendered only for an error message: `projects[3].budget.total`;
// it carries the store the document's texts go to (null: each long text a block of its own).
struct Path {
  const Path* parent = nullptr;
  std::string_view member;  // empty for an array element (and for the root)
  std::size_t index = 0;
  TextStore* texts = nullptr;

  Path member_of(std::string_view name) const { return {this, name, 0, texts}; }
  Path element(std::size_t i) const { return {this, {}, i, texts}; }

  std::string to_string() const {
    if (!parent) return {};
    std::string head = parent->to_string();
    if (member.empty()) return fmt::format("{}[{}]", head, index);
    return head.empty() ? std::string(member) : fmt::format("{}.{}", head, member);
  }
};

[[noreturn]] inline void fail(const Path& path, std::string_view what) {
  const std::string where = path.to_string();
  throw Error(where.empty() ? std::string(what) : fmt::format("{}: {}", where, what));
}

inline std::string_view kind_name(const json::value& v) {
  switch (v.kind()) {
    case json::kind::null: return "null";
    case json::kind::bool_: return "a boolean";
    case json::kind::int64:
    case json::kind::uint64:
    case json::kind::double_: return "a number";
    case json::kind::string: return "a string";
    case json::kind::array: return "an array";
    case json::kind::object: return "an object";
  }
  return "a value";
}

inline std::string_view as_std(json::string_view s) { return {s.data(), s.size()}; }

inline const json::string& expect_string(const json::value& v, std::string_view expected) {
  const json::string* s = v.if_string();
  if (!s) throw Error(fmt::format("expected {}, found {}", expected, kind_name(v)));
  return *s;
}

inline Decimal decimal_from_string(std::string_view text) {
  try {
    return Decimal::parse(text);
  } catch (const ParseError& e) {
    throw Error(fmt::format("expected a decimal string, found \"{}\" ({})", text, e.what()));
  }
}

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};

// The JSON members of a Target (docs/json.md): every member of every kind, one declaration for
// writing and reading.
struct TargetRecord {
  Text raw;
  TargetKind kind = TargetKind::unparsed;
  Comparator comparator = Comparator::eq;
  bool comparator_written = false;
  Quantity value;  // comparison, duration; a range's lower bound
  Quantity upper;
  Date start;
  Date end;  // a period's end, a deadline's date
  bool year_from_context = false;
  Direction direction = Direction::none;
  Text text;
  Text reason;
};
BOOST_DESCRIBE_STRUCT(TargetRecord, (),
                      (raw, kind, comparator, comparator_written, value, upper, start, end, year_from_context, direction,
                       text, reason))

// Reading walks the same Describe declarations as boost::json::value_to, but by hand, so that
// an error can name the member path and a left-out member can keep its default.
template <class T>
void read(const json::value& v, T& out, const Path& path);

// A Target from its record: the members of its kind; those of other kinds are read but carry no
// meaning (the schema always said so) and are not kept.
void read_target(const json::value& v, Target& out, const Path& path);

template <class T>
void read_integer(const json::value& v, T& out, const Path& path) {
  if (!v.is_int64() && !v.is_uint64()) fail(path, fmt::format("expected an integer, found {}", kind_name(v)));
  const bool fits = v.is_int64() ? std::in_range<T>(v.get_int64()) : std::in_range<T>(v.get_uint64());
  if (!fits) fail(path, fmt::format("{} is out of range", json::serialize(v)));
  out = v.is_int64() ? static_cast<T>(v.get_int64()) : static_cast<T>(v.get_uint64());
}

template <described_enum E>
std::string enumerator_names() {
  std::string names;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
    names += names.empty() ? "" : ", ";
    names += d.name;
  });
  return names;
}

template <described_enum E>
void read_enum(const json::value& v, E& out, const Path& path) {
  const json::string* s = v.if_string();
  if (!s) fail(path, fmt::format("expected one of {}, found {}", enumerator_names<E>(), kind_name(v)));
  const std::optional<E> e = enum_from_name<E>(as_std(*s));
  if (!e) fail(path, fmt::format("expected one of {}, found \"{}\"", enumerator_names<E>(), as_std(*s)));
  out = *e;
}

// Members left out keep their default; a member the declaration does not have is an error.
template <class T>
void read_object(const json::value& v, T& out, const Path& path) {
  const json::object* object = v.if_object();
  if (!object) fail(path, fmt::format("expected an object, found {}", kind_name(v)));
  for (const json::key_value_pair& member : *object) {
    bool known = false;
    boost::mp11::mp_for_each<described_members<T>>(
        [&](auto d) { known = known || as_std(member.key()) == d.name; });
    if (!known) fail(path.member_of(as_std(member.key())), "not a member of the schema");
  }
  boost::mp11::mp_for_each<described_members<T>>([&](auto d) {
    const std::string_view name = d.name;
    if (const json::value* member = object->if_contains(json::string_view(name.data(), name.size())))
      read(*member, out.*d.pointer, path.member_of(name));
  });
}

template <class T>
void read(const json::value& v, T& out, const Path& path) {
  if constexpr (std::is_same_v<T, std::string>) {
    const json::string* s = v.if_string();
    if (!s) fail(path, fmt::format("expected a string, found {}", kind_name(v)));
    out.assign(s->data(), s->size());
  } else if constexpr (std::is_same_v<T, Text>) {
    const json::string* s = v.if_string();
    if (!s) fail(path, fmt::format("expected a string, found {}", kind_name(v)));
    out = path.texts ? path.texts->add(as_std(*s)) : Text(as_std(*s));
  } else if constexpr (std::is_same_v<T, bool>) {
    const bool* b = v.if_bool();
    if (!b) fail(path, fmt::format("expected true or false, found {}", kind_name(v)));
    out = *b;
  } else if constexpr (std::is_integral_v<T>) {
    read_integer(v, out, path);
  } else if constexpr (std::is_same_v<T, Decimal> || std::is_same_v<T, Money> || std::is_same_v<T, Unit> ||
                       std::is_same_v<T, DiagnosticCode>) {
    try {
      out = json::value_to<T>(v);
    } catch (const Error& e) {
      fail(path, e.what());
    }
  } else if constexpr (std::is_same_v<T, SpendingPlan>) {
    read(v, out.milestones, path);
  } else if constexpr (std::is_same_v<T, Target>) {
    read_target(v, out, path);
  } else if constexpr (is_optional<T>::value) {
    if (v.is_null()) out.reset();
    else read(v, out.emplace(), path);
  } else if constexpr (is_vector<T>::value) {
    const json::array* array = v.if_array();
    if (!array) fail(path, fmt::format("expected an array, found {}", kind_name(v)));
    out.clear();
    out.reserve(array->size());
    for (std::size_t i = 0; i < array->size(); ++i) read((*array)[i], out.emplace_back(), path.element(i));
  } else if constexpr (described_enum<T>) {
    read_enum(v, out, path);
  } else {
    static_assert(boost::describe::has_describe_members<T>::value, "no JSON reading for this type");
    read_object(v, out, path);
  }
}

}  // namespace jixiao::json_detail
