#pragma once
// Text: the model's immutable string value, 16 bytes. Up to 15 bytes are held inline; a longer
// text refers to bytes in a shared, reference-counted block — its own, or a chunk of a TextStore
// (text_store.hpp) that many texts of one document share. A copy shares the block, so a value taken
// out of a Document stays valid after the Document is gone.

#include <fmt/format.h>

#include <atomic>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <type_traits>

namespace jixiao {

namespace detail {
// The header of a block of text bytes; the bytes follow it. The count is atomic: documents cross
// threads (read_many, Python). Declared here so that reaching the bytes and counting a copy are
// inline: every read of a long text goes through text_block_bytes.
struct TextBlock {
  std::atomic<std::size_t> references{1};
};
TextBlock* new_text_block(std::size_t capacity);
inline char* text_block_bytes(TextBlock* block) noexcept { return reinterpret_cast<char*>(block + 1); }
inline void retain(TextBlock* block) noexcept { block->references.fetch_add(1, std::memory_order_relaxed); }
void release(TextBlock* block) noexcept;
}  // namespace detail

class Text;

// What a Text compares with as a string: string_view, std::string, a literal.
template <class S>
concept text_like = std::is_convertible_v<const S&, std::string_view> && !std::is_same_v<std::remove_cvref_t<S>, Text>;

class Text {
 public:
  static constexpr std::size_t inline_capacity = 15;
  // The longest text a Text can hold: the size is stored in 24 bits. Longer throws LimitError.
  static constexpr std::size_t max_size = (std::size_t{1} << 24) - 1;

  Text() noexcept { bytes_[tag_byte] = 0; }
  // A text of its own: inline when short, else one block allocated for it.
  Text(std::string_view text);  // NOLINT(google-explicit-constructor): a string value
  Text(const std::string& text) : Text(std::string_view(text)) {}
  Text(const char* text) : Text(std::string_view(text)) {}

  Text(const Text& other) noexcept {
    std::memcpy(bytes_, other.bytes_, sizeof bytes_);
    if (detail::TextBlock* b = block()) detail::retain(b);
  }
  Text(Text&& other) noexcept {
    std::memcpy(bytes_, other.bytes_, sizeof bytes_);
    other.bytes_[tag_byte] = 0;
  }
  Text& operator=(const Text& other) noexcept {
    Text copy(other);
    swap(copy);
    return *this;
  }
  Text& operator=(Text&& other) noexcept {
    Text moved(std::move(other));
    swap(moved);
    return *this;
  }
  ~Text() {
    if (detail::TextBlock* b = block()) detail::release(b);
  }

  void swap(Text& other) noexcept {
    unsigned char tmp[sizeof bytes_];
    std::memcpy(tmp, bytes_, sizeof bytes_);
    std::memcpy(bytes_, other.bytes_, sizeof bytes_);
    std::memcpy(other.bytes_, tmp, sizeof bytes_);
  }

  std::size_t size() const noexcept {
    const unsigned char tag = bytes_[tag_byte];
    if (tag != shared_tag) return tag;
    return std::size_t{bytes_[12]} | std::size_t{bytes_[13]} << 8 | std::size_t{bytes_[14]} << 16;
  }
  bool empty() const noexcept { return size() == 0; }
  const char* data() const noexcept {
    if (bytes_[tag_byte] != shared_tag) return reinterpret_cast<const char*>(bytes_);
    std::uint32_t offset = 0;
    std::memcpy(&offset, bytes_ + 8, sizeof offset);
    return detail::text_block_bytes(block()) + offset;
  }
  std::string_view view() const noexcept { return {data(), size()}; }
  operator std::string_view() const noexcept { return view(); }  // NOLINT(google-explicit-constructor)
  std::string str() const { return std::string(view()); }

  // The reading members of std::string_view that callers use most.
  bool starts_with(std::string_view prefix) const noexcept { return view().starts_with(prefix); }
  bool ends_with(std::string_view suffix) const noexcept { return view().ends_with(suffix); }
  std::size_t find(std::string_view part, std::size_t from = 0) const noexcept { return view().find(part, from); }

  // Whether the bytes are held inline (no block).
  bool is_inline() const noexcept { return bytes_[tag_byte] != shared_tag; }

  friend bool operator==(const Text& a, const Text& b) noexcept { return a.view() == b.view(); }
  friend std::strong_ordering operator<=>(const Text& a, const Text& b) noexcept { return a.view() <=> b.view(); }
  template <text_like S>
  friend bool operator==(const Text& a, const S& b) noexcept {
    return a.view() == std::string_view(b);
  }
  template <text_like S>
  friend std::strong_ordering operator<=>(const Text& a, const S& b) noexcept {
    return a.view() <=> std::string_view(b);
  }

 private:
  friend class TextStore;
  static constexpr std::size_t tag_byte = 15;
  static constexpr unsigned char shared_tag = 0xFF;

  // A text in `block` at `offset`, which the caller has retained for it. size ≤ max_size.
  Text(detail::TextBlock* block, std::uint32_t offset, std::size_t size) noexcept { set_shared(block, offset, size); }
  void set_shared(detail::TextBlock* block, std::uint32_t offset, std::size_t size) noexcept {
    std::memcpy(bytes_, &block, sizeof block);
    std::memcpy(bytes_ + 8, &offset, sizeof offset);
    bytes_[12] = static_cast<unsigned char>(size);
    bytes_[13] = static_cast<unsigned char>(size >> 8);
    bytes_[14] = static_cast<unsigned char>(size >> 16);
    bytes_[tag_byte] = shared_tag;
  }
  void set_inline(std::string_view text) noexcept {
    if (!text.empty()) std::memcpy(bytes_, text.data(), text.size());  // an empty view's data may be null
    bytes_[tag_byte] = static_cast<unsigned char>(text.size());
  }
  detail::TextBlock* block() const noexcept {
    if (bytes_[tag_byte] != shared_tag) return nullptr;
    detail::TextBlock* b = nullptr;
    std::memcpy(&b, bytes_, sizeof b);
    return b;
  }

  // Inline: the bytes, then their count in byte 15. Shared: the block pointer (bytes 0–7), the
  // offset in it (8–11), the size in 24 bits (12–14), shared_tag in byte 15. Read and written with
  // memcpy only, so no member is ever read as another type.
  alignas(8) unsigned char bytes_[16];
};
static_assert(sizeof(Text) == 16);
static_assert(sizeof(void*) <= 8);

inline void swap(Text& a, Text& b) noexcept { a.swap(b); }

std::ostream& operator<<(std::ostream& out, const Text& text);

}  // namespace jixiao

template <>
struct std::hash<jixiao::Text> {
  std::size_t operator()(const jixiao::Text& text) const noexcept { return std::hash<std::string_view>{}(text.view()); }
};

template <>
struct fmt::formatter<jixiao::Text> : fmt::formatter<std::string_view> {
  template <class FormatContext>
  auto format(const jixiao::Text& text, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(text.view(), ctx);
  }
};
