#include "numbering.hpp"

#include "../ooxml/package.hpp"
#include "../../text/utf8.hpp"

#include <algorithm>
#include <charconv>

namespace jixiao::detail {
namespace {

std::optional<std::uint32_t> number_of(std::string_view text) noexcept {
  std::uint32_t n = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return n;
}

bool is_on(std::string_view value) noexcept { return value != "0" && value != "false" && value != "off"; }

class NumberingHandler final : public XmlHandler {
 public:
  NumberingHandler(std::map<std::uint32_t, Numbering::Definition>& definitions,
                   std::map<std::uint32_t, Numbering::Instance>& instances)
      : definitions_(definitions), instances_(instances) {}

  void start(const XmlName& name, const XmlAttributes& attributes) override {
    if (name.space != XmlNamespace::wordprocessing) return;
    const std::string_view l = name.local;
    const std::string_view value = attributes.get("val");
    if (l == "abstractNum") {
      const auto id = number_of(attributes.get("abstractNumId"));
      definition_ = id ? &definitions_[*id] : nullptr;
    } else if (l == "num") {
      const auto id = number_of(attributes.get("numId"));
      instance_ = id ? &instances_[*id] : nullptr;
    } else if (l == "lvl") {
      const auto level = number_of(attributes.get("ilvl"));
      level_ = definition_ != nullptr && level && *level < 9 ? &definition_->levels[*level] : nullptr;
    } else if (l == "lvlOverride") {
      override_ = number_of(attributes.get("ilvl"));
    } else if (level_ != nullptr) {
      if (l == "start") level_->start = number_of(value).value_or(1);
      else if (l == "numFmt") level_->format = value;
      else if (l == "lvlText") level_->text = value.size() <= 255 ? value : std::string_view();  // Word's are short
      else if (l == "isLgl") level_->legal = is_on(value);
      else if (l == "suff") level_->space_after = value == "space";
    } else if (instance_ != nullptr) {
      if (l == "abstractNumId") instance_->definition = number_of(value).value_or(0);
      else if (l == "startOverride" && override_) instance_->restarts[*override_] = number_of(value).value_or(1);
    }
  }
  void end(const XmlName& name) override {
    if (name.space != XmlNamespace::wordprocessing) return;
    if (name.local == "abstractNum") definition_ = nullptr;
    else if (name.local == "num") instance_ = nullptr;
    else if (name.local == "lvl") level_ = nullptr;
    else if (name.local == "lvlOverride") override_.reset();
  }
  void text(std::string_view) override {}

 private:
  std::map<std::uint32_t, Numbering::Definition>& definitions_;
  std::map<std::uint32_t, Numbering::Instance>& instances_;
  Numbering::Definition* definition_ = nullptr;
  Numbering::Instance* instance_ = nullptr;
  Numbering::Level* level_ = nullptr;
  std::optional<std::uint32_t> override_;
};

// The list each paragraph style gives (w:pPr/w:numPr) and the style it is based on.
class StylesHandler final : public XmlHandler {
 public:
  explicit StylesHandler(std::map<std::string, Numbering::Style, std::less<>>& styles) : styles_(styles) {}

  void start(const XmlName& name, const XmlAttributes& attributes) override {
    if (name.space != XmlNamespace::wordprocessing) return;
    const std::string_view l = name.local;
    if (l == "style") {
      style_ = attributes.get("type") == "paragraph" ? &styles_[std::string(attributes.get("styleId"))] : nullptr;
    } else if (style_ != nullptr) {
      if (l == "basedOn") style_->based_on = attributes.get("val");
      else if (l == "pPr") in_properties_ = true;
      else if (l == "numId" && in_properties_) style_->list.list = number_of(attributes.get("val"));
      else if (l == "ilvl" && in_properties_) style_->list.level = number_of(attributes.get("val"));
    }
  }
  void end(const XmlName& name) override {
    if (name.space != XmlNamespace::wordprocessing) return;
    if (name.local == "style") style_ = nullptr;
    else if (name.local == "pPr") in_properties_ = false;
  }
  void text(std::string_view) override {}

 private:
  std::map<std::string, Numbering::Style, std::less<>>& styles_;
  Numbering::Style* style_ = nullptr;
  bool in_properties_ = false;
};

// 1–9999 in Chinese numerals: 十一, 二十, 一百零一, 一千零一十.
std::string chinese_numeral(std::uint32_t n, const std::u32string_view digits, const std::u32string_view units) {
  std::string out;
  const std::uint32_t place[] = {1000, 100, 10, 1};
  bool started = false;
  bool zero = false;
  for (int k = 0; k < 4; ++k) {
    const std::uint32_t d = n / place[k] % 10;
    if (d == 0) {
      zero = started;
      continue;
    }
    if (zero) text::append_utf8(out, digits[0]);
    zero = false;
    if (!(k == 2 && d == 1 && !started)) text::append_utf8(out, digits[d]);  // 十一, not 一十一
    if (k < 3) text::append_utf8(out, units[static_cast<std::size_t>(2 - k)]);
    started = true;
  }
  return out;
}

std::string roman(std::uint32_t n, bool upper) {
  static constexpr std::pair<std::uint32_t, std::string_view> numerals[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},   {4, "iv"},  {1, "i"}};
  std::string out;
  for (const auto& [value, text] : numerals)
    for (; n >= value; n -= value) out += text;
  if (upper) std::transform(out.begin(), out.end(), out.begin(), [](char c) { return static_cast<char>(c - 'a' + 'A'); });
  return out;
}

}  // namespace

std::string format_list_number(std::uint32_t n, std::string_view format) {
  const std::string decimal = std::to_string(n);
  if (format == "decimalZero") return n < 10 ? "0" + decimal : decimal;
  if ((format == "upperRoman" || format == "lowerRoman") && n >= 1 && n <= 3999) return roman(n, format == "upperRoman");
  if ((format == "upperLetter" || format == "lowerLetter") && n >= 1 && n <= 26 * 20) {
    // A…Z, then AA…ZZ, as Word counts.
    const char letter = static_cast<char>((format == "upperLetter" ? 'A' : 'a') + (n - 1) % 26);
    return std::string((n - 1) / 26 + 1, letter);
  }
  if (n >= 1 && n <= 9999 &&
      (format == "chineseCounting" || format == "chineseCountingThousand" || format == "taiwaneseCounting" ||
       format == "taiwaneseCountingThousand" || format == "japaneseCounting"))
    return chinese_numeral(n, U"零一二三四五六七八九", U"十百千");
  if (n >= 1 && n <= 9999 && format == "chineseLegalSimplified")
    return chinese_numeral(n, U"零壹贰叁肆伍陆柒捌玖", U"拾佰仟");
  std::string out;
  if (format == "ideographTraditional" && n >= 1 && n <= 10) {
    text::append_utf8(out, U"甲乙丙丁戊己庚辛壬癸"[n - 1]);
    return out;
  }
  if (format == "ideographZodiac" && n >= 1 && n <= 12) {
    text::append_utf8(out, U"子丑寅卯辰巳午未申酉戌亥"[n - 1]);
    return out;
  }
  if ((format == "decimalEnclosedCircle" || format == "decimalEnclosedCircleChinese") && n >= 1 && n <= 20) {
    text::append_utf8(out, static_cast<char32_t>(0x2460 + n - 1));
    return out;
  }
  if (format == "decimalFullWidth" || format == "decimalFullWidth2") {
    for (const char d : decimal) text::append_utf8(out, static_cast<char32_t>(0xFF10 + (d - '0')));
    return out;
  }
  if (format == "ideographDigital") {
    for (const char d : decimal) text::append_utf8(out, U"〇一二三四五六七八九"[static_cast<std::size_t>(d - '0')]);
    return out;
  }
  return decimal;
}

Numbering::Numbering(ZipArchive& zip, const std::string& numbering_part, const std::string& styles_part,
                     const ReadOptions& options) {
  if (!numbering_part.empty()) {
    NumberingHandler handler(definitions_, instances_);
    read_xml_part(zip, numbering_part, handler, options);
  }
  if (!styles_part.empty() && !definitions_.empty()) {
    StylesHandler handler(styles_);
    read_xml_part(zip, styles_part, handler, options);
  }
}

ListReference Numbering::of_style(std::string_view style) const {
  ListReference found;
  // Styles inherit along basedOn; a cycle in a damaged file ends after as many steps as styles.
  for (std::size_t steps = 0; !style.empty() && steps <= styles_.size(); ++steps) {
    const auto it = styles_.find(style);
    if (it == styles_.end()) break;
    if (!found.list) found.list = it->second.list.list;
    if (!found.level) found.level = it->second.list.level;
    style = it->second.based_on;
  }
  return found;
}

std::string Numbering::next(const ListReference& paragraph, std::string_view style) {
  if (definitions_.empty()) return {};
  ListReference reference = paragraph;
  if (!reference.list) {
    const ListReference inherited = of_style(style);
    reference.list = inherited.list;
    if (!reference.level) reference.level = inherited.level;
  }
  if (!reference.list || *reference.list == 0) return {};
  const auto instance = instances_.find(*reference.list);
  if (instance == instances_.end()) return {};
  const auto definition = definitions_.find(instance->second.definition);
  if (definition == definitions_.end()) return {};
  const auto& levels = definition->second.levels;
  Counters& counters = counters_[instance->second.definition];
  if (used_.insert(*reference.list).second) {
    for (const auto& [level, start] : instance->second.restarts) {
      if (level >= 9) continue;
      counters.value[level] = start > 0 ? start - 1 : 0;
      counters.started[level] = true;
    }
  }
  const std::uint32_t level = std::min<std::uint32_t>(reference.level.value_or(0), 8);
  counters.value[level] = counters.started[level] ? counters.value[level] + 1 : levels[level].start;
  counters.started[level] = true;
  for (std::uint32_t deeper = level + 1; deeper < 9; ++deeper) counters.started[deeper] = false;

  const Level& shown = levels[level];
  if (shown.format == "bullet" || shown.format == "none") return {};
  std::string out;
  for (std::size_t i = 0; i < shown.text.size(); ++i) {
    const char c = shown.text[i];
    if (c == '%' && i + 1 < shown.text.size() && shown.text[i + 1] >= '1' && shown.text[i + 1] <= '9') {
      const auto k = static_cast<std::size_t>(shown.text[++i] - '1');
      const std::uint32_t n = counters.started[k] ? counters.value[k] : levels[k].start;
      out += format_list_number(n, shown.legal ? std::string_view("decimal") : std::string_view(levels[k].format));
    } else {
      out += c;
    }
  }
  if (!out.empty() && shown.space_after) out += ' ';
  return out;
}

}  // namespace jixiao::detail
