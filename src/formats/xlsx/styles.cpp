#include "styles.hpp"

#include "../ooxml/package.hpp"

#include <charconv>
#include <map>

namespace jixiao::detail {
namespace {

unsigned number_of(std::string_view text) noexcept {
  unsigned n = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
  return error == std::errc() && end == text.data() + text.size() ? n : 0;
}

// Collects the codes of <numFmts> and the numFmtId of each <xf> of <cellXfs>; the other <xf>
// (cell style formats) and the <numFmt> of differential formats do not style cells.
class Handler final : public XmlHandler {
 public:
  std::map<unsigned, std::string> codes;
  std::vector<unsigned> style_formats;

  void start(const XmlName& name, const XmlAttributes& attributes) override {
    if (name.space != XmlNamespace::spreadsheet) return;
    ++depth_;
    if (depth_ == 2) section_ = name.local == "numFmts" ? Section::formats : name.local == "cellXfs" ? Section::cells : Section::other;
    if (depth_ == 3 && section_ == Section::formats && name.local == "numFmt")
      codes[number_of(attributes.get("numFmtId"))] = attributes.get("formatCode");
    if (depth_ == 3 && section_ == Section::cells && name.local == "xf")
      style_formats.push_back(number_of(attributes.get("numFmtId")));
  }
  void end(const XmlName& name) override {
    if (name.space != XmlNamespace::spreadsheet) return;
    if (depth_ == 2) section_ = Section::other;
    --depth_;
  }
  void text(std::string_view) override {}

 private:
  enum class Section { other, formats, cells };
  std::size_t depth_ = 0;
  Section section_ = Section::other;
};

}  // namespace

Styles::Styles() : formats_(1) {}

Styles::Styles(ZipArchive& zip, const std::string& part, const ReadOptions& options) : formats_(1) {
  Handler handler;
  read_xml_part(zip, part, handler, options);
  std::map<unsigned, std::uint32_t> compiled{{0, 0}};
  format_of_style_.reserve(handler.style_formats.size());
  for (const unsigned id : handler.style_formats) {
    auto [at, added] = compiled.try_emplace(id, static_cast<std::uint32_t>(formats_.size()));
    if (added) {
      const auto custom = handler.codes.find(id);
      formats_.emplace_back(custom != handler.codes.end() ? std::string_view(custom->second) : builtin_format_code(id));
    }
    format_of_style_.push_back(at->second);
  }
}

}  // namespace jixiao::detail
