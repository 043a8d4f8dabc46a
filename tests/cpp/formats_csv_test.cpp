#include <jixiao/csv.hpp>

#include <doctest/doctest.h>

#include "indicator_fixture.hpp"
#include <sstream>
#include <string>
#include <vector>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

using Record = std::vector<std::string>;

// A strict RFC 4180 reader for checking the output: CRLF records, quoted fields with doubled quotes.
std::vector<Record> parse_csv(std::string_view text) {
  std::vector<Record> records;
  Record record;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c != '"') field += c;
      else if (i + 1 < text.size() && text[i + 1] == '"') field += text[++i];
      else quoted = false;
    } else if (c == '"') {
      REQUIRE(field.empty());
      quoted = true;
    } else if (c == ',') {
      record.push_back(std::exchange(field, {}));
    } else if (c == '\r') {
      REQUIRE(i + 1 < text.size());
      REQUIRE(text[i + 1] == '\n');
      ++i;
      record.push_back(std::exchange(field, {}));
      records.push_back(std::exchange(record, {}));
    } else {
      REQUIRE(c != '\n');  // a bare line break must have been quoted
      field += c;
    }
  }
  REQUIRE_FALSE(quoted);
  REQUIRE(field.empty());  // the last record ends with CRLF
  REQUIRE(record.empty());
  return records;
}

std::size_t column(const Record& header, std::string_view name) {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return i;
  FAIL("no column ", name);
  return 0;
}

Indicator indicator(Level1 level1, Level2 level2, std::string name, Target target, std::size_t line) {
  return jixiao_test::indicator_row(level1, level2, std::move(name), {}, std::move(target), "市科协 2025 年工作安排",
                                    line);
}

Document document() {
  Document d;
  d.department = "张家口市科学技术协会";
  d.year = 2025;

  Project a;
  a.code = "13070024P00000410006W";
  a.name = "科普经费, \"2025\"";
  a.unit_code = "731001";
  a.unit_name = "张家口市科学技术协会本级";
  a.budget = {Money(40.480_dec), Money(40.48_dec), std::nullopt};

  Target ge;
  ge.raw = "≥130 次";
  ge.kind = TargetKind::comparison;
  ge.comparator = Comparator::ge;
  ge.comparator_written = true;
  ge.value = {130_dec, lookup_unit("次")};
  a.indicators.push_back(indicator(Level1::产出指标, Level2::数量指标, "活动次数", ge, 120));
  a.indicators.back().description = "宣传、调研\n服务";
  a.indicators.back().weight = 12.50_dec;
  a.indicators.back().direction = Direction::forward;

  Target range;
  range.raw = "90%-95.50%";
  range.kind = TargetKind::range;
  range.value = {90_dec, lookup_unit("%")};
  range.upper = {95.50_dec, lookup_unit("%")};
  a.indicators.push_back(indicator(Level1::产出指标, Level2::质量指标, "合格率", range, 121));

  Target period;
  period.raw = "2025 年 1 月-12 月";
  period.kind = TargetKind::period;
  period.start = Date{2025, 1, 0};
  period.end = Date{2025, 12, 0};
  a.indicators.push_back(indicator(Level1::产出指标, Level2::时效指标, "开展时间", period, 122));

  Target deadline;
  deadline.raw = "2025年11月15日前";
  deadline.kind = TargetKind::deadline;
  deadline.end = Date{2025, 11, 15};
  a.indicators.push_back(indicator(Level1::产出指标, Level2::时效指标, "完成时间", deadline, 123));

  Target qualitative;
  qualitative.raw = "进一步提升";
  qualitative.kind = TargetKind::qualitative;
  qualitative.text = "进一步提升";
  a.indicators.push_back(indicator(Level1::效益指标, Level2::社会效益指标, "提升素质", qualitative, 124));
  a.indicators.back().level2_text = "社会效益指 标";

  Project empty;  // no indicators: still one row
  empty.name = "信息化建设资金";
  empty.budget.total = Money(6_dec);

  d.projects = {a, empty};
  return d;
}

}  // namespace

TEST_CASE("the CSV has one header row and one row per indicator, with its project's columns") {
  const std::vector<Record> records = parse_csv(to_csv(document()));
  REQUIRE(records.size() == 1 + 5 + 1);
  const Record& header = records[0];
  CHECK(header == Record{"department", "year", "project", "project_code", "project_name", "unit_code", "unit_name",
                         "budget_total", "budget_fiscal", "budget_other", "level1", "level1_text", "level2",
                         "level2_text", "indicator", "description", "target", "target_kind", "comparator", "value",
                         "upper", "unit", "start", "end", "basis", "weight", "direction", "line"});
  for (const Record& r : records) CHECK(r.size() == header.size());

  const Record& first = records[1];
  auto at = [&](const Record& r, std::string_view name) { return r[column(header, name)]; };
  CHECK(at(first, "department") == "张家口市科学技术协会");
  CHECK(at(first, "year") == "2025");
  CHECK(at(first, "project") == "1");
  CHECK(at(first, "project_name") == "科普经费, \"2025\"");
  CHECK(at(first, "budget_total") == "40.480");  // as written
  CHECK(at(first, "budget_fiscal") == "40.48");
  CHECK(at(first, "budget_other") == "");
  CHECK(at(first, "level1") == "产出指标");
  CHECK(at(first, "description") == "宣传、调研\n服务");
  CHECK(at(first, "target") == "≥130 次");
  CHECK(at(first, "target_kind") == "comparison");
  CHECK(at(first, "comparator") == "ge");
  CHECK(at(first, "value") == "130");
  CHECK(at(first, "unit") == "次");
  CHECK(at(first, "weight") == "12.50");  // as written
  CHECK(at(first, "direction") == "forward");
  CHECK(at(first, "line") == "120");

  const Record& range = records[2];
  CHECK(at(range, "comparator") == "");
  CHECK(at(range, "value") == "90");
  CHECK(at(range, "upper") == "95.50");
  CHECK(at(range, "unit") == "%");
  CHECK(at(range, "weight") == "");  // not stated
  CHECK(at(range, "direction") == "");

  CHECK(at(records[3], "start") == Date{2025, 1, 0}.to_string());
  CHECK(at(records[3], "end") == Date{2025, 12, 0}.to_string());
  CHECK(at(records[4], "start") == "");
  CHECK(at(records[4], "end") == Date{2025, 11, 15}.to_string());

  const Record& qualitative = records[5];
  CHECK(at(qualitative, "target_kind") == "qualitative");
  CHECK(at(qualitative, "value") == "");
  CHECK(at(qualitative, "level2") == "社会效益指标");
  CHECK(at(qualitative, "level2_text") == "社会效益指 标");

  const Record& empty = records[6];  // the project without indicators
  CHECK(at(empty, "project") == "2");
  CHECK(at(empty, "project_name") == "信息化建设资金");
  CHECK(at(empty, "budget_total") == "6");
  for (std::string_view name : {"level1", "indicator", "target", "target_kind", "line"}) {
    CAPTURE(name);
    CHECK(at(empty, name) == "");
  }
}

TEST_CASE("CSV fields are quoted only when RFC 4180 requires it") {
  const std::string csv = to_csv(document());
  CHECK(csv.find(",\"科普经费, \"\"2025\"\"\",") != std::string::npos);
  CHECK(csv.find(",\"宣传、调研\n服务\",") != std::string::npos);
  CHECK(csv.find(",≥130 次,comparison,ge,130,,次,") != std::string::npos);
  CHECK(csv.starts_with("department,year,project,"));
}

TEST_CASE("the BOM is written only on request, and write_csv equals to_csv") {
  const Document d = document();
  CHECK_FALSE(to_csv(d).starts_with("\xEF\xBB\xBF"));
  const std::string with_bom = to_csv(d, {.bom = true});
  CHECK(with_bom.starts_with("\xEF\xBB\xBF" "department,"));
  CHECK(with_bom.substr(3) == to_csv(d));
  std::ostringstream out;
  write_csv(out, d, {.bom = true});
  CHECK(out.str() == with_bom);
}

TEST_CASE("an empty document is the header alone, and an unknown year an empty cell") {
  const std::vector<Record> records = parse_csv(to_csv(Document{}));
  REQUIRE(records.size() == 1);
  Document d;
  d.projects.resize(1);
  const std::vector<IndicatorRow> rows = indicator_rows(d);
  REQUIRE(rows.size() == 1);
  CHECK_FALSE(rows[0].year.has_value());
  CHECK_FALSE(rows[0].line.has_value());
  CHECK(parse_csv(to_csv(d))[1][1] == "");
}

TEST_CASE("spreadsheet_would_run: what Excel and LibreOffice take as a formula, but not plain numbers") {
  for (const char* cell : {"=1+1", "=HYPERLINK(\"http://x\")", "@SUM(A1)", "+1+2", "-1+2", "-", "+", "-1.", "\tx",
                           "\r=1", "-2e3", "+.5"})
    CHECK_MESSAGE(spreadsheet_would_run(cell), cell);
  for (const char* cell : {"", "-5", "+1.5", "12", "-0.25", "a=b", " =1", "＝1", "科普"})
    CHECK_FALSE_MESSAGE(spreadsheet_would_run(cell), cell);
}

TEST_CASE("CSV for Excel: the BOM, and cells a spreadsheet would run start with an apostrophe") {
  Document d = document();
  d.department = "=HYPERLINK(\"http://example.com\",\"点击\")";
  d.projects[0].name = "@SUM(1+1)";
  d.projects[0].code = "-1+2";
  const std::string csv = to_csv(d, {.excel = true});
  REQUIRE(csv.starts_with("\xEF\xBB\xBF"));
  const std::vector<Record> records = parse_csv(std::string_view(csv).substr(3));
  const Record& header = records[0];
  CHECK(records[1][column(header, "department")] == "'=HYPERLINK(\"http://example.com\",\"点击\")");
  CHECK(records[1][column(header, "project_name")] == "'@SUM(1+1)");
  CHECK(records[1][column(header, "project_code")] == "'-1+2");
  // Everything else is as in the default CSV.
  const std::vector<Record> plain = parse_csv(to_csv(document()));
  CHECK(records.size() == plain.size());
  CHECK(records[1][column(header, "budget_total")] == plain[1][column(header, "budget_total")]);
  // The project without indicators: only its department cell differs.
  Record last = records.back();
  last[column(header, "department")] = plain.back()[column(header, "department")];
  CHECK(last == plain.back());
}

TEST_CASE("several documents in one CSV: a first column names each row's file") {
  const std::vector<Document> docs{document(), document()};
  const std::vector<std::string> files{"a/一.txt", "b,c.xlsx"};
  std::ostringstream out;
  write_csv(out, docs, files);
  const std::vector<Record> records = parse_csv(out.str());
  const std::vector<Record> one = parse_csv(to_csv(document()));
  REQUIRE(records.size() == 1 + 2 * (one.size() - 1));
  Record header{"file"};
  header.insert(header.end(), one[0].begin(), one[0].end());
  CHECK(records[0] == header);
  CHECK(records[1][0] == "a/一.txt");
  CHECK(records.back()[0] == "b,c.xlsx");
  CHECK(Record(records.back().begin() + 1, records.back().end()) == one.back());
  CHECK_THROWS_AS(write_csv(out, docs, std::span<const std::string>(files).first(1)), Error);
}
