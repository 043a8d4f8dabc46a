#include "shared_strings.hpp"

#include "../ooxml/package.hpp"
#include "string_item.hpp"

namespace jixiao::detail {
namespace {

class Handler final : public XmlHandler {
 public:
  Handler(std::string& text, std::vector<std::size_t>& ends) : text_(text), ends_(ends) {}

  void start(const XmlName& name, const XmlAttributes&) override {
    if (in_item_) {
      item_.start(name);
    } else if (name.is(XmlNamespace::spreadsheet, "si")) {
      in_item_ = true;
      item_.reset();
      begin_ = text_.size();
    }
  }
  void end(const XmlName& name) override {
    if (!in_item_) return;
    if (name.is(XmlNamespace::spreadsheet, "si")) {
      in_item_ = false;
      decode_cell_text(text_, begin_);
      ends_.push_back(text_.size());
    } else {
      item_.end(name);
    }
  }
  void text(std::string_view text) override {
    if (in_item_) item_.text(text, text_);
  }

 private:
  std::string& text_;
  std::vector<std::size_t>& ends_;
  StringItem item_;
  bool in_item_ = false;
  std::size_t begin_ = 0;
};

}  // namespace

SharedStrings::SharedStrings(ZipArchive& zip, const std::string& part, const ReadOptions& options) {
  Handler handler(text_, ends_);
  read_xml_part(zip, part, handler, options);
}

}  // namespace jixiao::detail
