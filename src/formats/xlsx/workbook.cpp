#include "workbook.hpp"

#include "../ooxml/package.hpp"

#include <jixiao/error.hpp>

namespace jixiao::detail {
namespace {

class Handler final : public XmlHandler {
 public:
  explicit Handler(Workbook& out) : out_(out) {}

  void start(const XmlName& name, const XmlAttributes& attributes) override {
    if (!root_seen_) {
      root_seen_ = true;
      is_workbook_ = name.is(XmlNamespace::spreadsheet, "workbook");
    }
    if (name.space != XmlNamespace::spreadsheet) return;
    if (name.local == "sheet") {
      SheetEntry& sheet = out_.sheets.emplace_back();
      sheet.name = attributes.get("name");
      sheet.relationship = attributes.get("id");
      const std::string_view state = attributes.get("state");
      sheet.hidden = state == "hidden" || state == "veryHidden";
    } else if (name.local == "workbookPr") {
      const std::string_view system = attributes.get("date1904");
      if (system == "1" || system == "true") out_.dates = DateSystem::from_1904;
    }
  }
  void end(const XmlName&) override {}
  void text(std::string_view) override {}
  bool is_workbook() const noexcept { return is_workbook_; }

 private:
  Workbook& out_;
  bool root_seen_ = false;
  bool is_workbook_ = false;
};

}  // namespace

Workbook read_workbook(ZipArchive& zip, const std::string& part, const ReadOptions& options) {
  Workbook workbook;
  Handler handler(workbook);
  read_xml_part(zip, part, handler, options);
  if (!handler.is_workbook()) throw Error("not an xlsx workbook: " + part + " holds no SpreadsheetML workbook");
  return workbook;
}

}  // namespace jixiao::detail
