#pragma once
// gumbo, the HTML5 parser, with bounds on what a hostile page can make it do.
//
// gumbo 0.10.1 has no limit of its own (its options hold none for depth or memory), and three of
// its costs grow faster than the page:
// - freeing its tree recurses once per level of nesting: a page of a million nested <span>s (6 MB)
//   overflows the stack. The tree here lives in an arena that is released in one piece, so
//   gumbo_destroy_output is never called;
// - reconstructing formatting elements (<b>, <font>… left open) clones them for every block that
//   follows: 23 KB of markup made 242 MB of tree. Every allocation is counted against
//   ReadOptions::max_parse_memory;
// - its scope checks scan the stack of open elements, so time grows with the square of the nesting
//   depth (100,000 nested <div>s: 30 s). The clock is read every few hundred allocations (gumbo
//   allocates for every tag) against ReadOptions::max_seconds.
// Over either bound the allocator leaves the parse with longjmp (gumbo is C: no destructor is
// skipped) and parse_page throws LimitError. Parse errors are not recorded (max_errors = 0): each
// would copy the stack of open elements. The tree is read without recursion (read_html.cpp).

#include <jixiao/read.hpp>

#include <gumbo.h>

#include <chrono>
#include <cstddef>
#include <memory>
#include <string_view>

namespace jixiao::detail {

// Memory handed out to gumbo in blocks; freed all at once when the arena goes.
class ParseArena {
 public:
  ParseArena(std::size_t budget, std::chrono::steady_clock::time_point deadline) noexcept
      : budget_(budget), deadline_(deadline) {}
  ParseArena(const ParseArena&) = delete;
  ParseArena& operator=(const ParseArena&) = delete;
  ~ParseArena();

  enum class Stop { none, memory, time, out_of_memory };
  // nullptr when a bound is passed (then stop() says which).
  void* allocate(std::size_t size) noexcept;
  Stop stop() const noexcept { return stop_; }
  std::size_t allocated() const noexcept { return allocated_; }

 private:
  struct Block;
  Block* blocks_ = nullptr;
  char* next_ = nullptr;
  std::size_t left_ = 0;
  std::size_t allocated_ = 0;
  std::size_t budget_;
  std::size_t calls_ = 0;
  std::chrono::steady_clock::time_point deadline_;
  Stop stop_ = Stop::none;
};

// A parsed page: gumbo's tree of the UTF-8 text, which must outlive it.
class ParsedPage {
 public:
  const GumboNode* document() const noexcept { return output_->document; }

 private:
  friend ParsedPage parse_page(std::string_view text, const ReadOptions& options);
  std::unique_ptr<ParseArena> arena_;
  GumboOutput* output_ = nullptr;
};

// Throws LimitError over max_parse_memory or max_seconds, Error when memory runs out.
ParsedPage parse_page(std::string_view text, const ReadOptions& options);

}  // namespace jixiao::detail
