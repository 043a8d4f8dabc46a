// Cells without a figure: placeholders, redacted cells, references to a figure decided elsewhere,
// qualitative phrases, and the junk that must be reported rather than guessed.

#include "grammar.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <string>

namespace jixiao::detail {
namespace {

constexpr std::string_view placeholders[] = {"/", "//", "-", "--", "---", "----", "~", "*", "无", "暂无", "待定",
                                             "空", "N/A", "n/a", "NA", "不适用", "略"};

// Words that make a phrase a qualitative target. Each list is searched at every position, the
// first match taken and skipped, so 不低于 is read whole and not as 低于.
constexpr std::string_view forward_words[] = {
    "不低于", "不少于", "不减少", "不降低", "提升", "提高", "增加", "增强", "增长", "增进", "促进", "改善",
    "扩大", "加强", "优化", "完善", "推进", "推动", "上升", "增多", "拓展", "拓宽", "丰富", "壮大", "深化",
    "密切", "加快", "强化", "带动", "激发", "普及", "保障", "巩固", "夯实", "健全", "加深", "繁荣"};
constexpr std::string_view reverse_words[] = {
    "不超过", "不高于", "不增加", "降低", "减少", "下降", "减轻", "缩小", "缩短", "压缩", "节约", "节省",
    "遏制", "杜绝", "消除", "避免", "防止", "减缓", "下调", "压减", "控制"};
constexpr std::string_view grade_words[] = {
    "进一步", "显著", "明显", "良好", "较好", "优秀", "优良", "满意", "合格", "达标", "有效", "稳定", "正常",
    "规范", "符合", "达到", "达成", "完成", "实现", "按时", "及时", "全面", "全部", "基本", "覆盖", "到位",
    "安全", "顺利", "完好", "一致", "准确", "可靠", "落实", "保持", "维持", "持续", "长期", "高效", "便捷",
    "可控", "有所", "逐步", "大幅", "明确", "认可", "畅通", "充分", "不断", "上年", "去年", "同比", "环比",
    "同期", "往年", "较大", "较高", "一定", "发挥"};
// Whole-cell grades too short to search for inside a phrase.
constexpr std::string_view short_grades[] = {"是", "否", "有", "好", "优", "良", "中", "差", "高", "低",
                                             "强", "弱", "较好", "一般", "达标", "合格", "满意", "完成"};
// A negation right before a direction word turns it: 不降低 is forward.
constexpr std::string_view negations[] = {"不再", "不得", "不会", "没有", "不", "未", "无"};

// Endings of a phrase that names what is measured (the indicator) instead of a target.
constexpr std::string_view measure_endings[] = {"程度", "情况"};
constexpr std::string_view quantity_endings[] = {"数量", "人数", "次数", "个数", "户数", "字数", "数", "率",
                                                 "度", "量", "比例", "比重", "水平", "规模", "金额", "面积"};
// A reference names a figure someone else decides: 省科协实际评选出的各地示范单位数量, 以实际为准.
constexpr std::string_view reference_markers[] = {"为准", "据实", "按实际", "以实际", "根据实际"};
constexpr std::string_view decided_words[] = {"实际", "评选", "核定", "认定", "确定", "批复", "下达", "审定",
                                              "核准", "审批", "分配", "上级"};
constexpr std::string_view decided_endings[] = {"数量", "人数", "次数", "个数", "户数", "数", "金额", "额",
                                                "面积", "名额", "规模", "资金", "经费"};

template <std::size_t N>
bool contains_any(std::string_view s, const std::string_view (&words)[N]) noexcept {
  for (std::string_view w : words)
    if (text::contains(s, w)) return true;
  return false;
}

template <std::size_t N>
bool ends_with_any(std::string_view s, const std::string_view (&words)[N]) noexcept {
  for (std::string_view w : words)
    if (text::ends_with(s, w)) return true;
  return false;
}

template <std::size_t N>
bool equals_any(std::string_view s, const std::string_view (&words)[N]) noexcept {
  for (std::string_view w : words)
    if (s == w) return true;
  return false;
}

template <std::size_t N>
std::size_t word_at(std::string_view s, std::size_t i, const std::string_view (&words)[N]) noexcept {
  for (std::string_view w : words)
    if (text::starts_with(s, i, w)) return w.size();
  return 0;
}

struct Vocabulary {
  bool graded = false;  // holds a grade or direction word
  int forward = 0;
  int reverse = 0;
};

// The first characters of the words above, by the low 12 bits of their code point (all are
// three-byte characters): at most positions of a phrase no word starts, and this tells so with
// one bit test instead of comparing 125 words.
constexpr std::size_t first_key(std::string_view s, std::size_t i) noexcept {
  return (static_cast<std::size_t>(static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
         (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
}

constexpr std::array<std::uint64_t, 64> word_starts = [] {
  std::array<std::uint64_t, 64> bits{};
  const auto add = [&](const auto& words) {
    for (std::string_view w : words) {
      if (w.size() < 3 || (static_cast<unsigned char>(w[0]) & 0xF0u) != 0xE0u)
        throw "every word must start with a three-byte character";  // fails the build, not at run time
      bits[first_key(w, 0) / 64] |= std::uint64_t{1} << (first_key(w, 0) % 64);
    }
  };
  add(forward_words);
  add(reverse_words);
  add(grade_words);
  add(negations);
  return bits;
}();

bool may_start_word(std::string_view s, std::size_t i) noexcept {
  if ((static_cast<unsigned char>(s[i]) & 0xF0u) != 0xE0u || s.size() - i < 3) return false;
  const std::size_t key = first_key(s, i);
  return (word_starts[key / 64] >> (key % 64)) & 1u;
}

Vocabulary read_vocabulary(std::string_view s) noexcept {
  Vocabulary v;
  bool negated = false;
  for (std::size_t i = 0; i < s.size();) {
    if (!may_start_word(s, i)) {
      negated = false;
      i += text::decode(s, i).length;
    } else if (std::size_t n = word_at(s, i, forward_words)) {
      ++(negated ? v.reverse : v.forward);
      v.graded = true;
      negated = false;
      i += n;
    } else if ((n = word_at(s, i, reverse_words))) {
      ++(negated ? v.forward : v.reverse);
      v.graded = true;
      negated = false;
      i += n;
    } else if ((n = word_at(s, i, grade_words))) {
      v.graded = true;
      negated = false;
      i += n;
    } else if ((n = word_at(s, i, negations))) {
      negated = true;
      i += n;
    } else {
      negated = false;
      i += text::decode(s, i).length;
    }
  }
  return v;
}

bool repeats(std::string_view s, std::string_view other) {
  if (other.empty()) return false;
  thread_local std::string normal;
  text::normalize(other, normal);
  return s == normal;
}

bool is_reference(std::string_view s) noexcept {
  if (contains_any(s, reference_markers)) return true;
  return contains_any(s, decided_words) && ends_with_any(s, decided_endings);
}

void unparsed(Target& t, std::string reason) { t.emplace(Unparsed{std::move(reason)}); }

}  // namespace

void parse_phrase(std::string_view s, const TargetContext& context, Target& t) {
  if (s.empty()) return unparsed(t, "the cell is empty");
  if (s == "无")
    return unparsed(t, "'无' (none) is not a target; a zero target is written with its unit, e.g. 0起");
  if (equals_any(s, placeholders)) return unparsed(t, fmt::format("'{}' is a placeholder, not a target", s));
  if (s.starts_with("涉密") || s.starts_with("因涉密") || s == "保密" || s == "机密" || s == "秘密" || s == "绝密") {
    t.emplace(Redacted{});
    return;
  }
  if (repeats(s, context.indicator_name))
    return unparsed(t, "the value repeats the indicator's name instead of stating a target");
  if (repeats(s, context.description))
    return unparsed(t, "the value repeats the indicator's description instead of stating a target");
  if (is_reference(s)) {
    t.emplace(Reference{std::string(s)});
    return;
  }
  if (ends_with_any(s, measure_endings))
    return unparsed(t, fmt::format("'{}' names what is measured, not a target value", s));
  if (equals_any(s, short_grades)) {
    t.emplace(Qualitative{std::string(s)});
    return;
  }
  const Vocabulary v = read_vocabulary(s);
  // 满意度 holds the grade word 满意 but names a measure; 进一步提升满意度 states a direction.
  if (v.forward == 0 && v.reverse == 0 && ends_with_any(s, quantity_endings))
    return unparsed(t, fmt::format("'{}' names what is measured, not a target value", s));
  if (!v.graded) return unparsed(t, fmt::format("'{}' has no number, date or qualitative grade", s));
  t.emplace(Qualitative{std::string(s)});
  t.direction = v.forward > 0 && v.reverse == 0   ? Direction::forward
                : v.reverse > 0 && v.forward == 0 ? Direction::reverse
                                                  : Direction::none;
}

std::optional<bool> grade(std::string_view s) noexcept {
  static constexpr std::string_view not_met[] = {"未达成", "未完成", "未实现", "未达到", "未达标", "不达标",
                                                 "没有达成", "没有完成", "部分达成", "部分完成", "部分实现",
                                                 "基本达成", "基本完成", "未按时"};
  static constexpr std::string_view met[] = {"达成", "完成", "实现", "达到", "达标"};
  if (contains_any(s, not_met)) return false;
  if (contains_any(s, met)) return true;
  return std::nullopt;
}

}  // namespace jixiao::detail
