// The PDF front end (jixiao_pdf): the grids it makes of the sample as LibreOffice and Chromium
// print it and of the PDF hard cases (tests/data/formats/, made by make_fixtures.py), of its own
// small cases (tests/data/formats/pdf/, made by make_pdf_cases.py), its errors and its limits.

#include "formats/front_ends.hpp"

#include <jixiao/error.hpp>
#include <jixiao/pdf.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

using namespace jixiao;

namespace {

const std::filesystem::path formats = std::filesystem::path(JIXIAO_SOURCE_DIR) / "tests/data/formats";

std::string bytes_of(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in, "cannot open " << path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

Grid grid_of(const std::string& name, const ReadOptions& options = {}) {
  return read_pdf_grid(bytes_of(formats / name), options);
}

std::vector<std::string> texts(const Grid& grid, const GridRow& row) {
  std::vector<std::string> out;
  for (const GridCell& cell : grid.cells(row)) out.emplace_back(grid.text(cell));
  return out;
}

std::string without_blanks(std::string_view text) {
  std::string out;
  for (const char c : text)
    if (c != ' ') out += c;
  return out;
}

// The rows that hold a cell with exactly this text, in order.
std::vector<const GridRow*> rows_with(const Grid& grid, std::string_view text) {
  std::vector<const GridRow*> found;
  for (const GridRow& row : grid.rows())
    for (const GridCell& cell : grid.cells(row))
      if (grid.text(cell) == text) {
        found.push_back(&row);
        break;
      }
  return found;
}

const GridRow& row_with(const Grid& grid, std::string_view text) {
  const auto found = rows_with(grid, text);
  REQUIRE_MESSAGE(!found.empty(), "no row holds `" << std::string(text) << "`");
  return *found.front();
}

const GridCell& cell_with(const Grid& grid, const GridRow& row, std::string_view text) {
  for (const GridCell& cell : grid.cells(row))
    if (grid.text(cell) == text) return cell;
  FAIL("the row holds no `" << std::string(text) << "`");
  throw;  // unreachable: FAIL throws
}

std::size_t count_diagnostics(const Grid& grid, DiagnosticCode code) {
  return static_cast<std::size_t>(std::count_if(grid.diagnostics().begin(), grid.diagnostics().end(),
                                                [&](const Diagnostic& d) { return d.code == code; }));
}

bool is_number(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

template <class E>
std::string message_of(const std::string& bytes, const ReadOptions& options = {}) {
  try {
    (void)read_pdf_grid(bytes, options);
  } catch (const E& e) {
    return e.what();
  }
  FAIL("reading did not throw the expected error");
  return {};
}

}  // namespace

TEST_CASE("the sample printed to PDF: one table row per indicator row, titles and contents as lines") {
  for (const std::string name : {"sample-sheets.pdf", "sample-docx.pdf", "sample-html.pdf"}) {
    CAPTURE(name);
    const Grid grid = grid_of(name);
    CHECK(grid.format() == Format::pdf);

    // Table 1's first indicator row: 一级 and 二级 merged over the rows they label.
    const GridRow& first = row_with(grid, "全年活动开展次数");
    CHECK(first.kind == RowKind::table_row);
    CHECK(texts(grid, first) == std::vector<std::string>{"产出指标", "数量指标", "活动次数", "全年活动开展次数",
                                                         "≥30 次", "市科协 2024 年工作安排"});
    CHECK(cell_with(grid, first, "产出指标").row_span == 8);
    CHECK(cell_with(grid, first, "数量指标").row_span == 3);
    const GridRow& next = row_with(grid, "参观学习的点位数量");
    CHECK(next.line == first.line + 1);
    CHECK(texts(grid, next) == std::vector<std::string>{"走访点位数量", "参观学习的点位数量", "≥2 个", "上年度工作经验"});
    CHECK(grid.cells(next).front().column == cell_with(grid, first, "活动次数").column);

    // Each project's table: one 项目编码 and one indicator header, and its title as a line above.
    CHECK(rows_with(grid, "项目编码").size() == 26);
    CHECK(rows_with(grid, "三级指标").size() == 26);
    std::size_t titles = 0, contents = 0;
    for (const GridRow& row : grid.rows()) {
      const auto cells = texts(grid, row);
      if (row.kind != RowKind::line || cells.front().find("绩效目标表") == std::string::npos) continue;
      if (cells.size() == 1) ++titles;
      if (cells.size() == 2 && is_number(cells.back())) ++contents;
    }
    CHECK(titles == 26);
    CHECK(contents == 26);
    CHECK(rows_with(grid, "单位：万元").size() + rows_with(grid, "单位:万元").size() == 26);

    // Footers (第 N 页) are no rows.
    for (const GridRow& row : grid.rows())
      for (const std::string& text : texts(grid, row)) CHECK(text.rfind("第 ", 0) == std::string::npos);
  }
}

TEST_CASE("the page footers of the LibreOffice PDFs are skipped with a diagnostic per page") {
  const Grid grid = grid_of("sample-sheets.pdf");
  CHECK(count_diagnostics(grid, DiagnosticCode::pdf_header_footer) >= 29);
  const auto& d = grid.diagnostics().front();
  CHECK(d.severity == Severity::info);
  CHECK(d.reason == "p1: skipped the page footer `第 1 页`");
}

TEST_CASE("a row cut by the page break is a row on each page, as printed") {
  const Grid grid = grid_of("hard-pdf-split-row.pdf");
  const GridRow& before = row_with(grid, "促进二柱子村逐步实现“产业兴旺、生态宜居、乡风文明、治理有");
  CHECK(before.part == 2);
  CHECK(texts(grid, before) ==
        std::vector<std::string>{"助力乡村振兴", "促进二柱子村逐步实现“产业兴旺、生态宜居、乡风文明、治理有", "进一步促进",
                                 "市科协上年工作经验"});
  // Page 3 starts with the rest of the row; the 一级 and 二级 cells continue there, empty.
  const GridRow& after = *std::find_if(grid.rows().begin(), grid.rows().end(), [](const GridRow& r) { return r.part == 3; });
  CHECK(after.kind == RowKind::table_row);
  CHECK(after.row == 1);
  CHECK(after.table == before.table + 1);
  CHECK(texts(grid, after) == std::vector<std::string>{"", "", "", "效、生活富裕”的目标", "", ""});
  CHECK(grid.cells(after)[3].column == cell_with(grid, before, "助力乡村振兴").column + 1);
  CHECK(location(grid.source(), after.line) == "p3, row 1");
  // The layout reader joins the two parts into one indicator.
  const ReadResult read = read_document(grid);
  REQUIRE(read.document.projects.size() == 1);
  const auto& indicators = read.document.projects[0].indicators;
  const auto joined = std::find_if(indicators.begin(), indicators.end(),
                                   [](const Indicator& i) { return i.name == "助力乡村振兴"; });
  REQUIRE(joined != indicators.end());
  CHECK(joined->description == "促进二柱子村逐步实现“产业兴旺、生态宜居、乡风文明、治理有效、生活富裕”的目标");
  CHECK(indicators.size() == 13);
}

TEST_CASE("a cell wrapped over four lines is one text beside its vertically centred neighbours") {
  const Grid grid = grid_of("hard-pdf-wrap-four-lines.pdf");
  const GridRow& row = row_with(grid, "中国科协站点工作平台公布的专项调查任务完成情况统计表");
  CHECK(texts(grid, row) == std::vector<std::string>{"产出指标", "数量指标", "问卷数量", "针对科技工作者开展线上专项问卷调查",
                                                     "≥50份", "中国科协站点工作平台公布的专项调查任务完成情况统计表"});
  const GridCell& wrapped = grid.cells(row).back();
  const GridCell& target = grid.cells(row)[4];
  CHECK(wrapped.box.top <= target.box.top);
  CHECK(wrapped.box.bottom >= target.box.bottom);
}

TEST_CASE("a merged 一级 cell across the page break continues on the next page without text") {
  const Grid grid = grid_of("hard-pdf-merged-across-pages.pdf");
  const GridRow& first = row_with(grid, "全年比赛、讲座等活动开展次数");
  CHECK(first.part == 1);
  CHECK(cell_with(grid, first, "产出指标").row_span == 2);
  // Page 2's first row: the 一级 column empty over the 14 rows of 产出指标 still to come.
  const GridRow& continued = *std::find_if(grid.rows().begin(), grid.rows().end(), [](const GridRow& r) { return r.part == 2; });
  const GridCell& level1 = grid.cells(continued).front();
  CHECK(grid.text(level1).empty());
  CHECK(level1.column == 0);
  CHECK(level1.row_span == 14);
  CHECK(row_with(grid, "效益指标").part == 2);
  CHECK(cell_with(grid, row_with(grid, "满意度指标"), "满意度指标").row_span == 2);
  // Read, the rows of page 2 stay under 产出指标 until 效益指标.
  const ReadResult read = read_document(grid);
  REQUIRE(read.document.projects.size() == 1);
  const auto& indicators = read.document.projects[0].indicators;
  REQUIRE(indicators.size() == 19);
  CHECK(indicators[2].name == "信息宣传量");
  CHECK(indicators[2].level1 == Level1::产出指标);
  CHECK(indicators[2].level2 == Level2::数量指标);
  CHECK(indicators[16].level1 == Level1::效益指标);
}

TEST_CASE("two tables on one page are two tables, each after its title, unit and 单位 lines") {
  const Grid grid = grid_of("hard-pdf-two-tables.pdf");
  std::vector<std::string> lines;
  std::vector<std::uint32_t> tables;
  for (const GridRow& row : grid.rows()) {
    CHECK(row.part == 1);
    if (row.kind == RowKind::line) lines.push_back(texts(grid, row).front());
    else if (tables.empty() || tables.back() != row.table) tables.push_back(row.table);
  }
  CHECK(tables == std::vector<std::uint32_t>{1, 2});
  REQUIRE(lines.size() == 7);  // the document's title, then each table's title, unit and 单位 lines
  CHECK(lines[1].rfind("12.冀财教【2024】130号", 0) == 0);
  CHECK(lines[1].find("巡展绩效目标表") != std::string::npos);  // the wrapped title is one line
  CHECK(lines[2] == "731001 张家口市科学技术协会本级");
  CHECK(lines[3] == "单位：万元");
  CHECK(lines[4].rfind("13.", 0) == 0);
  CHECK(row_with(grid, "13070025P001228100120").table == 2);
}

TEST_CASE("a table without rulings: columns from its header, rows from the baselines, wrapped cells joined") {
  const Grid grid = grid_of("hard-pdf-borderless.pdf");
  const GridRow& header = row_with(grid, "指标值确定依据");
  CHECK(header.kind == RowKind::table_row);
  CHECK(texts(grid, header) ==
        std::vector<std::string>{"一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"});
  const GridRow& wrapped = row_with(grid, "扩大学术科普影响力");
  CHECK(texts(grid, wrapped) == std::vector<std::string>{"效益指标", "社会效益指标", "扩大学术科普影响力",
                                                         "提高学术科普工作的质量，扩大活动影响力", "较上年度提升",
                                                         "市科协上年工作经验"});
  for (std::size_t k = 0; k < grid.cells(wrapped).size(); ++k) CHECK(grid.cells(wrapped)[k].column == k);
  CHECK(texts(grid, row_with(grid, "市科协满意度调查")) ==
        std::vector<std::string>{"满意度指标", "服务对象满意度指标", "科技工作者满意度", "科技工作者满意度", "100%",
                                 "市科协满意度调查"});
  // The 项目名称 value wrapped over three lines, the first above its row's baseline, is one cell.
  const GridRow& head = row_with(grid, "项目编码");
  CHECK(texts(grid, head).back() == "冀财教【2023】149号-提前下达2024年支持市县科技创新和科学普及专项资金-市科协科技工作者之家建设");
  CHECK(grid.rows().front().kind == RowKind::line);
}

TEST_CASE("a PDF without a text layer is refused: no OCR") {
  const std::string message = message_of<UnsupportedFormatError>(bytes_of(formats / "hard-pdf-scanned.pdf"));
  CHECK(message == "the PDF has no text layer (a scanned image?); jixiao does no OCR");
}

TEST_CASE("an image-only page among text pages is a warning naming the page") {
  const Grid grid = grid_of("pdf/image-page.pdf");
  REQUIRE(grid.rows().size() == 1);
  CHECK(texts(grid, grid.rows().front()).front().rfind("市科协紧紧围绕全市中心工作", 0) == 0);
  REQUIRE(count_diagnostics(grid, DiagnosticCode::pdf_image_page) == 1);
  const Diagnostic& d = grid.diagnostics().front();
  CHECK(d.severity == Severity::warning);
  CHECK(d.line == 0);
  CHECK(d.reason.rfind("p2: the page is an image without a text layer", 0) == 0);
}

TEST_CASE("encrypted PDFs: a user password is a clear refusal, an owner password only reads") {
  const std::string message = message_of<UnsupportedFormatError>(bytes_of(formats / "hard-pdf-encrypted-password.pdf"));
  CHECK(message.find("encrypted") != std::string::npos);
  CHECK(message.find("password") != std::string::npos);
  const Grid open = grid_of("hard-pdf-encrypted-no-password.pdf");
  const Grid plain = grid_of("hard-pdf-two-tables.pdf");
  REQUIRE(open.rows().size() == plain.rows().size());
  for (std::size_t r = 0; r < plain.rows().size(); ++r) CHECK(texts(open, open.rows()[r]) == texts(plain, plain.rows()[r]));
}

TEST_CASE("page headers and page numbers repeated on each page are skipped; paragraphs are one line") {
  const Grid grid = grid_of("pdf/header-footer.pdf");
  std::vector<std::string> reasons;
  for (const Diagnostic& d : grid.diagnostics()) {
    CHECK(d.code == DiagnosticCode::pdf_header_footer);
    CHECK(d.severity == Severity::info);
    reasons.push_back(d.reason);
  }
  CHECK(reasons == std::vector<std::string>{"p1: skipped the page header `张家口市科学技术协会 2025 年部门预算`",
                                            "p1: skipped the page footer `- 1 -`",
                                            "p2: skipped the page header `张家口市科学技术协会 2025 年部门预算`",
                                            "p2: skipped the page footer `- 2 -`"});
  REQUIRE(grid.rows().size() == 8);
  CHECK(texts(grid, grid.rows()[0]) == std::vector<std::string>{"部门整体绩效目标"});
  const std::string paragraph = texts(grid, grid.rows()[1]).front();
  CHECK(paragraph.rfind("市科协紧紧围绕全市中心工作", 0) == 0);
  CHECK(paragraph.size() > 300);  // three lines in one
  CHECK(paragraph.find(' ') == std::string::npos);
  CHECK(texts(grid, grid.rows()[6]) == std::vector<std::string>{"工作保障措施"});
  CHECK(grid.rows()[6].part == 2);
}

TEST_CASE("a table with rulings between its cells but no outer border; cells have their boxes") {
  const Grid grid = grid_of("pdf/header-footer.pdf");
  const GridRow& header = row_with(grid, "一级指标");
  CHECK(texts(grid, header) == std::vector<std::string>{"一级指标", "二级指标", "三级指标", "指标值"});
  const GridRow& first = row_with(grid, "活动次数");
  CHECK(texts(grid, first) == std::vector<std::string>{"产出指标", "数量指标", "活动次数", "≥30 次"});
  const GridCell& merged = cell_with(grid, first, "产出指标");
  const GridCell& beside = cell_with(grid, first, "数量指标");
  CHECK(merged.row_span == 2);
  CHECK(merged.box.top == beside.box.top);
  CHECK(merged.box.bottom > beside.box.bottom);
  CHECK(merged.box.right <= beside.box.left + 100);  // they share the ruling between them
  CHECK(texts(grid, row_with(grid, "活动达标率")) == std::vector<std::string>{"质量指标", "活动达标率", "100%"});
  for (const GridRow& row : grid.rows()) {
    for (const GridCell& cell : grid.cells(row)) {
      CHECK(cell.box.left < cell.box.right);
      CHECK(cell.box.top < cell.box.bottom);
      CHECK(cell.box.left >= 0);
      CHECK(cell.box.right <= 59600);  // A4: 595.92 pt
      CHECK(cell.box.bottom <= 84200);
    }
  }
}

TEST_CASE("characters of a font without a Unicode map are a warning with the page") {
  const Grid grid = grid_of("pdf/unmapped-font.pdf");
  REQUIRE(grid.rows().size() == 1);
  CHECK(texts(grid, grid.rows().front()) == std::vector<std::string>{"Budget 2025 targets"});
  REQUIRE(grid.diagnostics().size() == 1);
  const Diagnostic& d = grid.diagnostics().front();
  CHECK(d.code == DiagnosticCode::pdf_font_unmapped);
  CHECK(d.severity == Severity::warning);
  CHECK(d.line == 1);
  CHECK(d.reason.rfind("p1: 5 characters are in fonts without a Unicode map", 0) == 0);
}

TEST_CASE("a PDF whose only text has no Unicode map is refused, saying so") {
  std::string bytes = bytes_of(formats / "pdf/unmapped-font.pdf");
  const auto at = bytes.find("(Budget 2025 targets) Tj");
  REQUIRE(at != std::string::npos);
  bytes.replace(at, 24, std::string(24, ' '));  // same length: the cross-reference table stays right
  CHECK(message_of<UnsupportedFormatError>(bytes) ==
        "the PDF's text cannot be read: its fonts have no Unicode map for its 5 characters; jixiao does no OCR");
}

TEST_CASE("damage poppler works around is a diagnostic, never poppler's own output") {
  SUBCASE("an unknown operator in a page") {
    std::string bytes = bytes_of(formats / "pdf/unmapped-font.pdf");
    const auto at = bytes.find("<0102010201> Tj");
    REQUIRE(at != std::string::npos);
    bytes[at + 14] = 'q';  // `Tq`
    const Grid grid = read_pdf_grid(bytes);
    REQUIRE(grid.diagnostics().size() == 1);
    CHECK(grid.diagnostics().front().code == DiagnosticCode::pdf_damaged);
    CHECK(grid.diagnostics().front().reason.find("p1: ") == 0);
    CHECK(grid.diagnostics().front().reason.find("Unknown operator 'Tq'") != std::string::npos);
  }
  SUBCASE("a cross-reference table at the wrong offset") {
    std::string bytes = bytes_of(formats / "pdf/unmapped-font.pdf");
    const auto at = bytes.find("startxref\n");
    REQUIRE(at != std::string::npos);
    bytes.replace(at + 10, bytes.find('\n', at + 10) - (at + 10), "99");
    const Grid grid = read_pdf_grid(bytes);
    CHECK(texts(grid, grid.rows().front()) == std::vector<std::string>{"Budget 2025 targets"});
    REQUIRE(count_diagnostics(grid, DiagnosticCode::pdf_damaged) == 1);
    CHECK(grid.diagnostics().front().line == 0);
    CHECK(grid.diagnostics().front().reason.find("cross-reference table is damaged") != std::string::npos);
  }
}

TEST_CASE("bytes that are no PDF, or a PDF cut short, are a clear jixiao::Error") {
  const std::string whole = bytes_of(formats / "hard-pdf-two-tables.pdf");
  for (const std::string& bytes : {std::string(), std::string("%PDF-1.4\nnot a PDF at all\n"), whole.substr(0, 1000),
                                   whole.substr(0, whole.size() / 2)}) {
    CAPTURE(bytes.size());
    CHECK(message_of<Error>(bytes).rfind("the PDF cannot be opened: it is damaged or not a PDF", 0) == 0);
  }
}

TEST_CASE("the limits of ReadOptions each stop reading with LimitError") {
  const std::string two_pages = bytes_of(formats / "pdf/header-footer.pdf");
  const std::string small = bytes_of(formats / "pdf/unmapped-font.pdf");  // 7 objects, 3 words
  ReadOptions options;
  SUBCASE("max_pages") {
    options.max_pages = 1;
    CHECK(message_of<LimitError>(two_pages, options) == "the PDF has 2 pages, more than max_pages (1)");
    options.max_pages = 2;
    CHECK_NOTHROW((void)read_pdf_grid(two_pages, options));
  }
  SUBCASE("max_pdf_objects") {
    options.max_pdf_objects = 7;
    CHECK(message_of<LimitError>(small, options) == "the PDF has 8 objects, more than max_pdf_objects (7)");
    options.max_pdf_objects = 8;
    CHECK_NOTHROW((void)read_pdf_grid(small, options));
  }
  SUBCASE("max_words_per_page") {
    options.max_words_per_page = 2;
    CHECK(message_of<LimitError>(small, options).find("words, more than max_words_per_page (2)") != std::string::npos);
    options.max_words_per_page = 3;
    CHECK(message_of<LimitError>(two_pages, options).find("max_words_per_page") != std::string::npos);
  }
  SUBCASE("max_cells") {
    options.max_cells = 10;  // the table of page 1 has 15 cells
    CHECK(message_of<LimitError>(two_pages, options).find("max_cells (10)") != std::string::npos);
    options.max_cells = 16;
    CHECK_NOTHROW((void)read_pdf_grid(two_pages, options));
  }
  SUBCASE("max_seconds") {
    options.max_seconds = 0;
    CHECK(message_of<LimitError>(two_pages, options) == "reading the PDF took longer than max_seconds (0 s)");
  }
}

TEST_CASE("install_pdf_front_end makes read_pdf_grid the front end for PDF") {
  install_pdf_front_end();
  const bool installed = detail::installed_front_end(Format::pdf) == &read_pdf_grid;
  CHECK(installed);
}

TEST_CASE("the forms of issue 18 printed to PDF read into the same figures as their text") {
  // PDF text puts blanks where the other formats have none (`126 次`): the figures must agree, and
  // the words without their blanks.
  const std::filesystem::path layouts = std::filesystem::path(JIXIAO_SOURCE_DIR) / "tests/data/layouts";
  for (const std::string name : {"central-self-evaluation", "guideline-101-approval", "sichuan-targets",
                                 "weight-before-target", "long-term-targets", "department-whole", "county-forms"}) {
    CAPTURE(name);
    const Document text = read_document(layouts / (name + ".txt")).document;
    const ReadResult pdf = read_document(read_pdf_grid(bytes_of(layouts / (name + ".pdf"))));
    CHECK(pdf.document.year == text.year);
    const auto joined = std::count_if(pdf.diagnostics.begin(), pdf.diagnostics.end(),
                                      [](const Diagnostic& d) { return d.code == DiagnosticCode::row_joined; });
    CHECK(joined == (name == "department-whole" ? 1 : 0));
    REQUIRE(pdf.document.goals.tables.size() == text.goals.tables.size());
    for (std::size_t t = 0; t < text.goals.tables.size(); ++t) {
      const DepartmentTable& a = text.goals.tables[t];
      const DepartmentTable& b = pdf.document.goals.tables[t];
      CHECK(b.common.budget == a.common.budget);
      CHECK(b.basic == a.basic);
      CHECK(b.projects == a.projects);
      CHECK(b.common.indicators.size() == a.common.indicators.size());
      for (const auto& [x, y] : {std::pair{&a.income, &b.income}, std::pair{&a.spending, &b.spending}}) {
        REQUIRE(y->size() == x->size());
        for (std::size_t k = 0; k < x->size(); ++k) {
          CHECK((*y)[k].amount == (*x)[k].amount);
          CHECK((*y)[k].percent == (*x)[k].percent);
        }
      }
      // A page break cuts the row of 学会管理 in two: joined again (row-joined).
      REQUIRE(b.duties.size() == a.duties.size());
      for (std::size_t k = 0; k < a.duties.size(); ++k) {
        CHECK(without_blanks(b.duties[k].function) == without_blanks(a.duties[k].function));
        CHECK(without_blanks(b.duties[k].task) == without_blanks(a.duties[k].task));
        CHECK(without_blanks(b.duties[k].project) == without_blanks(a.duties[k].project));
        CHECK(b.duties[k].amount == a.duties[k].amount);
      }
    }
    REQUIRE(pdf.document.projects.size() == text.projects.size());
    for (std::size_t p = 0; p < text.projects.size(); ++p) {
      const Project& a = text.projects[p];
      const Project& b = pdf.document.projects[p];
      CHECK(b.budget == a.budget);
      REQUIRE(b.fields.size() == a.fields.size());
      for (std::size_t f = 0; f < a.fields.size(); ++f) {
        CHECK(without_blanks(b.fields[f].label) == without_blanks(a.fields[f].label));
        CHECK(without_blanks(b.fields[f].value) == without_blanks(a.fields[f].value));
      }
      REQUIRE(b.medium_term_indicators.size() == a.medium_term_indicators.size());
      for (std::size_t i = 0; i < a.medium_term_indicators.size(); ++i)
        CHECK(without_blanks(b.medium_term_indicators[i].target.raw) ==
              without_blanks(a.medium_term_indicators[i].target.raw));
      CHECK(b.level1_points.size() == a.level1_points.size());
      for (std::size_t k = 0; k < std::min(a.level1_points.size(), b.level1_points.size()); ++k) {
        CHECK(b.level1_points[k].level1 == a.level1_points[k].level1);
        CHECK(b.level1_points[k].low == a.level1_points[k].low);
        CHECK(b.level1_points[k].high == a.level1_points[k].high);
      }
      REQUIRE(b.indicators.size() == a.indicators.size());
      for (std::size_t i = 0; i < a.indicators.size(); ++i) {
        CAPTURE(a.indicators[i].name);
        CHECK(b.indicators[i].level1 == a.indicators[i].level1);
        CHECK(b.indicators[i].level2 == a.indicators[i].level2);
        CHECK(b.indicators[i].weight == a.indicators[i].weight);
        CHECK(b.indicators[i].target.kind() == a.indicators[i].target.kind());
      }
      REQUIRE(b.self_evaluation.has_value() == a.self_evaluation.has_value());
      if (!a.self_evaluation) continue;
      const SelfEvaluation& x = *a.self_evaluation;
      const SelfEvaluation& y = *b.self_evaluation;
      CHECK(y.total == x.total);
      CHECK(y.total_weight == x.total_weight);
      CHECK(y.grade == x.grade);
      REQUIRE(y.funds.size() == x.funds.size());
      for (std::size_t f = 0; f < x.funds.size(); ++f) {
        CHECK(y.funds[f].executed == x.funds[f].executed);
        CHECK(y.funds[f].rate == x.funds[f].rate);
        CHECK(y.funds[f].score == x.funds[f].score);
      }
      REQUIRE(y.indicators.size() == x.indicators.size());
      for (std::size_t i = 0; i < x.indicators.size(); ++i) {
        CHECK(y.indicators[i].score == x.indicators[i].score);
        CHECK(y.indicators[i].actual.kind() == x.indicators[i].actual.kind());
      }
    }
  }
}
