#pragma once
// TextStore: where a reader puts the texts of one document. Texts are appended to chunks of
// chunk_size bytes and share them; a text longer than a quarter chunk gets a block of its own, so a
// chunk wastes at most that much at its end. A short text stays inline and takes no room here.
// Every Text keeps its chunk alive: the store can go before its texts, and a text copied out of a
// document keeps (only) its chunk.

#include <jixiao/text.hpp>

#include <cstddef>
#include <string_view>

namespace jixiao {

class TextStore {
 public:
  static constexpr std::size_t default_chunk_size = std::size_t{64} << 10;

  explicit TextStore(std::size_t chunk_size = default_chunk_size);
  TextStore(const TextStore&) = delete;
  TextStore& operator=(const TextStore&) = delete;
  ~TextStore();

  // `text` as a Text: inline when short, else in the current chunk (a new one when it is full).
  // Throws LimitError when text is longer than Text::max_size.
  Text add(std::string_view text);

  std::size_t chunk_size() const noexcept { return chunk_size_; }
  // Blocks allocated so far, chunks and texts of their own (for tests and measurements).
  std::size_t blocks() const noexcept { return blocks_; }

 private:
  std::size_t chunk_size_;
  detail::TextBlock* chunk_ = nullptr;  // retained by the store; null before the first long text
  std::size_t used_ = 0;                // bytes of chunk_ handed out
  std::size_t blocks_ = 0;
};

}  // namespace jixiao
