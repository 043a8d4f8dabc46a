#include <jixiao/actuals.hpp>

#include "actuals/match.hpp"
#include "json_detail.hpp"
#include "target/text.hpp"
#include "text/blanks.hpp"

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <initializer_list>
#include <iterator>

namespace jixiao {
namespace {

using row_members = boost::describe::describe_members<ActualsRow, boost::describe::mod_public>;

// Columns that apply to one kind of row only; a value there on the other kind is a mistake.
constexpr std::array project_only{std::string_view("executed"), std::string_view("adjusted_budget")};
constexpr std::array indicator_only{std::string_view("level2"), std::string_view("actual"),
                                    std::string_view("expected"), std::string_view("grade_percent"),
                                    std::string_view("likelihood"), std::string_view("cause"),
                                    std::string_view("reason")};

template <std::size_t N>
bool among(std::string_view name, const std::array<std::string_view, N>& names) {
  for (std::string_view n : names)
    if (n == name) return true;
  return false;
}

// A cell's value does not fit its column; the caller adds where (CSV line and column, JSON path).
struct CellError {
  std::string_view column;
  std::string what;
};

template <described_enum E>
std::optional<E> enum_cell(std::string_view column, const std::string& text) {
  if (text.empty()) return std::nullopt;
  if (const auto e = enum_from_name<E>(text)) return e;
  std::string names;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
    names += names.empty() ? "" : " / ";
    names += d.name;
  });
  throw CellError{column, fmt::format("expected one of {}, found \"{}\"", names, text)};
}

std::optional<Decimal> decimal_cell(std::string_view column, const std::string& text) {
  if (text.empty()) return std::nullopt;
  if (auto d = Decimal::try_parse(text)) return d;
  throw CellError{column, fmt::format("expected a number, found \"{}\"", text)};
}

std::optional<Money> money_cell(std::string_view column, const std::string& text) {
  if (text.empty()) return std::nullopt;
  try {
    return Money::parse(text);
  } catch (const ParseError& e) {
    throw CellError{column, fmt::format("expected an amount in 万元, found \"{}\" ({})", text, e.what())};
  }
}

Date date_cell(const std::string& text) {
  if (text.empty()) throw CellError{"as_of", "the date the figures are for is required (2025-06-30)"};
  try {
    return parse_iso_date(text);
  } catch (const ParseError& e) {
    throw CellError{"as_of", fmt::format("expected an ISO date such as 2025-06-30, found \"{}\" ({})", text,
                                         e.what())};
  }
}

// A row becomes a project's spending or an indicator's value. Throws CellError.
void add_row(const ActualsRow& row, std::size_t line, Actuals& out) {
  if (row.project_code.empty()) throw CellError{"project_code", "the project code is required"};
  const Date as_of = date_cell(row.as_of);
  const bool project_row = row.indicator.empty();
  boost::mp11::mp_for_each<row_members>([&](auto d) {
    const std::string& value = row.*d.pointer;
    if (value.empty()) return;
    if (project_row && among(d.name, indicator_only))
      throw CellError{d.name, "applies to indicator rows (this row has no indicator, so it is a project's spending)"};
    if (!project_row && among(d.name, project_only))
      throw CellError{d.name, "applies to project rows (rows with an empty indicator)"};
  });
  if (project_row) {
    ProjectActual p;
    p.project_code = row.project_code;
    p.as_of = as_of;
    p.executed = money_cell("executed", row.executed);
    p.adjusted_budget = money_cell("adjusted_budget", row.adjusted_budget);
    p.reported_score = decimal_cell("reported_score", row.reported_score);
    p.line = line;
    out.projects.push_back(std::move(p));
    return;
  }
  const TargetContext context{as_of.year, row.indicator, {}};
  IndicatorActual a;
  a.project_code = row.project_code;
  a.indicator = row.indicator;
  a.level2 = row.level2;
  a.as_of = as_of;
  if (row.actual.empty()) throw CellError{"actual", "an indicator row needs its actual value"};
  a.value = parse_target(row.actual, context);
  if (const Unparsed* unread = a.value.if_unparsed())
    throw CellError{"actual", fmt::format("\"{}\" cannot be read: {}", row.actual, unread->reason)};
  if (!row.expected.empty()) a.expected = parse_target(row.expected, context);
  a.grade_percent = decimal_cell("grade_percent", row.grade_percent);
  if (a.grade_percent && !grade_of(a.value))
    throw CellError{"grade_percent", fmt::format("applies to a grade, and \"{}\" is none", row.actual)};
  a.likelihood = enum_cell<Likelihood>("likelihood", row.likelihood);
  a.cause = enum_cell<DeviationCause>("cause", row.cause);
  a.reason = row.reason;
  a.reported_score = decimal_cell("reported_score", row.reported_score);
  a.line = line;
  out.indicators.push_back(std::move(a));
}

// --- CSV (RFC 4180) ---

struct Field {
  std::string text;
  std::size_t column = 1;  // in code points, where the field starts
};

struct Record {
  std::vector<Field> fields;
  std::size_t line = 1;  // where the record starts
};

// Splits the text into records. Quoted fields may hold commas, doubled quotes and line breaks.
class CsvScanner {
 public:
  explicit CsvScanner(std::string_view text) : s_(text) {
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    if (s_.starts_with(bom)) s_.remove_prefix(bom.size());
  }

  bool next(Record& record) {
    if (i_ >= s_.size()) return false;
    record.fields.clear();
    record.line = line_;
    for (;;) {
      Field& field = record.fields.emplace_back();
      field.column = column_;
      if (peek() == '"') {
        quoted(field.text);
      } else {
        while (i_ < s_.size() && s_[i_] != ',' && s_[i_] != '\n' && s_[i_] != '\r') field.text += advance();
      }
      if (i_ >= s_.size()) return true;
      if (s_[i_] == ',') {
        advance();
        continue;
      }
      end_of_line();
      return true;
    }
  }

 private:
  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }

  char advance() {
    const char c = s_[i_++];
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column_;
    return c;
  }

  void end_of_line() {
    if (s_[i_] == '\r') ++i_;
    if (i_ < s_.size() && s_[i_] == '\n') ++i_;
    ++line_;
    column_ = 1;
  }

  void quoted(std::string& out) {
    const std::size_t start_line = line_;
    const std::size_t start_column = column_;
    advance();
    for (;;) {
      if (i_ >= s_.size())
        throw ParseError(fmt::format("line {}: the quoted field opened at column {} is not closed", start_line,
                                     start_column),
                         start_column, start_line);
      const char c = s_[i_];
      if (c == '"') {
        advance();
        if (peek() == '"') {
          out += advance();
          continue;
        }
        if (i_ < s_.size() && s_[i_] != ',' && s_[i_] != '\n' && s_[i_] != '\r')
          throw ParseError(fmt::format("line {}, column {}: text after the closing quote of a field", line_, column_),
                           column_, line_);
        return;
      }
      // A line break inside quotes counts as one outside does (CRLF, LF or a lone CR, as the
      // documents end lines) and is kept as LF.
      if (c == '\n' || c == '\r') {
        ++i_;
        if (c == '\r' && peek() == '\n') ++i_;
        ++line_;
        column_ = 1;
        out += '\n';
        continue;
      }
      out += advance();
    }
  }

  std::string_view s_;
  std::size_t i_ = 0;
  std::size_t line_ = 1;
  std::size_t column_ = 1;
};

bool blank(const Record& r) {
  for (const Field& f : r.fields)
    if (!f.text.empty()) return false;
  return true;
}

using Setter = std::string ActualsRow::*;

Setter column_named(std::string_view name) {
  Setter found = nullptr;
  boost::mp11::mp_for_each<row_members>([&](auto d) {
    if (name == d.name) found = d.pointer;
  });
  return found;
}

std::string column_list() {
  std::string names;
  boost::mp11::mp_for_each<row_members>([&](auto d) {
    names += names.empty() ? "" : ", ";
    names += d.name;
  });
  return names;
}

// --- JSON ---

struct ActualsFile {
  std::string format;
  int version = 0;
  std::vector<ActualsRow> projects;
  std::vector<ActualsRow> indicators;
};
BOOST_DESCRIBE_STRUCT(ActualsFile, (), (format, version, projects, indicators))

constexpr std::string_view actuals_format = "jixiao.actuals";
constexpr int actuals_version = 1;

// Indicator names as the tables write them: blanks from the PDF extraction do not count
// (text::without_spaces; text::blank_at is a byte test, run for every byte of every name matched).
std::string compact(std::string_view s) { return text::without_spaces(s); }

// A hash of the compacted bytes: equal when compact(a) == compact(b), without building either.
// Bytes are gathered eight to a word and each word mixed once: a multiply per byte (FNV) made
// this loop a tenth of match time.
std::uint64_t compact_hash(std::string_view s) {
  const auto mix = [](std::uint64_t h, std::uint64_t word) {
    h = (h ^ word) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 29);
  };
  std::uint64_t hash = 0x243F6A8885A308D3ull;
  std::uint64_t word = 0;
  unsigned gathered = 0;
  // Appends n (1–8) bytes, big-endian in the low 8n bits of `bytes`, as n steps of the byte loop.
  const auto gather = [&](std::uint64_t bytes, unsigned n) {
    const unsigned room = 8 - gathered;
    if (n < room) {
      word = (word << (8 * n)) | bytes;
      gathered += n;
      return;
    }
    const unsigned rest = n - room;
    const std::uint64_t head = rest ? bytes >> (8 * rest) : bytes;
    hash = mix(hash, room == 8 ? head : (word << (8 * room)) | head);
    word = rest ? bytes & ((std::uint64_t{1} << (8 * rest)) - 1) : 0;
    gathered = rest;
  };
  // Whether a byte of x is c (exact for "any": the zero-byte test on x ^ c…c).
  const auto has_byte = [](std::uint64_t x, unsigned char c) {
    constexpr std::uint64_t ones = 0x0101010101010101ull;
    const std::uint64_t v = x ^ (ones * c);
    return ((v - ones) & ~v & (ones << 7)) != 0;
  };
  // Whether a byte of x may start a blank: below '!' (the ASCII blanks), C2, E1–E3 or EF (E0
  // included by the mask, harmlessly: the byte loop below decides).
  const auto may_start_blank = [&](std::uint64_t x) {
    constexpr std::uint64_t ones = 0x0101010101010101ull;
    const bool below_bang = ((x - ones * '!') & ~x & (ones << 7)) != 0;
    return below_bang || has_byte(x, 0xC2) || has_byte(x & ~(ones * 0x03), 0xE0) || has_byte(x, 0xEF);
  };
  std::size_t i = 0;
  // Whole words first, while no byte may start a blank: mixed as the loop below would gather
  // them, without its bookkeeping (names are CJK text).
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t chunk = 0;
    std::memcpy(&chunk, s.data() + i, 8);
    if constexpr (std::endian::native == std::endian::little) chunk = __builtin_bswap64(chunk);
    if (may_start_blank(chunk)) break;
    hash = mix(hash, chunk);
  }
  while (i < s.size()) {
    // Up to eight bytes of which none can begin a blank go in at once, read as one word ending
    // where they end: names are CJK text that rarely has one, and byte by byte this loop was an
    // eighth of evaluation (callgrind).
    if (s.size() >= 8) {
      const auto n = static_cast<unsigned>(std::min<std::size_t>(8, s.size() - i));
      std::uint64_t chunk = 0;
      std::memcpy(&chunk, s.data() + i + n - 8, 8);
      if constexpr (std::endian::native == std::endian::little) chunk = __builtin_bswap64(chunk);
      // The last n bytes; the bytes before them tested as 'A', which starts no blank.
      const std::uint64_t kept = n < 8 ? (std::uint64_t{1} << (8 * n)) - 1 : ~std::uint64_t{0};
      if (!may_start_blank(chunk | (~kept & 0x4141414141414141ull))) {
        gather(chunk & kept, n);
        i += n;
        continue;
      }
    }
    if (const std::size_t blank = text::blank_at(s, i)) {
      i += blank;
      continue;
    }
    gather(static_cast<unsigned char>(s[i++]), 1);
  }
  return mix(hash, word ^ (std::uint64_t{gathered} << 56));
}

// compact(a) == compact(b), without building either.
bool same_compacted(std::string_view a, std::string_view b) {
  if (a == b) return true;  // the usual case: an actuals file copies the table's names
  std::size_t i = 0;
  std::size_t j = 0;
  for (;;) {
    while (i < a.size() && text::blank_at(a, i) != 0) i += text::blank_at(a, i);
    while (j < b.size() && text::blank_at(b, j) != 0) j += text::blank_at(b, j);
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (a[i++] != b[j++]) return false;
  }
}

// A hash and the index of what was hashed.
using Hashed = std::pair<std::uint64_t, std::size_t>;

// Orders pairs, and a pair against a hash, by hash alone: which of two equal hashes comes first
// does not matter, and comparing the pairs whole was a third of the cost of sorting them.
struct ByHash {
  bool operator()(const Hashed& a, const Hashed& b) const noexcept { return a.first < b.first; }
  bool operator()(const Hashed& a, std::uint64_t h) const noexcept { return a.first < h; }
  bool operator()(std::uint64_t h, const Hashed& b) const noexcept { return h < b.first; }
};

// For (hash, index) pairs sorted by hash: alone[index] says no other pair has its hash.
template <class Pairs, class Flags>
void mark_alone(Pairs begin, Pairs end, Flags alone) {
  for (auto it = begin; it != end; ++it)
    alone[static_cast<std::ptrdiff_t>(it->second)] =
        (it == begin || (it - 1)->first != it->first) && (it + 1 == end || (it + 1)->first != it->first);
}

std::string where(std::size_t line) { return line ? fmt::format("line {}", line) : std::string("JSON"); }

Diagnostic problem(std::size_t line, DiagnosticCode code, std::string reason) {
  return Diagnostic{line, 0, Severity::error, code, std::move(reason)};
}

// The CSV is UTF-8 (docs/evaluation.md). A byte that is not would pass into names and reasons and
// make every JSON written from them unreadable, so it is refused where it stands.
void require_utf8(std::string_view csv) {
  std::size_t line = 1;
  std::size_t column = 1;
  for (std::size_t i = 0; i < csv.size();) {
    const text::CodePoint cp = text::decode(csv, i);
    if (text::malformed(cp))
      throw ParseError(fmt::format("line {}, column {}: the byte 0x{:02X} is not UTF-8 (save the file as UTF-8)",
                                   line, column, static_cast<unsigned char>(csv[i])),
                       column, line);
    if (cp.value == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    i += cp.length;
  }
}

}  // namespace

std::optional<Grade> grade_of(const Target& actual) {
  const Qualitative* phrase = actual.if_qualitative();
  if (!phrase) return std::nullopt;
  // Contains a word of 未达成 (未达成 未完成 未实现 未达到 未达标 不达标 没有达成 没有完成 未按时),
  // else of 部分达成 (部分达成 部分完成 部分实现 基本达成 基本完成), else of 达成 (达成 完成 实现 达到
  // 达标). Every actual is graded: one pass that tries at each byte only the words beginning
  // with the character there costs half of searching the text for each word.
  const std::string_view t = phrase->text;
  const auto key = [](std::string_view c) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(c[0])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(c[1])) << 8 | static_cast<unsigned char>(c[2]);
  };
  const auto followed_by = [](std::string_view rest, std::initializer_list<std::string_view> words) {
    for (std::string_view w : words)
      if (rest.starts_with(w)) return true;
    return false;
  };
  bool partly = false;
  bool met = false;
  for (std::size_t i = 0; i + 3 <= t.size(); ++i) {
    const auto lead = static_cast<unsigned char>(t[i]);
    if (lead < 0xE4 || lead > 0xE9) continue;  // the first bytes of 未不没部基达完实
    const std::string_view rest = t.substr(i + 3);
    switch (key(t.substr(i, 3))) {
      case 0xE69CAA:  // 未
        if (followed_by(rest, {"达成", "完成", "实现", "达到", "达标", "按时"})) return Grade::未达成;
        break;
      case 0xE4B88D:  // 不
        if (rest.starts_with("达标")) return Grade::未达成;
        break;
      case 0xE6B2A1:  // 没
        if (followed_by(rest, {"有达成", "有完成"})) return Grade::未达成;
        break;
      case 0xE983A8:  // 部
        partly = partly || followed_by(rest, {"分达成", "分完成", "分实现"});
        break;
      case 0xE59FBA:  // 基
        partly = partly || followed_by(rest, {"本达成", "本完成"});
        break;
      case 0xE8BEBE:  // 达
        met = met || followed_by(rest, {"成", "到", "标"});
        break;
      case 0xE5AE8C:  // 完
        met = met || rest.starts_with("成");
        break;
      case 0xE5AE9E:  // 实
        met = met || rest.starts_with("现");
        break;
      default:
        break;
    }
  }
  if (partly) return Grade::部分达成;
  if (met) return Grade::达成;
  return std::nullopt;
}

Actuals actuals_from_csv(std::string_view csv) {
  require_utf8(csv);
  CsvScanner scanner(csv);
  Record header;
  while (scanner.next(header) && blank(header)) {
  }
  if (header.fields.empty() || blank(header)) throw ParseError("the actuals CSV has no header row", 1, 1);
  std::vector<Setter> setters;
  bool has_code = false;
  bool has_date = false;
  for (const Field& f : header.fields) {
    const std::string name = compact(f.text);
    const Setter s = column_named(name);
    if (!s)
      throw ParseError(fmt::format("line {}, column {}: unknown column \"{}\" (the columns are {})", header.line,
                                   f.column, f.text, column_list()),
                       f.column, header.line);
    for (const Setter other : setters)
      if (other == s)
        throw ParseError(fmt::format("line {}, column {}: the column \"{}\" appears twice", header.line, f.column,
                                     name),
                         f.column, header.line);
    setters.push_back(s);
    has_code = has_code || name == "project_code";
    has_date = has_date || name == "as_of";
  }
  if (!has_code || !has_date)
    throw ParseError(fmt::format("line {}: the header needs the columns project_code and as_of", header.line), 1,
                     header.line);
  Actuals out;
  Record record;
  while (scanner.next(record)) {
    if (blank(record)) continue;
    if (record.fields.size() != setters.size())
      throw ParseError(fmt::format("line {}: {} fields, the header has {}", record.line, record.fields.size(),
                                   setters.size()),
                       1, record.line);
    ActualsRow row;
    for (std::size_t k = 0; k < setters.size(); ++k) row.*setters[k] = record.fields[k].text;
    try {
      add_row(row, record.line, out);
    } catch (const CellError& e) {
      std::size_t column = 1;
      for (std::size_t k = 0; k < setters.size(); ++k)
        if (column_named(e.column) == setters[k]) column = record.fields[k].column;
      throw ParseError(fmt::format("line {}, column {} ({}): {}", record.line, column, e.column, e.what), column,
                       record.line);
    }
  }
  return out;
}

Actuals actuals_from_json(std::string_view text) {
  using namespace json_detail;
  const json::value root = parse_json(text, "actuals JSON");
  const Path top;
  ActualsFile file;
  read(root, file, top);
  if (!file.format.empty() && file.format != actuals_format)
    fail(top.member_of("format"), fmt::format("expected \"{}\", found \"{}\"", actuals_format, file.format));
  if (file.version > actuals_version)
    fail(top.member_of("version"),
         fmt::format("{} is newer than this jixiao reads ({}); update jixiao", file.version, actuals_version));
  Actuals out;
  const auto add = [&](const std::vector<ActualsRow>& rows, std::string_view member, bool projects) {
    const Path array = top.member_of(member);  // `at` points to it: it must outlive `at`
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const Path at = array.element(i);
      if (projects != rows[i].indicator.empty())
        fail(at.member_of("indicator"), projects ? "a project's spending has no indicator (put it under \"indicators\")"
                                                 : "an indicator's value needs the indicator's name");
      try {
        add_row(rows[i], 0, out);
      } catch (const CellError& e) {
        fail(at.member_of(e.column), e.what);
      }
    }
  };
  add(file.projects, "projects", true);
  add(file.indicators, "indicators", false);
  return out;
}

Actuals read_actuals(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(fmt::format("cannot open {}", path.string()));
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  std::size_t i = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n')) ++i;
  return i < text.size() && text[i] == '{' ? actuals_from_json(text) : actuals_from_csv(text);
}

namespace detail {

ActualsIndex::ActualsIndex(const Document& document, const Actuals& actuals, std::optional<Date> as_of) {
  const std::size_t project_count = document.projects.size();
  projects_.assign(project_count, nullptr);
  first_.resize(project_count + 1);
  for (std::size_t p = 0; p < project_count; ++p) first_[p + 1] = first_[p] + document.projects[p].indicators.size();
  indicators_.assign(first_.back(), nullptr);

  // Projects by the hash of their compacted code, sorted, built once: matching stays linear in
  // documents of any size, and a code is compacted by neither the index nor its lookups.
  std::vector<Hashed> codes(project_count);
  for (std::size_t p = 0; p < project_count; ++p) codes[p] = {compact_hash(document.projects[p].code), p};
  std::sort(codes.begin(), codes.end(), ByHash{});
  std::vector<char> unique_code(project_count);  // no other code of the document has its hash
  mark_alone(codes.begin(), codes.end(), unique_code.begin());
  // Actuals come project by project, in the document's order: a code equal to the previous one,
  // found, is not looked up again, and the project after it, named exactly and alone with its
  // hash, is the one the search would find.
  const std::string* last_code = nullptr;
  std::optional<std::size_t> last_project;
  std::size_t after_last = 0;
  std::vector<std::size_t> found_projects;
  const auto one_project = [&](const std::string& code, std::size_t line) -> std::optional<std::size_t> {
    if (last_code && *last_code == code && last_project) return last_project;
    last_code = &code;
    last_project = std::nullopt;
    found_projects.clear();
    if (!code.empty() && after_last < project_count && unique_code[after_last] &&
        document.projects[after_last].code == code) {
      found_projects.push_back(after_last);
    } else if (!code.empty()) {
      for (auto [it, end] = std::equal_range(codes.begin(), codes.end(), compact_hash(code), ByHash{}); it != end; ++it)
        if (same_compacted(document.projects[it->second].code, code)) found_projects.push_back(it->second);
    }
    if (found_projects.empty())
      diagnostics.push_back(problem(line, DiagnosticCode::actual_unknown_project,
                                    fmt::format("{}: no project of the document has the code {}", where(line), code)));
    else if (found_projects.size() > 1)
      diagnostics.push_back(problem(line, DiagnosticCode::actual_ambiguous,
                                    fmt::format("{}: {} projects of the document have the code {}", where(line),
                                                found_projects.size(), code)));
    else
      last_project = found_projects.front();
    if (last_project) after_last = *last_project + 1;
    return last_project;
  };
  const auto applies = [&](const Date& d) { return !as_of || d <= *as_of; };

  // Each project's indicators by the hash of their compacted name, sorted: an actual finds its
  // indicator by binary search instead of compacting every name of its project again.
  std::vector<Hashed> names(first_.back());
  std::vector<char> alone(first_.back());  // no other name of its project has its hash
  for (std::size_t p = 0; p < project_count; ++p) {
    const auto& indicators = document.projects[p].indicators;
    const auto begin = names.begin() + static_cast<std::ptrdiff_t>(first_[p]);
    for (std::size_t i = 0; i < indicators.size(); ++i)
      begin[static_cast<std::ptrdiff_t>(i)] = {compact_hash(indicators[i].name), i};
    const auto end = begin + static_cast<std::ptrdiff_t>(indicators.size());
    std::sort(begin, end, ByHash{});
    mark_alone(begin, end, alone.begin() + static_cast<std::ptrdiff_t>(first_[p]));
  }

  // The latest applicable figures win; two for the same date are a duplicate.
  for (const ProjectActual& a : actuals.projects) {
    const auto p = one_project(a.project_code, a.line);
    if (!p || !applies(a.as_of)) continue;
    const ProjectActual*& slot = projects_[*p];
    if (slot && slot->as_of == a.as_of) {
      diagnostics.push_back(problem(a.line, DiagnosticCode::actual_duplicate,
                                    fmt::format("{}: the spending of {} on {} is given twice; the first is used",
                                                where(a.line), a.project_code, a.as_of.to_string())));
      continue;
    }
    if (!slot || slot->as_of < a.as_of) slot = &a;
  }
  std::vector<std::size_t> found;
  // Actuals mostly follow the table's order: an actual named exactly as the indicator after the
  // last one matched has that indicator's hash, and when no other name of the project has that
  // hash, the search would find that indicator alone.
  std::size_t next = 0;  // in indicators_
  for (const IndicatorActual& a : actuals.indicators) {
    const auto p = one_project(a.project_code, a.line);
    if (!p) continue;
    const Project& project = document.projects[*p];
    const auto level2_fits = [&](const Indicator& ind) {
      return a.level2.empty() || same_compacted(ind.level2_text, a.level2) ||
             same_compacted(enum_name(ind.level2), a.level2);
    };
    found.clear();
    const bool in_order =
        next >= first_[*p] && next < first_[*p + 1] && project.indicators[next - first_[*p]].name == a.indicator;
    if (in_order && alone[next]) {
      if (level2_fits(project.indicators[next - first_[*p]])) found.push_back(next - first_[*p]);
    } else {
      const auto begin = names.begin() + static_cast<std::ptrdiff_t>(first_[*p]);
      const auto end = names.begin() + static_cast<std::ptrdiff_t>(first_[*p + 1]);
      for (auto [it, last] = std::equal_range(begin, end, compact_hash(a.indicator), ByHash{}); it != last; ++it) {
        const Indicator& ind = project.indicators[it->second];
        if (same_compacted(ind.name, a.indicator) && level2_fits(ind)) found.push_back(it->second);
      }
    }
    if (found.empty()) {
      diagnostics.push_back(problem(
          a.line, DiagnosticCode::actual_unknown_indicator,
          fmt::format("{}: project {} has no indicator named {}{}", where(a.line), a.project_code, a.indicator,
                      a.level2.empty() ? std::string() : fmt::format(" under {}", a.level2))));
      continue;
    }
    if (found.size() > 1) {
      diagnostics.push_back(problem(
          a.line, DiagnosticCode::actual_ambiguous,
          fmt::format("{}: project {} has {} indicators named {}; add the level2 column to tell them apart",
                      where(a.line), a.project_code, found.size(), a.indicator)));
      continue;
    }
    next = first_[*p] + found.front() + 1;
    if (!applies(a.as_of)) continue;
    const IndicatorActual*& slot = indicators_[first_[*p] + found.front()];
    if (slot && slot->as_of == a.as_of) {
      diagnostics.push_back(problem(
          a.line, DiagnosticCode::actual_duplicate,
          fmt::format("{}: the value of {} / {} on {} is given twice; the first is used", where(a.line),
                      a.project_code, a.indicator, a.as_of.to_string())));
      continue;
    }
    if (!slot || slot->as_of < a.as_of) slot = &a;
  }
}

ActualsIndex::ActualsIndex(const Document& document) {
  const std::size_t project_count = document.projects.size();
  projects_.assign(project_count, nullptr);
  first_.resize(project_count + 1);
  for (std::size_t p = 0; p < project_count; ++p) first_[p + 1] = first_[p] + document.projects[p].indicators.size();
  indicators_.assign(first_.back(), nullptr);
}

bool ActualsIndex::reported(std::size_t p) const noexcept {
  if (projects_[p]) return true;
  for (std::size_t k = first_[p]; k < first_[p + 1]; ++k)
    if (indicators_[k]) return true;
  return false;
}

}  // namespace detail

MatchedActuals match_actuals(const Document& document, const Actuals& actuals, std::optional<Date> as_of) {
  detail::ActualsIndex index(document, actuals, as_of);
  MatchedActuals out;
  out.projects.resize(document.projects.size());
  out.indicators.resize(document.projects.size());
  for (std::size_t p = 0; p < document.projects.size(); ++p) {
    if (const ProjectActual* a = index.project(p)) out.projects[p] = *a;
    out.indicators[p].resize(document.projects[p].indicators.size());
    for (std::size_t i = 0; i < out.indicators[p].size(); ++i)
      if (const IndicatorActual* a = index.indicator(p, i)) out.indicators[p][i] = *a;
  }
  out.diagnostics = std::move(index.diagnostics);
  return out;
}

std::optional<Date> latest_date(const Actuals& actuals) {
  std::optional<Date> latest;
  for (const ProjectActual& p : actuals.projects)
    if (!latest || p.as_of > *latest) latest = p.as_of;
  for (const IndicatorActual& i : actuals.indicators)
    if (!latest || i.as_of > *latest) latest = i.as_of;
  return latest;
}

}  // namespace jixiao
