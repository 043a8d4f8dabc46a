#include <jixiao/actuals.hpp>

#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace jixiao {

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

std::optional<Date> latest_date(const Actuals& actuals) {
  std::optional<Date> latest;
  for (const ProjectActual& p : actuals.projects)
    if (!latest || p.as_of > *latest) latest = p.as_of;
  for (const IndicatorActual& i : actuals.indicators)
    if (!latest || i.as_of > *latest) latest = i.as_of;
  return latest;
}

}  // namespace jixiao
