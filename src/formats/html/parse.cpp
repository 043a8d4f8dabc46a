#include "parse.hpp"

#include <jixiao/error.hpp>

#include <algorithm>
#include <csetjmp>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <string>

namespace jixiao::detail {

struct ParseArena::Block {
  Block* previous;
};

namespace {

constexpr std::size_t block_size = std::size_t{1} << 20;
constexpr std::size_t alignment = alignof(std::max_align_t);
// gumbo allocates for every tag: reading the clock this often bounds the time past the deadline to
// a few hundred tags' work.
constexpr std::size_t calls_between_clock_reads = 256;

std::size_t aligned(std::size_t size) noexcept { return (size + alignment - 1) & ~(alignment - 1); }

// What the allocator needs to leave the parse: the arena and where to jump.
struct Escape {
  ParseArena* arena;
  std::jmp_buf* jump;
};

// gumbo's allocator. It owns no object with a destructor, so longjmp from here skips nothing but
// gumbo's C frames.
void* allocate(void* userdata, std::size_t size) {
  auto* escape = static_cast<Escape*>(userdata);
  void* memory = escape->arena->allocate(size);
  if (!memory) std::longjmp(*escape->jump, 1);
  return memory;
}

void release(void*, void*) {}  // the arena frees everything at once

// Kept apart from parse_page so that the frame setjmp returns to twice holds nothing to destroy.
GumboOutput* run_gumbo(const GumboOptions& options, std::string_view text, std::jmp_buf& jump) {
  if (setjmp(jump) != 0) return nullptr;
  return gumbo_parse_with_options(&options, text.data(), text.size());
}

}  // namespace

ParseArena::~ParseArena() {
  while (blocks_) {
    Block* previous = blocks_->previous;
    std::free(blocks_);
    blocks_ = previous;
  }
}

void* ParseArena::allocate(std::size_t size) noexcept {
  size = aligned(size == 0 ? 1 : size);
  if (size > budget_ - std::min(budget_, allocated_)) {
    stop_ = Stop::memory;
    return nullptr;
  }
  if (++calls_ % calls_between_clock_reads == 0 && std::chrono::steady_clock::now() > deadline_) {
    stop_ = Stop::time;
    return nullptr;
  }
  if (size > left_) {
    const std::size_t payload = std::max(block_size, size);
    void* raw = std::malloc(aligned(sizeof(Block)) + payload);
    if (!raw) {
      stop_ = Stop::out_of_memory;
      return nullptr;
    }
    auto* block = static_cast<Block*>(raw);
    block->previous = blocks_;
    blocks_ = block;
    next_ = static_cast<char*>(raw) + aligned(sizeof(Block));
    left_ = payload;
  }
  void* memory = next_;
  next_ += size;
  left_ -= size;
  allocated_ += size;
  return memory;
}

ParsedPage parse_page(std::string_view text, const ReadOptions& options) {
  // gumbo keeps offsets in unsigned int.
  if (text.size() > std::numeric_limits<unsigned int>::max())
    throw LimitError("the page is " + std::to_string(text.size()) + " bytes of text; the HTML parser reads at most 4 GiB");
  const auto seconds = std::min<std::size_t>(options.max_seconds, 100ull * 365 * 24 * 3600);
  ParsedPage page;
  page.arena_ = std::make_unique<ParseArena>(options.max_parse_memory,
                                             std::chrono::steady_clock::now() + std::chrono::seconds(seconds));
  std::jmp_buf jump;
  Escape escape{page.arena_.get(), &jump};
  GumboOptions gumbo = kGumboDefaultOptions;
  gumbo.allocator = allocate;
  gumbo.deallocator = release;
  gumbo.userdata = &escape;
  gumbo.max_errors = 0;
  page.output_ = run_gumbo(gumbo, text, jump);
  switch (page.arena_->stop()) {
    case ParseArena::Stop::none: break;
    case ParseArena::Stop::memory:
      throw LimitError("parsing the page takes more than ReadOptions::max_parse_memory (" +
                       std::to_string(options.max_parse_memory) + " bytes)");
    case ParseArena::Stop::time:
      throw LimitError("parsing the page takes longer than ReadOptions::max_seconds (" +
                       std::to_string(options.max_seconds) + " s)");
    case ParseArena::Stop::out_of_memory: throw Error("out of memory parsing the page");
  }
  return page;
}

}  // namespace jixiao::detail
