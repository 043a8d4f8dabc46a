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

std::string money(const Money& m) { return m.wan().rescaled(2, Rounding::half_up).to_grouped_string(); }

std::string money_with_unit(const std::optional<Money>& m) { return m ? money(*m) + " 万元" : std::string("—"); }

std::string two_places(const std::optional<Decimal>& d) {
  return d ? d->rescaled(2, Rounding::half_up).to_string() : std::string("—");
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
