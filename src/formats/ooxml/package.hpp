#pragma once
// The Open Packaging Conventions shared by xlsx and docx: parts of a zip archive found through
// relationships (`_rels/*.rels`), part names resolved from relationship targets, and a part read
// as XML events.

#include "../xml/xml_parser.hpp"
#include "../zip/zip_archive.hpp"

#include <jixiao/read.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace jixiao::detail {

struct Relationship {
  std::string id;
  std::string type;    // a URI; relationship_kind gives its last segment
  std::string target;  // the part name it points at (resolved), or the URI of an external target
  bool external = false;
};

// The last segment of a relationship type: `…/relationships/worksheet` → `worksheet`, in both
// the transitional and the Strict namespaces.
std::string_view relationship_kind(std::string_view type) noexcept;

// The name of the part `target` points at from `source` (a part name, "" for the package):
// relative to the source's folder, `..` and `.` resolved, `%XX` decoded; `/…` from the root.
// Part names carry no leading slash, as in the zip archive.
std::string resolve_part_name(std::string_view source, std::string_view target);

// The relationships of `source` ("" for the package's own), from its .rels part; none when the
// archive has no such part.
std::vector<Relationship> read_relationships(ZipArchive& zip, std::string_view source, const ReadOptions& options);

// The target of the first relationship of this kind, or "" if there is none.
std::string find_target(const std::vector<Relationship>& relationships, std::string_view kind);

// Streams the part through an XML parser into `handler`.
void read_xml_part(ZipArchive& zip, std::string_view part, XmlHandler& handler, const ReadOptions& options);

}  // namespace jixiao::detail
