#include <jixiao/json.hpp>

#include <jixiao/describe.hpp>

#include <boost/describe/members.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/stream_parser.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>
#include <boost/mp11/algorithm.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <type_traits>
#include <utility>

#include "json_detail.hpp"
#include "text/utf8.hpp"

namespace jixiao {
namespace {

namespace json = boost::json;
using namespace json_detail;

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
  json::value root = parse_json(text);
  TextStore texts;
  const Path top{nullptr, {}, 0, &texts};
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

namespace {

// The byte offset where the parser stopped, as the 1-based line and column (in code points)
// that an editor shows.
ParseError malformed(std::string_view text, std::size_t offset, std::string_view what, std::string_view reason) {
  const std::string_view before = text.substr(0, std::min(offset, text.size()));
  const std::size_t line = 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
  const std::size_t column = 1 + text::code_points(before.substr(before.rfind('\n') + 1));  // npos + 1 is 0
  return ParseError(fmt::format("malformed {} at line {}, column {}: {}", what, line, column, reason), column, line);
}

}  // namespace

json::value parse_json(std::string_view text, std::string_view what) {
  constexpr std::string_view bom = "\xEF\xBB\xBF";  // written by some Windows editors
  if (text.starts_with(bom)) text.remove_prefix(bom.size());
  json::stream_parser parser;
  boost::system::error_code ec;
  const std::size_t consumed = parser.write(text.data(), text.size(), ec);
  if (ec) throw malformed(text, consumed, what, ec.message());
  parser.finish(ec);
  if (ec) throw malformed(text, text.size(), what, ec.message());
  return parser.release();
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

void tag_invoke(const json::value_from_tag&, json::value& v, const Unit& u) {
  const std::string_view symbol = u.symbol();
  v = json::string_view(symbol.data(), symbol.size());
}

Unit tag_invoke(const json::value_to_tag<Unit>&, const json::value& v) {
  return lookup_unit(as_std(expect_string(v, "a unit symbol string")));
}

void tag_invoke(const json::value_from_tag&, json::value& v, const Text& t) {
  v = json::string_view(t.data(), t.size());
}

Text tag_invoke(const json::value_to_tag<Text>&, const json::value& v) {
  return Text(as_std(expect_string(v, "a string")));
}

void tag_invoke(const json::value_from_tag&, json::value& v, const SpendingPlan& p) {
  v = json::value_from(p.milestones, v.storage());
}

void tag_invoke(const json::value_from_tag&, json::value& v, const Target& t) {
  TargetRecord r;
  r.raw = t.raw;
  r.kind = t.kind();
  r.year_from_context = t.year_from_context;
  r.direction = t.direction;
  if (const Amount* a = t.if_amount()) {
    r.comparator = a->comparator;
    r.comparator_written = a->comparator_written;
    r.value = a->value;
  } else if (const Range* range = t.if_range()) {
    r.value = range->lower;
    r.upper = range->upper;
  } else if (const Period* p = t.if_period()) {
    r.start = p->start;
    r.end = p->end;
  } else if (const Deadline* d = t.if_deadline()) {
    r.end = d->date;
  } else if (const Qualitative* q = t.if_qualitative()) {
    r.text = q->text;
  } else if (const Reference* ref = t.if_reference()) {
    r.text = ref->text;
  } else if (const Unparsed* u = t.if_unparsed()) {
    r.reason = u->reason;
  }
  v = json::value_from(r, v.storage());
}

Target tag_invoke(const json::value_to_tag<Target>&, const json::value& v) {
  Target t;
  read_target(v, t, Path{});
  return t;
}

void json_detail::read_target(const json::value& v, Target& out, const Path& path) {
  TargetRecord r;
  read_object(v, r, path);
  Target t;
  switch (r.kind) {
    case TargetKind::comparison:
      t.emplace(Comparison{{r.comparator, r.comparator_written, std::move(r.value)}});
      break;
    case TargetKind::duration:
      t.emplace(Duration{{r.comparator, r.comparator_written, std::move(r.value)}});
      break;
    case TargetKind::range: t.emplace(Range{std::move(r.value), std::move(r.upper)}); break;
    case TargetKind::period: t.emplace(Period{r.start, r.end}); break;
    case TargetKind::deadline: t.emplace(Deadline{r.end}); break;
    case TargetKind::qualitative: t.emplace(Qualitative{std::move(r.text)}); break;
    case TargetKind::reference: t.emplace(Reference{std::move(r.text)}); break;
    case TargetKind::redacted: t.emplace(Redacted{}); break;
    case TargetKind::unparsed: t.emplace(Unparsed{std::move(r.reason)}); break;
  }
  t.raw = std::move(r.raw);
  t.year_from_context = r.year_from_context;
  t.direction = r.direction;
  out = std::move(t);
}

void tag_invoke(const json::value_from_tag&, json::value& v, DiagnosticCode code) {
  const std::string_view name = code_name(code);
  v = json::string_view(name.data(), name.size());
}

DiagnosticCode tag_invoke(const json::value_to_tag<DiagnosticCode>&, const json::value& v) {
  const std::string_view name = as_std(expect_string(v, "a diagnostic code string"));
  if (const std::optional<DiagnosticCode> code = diagnostic_code_from_name(name)) return *code;
  throw Error(fmt::format("\"{}\" is no diagnostic code", name));
}

SpendingPlan tag_invoke(const json::value_to_tag<SpendingPlan>&, const json::value& v) {
  SpendingPlan p;
  read(v, p, Path{});
  return p;
}

}  // namespace jixiao
