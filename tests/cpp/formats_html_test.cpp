// The HTML front end (src/formats/html): a page's bytes → Grid. Tables by the HTML table model
// (spans, cells shifted by cells spanning down to them, nested tables flattened), text outside
// tables as lines, the charset from BOM, <meta> or detection, and the limits that bound a hostile page.

#include "formats/front_ends.hpp"

#include <jixiao/error.hpp>
#include <jixiao/grid.hpp>
#include <jixiao/read.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <string>

using namespace jixiao;

namespace {

Grid html(std::string_view page, const ReadOptions& options = {}) { return detail::read_html(page, options); }

// The grid as text: a row a line, `L12` for a line row (its source line), `T2.3` for row 3 of
// table 2 (`in 1` when it stands in table 1), then each cell as `column:text`, with `/rows×columns`
// when it spans.
std::string layout(const Grid& grid) {
  std::string out;
  for (const GridRow& row : grid.rows()) {
    if (row.kind == RowKind::line) {
      out += "L" + std::to_string(row.row);
    } else {
      out += "T" + std::to_string(row.part) + "." + std::to_string(row.row);
      if (row.table != row.part) out += " in " + std::to_string(row.table);
    }
    for (const GridCell& cell : grid.cells(row)) {
      out += " " + std::to_string(cell.column) + ":" + std::string(grid.text(cell));
      if (cell.row_span != 1 || cell.column_span != 1)
        out += "/" + std::to_string(cell.row_span) + "x" + std::to_string(cell.column_span);
    }
    out += "\n";
  }
  return out;
}

bool has_diagnostic(const Grid& grid, std::string_view code) {
  for (const Diagnostic& d : grid.diagnostics())
    if (d.code == code) return true;
  return false;
}

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

}  // namespace

TEST_CASE("a plain table: one table row per <tr>, each cell at its column") {
  const Grid grid = html("<table><tr><th>项目名称</th><th>金额</th></tr><tr><td>培训</td><td>12.5</td></tr></table>");
  CHECK(grid.format() == Format::html);
  CHECK(layout(grid) == "T1.1 0:项目名称 1:金额\nT1.2 0:培训 1:12.5\n");
  CHECK(grid.rows()[1].table == 1);
  CHECK(location(grid.source(), grid.rows()[1].line, 2) == "table 1, row 2, cell 2");
}

TEST_CASE("rowspan and colspan: cells shift right past cells spanning down from above") {
  // A cell of two rows and two columns, and a rowspan that pushes the next row's cells right.
  const Grid grid = html(
      "<table>"
      "<tr><td rowspan=2 colspan=2>A</td><td>B</td><td rowspan=3>C</td></tr>"
      "<tr><td>D</td></tr>"
      "<tr><td>E</td><td>F</td><td>G</td></tr>"
      "<tr><td colspan=4>H</td></tr>"
      "</table>");
  CHECK(layout(grid) ==
        "T1.1 0:A/2x2 2:B 3:C/3x1\n"
        "T1.2 2:D\n"
        "T1.3 0:E 1:F 2:G\n"
        "T1.4 0:H/1x4\n");
}

TEST_CASE("spans are clamped as browsers do, and rowspan=0 reaches the end of its row group") {
  const Grid grid = html(
      "<table><tbody><tr><td rowspan=0>A</td><td>B</td></tr><tr><td>C</td></tr><tr><td>D</td></tr></tbody>"
      "<tbody><tr><td rowspan=9>E</td><td colspan=5000>F</td></tr><tr><td>G</td></tr></tbody>"
      "<tr><td colspan=0 rowspan=x>H</td><td colspan=' 2'>I</td></tr></table>");
  CHECK(layout(grid) ==
        "T1.1 0:A/3x1 1:B\n"
        "T1.2 1:C\n"
        "T1.3 1:D\n"
        "T1.4 0:E/2x1 1:F/1x1000\n"
        "T1.5 1:G\n"
        "T1.6 0:H 1:I/1x2\n");
}

TEST_CASE("cell text: <br> and blocks break lines, whitespace collapses, entities are decoded") {
  const Grid grid = html(
      "<table><tr><td>  第一行<br>第二行  </td><td><p>段一</p><p>段二</p></td>"
      "<td>&lt;5&nbsp;天 &ge;90% &amp; <b>加粗</b>  <i>斜体</i></td><td>&nbsp;</td>"
      "<td>a<script>ignored()</script><style>p{}</style>b</td></tr></table>");
  REQUIRE(grid.rows().size() == 1);
  const auto cells = grid.cells(grid.rows()[0]);
  REQUIRE(cells.size() == 5);
  CHECK(grid.text(cells[0]) == "第一行\n第二行");
  CHECK(grid.text(cells[1]) == "段一\n段二");
  CHECK(grid.text(cells[2]) == "<5\u00A0天 ≥90% & 加粗 斜体");
  CHECK(grid.text(cells[3]).empty());
  CHECK(grid.text(cells[4]) == "ab");
}

TEST_CASE("text outside tables: a line row per block or <br> line, numbered by its source line") {
  const Grid grid = html(
      "<html><head><title>不读</title></head><body>\n"
      "<h1>某单位2025年项目支出绩效目标表</h1>\n"
      "<p>单位：万元<br>\n说明：无</p>\n"
      "<div>  </div><table><tr><td>x</td><td>y</td></tr></table>\n"
      "<div>表后\n  文字</div></body></html>");
  CHECK(layout(grid) ==
        "L2 0:某单位2025年项目支出绩效目标表\n"
        "L3 0:单位：万元\n"
        "L4 0:说明：无\n"
        "T1.1 0:x 1:y\n"
        "L6 0:表后 文字\n");
  CHECK(location(grid.source(), grid.rows()[0].line) == "line 2");
  CHECK(location(grid.source(), grid.rows()[3].line) == "table 1, row 1");
}

TEST_CASE("a caption is a line before its table's rows; <pre> keeps its lines") {
  const Grid grid = html("<table><caption>表1</caption><tr><td>a<td>b</tr></table><pre>x  y\nz</pre>");
  CHECK(layout(grid) == "L1 0:表1\nT1.1 0:a 1:b\nL1 0:x y\nL2 0:z\n");
}

TEST_CASE("nested tables are flattened into the table around them, at their cell's column") {
  // As county pages write indicators: the 一级 cell, then a cell holding a table of 二级, 三级 and 指标值.
  const Grid grid = html(
      "<table>"
      "<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>"
      "<tr><td>产出指标</td><td colspan=3><table>"
      "<tr><td rowspan=2>数量指标</td><td>培训人次</td><td>≥100人次</td></tr>"
      "<tr><td>覆盖乡镇</td><td>=12个</td></tr>"
      "</table></td></tr>"
      "<tr><td>效益指标</td><td>社会效益</td><td>满意度</td><td>≥90%</td></tr>"
      "</table><table><tr><td>next</td><td>table</td></tr></table>");
  CHECK(layout(grid) ==
        "T1.1 0:一级指标 1:二级指标 2:三级指标 3:指标值\n"
        "T1.2 0:产出指标/2x1 1:数量指标/2x1 2:培训人次 3:≥100人次\n"
        "T2.2 in 1 2:覆盖乡镇 3:=12个\n"
        "T1.3 0:效益指标 1:社会效益 2:满意度 3:≥90%\n"
        "T3.1 0:next 1:table\n");
  CHECK(location(grid.source(), grid.rows()[2].line, 3) == "table 2, row 2, cell 3");
  CHECK(grid.diagnostics().empty());
}

TEST_CASE("tables that lay out the page are containers: their content reads as if outside tables") {
  // The whole page in two frames of one cell, the title and unit paragraphs above the real table.
  const Grid frames = html(
      "<table><tr><td>\n"
      "<table><tr><td>\n"
      "<h2>4.某项目绩效目标表</h2>\n"
      "<p>单位：万元</p>\n"
      "<table><tr><td>项目名称</td><td>某项目</td></tr><tr><td>预算规模及<br>资金用途</td><td>16.63</td></tr></table>\n"
      "</td></tr></table>\n"
      "</td></tr></table>");
  CHECK(layout(frames) ==
        "L3 0:4.某项目绩效目标表\n"
        "L4 0:单位：万元\n"
        "T3.1 0:项目名称 1:某项目\n"
        "T3.2 0:预算规模及\n资金用途 1:16.63\n");
  // A cell holding a table beside text of its own: a sidebar and the content beside it.
  const Grid sidebar = html(
      "<table><tr><td>导航</td><td>见下表<table><tr><td>a</td><td>b</td></tr></table>合计</td></tr></table>");
  CHECK(layout(sidebar) == "L1 0:导航\nL1 0:见下表\nT2.1 0:a 1:b\nL1 0:合计\n");
}

TEST_CASE("a nested table wider than its cell runs into the cells to its right, with a diagnostic") {
  const Grid grid = html(
      "<table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td><td>right</td></tr></table>");
  CHECK(layout(grid) == "T1.1 0:a 1:b 1:right\n");
  CHECK(has_diagnostic(grid, "nested-table-overflow"));
}

TEST_CASE("tables nested three deep flatten all the way") {
  const Grid grid = html(
      "<table><tr><td>1</td><td><table><tr><td>2</td><td><table><tr><td>3</td><td>x</td></tr><tr><td>4</td></tr>"
      "</table></td></tr></table></td></tr></table>");
  CHECK(layout(grid) == "T1.1 0:1/2x1 1:2/2x1 2:3 3:x\nT3.2 in 1 2:4\n");
}

TEST_CASE("unclosed tags: gumbo's HTML5 recovery closes cells, rows and tables as browsers do") {
  const Grid grid = html("<p>标题<table><tr><td>a<td>b<tr><td>c</table><div>尾");
  CHECK(layout(grid) == "L1 0:标题\nT1.1 0:a 1:b\nT1.2 0:c\nL1 0:尾\n");
}

TEST_CASE("charset: a UTF-8 page, with and without BOM") {
  const std::string page = "<meta charset=\"utf-8\"><table><tr><td>项目名称</td><td>一级指标</td></tr></table>";
  CHECK(layout(html(page)) == "T1.1 0:项目名称 1:一级指标\n");
  CHECK(layout(html("\xEF\xBB\xBF" + page)) == "T1.1 0:项目名称 1:一级指标\n");
  CHECK(html(page).diagnostics().empty());
}

TEST_CASE("charset: a GBK page declared by <meta charset>, by http-equiv, or not at all") {
  const std::string table =
      "<table><tr><td>\xCF\xEE\xC4\xBF\xC3\xFB\xB3\xC6</td><td>\xD2\xBB\xBC\xB6\xD6\xB8\xB1\xEA</td></tr></table>";
  const std::string expected = "T1.1 0:项目名称 1:一级指标\n";
  const Grid meta = html("<html><head><meta charset=\"gbk\"></head><body>" + table);
  CHECK(layout(meta) == expected);
  CHECK(meta.diagnostics().empty());
  const Grid equiv = html("<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=gb2312\">"
                          "</head><body>" + table);
  CHECK(layout(equiv) == expected);
  CHECK(equiv.diagnostics().empty());
  const Grid detected = html("<html><body>" + table);
  CHECK(layout(detected) == expected);
  CHECK(has_diagnostic(detected, "encoding-fallback"));
}

TEST_CASE("charset: the stated encoding wins; a declaration the bytes contradict gives way") {
  ReadOptions gb;
  gb.encoding = Encoding::gb18030;
  CHECK(layout(html("<meta charset=utf-8><p>\xD6\xD0\xCE\xC4", gb)) == "L1 0:中文\n");
  // Declared GBK, but plainly UTF-8.
  const Grid utf8 = html("<meta charset=gb2312><p>某单位项目支出绩效目标表</p>");
  CHECK(layout(utf8) == "L1 0:某单位项目支出绩效目标表\n");
  CHECK(has_diagnostic(utf8, "encoding-mismatch"));
  // Declared UTF-8, but GBK.
  const Grid gbk = html("<meta charset=utf-8><p>\xBC\xA8\xD0\xA7\xC4\xBF\xB1\xEA\xB1\xED</p>");
  CHECK(layout(gbk) == "L1 0:绩效目标表\n");
  CHECK(has_diagnostic(gbk, "encoding-mismatch"));
  // Declared GBK, and two GBK characters that happen to be valid UTF-8 too: the declaration holds.
  CHECK(layout(html("<meta charset=gbk><p>\xCB\xB5\xC3\xF7</p>")) == "L1 0:说明\n");
}

TEST_CASE("charset: a page declaring a charset jixiao cannot decode is refused, naming it") {
  const std::string page = "<meta charset=\"big5\"><p>\xA4\xA4\xA4\xE5</p>";
  CHECK_THROWS_AS(html(page), UnsupportedFormatError);
  try {
    html(page);
  } catch (const UnsupportedFormatError& e) {
    CHECK(std::string(e.what()).find("big5") != std::string::npos);
  }
  // All ASCII reads alike in any charset: the declaration does not matter.
  CHECK(layout(html("<meta charset=\"big5\"><p>plain</p>")) == "L1 0:plain\n");
}

TEST_CASE("charset: undecodable bytes are replaced, each with a diagnostic at its row and cell") {
  const Grid grid = html("<meta charset=utf-8><p>前言</p><table><tr><td>a</td><td>项目\xFF名称</td></tr></table>");
  CHECK(layout(grid) == "L1 0:前言\nT1.1 0:a 1:项目\uFFFD名称\n");
  REQUIRE(grid.diagnostics().size() == 1);
  const Diagnostic& d = grid.diagnostics()[0];
  CHECK(d.code == "encoding-invalid");
  CHECK(d.line == grid.rows()[1].line);
  CHECK(location(grid.source(), d.line, d.column) == "table 1, row 1, cell 2");
}

TEST_CASE("limits: nesting depth") {
  ReadOptions options;
  options.max_nesting_depth = 40;
  const std::string deep = repeat("<div>", 50) + "x";
  CHECK_THROWS_AS(html(deep, options), LimitError);
  CHECK(layout(html(repeat("<div>", 30) + "x", options)) == "L1 0:x\n");
  // With the default, far deeper than any page: no stack is involved in reading the tree, nor in
  // freeing it (gumbo's own destructor would recurse once per level).
  CHECK_THROWS_AS(html(repeat("<span>", 1000000)), LimitError);
}

TEST_CASE("limits: max_cells counts the slots the tables' cells cover") {
  ReadOptions options;
  options.max_cells = 10;
  CHECK_NOTHROW(html("<table>" + repeat("<tr><td>a<td>b", 5) + "</table>", options));
  CHECK_THROWS_AS(html("<table>" + repeat("<tr><td>a<td>b", 6) + "</table>", options), LimitError);
  // One cell spanning 4 rows and 3 columns covers 12.
  CHECK_THROWS_AS(html("<table><tr><td rowspan=4 colspan=3>a</td></tr><tr></tr><tr></tr><tr></tr></table>", options),
                  LimitError);
}

TEST_CASE("limits: the parser's memory") {
  ReadOptions options;
  options.max_parse_memory = 1 << 20;
  const std::string page = "<table>" + repeat("<tr><td>a</td><td>b</td></tr>", 5000) + "</table>";
  CHECK_THROWS_AS(html(page, options), LimitError);
  options.max_parse_memory = 64 << 20;
  CHECK(html(page, options).rows().size() == 5000);
  // Formatting elements left open are cloned for every block after them: memory without the bound
  // grows with the square of the page (here 23 KB would make 240 MB).
  std::string amplified = repeat("<div>", 1000);
  for (int i = 0; i < 1000; ++i) amplified += "<b a=\"" + std::to_string(i) + "\">";
  amplified += repeat("</div>x", 1000);
  CHECK_THROWS_AS(html(amplified, options), LimitError);
}

TEST_CASE("limits: time bounds a page whose nesting makes the parser slow") {
  // 100,000 nested <div>s: gumbo's scope checks scan the open elements, about 30 s in all.
  ReadOptions options;
  options.max_seconds = 1;
  const auto start = std::chrono::steady_clock::now();
  CHECK_THROWS_AS(html(repeat("<div>", 100000), options), LimitError);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
}

TEST_CASE("empty and markup-only pages make an empty grid") {
  CHECK(html("").rows().empty());
  CHECK(html("<html><head><script>var a = '<table>';</script></head><body>  </body></html>").rows().empty());
  CHECK(html("<table></table><table><tr></tr></table>").rows().empty());
}
