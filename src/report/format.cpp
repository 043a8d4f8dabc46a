#include "html.hpp"

#include <jixiao/describe.hpp>

namespace jixiao::report_detail {

void escape(std::string& out, std::string_view text) {
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
}

std::string escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  escape(out, text);
  return out;
}

namespace {

// Two places as printed on paper. Rounding to fewer places cannot overflow, but rescaling to more
// multiplies the coefficient, which overflows near Decimal's 38 digits: the text is padded instead.
std::string padded_two_places(const Decimal& d, bool grouped) {
  const Decimal rounded = d.scale() > 2 ? d.rescaled(2, Rounding::half_up) : d;
  std::string text = grouped ? rounded.to_grouped_string() : rounded.to_string();
  if (rounded.scale() == 0) text += ".00";
  else if (rounded.scale() == 1) text += '0';
  return text;
}

}  // namespace

std::string money(const Money& m) { return padded_two_places(m.wan(), true); }

std::string money_with_unit(const std::optional<Money>& m) { return m ? money(*m) + " 万元" : std::string("—"); }

std::string two_places(const std::optional<Decimal>& d) {
  return d ? padded_two_places(*d, false) : std::string("—");
}

std::string_view severity_label(Severity s) {
  switch (s) {
    case Severity::error: return "错误";
    case Severity::warning: return "警告";
    case Severity::info: return "提示";
  }
  return "";
}

FindingsByProject group_findings(const std::vector<Finding>& findings, std::size_t projects) {
  FindingsByProject grouped;
  grouped.projects.resize(projects);
  for (const Finding& f : findings) {
    // A finding about a project the document does not have (from another document) belongs to no card.
    if (f.project && *f.project < projects) grouped.projects[*f.project].push_back(&f);
    else if (!f.project) grouped.document.push_back(&f);
  }
  return grouped;
}

}  // namespace jixiao::report_detail
