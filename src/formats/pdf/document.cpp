#include "document.hpp"

#include <jixiao/error.hpp>

#include <Error.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <XRef.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

namespace jixiao::detail::pdf {
namespace {

// --- poppler's messages ---------------------------------------------------------------------
// poppler reports problems through one process-wide callback (by default it prints them to
// standard error). The reader collects them per call, for the page being drawn.

constexpr std::size_t kept_problems = 5;

struct ProblemSink {
  std::vector<std::string>& kept;
  std::size_t& more;
};
thread_local ProblemSink* current_sink = nullptr;

const char* category_name(ErrorCategory category) noexcept {
  switch (category) {
    case errSyntaxWarning: return "syntax warning";
    case errSyntaxError: return "syntax error";
    case errConfig: return "configuration";
    case errCommandLine: return "usage";
    case errIO: return "I/O error";
    case errNotAllowed: return "not allowed";
    case errUnimplemented: return "unsupported feature";
    case errInternal: return "internal error";
  }
  return "error";
}

void collect_problem(ErrorCategory category, Goffset position, const char* message) {
  if (current_sink == nullptr) return;
  if (current_sink->kept.size() >= kept_problems) {
    ++current_sink->more;
    return;
  }
  std::string text = category_name(category);
  if (position >= 0) text += " at byte " + std::to_string(position);
  text += ": ";
  text += message == nullptr ? "" : message;
  // Some messages end in a line break, which poppler writes as `<0a>`.
  while (text.size() >= 4 && text.compare(text.size() - 4, 4, "<0a>") == 0) text.resize(text.size() - 4);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  current_sink->kept.push_back(std::move(text));
}

class SinkScope {
 public:
  SinkScope(std::vector<std::string>& kept, std::size_t& more) : sink_{kept, more}, previous_(current_sink) {
    current_sink = &sink_;
  }
  ~SinkScope() { current_sink = previous_; }
  SinkScope(const SinkScope&) = delete;
  SinkScope& operator=(const SinkScope&) = delete;

 private:
  ProblemSink sink_;
  ProblemSink* previous_;
};

// poppler's global parameters (font tables, Unicode maps), made once per process; from then on
// poppler's messages come to collect_problem instead of standard error.
void start_poppler() {
  static const GlobalParamsIniter initer(&collect_problem);
  static const bool callback_set = [] {
    setErrorCallback(&collect_problem);  // also when another part of the program started poppler first
    return true;
  }();
  (void)initer;
  (void)callback_set;
}

// --- drawing a page --------------------------------------------------------------------------

// A segment counts as horizontal or vertical when its ends differ by less than this across its
// direction, and as a ruling when it is at least min_length long. A filled rectangle is a ruling
// when it is at most thin across and at least twice as long.
constexpr double axis_tolerance = 0.5;
constexpr double min_length = 2.0;
constexpr double thin = 3.0;
constexpr std::size_t characters_per_word = 16;
// The part of an em above the baseline in the boxes given to upright characters.
constexpr double ascent = 0.8;

// A box with its sides in order (a negative advance, text drawn right to left) and within the
// range of any real page, whatever coordinates the file gives.
Rect normalized(const Rect& box) noexcept {
  const auto bound = [](double v) { return v == v ? std::clamp(v, -1e7, 1e7) : 0.0; };
  const double x0 = bound(box.left), x1 = bound(box.right), y0 = bound(box.top), y1 = bound(box.bottom);
  return {std::min(x0, x1), std::min(y0, y1), std::max(x0, x1), std::max(y0, y1)};
}

double font_size(double size) noexcept { return size > 0 ? std::min(size, 1e4) : 0.0; }  // NaN: 0

bool is_control(char32_t c) noexcept { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

bool invisible(const GfxRGB& rgb, double opacity) noexcept {
  const auto whitish = [](GfxColorComp c) { return colToDbl(c) >= 0.9; };
  return opacity < 0.1 || (whitish(rgb.r) && whitish(rgb.g) && whitish(rgb.b));
}

struct Clip {
  double left, top, right, bottom;
};

// A TextOutputDev (poppler's text extraction, in content-stream order: the layout is ours) that
// also keeps the straight lines and thin rectangles the page draws, counts its images and the
// characters without Unicode, and bounds what one page may make.
class PageMarks final : public TextOutputDev {
 public:
  PageMarks() : TextOutputDev(static_cast<TextOutputFunc>(nullptr), nullptr, false, 0, true) {}

  void begin(PageContent& content, std::size_t max_words) {
    content_ = &content;
    max_words_ = max_words;
    characters_ = 0;
    overflow_.clear();
    font_sizes_.clear();
  }
  // Why the page was stopped; empty while it is within the limits.
  const std::string& overflow() const noexcept { return overflow_; }

  bool needNonText() override { return true; }  // images: a page of images only is a scan
  // Patterns and shadings hold no text or rulings: skip them instead of letting poppler
  // decompose them into many small fills.
  bool useTilingPatternFill() override { return true; }
  bool tilingPatternFill(GfxState*, Gfx*, Catalog*, GfxTilingPattern*, const double*, int, int, int, int, double,
                         double) override {
    return true;
  }
  bool useShadedFills(int) override { return true; }
  bool functionShadedFill(GfxState*, GfxFunctionShading*) override { return true; }
  bool axialShadedFill(GfxState*, GfxAxialShading*, double, double) override { return true; }
  bool radialShadedFill(GfxState*, GfxRadialShading*, double, double) override { return true; }
  bool gouraudTriangleShadedFill(GfxState*, GfxGouraudTriangleShading*) override { return true; }
  bool patchMeshShadedFill(GfxState*, GfxPatchMeshShading*) override { return true; }

  void startPage(int number, GfxState* state, XRef* xref) override {
    TextOutputDev::startPage(number, state, xref);
    content_->width = state->getPageWidth();
    content_->height = state->getPageHeight();
  }

  void drawChar(GfxState* state, double x, double y, double dx, double dy, double origin_x, double origin_y,
                CharCode code, int bytes, const Unicode* u, int length) override {
    if (!overflow_.empty()) return;
    // A glyph poppler finds no Unicode for has none, U+FFFD, or (from an unknown glyph name) its
    // character code, a control character.
    if (length == 0 || std::any_of(u, u + length, [](Unicode c) { return c == 0xFFFD || is_control(c); }))
      ++content_->unmapped;
    if (++characters_ > max_words_ * characters_per_word) {
      overflow_ = "draws more than " + std::to_string(max_words_ * characters_per_word) +
                  " characters (16 for each word of max_words_per_page)";
      return;
    }
    // Where poppler's TextPage will start the character, as it computes it.
    double device_x, device_y;
    state->transform(x, y, &device_x, &device_y);
    font_sizes_.emplace(origin_key(device_x, device_y), state->getTransformedFontSize());
    TextOutputDev::drawChar(state, x, y, dx, dy, origin_x, origin_y, code, bytes, u, length);
  }

  // The font size the page set for the character drawn at (x, y) in device space. poppler's
  // words carry a size of their own that it scales for Type 3 fonts by a guess (the width of an
  // `m`), which doubles it for the CJK glyphs Chromium writes as Type 3.
  std::optional<double> font_size_at(double x, double y) const {
    const auto found = font_sizes_.find(origin_key(x, y));
    if (found == font_sizes_.end()) return std::nullopt;
    return found->second;
  }

  void stroke(GfxState* state) override {
    TextOutputDev::stroke(state);
    GfxRGB rgb;
    state->getStrokeRGB(&rgb);
    if (invisible(rgb, state->getStrokeOpacity())) return;
    const Clip clip = clip_of(state);
    const GfxPath* path = state->getPath();
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
      const GfxSubpath* sub = path->getSubpath(s);
      for (int i = 1; i < sub->getNumPoints(); ++i) {
        if (sub->getCurve(i) || sub->getCurve(i - 1)) continue;
        double x0, y0, x1, y1;
        state->transform(sub->getX(i - 1), sub->getY(i - 1), &x0, &y0);
        state->transform(sub->getX(i), sub->getY(i), &x1, &y1);
        add_segment(x0, y0, x1, y1, clip);
      }
    }
  }
  void fill(GfxState* state) override {
    TextOutputDev::fill(state);
    add_fill(state);
  }
  void eoFill(GfxState* state) override {
    TextOutputDev::eoFill(state);
    add_fill(state);
  }

  // The base class skips the data of inline images; images are only counted.
  void drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height, bool invert, bool interpolate,
                     bool inline_image) override {
    ++content_->images;
    OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inline_image);
  }
  void drawImage(GfxState* state, Object* ref, Stream* str, int width, int height, GfxImageColorMap* map,
                 bool interpolate, const int* mask_colors, bool inline_image) override {
    ++content_->images;
    OutputDev::drawImage(state, ref, str, width, height, map, interpolate, mask_colors, inline_image);
  }
  void drawMaskedImage(GfxState*, Object*, Stream*, int, int, GfxImageColorMap*, bool, Stream*, int, int, bool,
                       bool) override {
    ++content_->images;
  }
  void drawSoftMaskedImage(GfxState*, Object*, Stream*, int, int, GfxImageColorMap*, bool, Stream*, int, int,
                           GfxImageColorMap*, bool) override {
    ++content_->images;
  }

 private:
  static Clip clip_of(const GfxState* state) {
    Clip clip{};
    state->getClipBBox(&clip.left, &clip.top, &clip.right, &clip.bottom);
    return clip;
  }

  void add_fill(GfxState* state) {
    GfxRGB rgb;
    state->getFillRGB(&rgb);
    if (invisible(rgb, state->getFillOpacity())) return;
    const Clip clip = clip_of(state);
    const GfxPath* path = state->getPath();
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
      const GfxSubpath* sub = path->getSubpath(s);
      Rect box{HUGE_VAL, HUGE_VAL, -HUGE_VAL, -HUGE_VAL};
      for (int i = 0; i < sub->getNumPoints(); ++i) {
        double x, y;
        state->transform(sub->getX(i), sub->getY(i), &x, &y);
        box.extend(Rect{x, y, x, y});
      }
      if (!(box.width() >= 0 && box.height() >= 0)) continue;  // no points, or NaN coordinates
      if (box.height() <= thin && box.width() >= 2 * box.height())
        add_segment(box.left, box.centre_y(), box.right, box.centre_y(), clip);
      else if (box.width() <= thin && box.height() >= 2 * box.width())
        add_segment(box.centre_x(), box.top, box.centre_x(), box.bottom, clip);
    }
  }

  void add_segment(double x0, double y0, double x1, double y1, const Clip& clip) {
    if (!overflow_.empty()) return;
    const double dx = std::fabs(x1 - x0);
    const double dy = std::fabs(y1 - y0);
    Ruling ruling;
    std::vector<Ruling>* list = nullptr;
    if (dy <= axis_tolerance && dx > dy) {
      ruling = {(y0 + y1) / 2, std::max(std::min(x0, x1), clip.left), std::min(std::max(x0, x1), clip.right)};
      if (ruling.position < clip.top || ruling.position > clip.bottom) return;
      list = &content_->horizontal;
    } else if (dx <= axis_tolerance && dy > dx) {
      ruling = {(x0 + x1) / 2, std::max(std::min(y0, y1), clip.top), std::min(std::max(y0, y1), clip.bottom)};
      if (ruling.position < clip.left || ruling.position > clip.right) return;
      list = &content_->vertical;
    } else {
      return;
    }
    if (!(ruling.end - ruling.start >= min_length)) return;  // too short, clipped away, or NaN
    if (content_->horizontal.size() + content_->vertical.size() >= max_words_) {
      overflow_ = "draws more than " + std::to_string(max_words_) + " straight lines (max_words_per_page)";
      return;
    }
    list->push_back(ruling);
  }

  static std::uint64_t origin_key(double x, double y) noexcept {
    const auto hundredths = [](double v) {
      return static_cast<std::uint32_t>(static_cast<std::int64_t>(std::llround(std::clamp(v, -1e7, 1e7) * 100)));
    };
    return (std::uint64_t{hundredths(x)} << 32) | hundredths(y);
  }

  PageContent* content_ = nullptr;
  std::unordered_map<std::uint64_t, double> font_sizes_;
  std::size_t max_words_ = 0;
  std::size_t characters_ = 0;
  std::string overflow_;
};

struct AbortCheck {
  const PageMarks& marks;
  const Deadline& deadline;
};

bool should_abort(void* data) {
  const auto& check = *static_cast<const AbortCheck*>(data);
  return !check.marks.overflow().empty() || check.deadline.passed();
}

}  // namespace

struct Document::State {
  std::vector<std::string> problems;
  std::size_t more_problems = 0;
  std::unique_ptr<PDFDoc> doc;
  PageMarks marks;
  std::size_t max_words = 0;
};

Document::Document(std::string_view bytes, const ReadOptions& options) : state_(std::make_unique<State>()) {
  start_poppler();
  state_->max_words = options.max_words_per_page;
  const SinkScope scope(state_->problems, state_->more_problems);
  // PDFDoc owns the stream; the stream only points into the caller's bytes.
  auto* stream = new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull));
  std::vector<std::string>& problems = state_->problems;
  state_->doc = std::make_unique<PDFDoc>(stream, std::nullopt, std::nullopt, nullptr, [&problems] {
    problems.push_back("the cross-reference table is damaged; poppler rebuilt it from the objects it found");
  });
  PDFDoc& doc = *state_->doc;
  if (!doc.isOk()) {
    if (doc.getErrorCode() == errEncrypted)
      throw UnsupportedFormatError(
          "the PDF is encrypted and cannot be opened without its password; jixiao opens no password-protected "
          "files: save a copy without the password");
    std::string reason = "the PDF cannot be opened: it is damaged or not a PDF";
    if (!state_->problems.empty()) reason += " (poppler: " + state_->problems.front() + ")";
    throw Error(reason);
  }
  const auto objects = static_cast<std::size_t>(std::max(0, doc.getXRef()->getNumObjects()));
  if (objects > options.max_pdf_objects)
    throw LimitError("the PDF has " + std::to_string(objects) + " objects, more than max_pdf_objects (" +
                     std::to_string(options.max_pdf_objects) + ")");
  const auto pages = static_cast<std::size_t>(std::max(0, doc.getNumPages()));
  if (pages > options.max_pages)
    throw LimitError("the PDF has " + std::to_string(pages) + " pages, more than max_pages (" +
                     std::to_string(options.max_pages) + ")");
}

Document::~Document() = default;

int Document::page_count() const noexcept { return std::max(0, state_->doc->getNumPages()); }

const std::vector<std::string>& Document::problems() const noexcept { return state_->problems; }

PageContent Document::page(int number, const Deadline& deadline) {
  PageContent content;
  const SinkScope scope(content.problems, content.more_problems);
  PageMarks& marks = state_->marks;
  marks.begin(content, state_->max_words);
  AbortCheck check{marks, deadline};
  // 72 dpi: device space is points, from the top-left of the crop box, the page's rotation applied.
  state_->doc->displayPage(&marks, number, 72, 72, 0, false, true, false, &should_abort, &check);
  deadline.check();
  if (!marks.overflow().empty())
    throw LimitError("page " + std::to_string(number) + " " + marks.overflow());

  const std::unique_ptr<TextWordList> words = marks.makeWordList();
  const auto count = static_cast<std::size_t>(std::max(0, words->getLength()));
  if (count > state_->max_words)
    throw LimitError("page " + std::to_string(number) + " has " + std::to_string(count) +
                     " words, more than max_words_per_page (" + std::to_string(state_->max_words) + ")");
  content.words.reserve(count);
  for (std::size_t w = 0; w < count; ++w) {
    const TextWord* word = words->get(static_cast<int>(w));
    Word out;
    out.first = static_cast<std::uint32_t>(content.glyphs.size());
    out.font_size = font_size(word->getFontSize());
    // Upright text gets boxes of one em from its baseline, whatever ascent and descent its font
    // claims (CJK fonts claim up to 1.45 em, and lines of a cell would overlap).
    const bool upright = word->getRotation() == 0 && word->getLength() > 0;
    if (upright) {
      double left, top, right, bottom;
      word->getCharBBox(0, &left, &top, &right, &bottom);
      if (const auto size = marks.font_size_at(left, word->getBaseline())) out.font_size = font_size(*size);
    }
    for (int i = 0; i < word->getLength(); ++i) {
      const char32_t code = *word->getChar(i);
      if (is_control(code)) continue;
      Glyph glyph{code, {}};
      word->getCharBBox(i, &glyph.box.left, &glyph.box.top, &glyph.box.right, &glyph.box.bottom);
      if (upright) {
        glyph.box.top = word->getBaseline() - ascent * out.font_size;
        glyph.box.bottom = word->getBaseline() + (1 - ascent) * out.font_size;
      }
      glyph.box = normalized(glyph.box);
      if (out.count == 0) out.box = glyph.box;
      else out.box.extend(glyph.box);
      content.glyphs.push_back(glyph);
      ++out.count;
    }
    if (out.count > 0) content.words.push_back(out);
  }
  return content;
}

}  // namespace jixiao::detail::pdf
