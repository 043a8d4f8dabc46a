// The xlsx output (xlsx.hpp), read back through jixiao's own xlsx front end: every sheet, the
// indicators as the CSV writes them, typed cells shown as written, no formula anywhere.

#include <jixiao/actuals.hpp>
#include <jixiao/actuals_io.hpp>
#include <jixiao/csv.hpp>
#include <jixiao/describe.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/monitor.hpp>
#include <jixiao/read.hpp>
#include <jixiao/review.hpp>
#include <jixiao/xlsx.hpp>

#include "formats/zip/zip_archive.hpp"

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <type_traits>
#include <vector>

using namespace jixiao;

namespace {

const std::filesystem::path source_dir = JIXIAO_SOURCE_DIR;

const ReadResult& sample() {
  static const ReadResult result = read_document(source_dir / "examples/data/zjk-kexie-2025-targets.txt");
  return result;
}

// A file in the test's directory, removed at the end.
struct TempFile {
  std::filesystem::path path;
  explicit TempFile(const std::string& name) : path(std::filesystem::temp_directory_path() / ("jixiao-test-" + name)) {}
  ~TempFile() { std::filesystem::remove(path); }
};

XlsxDocument with_results(const ReadResult& read, bool actuals) {
  XlsxDocument d{.file = "sample.txt", .document = read.document, .diagnostics = read.diagnostics};
  d.findings = review(read.document);
  if (actuals) {
    const Actuals a = read_actuals(source_dir / "examples/data/zjk-kexie-2025-actuals.csv");
    d.monitoring = monitor(read.document, a, parse_iso_date("2025-06-30"));
    d.evaluation = evaluate(read.document, a);
  }
  return d;
}

using Row = std::map<std::string, std::string>;

// The rows of one sheet as the xlsx front end shows them, by header name; and the header.
struct SheetRows {
  std::vector<std::string> header;
  std::vector<Row> rows;
};

SheetRows sheet_rows(const Grid& grid, const std::string& sheet) {
  const auto& names = grid.source().part_names;
  const auto found = std::find(names.begin(), names.end(), sheet);
  REQUIRE(found != names.end());
  const auto part = static_cast<std::uint32_t>(found - names.begin() + 1);
  SheetRows out;
  for (const GridRow& row : grid.rows()) {
    if (row.part != part) continue;
    if (out.header.empty()) {
      for (const GridCell& cell : grid.cells(row)) {
        REQUIRE(cell.column == out.header.size());
        out.header.emplace_back(grid.text(cell));
      }
      continue;
    }
    Row& r = out.rows.emplace_back();
    for (const GridCell& cell : grid.cells(row)) r[out.header.at(cell.column)] = grid.text(cell);
  }
  return out;
}

std::string get(const Row& row, const std::string& column) {
  const auto found = row.find(column);
  return found == row.end() ? std::string() : found->second;
}

// A member of IndicatorRow as the CSV writes it.
template <class T>
std::string csv_text(const T& value) {
  if constexpr (std::is_same_v<T, std::string>) return value;
  else if constexpr (std::is_integral_v<T>) return std::to_string(value);
  else if constexpr (std::is_same_v<T, Money>) return value.wan().to_string();
  else if constexpr (std::is_same_v<T, Decimal> || std::is_same_v<T, Date>) return value.to_string();
  else return value ? csv_text(*value) : std::string();
}

}  // namespace

TEST_CASE("the workbook has a sheet per table, and the monitoring and scoring sheets only with actuals") {
  TempFile file("sheets.xlsx");
  CHECK(write_xlsx(file.path, with_results(sample(), false)).empty());
  CHECK(read_grid(file.path).source().part_names ==
        std::vector<std::string>{"项目", "指标", "支出计划", "审核意见", "部门", "诊断"});
  CHECK(write_xlsx(file.path, with_results(sample(), true)).empty());
  CHECK(read_grid(file.path).source().part_names ==
        std::vector<std::string>{"项目", "指标", "支出计划", "审核意见", "运行监控-项目", "运行监控-指标",
                                 "运行监控-偏差说明", "绩效自评-项目", "绩效自评-指标", "部门", "诊断"});
}

TEST_CASE("the 指标 sheet reads back through the xlsx reader to the CSV's indicators, figures shown as written") {
  TempFile file("indicators.xlsx");
  write_xlsx(file.path, with_results(sample(), false));
  const SheetRows sheet = sheet_rows(read_grid(file.path), "指标");
  const std::vector<IndicatorRow> expected = indicator_rows(sample().document);
  REQUIRE(sheet.rows.size() == expected.size());
  CHECK(sheet.header.front() == "department");
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(i);
    boost::mp11::mp_for_each<boost::describe::describe_members<IndicatorRow, boost::describe::mod_public>>(
        [&](auto member) {
          using T = std::remove_cvref_t<decltype(expected[i].*member.pointer)>;
          const std::string written = csv_text(expected[i].*member.pointer);
          const std::string name = member.name;
          CAPTURE(name);
          if constexpr (std::is_same_v<T, std::optional<Money>>) {
            // A number in 万元 under a format of its places, at least two; beside it the exact text.
            const auto& money = expected[i].*member.pointer;
            CHECK(get(sheet.rows[i], name) ==
                  (money ? money->wan().rescaled(std::max(2, money->wan().scale()), Rounding::half_up).to_string()
                         : std::string()));
            CHECK(get(sheet.rows[i], name + "_text") == written);
          } else if constexpr (std::is_same_v<T, std::optional<Decimal>> || std::is_same_v<T, std::optional<Date>>) {
            CHECK(get(sheet.rows[i], name) == written);
            CHECK(get(sheet.rows[i], name + "_text") == written);
          } else {
            CHECK(get(sheet.rows[i], name) == written);
          }
        });
  }
}

TEST_CASE("the 项目 and 部门 sheets: one row per project, the department part by section") {
  TempFile file("projects.xlsx");
  write_xlsx(file.path, with_results(sample(), false));
  const Grid grid = read_grid(file.path);
  const SheetRows projects = sheet_rows(grid, "项目");
  const Document& doc = sample().document;
  REQUIRE(projects.rows.size() == doc.projects.size());
  CHECK(get(projects.rows[0], "project") == "1");
  CHECK(get(projects.rows[0], "project_code") == doc.projects[0].code);
  CHECK(get(projects.rows[0], "budget_total") == "15.75");
  CHECK(get(projects.rows[0], "indicators") == std::to_string(doc.projects[0].indicators.size()));
  CHECK(get(projects.rows[0], "goals").starts_with("1. "));
  CHECK(get(projects.rows[0], "redacted") == "FALSE");

  const SheetRows department = sheet_rows(grid, "部门");
  REQUIRE(department.rows.size() == department_rows(doc).size());
  CHECK(get(department.rows[0], "section") == "预算单位");
  CHECK(get(department.rows[0], "title") == doc.units[0].code);
}

TEST_CASE("percents are fractions under a percent format; monitoring and scores read back as computed") {
  TempFile file("actuals.xlsx");
  const XlsxDocument d = with_results(sample(), true);
  write_xlsx(file.path, d);
  const Grid grid = read_grid(file.path);

  const SheetRows plan = sheet_rows(grid, "支出计划");
  REQUIRE_FALSE(plan.rows.empty());
  const Milestone& first = sample().document.projects[0].spending_plan.milestones[0];
  CHECK(get(plan.rows[0], "percent") == first.percent->to_string() + "%");
  CHECK(get(plan.rows[0], "percent_text") == first.percent->to_string());

  const SheetRows monitoring = sheet_rows(grid, "运行监控-项目");
  REQUIRE(monitoring.rows.size() == d.monitoring->projects.size());
  CHECK(get(monitoring.rows[0], "as_of") == "2025-06-30");
  CHECK(get(monitoring.rows[0], "time_progress") == "50.00%");
  CHECK(get(monitoring.rows[0], "colour") == enum_name(d.monitoring->projects[0].colour));

  const SheetRows scores = sheet_rows(grid, "绩效自评-项目");
  REQUIRE(scores.rows.size() == d.evaluation->projects.size());
  const ProjectEvaluation& p = d.evaluation->projects[0];
  CHECK(get(scores.rows[0], "total_text") == p.total.to_string());
  CHECK(get(scores.rows[0], "grade") == enum_name(p.grade));
  CHECK(get(scores.rows[0], "budget_weight_text") == p.budget.weight.to_string());
  const SheetRows indicators = sheet_rows(grid, "绩效自评-指标");
  std::size_t scored = 0;
  for (const ProjectEvaluation& e : d.evaluation->projects) scored += e.indicators.size();
  CHECK(indicators.rows.size() == scored);
}

TEST_CASE("text that looks like a formula or an OOXML escape stays text; long text is cut with a warning; NUL stays visible") {
  Document doc;
  doc.department = "=HYPERLINK(\"http://example.com\",\"点击\")";
  doc.year = 2025;
  Project& p = doc.projects.emplace_back();
  p.name = "@SUM(1+1)*cmd|' /C calc'!A0";
  p.code = "+1+2";
  p.use_of_funds = std::string(40000, 'x');
  p.title = std::string("a\0b", 3);
  p.unit_name = "单位_x0041_名称_x00e9__x12";  // what OOXML escapes look like, as text
  TempFile file("formula.xlsx");
  const std::vector<std::string> warnings = write_xlsx(file.path, XlsxDocument{.file = "x", .document = doc});
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0] == "项目!O2 (use_of_funds): a text of 40000 bytes is cut to Excel's limit of 32767 characters");

  const Grid grid = read_grid(file.path);
  const SheetRows projects = sheet_rows(grid, "项目");
  CHECK(get(projects.rows[0], "department") == doc.department);
  CHECK(get(projects.rows[0], "project_name") == p.name);
  CHECK(get(projects.rows[0], "project_code") == "+1+2");
  CHECK(get(projects.rows[0], "use_of_funds").size() == 32767);
  CHECK(get(projects.rows[0], "title") == "a\xEF\xBF\xBD" "b");
  CHECK(get(projects.rows[0], "unit_name") == p.unit_name);

  // No sheet of the package holds a formula element.
  const std::string bytes = [&] {
    std::ifstream in(file.path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }();
  detail::ZipArchive zip(bytes, {});
  std::size_t sheets = 0;
  for (std::string name = "xl/worksheets/sheet1.xml"; zip.contains(name);
       name = "xl/worksheets/sheet" + std::to_string(++sheets + 1) + ".xml") {
    std::string xml;
    zip.read(name, [&](std::string_view piece) { xml += piece; });
    CHECK(xml.find("<f>") == std::string::npos);
    CHECK(xml.find("<sheetData>") != std::string::npos);
  }
  CHECK(sheets == 6);
}

TEST_CASE("several documents: a first column names the file of each row") {
  TempFile file("many.xlsx");
  std::vector<XlsxDocument> docs{with_results(sample(), false), with_results(sample(), false)};
  docs[1].file = "second.txt";
  write_xlsx(file.path, docs);
  const SheetRows indicators = sheet_rows(read_grid(file.path), "指标");
  CHECK(indicators.header.front() == "file");
  CHECK(indicators.rows.size() == 2 * indicator_rows(sample().document).size());
  CHECK(get(indicators.rows.front(), "file") == "sample.txt");
  CHECK(get(indicators.rows.back(), "file") == "second.txt");
}

TEST_CASE("a workbook that cannot be written is an Error, and leaves no file") {
  const std::filesystem::path path = std::filesystem::temp_directory_path() / "jixiao-no-such-dir" / "out.xlsx";
  CHECK_THROWS_AS(write_xlsx(path, with_results(sample(), false)), Error);
  CHECK_FALSE(std::filesystem::exists(path));
}
