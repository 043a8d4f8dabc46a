// JSON of a comparison (compare.hpp): the Boost.Describe declarations, with the references of a
// pair and of an indicator change named "old" and "new".

#include <jixiao/compare.hpp>
#include <jixiao/json.hpp>

#include <boost/describe/members.hpp>
#include <boost/json/value_from.hpp>
#include <boost/mp11/algorithm.hpp>

#include <string_view>

namespace jixiao {
namespace {

namespace json = boost::json;

// The members of `value` in declaration order; `old_name` and `new_name` are written "old" and "new".
template <class T>
void write_members(json::value& v, const T& value, std::string_view old_name, std::string_view new_name) {
  json::object& out = v.emplace_object();
  boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto d) {
    const std::string_view name = d.name;
    const std::string_view key = name == old_name ? "old" : name == new_name ? "new" : name;
    out.emplace(key, json::value_from(value.*d.pointer, out.storage()));
  });
}

}  // namespace

void tag_invoke(const json::value_from_tag&, json::value& v, const ProjectPair& pair) {
  write_members(v, pair, "old_project", "new_project");
}

void tag_invoke(const json::value_from_tag&, json::value& v, const IndicatorChange& change) {
  write_members(v, change, "old_indicator", "new_indicator");
}

std::string to_json(const YearOverYear& comparison, const JsonOptions& options) {
  json::object out;
  out["format"] = json::string_view(json_comparison_format.data(), json_comparison_format.size());
  out["version"] = json_comparison_version;
  json::value members = json::value_from(comparison);
  for (json::key_value_pair& member : members.as_object()) out.emplace(member.key(), std::move(member.value()));
  return serialize(out, options);
}

}  // namespace jixiao
