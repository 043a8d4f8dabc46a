#include <jixiao/json.hpp>

#include <jixiao/describe.hpp>

#include <boost/describe/members.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/stream_parser.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>
#include <boost/mp11/algorithm.hpp>
#include <fmt/format.h>

#include <optional>
#include <type_traits>
#include <utility>

namespace jixiao {
namespace {

namespace json = boost::json;

// JSON member names that differ from the C++ ones: the published schema calls a milestone's
// label "milestone". Writing and reading both go through here.
template <class T>
constexpr std::string_view json_name(std::string_view member) noexcept {
  if constexpr (std::is_same_v<T, Milestone>) {
    if (member == "label") return "milestone";
  }
  return member;
}

template <class T>
using described_members = boost::describe::describe_members<T, boost::describe::mod_public>;

// A value's place in the document, rendered only for an error message: `projects[3].budget.total`.
struct Path {
  const Path* parent = nullptr;
  std::string_view member;  // empty for an array element (and for the root)
  std::size_t index = 0;

  Path member_of(std::string_view name) const { return {this, name, 0}; }
  Path element(std::size_t i) const { return {this, {}, i}; }

  std::string to_string() const {
    if (!parent) return {};
    std::string head = parent->to_string();
    if (member.empty()) return fmt::format("{}[{}]", head, index);
    return head.empty() ? std::string(member) : fmt::format("{}.{}", head, member);
  }
};

[[noreturn]] void fail(const Path& path, std::string_view what) {
  const std::string where = path.to_string();
  throw Error(where.empty() ? std::string(what) : fmt::format("{}: {}", where, what));
}

std::string_view kind_name(const json::value& v) {
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

std::string_view as_std(json::string_view s) { return {s.data(), s.size()}; }

const json::string& expect_string(const json::value& v, std::string_view expected) {
  const json::string* s = v.if_string();
  if (!s) throw Error(fmt::format("expected {}, found {}", expected, kind_name(v)));
  return *s;
}

Decimal decimal_from_string(std::string_view text) {
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

// Reading walks the same Describe declarations as boost::json::value_to, but by hand, so that
// an error can name the member path and a left-out member can keep its default.
template <class T>
void read(const json::value& v, T& out, const Path& path);

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
        [&](auto d) { known = known || as_std(member.key()) == json_name<T>(d.name); });
    if (!known) fail(path.member_of(as_std(member.key())), "not a member of the schema");
  }
  boost::mp11::mp_for_each<described_members<T>>([&](auto d) {
    const std::string_view name = json_name<T>(d.name);
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
  } else if constexpr (std::is_same_v<T, bool>) {
    const bool* b = v.if_bool();
    if (!b) fail(path, fmt::format("expected true or false, found {}", kind_name(v)));
    out = *b;
  } else if constexpr (std::is_integral_v<T>) {
    read_integer(v, out, path);
  } else if constexpr (std::is_same_v<T, Decimal> || std::is_same_v<T, Money> || std::is_same_v<T, Unit>) {
    try {
      out = json::value_to<T>(v);
    } catch (const Error& e) {
      fail(path, e.what());
    }
  } else if constexpr (std::is_same_v<T, SpendingPlan>) {
    read(v, out.milestones, path);
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

// The byte offset where boost::json stopped, as the 1-based line and column (in code points)
// that an editor shows.
ParseError malformed(std::string_view text, std::size_t offset, std::string_view reason) {
  std::size_t line = 1;
  std::size_t column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\n') {
      ++line;
      column = 1;
    } else if ((byte & 0xC0) != 0x80) {
      ++column;
    }
  }
  return ParseError(fmt::format("malformed JSON at line {}, column {}: {}", line, column, reason), column, line);
}

json::value parse(std::string_view text) {
  constexpr std::string_view bom = "\xEF\xBB\xBF";  // written by some Windows editors
  if (text.starts_with(bom)) text.remove_prefix(bom.size());
  json::stream_parser parser;
  boost::system::error_code ec;
  const std::size_t consumed = parser.write(text.data(), text.size(), ec);
  if (ec) throw malformed(text, consumed, ec.message());
  parser.finish(ec);
  if (ec) throw malformed(text, text.size(), ec.message());
  return parser.release();
}

// The envelope first, then the document's members in declaration order.
json::object document_object(const Document& document) {
  json::object out;
  out["format"] = json::string_view(json_format.data(), json_format.size());
  out["version"] = json_version;
  json::value members = json::value_from(document);
  for (json::key_value_pair& member : members.as_object()) out.emplace(member.key(), std::move(member.value()));
  return out;
}

void check_envelope(const json::object& object, const Path& root) {
  if (const json::value* format = object.if_contains("format")) {
    const json::string* s = format->if_string();
    if (!s || as_std(*s) != json_format)
      fail(root.member_of("format"), fmt::format("expected \"{}\", found {}", json_format,
                                                 s ? fmt::format("\"{}\"", as_std(*s)) : kind_name(*format)));
  }
  if (const json::value* version = object.if_contains("version")) {
    int number = 0;
    read(*version, number, root.member_of("version"));
    if (number > json_version)
      fail(root.member_of("version"),
           fmt::format("{} is newer than this jixiao reads ({}); update jixiao", number, json_version));
    if (number < 1) fail(root.member_of("version"), fmt::format("expected {}, found {}", json_version, number));
  }
}

ReadResult read_result(std::string_view text) {
  json::value root = parse(text);
  const Path top;
  json::object* object = root.if_object();
  if (!object) fail(top, fmt::format("expected an object at the top level, found {}", kind_name(root)));
  check_envelope(*object, top);
  ReadResult result;
  if (const json::value* diagnostics = object->if_contains("diagnostics"))
    read(*diagnostics, result.diagnostics, top.member_of("diagnostics"));
  if (const json::value* encoding = object->if_contains("source_encoding"))
    read(*encoding, result.encoding, top.member_of("source_encoding"));
  for (const char* envelope : {"format", "version", "diagnostics", "source_encoding"}) object->erase(envelope);
  read(root, result.document, top);
  return result;
}

void write_pretty(std::string& out, const json::value& v, std::size_t indent) {
  constexpr std::size_t step = 2;
  if (const json::object* object = v.if_object(); object && !object->empty()) {
    out += '{';
    const char* separator = "\n";
    for (const json::key_value_pair& member : *object) {
      out += separator;
      out.append(indent + step, ' ');
      out += json::serialize(member.key());
      out += ": ";
      write_pretty(out, member.value(), indent + step);
      separator = ",\n";
    }
    out += '\n';
    out.append(indent, ' ');
    out += '}';
  } else if (const json::array* array = v.if_array(); array && !array->empty()) {
    out += '[';
    const char* separator = "\n";
    for (const json::value& element : *array) {
      out += separator;
      out.append(indent + step, ' ');
      write_pretty(out, element, indent + step);
      separator = ",\n";
    }
    out += '\n';
    out.append(indent, ' ');
    out += ']';
  } else {
    out += json::serialize(v);
  }
}

}  // namespace

std::string serialize(const boost::json::value& value, const JsonOptions& options) {
  if (!options.pretty) return json::serialize(value);
  std::string out;
  write_pretty(out, value, 0);
  return out;
}

std::string to_json(const Document& document, const JsonOptions& options) {
  return serialize(document_object(document), options);
}

std::string to_json(const ReadResult& result, const JsonOptions& options) {
  json::object out = document_object(result.document);
  out["source_encoding"] = json::value_from(result.encoding);
  out["diagnostics"] = json::value_from(result.diagnostics);
  return serialize(out, options);
}

Document document_from_json(std::string_view json) { return read_result(json).document; }

ReadResult read_result_from_json(std::string_view json) { return read_result(json); }

void tag_invoke(const json::value_from_tag&, json::value& v, const Decimal& d) { v = d.to_string(); }

Decimal tag_invoke(const json::value_to_tag<Decimal>&, const json::value& v) {
  return decimal_from_string(as_std(expect_string(v, "a decimal string")));
}

void tag_invoke(const json::value_from_tag&, json::value& v, const Money& m) { v = m.wan().to_string(); }

Money tag_invoke(const json::value_to_tag<Money>&, const json::value& v) {
  return Money::from_wan(decimal_from_string(as_std(expect_string(v, "a decimal string"))));
}

void tag_invoke(const json::value_from_tag&, json::value& v, const Unit& u) { v = u.symbol; }

Unit tag_invoke(const json::value_to_tag<Unit>&, const json::value& v) {
  return lookup_unit(as_std(expect_string(v, "a unit symbol string")));
}

void tag_invoke(const json::value_from_tag&, json::value& v, const Milestone& m) {
  json::object& object = v.emplace_object();
  boost::mp11::mp_for_each<described_members<Milestone>>([&](auto d) {
    const std::string_view name = json_name<Milestone>(d.name);
    object[json::string_view(name.data(), name.size())] = json::value_from(m.*d.pointer, object.storage());
  });
}

Milestone tag_invoke(const json::value_to_tag<Milestone>&, const json::value& v) {
  Milestone m;
  read(v, m, Path{});
  return m;
}

void tag_invoke(const json::value_from_tag&, json::value& v, const SpendingPlan& p) {
  v = json::value_from(p.milestones, v.storage());
}

SpendingPlan tag_invoke(const json::value_to_tag<SpendingPlan>&, const json::value& v) {
  SpendingPlan p;
  read(v, p, Path{});
  return p;
}

}  // namespace jixiao
