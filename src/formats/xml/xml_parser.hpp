#pragma once
// Streaming XML with expat for the parts of xlsx and docx: the parser hands a handler the start
// and end of each element and its text as the bytes arrive, so a sheet of a million cells is never
// held as a tree. Element names come with their namespace resolved from the xmlns declarations in
// scope (done here rather than by expat, which would rebuild the namespace URI into every name),
// so `x:row` and `row` read alike when both prefixes name SpreadsheetML. It reads no DTD at all — a document type declaration stops it with an Error,
// which rules out entity expansion (billion laughs) and external entities (XXE) — and elements
// nested deeper than ReadOptions::max_nesting_depth stop it with a LimitError. Errors name the
// part and the line.

#include <jixiao/read.hpp>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

struct XML_ParserStruct;

namespace jixiao::detail {

// The namespaces the front ends tell apart; Strict OOXML's URIs map to the same ones as the
// common (transitional) ones.
enum class XmlNamespace : std::uint8_t {
  none,
  other,
  spreadsheet,            // SpreadsheetML main
  wordprocessing,         // WordprocessingML main
  relationships,          // r:id and the like in the parts
  package_relationships,  // the .rels parts
  markup_compatibility,   // mc:AlternateContent
};

struct XmlName {
  XmlNamespace space = XmlNamespace::none;
  std::string_view local;
  bool is(XmlNamespace s, std::string_view l) const noexcept { return space == s && local == l; }
};

// An element's attributes as expat gives them: name, value, name, value, …, null. Namespace
// declarations (xmlns, xmlns:p) are not among them for get and each.
class XmlAttributes {
 public:
  explicit XmlAttributes(const char** list) noexcept : list_(list) {}
  // The value of the attribute with this local name, whatever its prefix; empty when absent.
  std::string_view get(std::string_view local) const noexcept;
  // Calls f(local name, value) for each attribute, in document order.
  template <class F>
  void each(F&& f) const {
    for (const char** a = list_; *a != nullptr; a += 2)
      if (!is_declaration(a[0])) f(local_name(a[0]), std::string_view(a[1]));
  }
  static std::string_view local_name(const char* name) noexcept;
  static bool is_declaration(const char* name) noexcept;

 private:
  const char** list_;
};

// What a front end does with a part's events. Handlers may throw jixiao::Error: the parser stops
// and rethrows it.
class XmlHandler {
 public:
  virtual void start(const XmlName& name, const XmlAttributes& attributes) = 0;
  virtual void end(const XmlName& name) = 0;
  // Character data of the current element, in pieces (one text node may come in several).
  virtual void text(std::string_view text) = 0;

 protected:
  ~XmlHandler() = default;
};

class XmlParser {
 public:
  // `part` names the part in error messages.
  XmlParser(std::string part, XmlHandler& handler, const ReadOptions& options);
  ~XmlParser();
  XmlParser(const XmlParser&) = delete;
  XmlParser& operator=(const XmlParser&) = delete;

  // Parses the next piece of the part's bytes; finish() after the last. Throw Error (the part is
  // not well-formed XML, or declares a DTD) or LimitError (nesting depth).
  void feed(std::string_view bytes);
  void finish();

 private:
  std::size_t line() const noexcept;  // where the parser is, for errors
  static void on_start(void* self, const char* name, const char** attributes);
  static void on_end(void* self, const char* name);
  static void on_text(void* self, const char* text, int length);
  static void on_doctype(void* self, const char*, const char*, const char*, int);
  void parse(const char* bytes, std::size_t size, bool last);
  void stop(std::exception_ptr error);
  XmlName resolve(const char* name) const noexcept;

  // A namespace prefix declared at a depth, in scope until its element ends.
  struct Binding {
    std::string prefix;  // "" for the default namespace
    XmlNamespace space;
    std::size_t depth;
  };

  ::XML_ParserStruct* parser_ = nullptr;
  std::string part_;
  XmlHandler& handler_;
  std::size_t max_depth_;
  std::size_t depth_ = 0;
  std::vector<Binding> bindings_;
  std::exception_ptr error_;
};

}  // namespace jixiao::detail
