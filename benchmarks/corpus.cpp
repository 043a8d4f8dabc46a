#include "corpus.hpp"

#include <iconv.h>

#include <array>
#include <cerrno>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <vector>

namespace jixiao::bench {
namespace {

// splitmix64: tiny, fast, and fully specified, so a seed names the same corpus everywhere.
class Stream {
 public:
  explicit Stream(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  // Uniform enough for a corpus in [0, n): the modulo bias is far below anything measured.
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  bool chance(unsigned percent) { return below(100) < percent; }
  template <class T, std::size_t N>
  const T& pick(const std::array<T, N>& items) { return items[below(N)]; }

 private:
  std::uint64_t state_;
};

using Words = std::array<std::string_view, 8>;

constexpr Words subjects{"科普", "乡村振兴", "信息化建设", "常设展览", "科技馆免费开放", "人才培养", "学术交流",
                         "基层科普行动计划"};
constexpr Words kinds{"专项经费", "工作经费", "运行费", "补助资金", "建设资金", "活动经费", "维护费", "采暖费"};
constexpr std::array<std::string_view, 6> units{"科学技术协会本级", "科技馆", "农业农村局", "教育局", "文化广电和旅游局",
                                                "卫生健康委员会"};
constexpr std::array<std::string_view, 6> cities{"张家口市", "石家庄市", "保定市", "承德市", "邯郸市", "唐山市"};

// One 二级 and the indicators a table may draw from it (names unique across the whole pool, so
// actuals match by name alone).
struct Row {
  std::string_view name;
  std::string_view description;
  std::string_view target;  // printf-like: %d is replaced by a figure, %y by the year
};
struct Level2Pool {
  std::string_view level1;
  std::string_view level2;
  std::array<Row, 4> rows;
};

constexpr std::array<Level2Pool, 6> pools{{
    {"产出指标", "数量指标",
     {{{"活动次数", "全年活动开展次数", "≥%d 次"},
       {"走访点位数量", "参观学习的点位数量", "≥%d 个"},
       {"信息推送条数", "工作日推送工作信息和科普信息", "≥%d 条"},
       {"受益人次", "参加活动的群众人次", "≥%d 人次"}}}},
    {"产出指标", "质量指标",
     {{{"活动达标率", "科学素质活动达标率", "100%"},
       {"活动参与率", "村“两委”、一般党员和村民代表参加活动的比例", "≥%d%"},
       {"展馆开放率", "展馆年开放日超过 100 天", "100%"},
       {"资金使用合规率", "资金使用符合财经法规", "100%"}}}},
    {"产出指标", "时效指标",
     {{{"活动开展时间", "按照年度计划完成", "%y 年 1 月-12 月"},
       {"资金拨付及时性", "按时拨付项目资金", "%y 年 12 月 31 日前"},
       {"工作完成时限", "年度任务完成时间", "%y 年 11 月底前"},
       {"报告提交时间", "提交年度工作报告", "%y 年 12 月 15 日前"}}}},
    {"产出指标", "成本指标",
     {{{"预算总成本", "项目预算控制数", "≤%d 万元"},
       {"活动成本", "单次活动成本", "≤%d 万元"},
       {"宣传成本", "宣传材料制作成本", "≤%d 万元"},
       {"维护成本", "设备维护成本", "≤%d 万元"}}}},
    {"效益指标", "社会效益指标",
     {{{"提升公民科学素质", "进一步提升公民科学素质", "进一步提升"},
       {"扩大科普影响力", "提高科普工作的质量，扩大科普影响力", "较上年度提升"},
       {"服务群众覆盖面", "活动覆盖的群众人数", "≥%d 万人"},
       {"基层服务能力", "基层组织服务能力", "有效提升"}}}},
    {"满意度指标", "服务对象满意度指标",
     {{{"群众满意度", "参与活动群众满意度", "≥%d%"},
       {"被帮扶对象满意度", "被帮扶对象对服务的满意度", "≥%d%"},
       {"参展观众满意度", "参观展览的观众满意度", "≥%d%"},
       {"科技工作者满意度", "科技工作者对服务的满意度", "≥%d%"}}}},
}};

// Blanks where extraction leaves them: between two CJK characters, now and then.
std::string spaced(std::string_view text, Stream& random) {
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    out += text[i];
    // A UTF-8 lead byte of a 3-byte CJK character ends at i+2; add a blank after it sometimes.
    const bool ends_wide = i >= 2 && (static_cast<unsigned char>(text[i - 2]) & 0xF0) == 0xE0;
    const bool next_wide = i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xF0) == 0xE0;
    if (ends_wide && next_wide && random.chance(4)) out += ' ';
  }
  return out;
}

std::string fill(std::string_view pattern, int figure, int year) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%' && i + 1 < pattern.size() && (pattern[i + 1] == 'd' || pattern[i + 1] == 'y')) {
      out += std::to_string(pattern[i + 1] == 'd' ? figure : year);
      ++i;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

// An amount of 万元 with two places, from hundredths.
std::string wan(std::uint64_t hundredths) {
  std::string out = std::to_string(hundredths / 100);
  out += '.';
  out += static_cast<char>('0' + hundredths % 100 / 10);
  out += static_cast<char>('0' + hundredths % 10);
  return out;
}

struct Table {
  std::string title;
  std::string code;
  std::string name;
};

Table make_table(std::size_t index, int year, Stream& random) {
  Table t;
  t.name = std::to_string(year) + " " + std::string(random.pick(subjects)) + std::string(random.pick(kinds));
  t.title = t.name + "绩效目标表";
  // 项目编码: region, year, P, serial, check character (sometimes split off by a blank).
  std::string serial = std::to_string(10000000 + index * 7 + random.below(7));
  t.code = "1307" + std::to_string(year % 100) + "P" + serial + std::to_string(random.below(10));
  if (random.chance(50)) t.code += std::string(" ") + static_cast<char>('A' + random.below(26));
  return t;
}

// One table row; `extra_column` adds the empty trailing cell some extractions leave.
void row_cells(std::string& out, std::initializer_list<std::string_view> cells, bool extra_column) {
  bool first = true;
  for (std::string_view cell : cells) {
    if (!first) out += '\t';
    out += cell;
    first = false;
  }
  out += extra_column ? "\t\n" : "\n";
}

void header_row(std::string& out, bool extra_column) {
  row_cells(out, {"一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"}, extra_column);
}

void project_table(std::string& out, std::size_t number, const Table& table, int year, Stream& random) {
  out += std::to_string(number) + "." + table.title + "\n\n";
  out += "单位：万元\n\n";
  out += "项目编码\t" + table.code + "\t\t项目名称\t" + table.name + "\t\t\n";
  const std::uint64_t budget = 100 + random.below(500000);  // 1.00 to 5000.99 万元
  const std::string total = wan(budget);
  out += "预算规模及 资金用途\t预算数\t" + total + "\t其中：财政 资金\t" + total + "\t其他资金\t\n";
  out += "\t项目预算总额 " + total + " 万元，均为财政资金。主要用于：1、" + std::to_string(year) +
         " 年全国科普日、各相关时间节点科普活动 2、日常针对五大人群开展活动\t\t\t\t\t\n";
  out += "资金支出计 划（%）\t3 月底\t\t6 月底\t\t10 月底\t\n";
  out += "\t25%\t\t50%\t\t75%\t\n";
  out += "绩效目标\t<p>1.组织专家围绕我市产业发展开展科技服务，提升生产技术。</p> <p>2.开展" + table.name +
         "相关活动，提高群众满意度。</p>\t\t\t\t\t\n";

  const bool extra = random.chance(60);
  header_row(out, extra);
  std::string_view open_level1;
  std::size_t rows_on_page = 0;
  const std::size_t page_size = 6 + random.below(8);
  for (const Level2Pool& pool : pools) {
    const std::size_t count = 1 + random.below(pool.rows.size());
    const std::size_t first = random.below(pool.rows.size());
    for (std::size_t k = 0; k < count; ++k) {
      const Row& row = pool.rows[(first + k) % pool.rows.size()];
      int figure = static_cast<int>(1 + random.below(200));
      if (pool.level2 == "成本指标") figure = static_cast<int>(1 + budget / 100);
      if (row.target.find("%d%") != std::string_view::npos) figure = 80 + static_cast<int>(random.below(20));
      std::string basis = "市科协 " + std::to_string(year) + " 年工作安排";
      const bool split = rows_on_page + 1 == page_size;  // the basis cell runs over the page break
      std::string continued;
      if (split) {
        continued = "作安排";
        basis = "市科协 " + std::to_string(year) + " 年工";
      }
      // The 一级 cell is merged downwards: written once per block and after a page break.
      const bool write_level1 = pool.level1 != open_level1 || rows_on_page == 0;
      row_cells(out,
                {write_level1 ? pool.level1 : std::string_view(), spaced(pool.level2, random), row.name,
                 row.description, fill(row.target, figure, year), spaced(basis, random)},
                extra);
      open_level1 = pool.level1;
      if (++rows_on_page == page_size) {
        out += "\n";
        header_row(out, extra);
        rows_on_page = 0;
        if (split) out += "\t\t\t\t\t" + continued + "\n";
      }
    }
  }
  out += "\n";
}

}  // namespace

std::string generate_document(const CorpusOptions& options) {
  Stream random(options.seed);
  const std::string city(random.pick(cities));
  const std::string department = city + "科学技术协会";
  const int year = options.year;

  std::vector<Table> tables;
  tables.reserve(options.projects);
  for (std::size_t i = 0; i < options.projects; ++i) tables.push_back(make_table(i, year, random));

  std::string out;
  out.reserve(options.projects * 3000 + 4096);
  out += "\n" + department + " " + std::to_string(year) + " 年部门预算绩效文本\n\n";
  out += department + "编制\n" + city + "财政局审核\n\n目 录\n\n第一部分 部门整体绩效目标\n\n";
  out += "一、总体绩效目标\t1\n二、分项绩效目标\t1\n三、工作保障措施\t1\n\n第二部分 预算项目绩效目标\n\n";
  for (std::size_t i = 0; i < tables.size(); ++i)
    out += std::to_string(i + 1) + "." + tables[i].title + "\t" + std::to_string(4 + 2 * i) + "\n";
  out += "\n第一部分\n\n部门整体绩效目标\n\n一、总体绩效目标\n\n(一) 总体绩效目标\n\n";
  out += "紧紧围绕全市中心工作，主动担当、认真履职，不断加强自身建设，圆满完成全年目标任务。\n\n";
  out += "二、分项绩效目标\n\n(二) 分项绩效目标\n\n1、部门管理\n\n绩效目标：职责明确、活动合规合理。\n\n";
  out += "绩效指标：职责设定符合“三定”方案中所赋予的职责，工作目的性和计划性强。\n\n";
  out += "三、工作保障措施\n\n(三) 工作保障措施\n\n1、加强制度建设。建立健全机关预算绩效管理制度。\n\n";
  out += "第二部分\n\n预算项目绩效目标\n\n";

  for (std::size_t i = 0; i < tables.size(); ++i) {
    if (i % options.projects_per_unit == 0) {
      const std::size_t unit = i / options.projects_per_unit;
      out += std::to_string(731001 + unit) + " " + city + std::string(units[unit % units.size()]) + "\n\n";
    }
    project_table(out, i + 1, tables[i], year, random);
  }
  return out;
}

std::string to_gbk(std::string_view utf8) {
  iconv_t cd = iconv_open("GBK", "UTF-8");
  if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("iconv: no UTF-8 to GBK conversion");
  std::string out(utf8.size(), '\0');  // GBK never takes more bytes than UTF-8 for CJK text
  char* in = const_cast<char*>(utf8.data());  // iconv's interface is not const-correct
  std::size_t in_left = utf8.size();
  char* to = out.data();
  std::size_t out_left = out.size();
  const std::size_t rc = iconv(cd, &in, &in_left, &to, &out_left);
  const int error = errno;
  iconv_close(cd);
  if (rc == static_cast<std::size_t>(-1))
    throw std::runtime_error("iconv: cannot convert to GBK at byte " + std::to_string(utf8.size() - in_left) +
                             " (errno " + std::to_string(error) + ")");
  out.resize(out.size() - out_left);
  return out;
}

}  // namespace jixiao::bench
