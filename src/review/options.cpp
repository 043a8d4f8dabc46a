// ReviewOptions ⇄ the JSON rules file. The members are walked through their Boost.Describe
// declaration, so a new option is readable and printed without touching this file. A rules file
// may hold any subset: what it omits keeps its value.

#include "rules.hpp"

#include <jixiao/describe.hpp>
#include <jixiao/error.hpp>
#include <jixiao/json.hpp>
#include <jixiao/review.hpp>

#include <boost/describe/members.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <type_traits>

namespace jixiao {
namespace {

namespace json = boost::json;

template <class T>
using members = boost::describe::describe_members<T, boost::describe::mod_public>;

[[noreturn]] void fail(std::string_view member, std::string_view reason) {
  throw Error(fmt::format("rules file: \"{}\": {}", member, reason));
}

std::string_view as_view(const json::string& s) { return {s.data(), s.size()}; }

template <described_enum E>
std::string names_of() {
  std::string names;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
    if (!names.empty()) names += ", ";
    names += d.name;
  });
  return names;
}

void read(const json::value& v, bool& out, std::string_view member) {
  if (!v.is_bool()) fail(member, "expected true or false");
  out = v.get_bool();
}

void read(const json::value& v, std::size_t& out, std::string_view member) {
  if (v.is_uint64()) out = static_cast<std::size_t>(v.get_uint64());
  else if (v.is_int64() && v.get_int64() >= 0) out = static_cast<std::size_t>(v.get_int64());
  else fail(member, "expected a whole number ≥ 0");
}

// Decimals are exact: a string ("0.005") or an integer. A JSON fraction would pass through binary
// floating point, so it is refused.
void read(const json::value& v, Decimal& out, std::string_view member) {
  if (v.is_int64()) out = Decimal(v.get_int64());
  else if (v.is_uint64()) out = Decimal(v.get_uint64());
  else if (v.is_string()) {
    const auto parsed = Decimal::try_parse(as_view(v.get_string()));
    if (!parsed) fail(member, fmt::format("\"{}\" is not a decimal number", as_view(v.get_string())));
    out = *parsed;
  } else if (v.is_double()) {
    fail(member, "write a fraction as a string, e.g. \"0.005\", so that it stays exact");
  } else {
    fail(member, "expected a decimal number as a string or an integer");
  }
}

template <described_enum E>
void read(const json::value& v, E& out, std::string_view member) {
  const json::string* s = v.if_string();
  const auto value = s ? enum_from_name<E>(as_view(*s)) : std::nullopt;
  if (!value) fail(member, fmt::format("expected one of {}", names_of<E>()));
  out = *value;
}

void read(const json::value& v, std::string& out, std::string_view member) {
  if (!v.is_string()) fail(member, "expected a string");
  out = as_view(v.get_string());
}

template <class T>
void read(const json::value& v, std::vector<T>& out, std::string_view member) {
  if (!v.is_array()) fail(member, "expected an array");
  std::vector<T> values;
  for (const json::value& element : v.get_array()) read(element, values.emplace_back(), member);
  out = std::move(values);
}

// "rules": {"vague_target": false, "plan_incomplete": "info", "basis_empty": {"enabled": true, "severity": "error"}}
void read(const json::value& v, std::array<RuleSetting, rule_count>& out, std::string_view member) {
  if (!v.is_object()) fail(member, "expected an object of rule names");
  for (const json::key_value_pair& entry : v.get_object()) {
    const std::string_view name = entry.key();
    const auto id = enum_from_name<RuleId>(name);
    if (!id) fail(name, "not a rule; the rules are listed in docs/review.md");
    RuleSetting& setting = out[static_cast<std::size_t>(*id)];
    const json::value& value = entry.value();
    if (value.is_bool()) {
      setting.enabled = value.get_bool();
    } else if (value.is_string()) {
      read(value, setting.severity, name);
      setting.enabled = true;
    } else if (value.is_object()) {
      for (const json::key_value_pair& field : value.get_object()) {
        if (field.key() == "enabled") read(field.value(), setting.enabled, name);
        else if (field.key() == "severity") read(field.value(), setting.severity, name);
        else fail(name, fmt::format("unknown member \"{}\" (expected enabled, severity)", std::string_view(field.key())));
      }
    } else {
      fail(name, "expected true/false, a severity (info, warning, error) or {\"enabled\": …, \"severity\": …}");
    }
  }
}

json::value write(bool b) { return b; }
json::value write(std::size_t n) { return static_cast<std::uint64_t>(n); }
json::value write(const Decimal& d) { return json::string(d.to_string()); }
json::value write(const std::string& s) { return json::string(s); }
template <described_enum E>
json::value write(E e) {
  const std::string_view name = enum_name(e);
  return json::string(name.data(), name.size());
}
template <class T>
json::value write(const std::vector<T>& values) {
  json::array array;
  for (const T& value : values) array.push_back(write(value));
  return array;
}
json::value write(const std::array<RuleSetting, rule_count>& settings) {
  json::object object;
  for (std::size_t i = 0; i < rule_count; ++i) {
    const std::string_view name = enum_name(static_cast<RuleId>(i));
    json::object setting;
    setting["enabled"] = settings[i].enabled;
    setting["severity"] = write(settings[i].severity);
    object[json::string_view(name.data(), name.size())] = std::move(setting);
  }
  return object;
}

}  // namespace

ReviewOptions review_options_from_json(std::string_view text, const ReviewOptions& base) {
  const json::value root = parse_json(text, "JSON in the rules file");
  if (!root.is_object()) throw Error("rules file: expected a JSON object");

  ReviewOptions options = base;
  for (const json::key_value_pair& entry : root.get_object()) {
    const std::string_view key = entry.key();
    bool known = false;
    boost::mp11::mp_for_each<members<ReviewOptions>>([&](auto member) {
      if (key != member.name) return;
      read(entry.value(), options.*member.pointer, key);
      known = true;
    });
    if (!known) fail(key, "not a review option; the options are listed in docs/review.md");
  }
  // Word lists too large for the review's word table fail here, where the file is read, and not
  // when the review runs.
  try {
    review_detail::word_matcher(options);
  } catch (const Error& e) {
    throw Error(fmt::format("rules file: {}", e.what()));
  }
  return options;
}

std::string review_options_to_json(const ReviewOptions& options) {
  json::object object;
  boost::mp11::mp_for_each<members<ReviewOptions>>(
      [&](auto member) { object[member.name] = write(options.*member.pointer); });
  return serialize(object, JsonOptions{true}) + '\n';
}

}  // namespace jixiao
