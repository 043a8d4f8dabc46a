#include "xml_parser.hpp"

#include <jixiao/error.hpp>

#include <expat.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <new>
#include <optional>

namespace jixiao::detail {
namespace {

struct KnownNamespace {
  std::string_view uri;
  XmlNamespace space;
};
constexpr KnownNamespace known_namespaces[] = {
    {"http://schemas.openxmlformats.org/spreadsheetml/2006/main", XmlNamespace::spreadsheet},
    {"http://schemas.openxmlformats.org/wordprocessingml/2006/main", XmlNamespace::wordprocessing},
    {"http://schemas.openxmlformats.org/officeDocument/2006/relationships", XmlNamespace::relationships},
    {"http://schemas.openxmlformats.org/package/2006/relationships", XmlNamespace::package_relationships},
    {"http://schemas.openxmlformats.org/markup-compatibility/2006", XmlNamespace::markup_compatibility},
    {"http://purl.oclc.org/ooxml/spreadsheetml/main", XmlNamespace::spreadsheet},
    {"http://purl.oclc.org/ooxml/wordprocessingml/main", XmlNamespace::wordprocessing},
    {"http://purl.oclc.org/ooxml/officeDocument/relationships", XmlNamespace::relationships},
};

XmlNamespace namespace_of(std::string_view uri) noexcept {
  if (uri.empty()) return XmlNamespace::none;  // xmlns="": no namespace
  for (const auto& known : known_namespaces)
    if (known.uri == uri) return known.space;
  return XmlNamespace::other;
}

// The prefix an attribute `xmlns` or `xmlns:p` declares ("" for the default namespace), or
// nothing for any other attribute.
std::optional<std::string_view> declared_prefix(const char* name) noexcept {
  if (name[0] != 'x' || std::strncmp(name, "xmlns", 5) != 0) return std::nullopt;
  if (name[5] == '\0') return std::string_view{};
  if (name[5] == ':') return std::string_view(name + 6);
  return std::nullopt;
}

int refuse_external_entity(XML_Parser, const char*, const char*, const char*, const char*) { return XML_STATUS_ERROR; }

}  // namespace

std::string_view XmlAttributes::local_name(const char* name) noexcept {
  const char* colon = std::strchr(name, ':');
  return colon == nullptr ? std::string_view(name) : std::string_view(colon + 1);
}

bool XmlAttributes::is_declaration(const char* name) noexcept { return declared_prefix(name).has_value(); }

std::string_view XmlAttributes::get(std::string_view local) const noexcept {
  for (const char** a = list_; *a != nullptr; a += 2)
    if (!is_declaration(a[0]) && local_name(a[0]) == local) return a[1];
  return {};
}

XmlParser::XmlParser(std::string part, XmlHandler& handler, const ReadOptions& options)
    : part_(std::move(part)), handler_(handler), max_depth_(options.max_nesting_depth) {
  parser_ = XML_ParserCreate(nullptr);
  if (parser_ == nullptr) throw std::bad_alloc();
  XML_SetUserData(parser_, this);
  XML_SetElementHandler(parser_, &XmlParser::on_start, &XmlParser::on_end);
  XML_SetCharacterDataHandler(parser_, &XmlParser::on_text);
  XML_SetStartDoctypeDeclHandler(parser_, &XmlParser::on_doctype);
  XML_SetParamEntityParsing(parser_, XML_PARAM_ENTITY_PARSING_NEVER);
  XML_SetExternalEntityRefHandler(parser_, &refuse_external_entity);
}

XmlParser::~XmlParser() { XML_ParserFree(parser_); }

std::size_t XmlParser::line() const noexcept { return XML_GetCurrentLineNumber(parser_); }

void XmlParser::stop(std::exception_ptr error) {
  if (!error_) error_ = std::move(error);
  XML_StopParser(parser_, XML_FALSE);
}

XmlName XmlParser::resolve(const char* name) const noexcept {
  const char* colon = std::strchr(name, ':');
  const std::string_view prefix = colon == nullptr ? std::string_view{} : std::string_view(name, colon - name);
  const std::string_view local(colon == nullptr ? name : colon + 1);
  for (auto b = bindings_.rbegin(); b != bindings_.rend(); ++b)
    if (b->prefix == prefix) return {b->space, local};
  return {prefix.empty() ? XmlNamespace::none : XmlNamespace::other, local};
}

void XmlParser::on_start(void* data, const char* name, const char** attributes) {
  auto& self = *static_cast<XmlParser*>(data);
  if (self.error_) return;
  if (++self.depth_ > self.max_depth_) {
    self.stop(std::make_exception_ptr(LimitError(
        self.part_ + ", line " + std::to_string(self.line()) + ": elements nested deeper than " +
        "ReadOptions::max_nesting_depth (" + std::to_string(self.max_depth_) + ")")));
    return;
  }
  try {
    for (const char** a = attributes; *a != nullptr; a += 2)
      if (const auto prefix = declared_prefix(a[0]))
        self.bindings_.push_back(Binding{std::string(*prefix), namespace_of(a[1]), self.depth_});
    self.handler_.start(self.resolve(name), XmlAttributes(attributes));
  } catch (...) {
    self.stop(std::current_exception());
  }
}

void XmlParser::on_end(void* data, const char* name) {
  auto& self = *static_cast<XmlParser*>(data);
  if (self.error_) return;
  try {
    self.handler_.end(self.resolve(name));
  } catch (...) {
    self.stop(std::current_exception());
  }
  while (!self.bindings_.empty() && self.bindings_.back().depth == self.depth_) self.bindings_.pop_back();
  --self.depth_;
}

void XmlParser::on_text(void* data, const char* text, int length) {
  auto& self = *static_cast<XmlParser*>(data);
  if (self.error_) return;
  try {
    self.handler_.text(std::string_view(text, static_cast<std::size_t>(length)));
  } catch (...) {
    self.stop(std::current_exception());
  }
}

void XmlParser::on_doctype(void* data, const char*, const char*, const char*, int) {
  auto& self = *static_cast<XmlParser*>(data);
  self.stop(std::make_exception_ptr(Error(self.part_ + ", line " + std::to_string(self.line()) +
                                          ": a document type declaration (DTD) is refused: it can declare entities "
                                          "that expand without bound or read other files")));
}

void XmlParser::parse(const char* bytes, std::size_t size, bool last) {
  do {
    const std::size_t piece = std::min<std::size_t>(size, INT_MAX);
    const bool final_piece = last && piece == size;
    if (XML_Parse(parser_, bytes, static_cast<int>(piece), final_piece ? XML_TRUE : XML_FALSE) != XML_STATUS_OK) {
      if (error_) std::rethrow_exception(error_);
      throw Error(part_ + ", line " + std::to_string(line()) + ": not well-formed XML (" +
                  XML_ErrorString(XML_GetErrorCode(parser_)) + ")");
    }
    bytes += piece;
    size -= piece;
  } while (size > 0);
  if (error_) std::rethrow_exception(error_);
}

void XmlParser::feed(std::string_view bytes) {
  if (!bytes.empty()) parse(bytes.data(), bytes.size(), false);
}

void XmlParser::finish() { parse("", 0, true); }

}  // namespace jixiao::detail
