#include "package.hpp"

#include <jixiao/error.hpp>

namespace jixiao::detail {
namespace {

class RelationshipsHandler final : public XmlHandler {
 public:
  RelationshipsHandler(std::string_view source, std::vector<Relationship>& out) : source_(source), out_(out) {}

  void start(const XmlName& name, const XmlAttributes& attributes) override {
    if (!name.is(XmlNamespace::package_relationships, "Relationship")) return;
    Relationship& r = out_.emplace_back();
    r.id = attributes.get("Id");
    r.type = attributes.get("Type");
    r.external = attributes.get("TargetMode") == "External";
    r.target = r.external ? std::string(attributes.get("Target")) : resolve_part_name(source_, attributes.get("Target"));
  }
  void end(const XmlName&) override {}
  void text(std::string_view) override {}

 private:
  std::string_view source_;
  std::vector<Relationship>& out_;
};

int hex_digit(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Appends one path segment to `path`, handling `.` and `..` (never above the root).
void append_segment(std::string& path, std::string_view segment) {
  if (segment.empty() || segment == ".") return;
  if (segment == "..") {
    const std::size_t slash = path.rfind('/');
    path.erase(slash == std::string::npos ? 0 : slash);
    return;
  }
  if (!path.empty()) path += '/';
  for (std::size_t i = 0; i < segment.size(); ++i) {
    const int high = segment[i] == '%' && i + 2 < segment.size() ? hex_digit(segment[i + 1]) : -1;
    const int low = high >= 0 ? hex_digit(segment[i + 2]) : -1;
    if (low >= 0) {
      path += static_cast<char>(high * 16 + low);
      i += 2;
    } else {
      path += segment[i];
    }
  }
}

}  // namespace

std::string_view relationship_kind(std::string_view type) noexcept {
  const std::size_t slash = type.rfind('/');
  return slash == std::string_view::npos ? type : type.substr(slash + 1);
}

std::string resolve_part_name(std::string_view source, std::string_view target) {
  std::string path;
  if (!target.starts_with('/')) {
    const std::size_t slash = source.rfind('/');
    if (slash != std::string_view::npos) path = source.substr(0, slash);
  }
  while (!target.empty()) {
    const std::size_t slash = target.find('/');
    append_segment(path, target.substr(0, slash));
    target = slash == std::string_view::npos ? std::string_view{} : target.substr(slash + 1);
  }
  return path;
}

std::vector<Relationship> read_relationships(ZipArchive& zip, std::string_view source, const ReadOptions& options) {
  const std::size_t slash = source.rfind('/');
  const std::string folder(slash == std::string_view::npos ? std::string_view{} : source.substr(0, slash + 1));
  const std::string rels = folder + "_rels/" + std::string(slash == std::string_view::npos ? source : source.substr(slash + 1)) + ".rels";
  std::vector<Relationship> out;
  if (!zip.contains(rels)) return out;
  RelationshipsHandler handler(source, out);
  read_xml_part(zip, rels, handler, options);
  return out;
}

std::string find_target(const std::vector<Relationship>& relationships, std::string_view kind) {
  for (const Relationship& r : relationships)
    if (!r.external && relationship_kind(r.type) == kind) return r.target;
  return {};
}

void read_xml_part(ZipArchive& zip, std::string_view part, XmlHandler& handler, const ReadOptions& options) {
  XmlParser parser(std::string(part), handler, options);
  zip.read(part, [&](std::string_view chunk) { parser.feed(chunk); });
  parser.finish();
}

}  // namespace jixiao::detail
