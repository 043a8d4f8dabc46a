// Text and its blocks (include/jixiao/text.hpp), and TextStore (include/jixiao/text_store.hpp).
#include <jixiao/error.hpp>
#include <jixiao/text.hpp>
#include <jixiao/text_store.hpp>

#include <fmt/format.h>

#include <atomic>
#include <new>
#include <ostream>

namespace jixiao {

namespace detail {

TextBlock* new_text_block(std::size_t capacity) {
  void* memory = ::operator new(sizeof(TextBlock) + capacity);
  return ::new (memory) TextBlock;
}

void release(TextBlock* block) noexcept {
  if (block->references.fetch_sub(1, std::memory_order_acq_rel) != 1) return;
  block->~TextBlock();
  ::operator delete(block);
}

}  // namespace detail

namespace {

void check_size(std::size_t size) {
  if (size > Text::max_size)
    throw LimitError(fmt::format("a text of {} bytes is longer than the {} bytes a Text holds", size, Text::max_size));
}

}  // namespace

Text::Text(std::string_view text) {
  if (text.size() <= inline_capacity) {
    set_inline(text);
    return;
  }
  check_size(text.size());
  detail::TextBlock* block = detail::new_text_block(text.size());
  std::memcpy(detail::text_block_bytes(block), text.data(), text.size());
  set_shared(block, 0, text.size());
}

std::ostream& operator<<(std::ostream& out, const Text& text) { return out << text.view(); }

TextStore::TextStore(std::size_t chunk_size) : chunk_size_(chunk_size) {
  if (chunk_size_ > std::size_t{UINT32_MAX}) throw Error("a TextStore chunk cannot be larger than 4 GiB");
}

TextStore::~TextStore() {
  if (chunk_) detail::release(chunk_);
}

Text TextStore::add(std::string_view text) {
  if (text.size() <= Text::inline_capacity) return Text(text);
  check_size(text.size());
  if (text.size() > chunk_size_ / 4) {
    ++blocks_;
    return Text(text);
  }
  if (!chunk_ || chunk_size_ - used_ < text.size()) {
    detail::TextBlock* fresh = detail::new_text_block(chunk_size_);
    if (chunk_) detail::release(chunk_);
    chunk_ = fresh;
    used_ = 0;
    ++blocks_;
  }
  std::memcpy(detail::text_block_bytes(chunk_) + used_, text.data(), text.size());
  detail::retain(chunk_);
  Text out(chunk_, static_cast<std::uint32_t>(used_), text.size());
  used_ += text.size();
  return out;
}

}  // namespace jixiao
