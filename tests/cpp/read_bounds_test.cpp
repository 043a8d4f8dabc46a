// Resource bounds of the reader (docs/format.md, "Limits"): the work of reading and the memory it
// holds grow linearly with the input. Work is counted, not timed: this executable replaces the
// global operator new and delete to count allocations, bytes allocated and the peak of live
// bytes while read_document runs, for inputs of 1×, 2×, 4× and 8× a base size in several shapes —
// generated documents (UTF-8 and GBK), one huge line, one huge table row, many tiny lines, many
// repeated headers, huge cells. A superlinear shape shows as a growing count per input byte; one
// that is superlinear in time without allocating shows as this test running for minutes.

#include "read_fixtures.hpp"

#include <corpus.hpp>
#include <jixiao/read.hpp>

#include <doctest/doctest.h>
#include <malloc.h>

#include <cstdlib>
#include <functional>
#include <new>
#include <string>
#include <vector>

namespace {

struct Counters {
  std::size_t allocations = 0;
  std::size_t allocated = 0;  // bytes, as the allocator hands them out
  std::size_t live = 0;
  std::size_t peak = 0;
};
Counters counters;  // the test is single-threaded

void* counted(void* p) noexcept {
  if (!p) return nullptr;
  const std::size_t size = malloc_usable_size(p);
  ++counters.allocations;
  counters.allocated += size;
  counters.live += size;
  if (counters.live > counters.peak) counters.peak = counters.live;
  return p;
}

void release(void* p) noexcept {
  if (!p) return;
  counters.live -= malloc_usable_size(p);
  std::free(p);
}

}  // namespace

// Every replaceable form is defined, not only those libstdc++ routes the others through: a
// sanitizer runtime supplies any form left undefined, and its allocation freed by this delete
// would be an alloc-dealloc mismatch.
namespace {
void* counted_aligned(std::size_t size, std::align_val_t align) noexcept {
  const auto a = static_cast<std::size_t>(align);
  return counted(std::aligned_alloc(a, (size + a - 1) / a * a));
}
void* or_throw(void* p) {
  if (!p) throw std::bad_alloc();
  return p;
}
}  // namespace

void* operator new(std::size_t size) { return or_throw(counted(std::malloc(size ? size : 1))); }
void* operator new[](std::size_t size) { return or_throw(counted(std::malloc(size ? size : 1))); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return counted(std::malloc(size ? size : 1)); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
  return counted(std::malloc(size ? size : 1));
}
void* operator new(std::size_t size, std::align_val_t align) { return or_throw(counted_aligned(size, align)); }
void* operator new[](std::size_t size, std::align_val_t align) { return or_throw(counted_aligned(size, align)); }
void* operator new(std::size_t size, std::align_val_t align, const std::nothrow_t&) noexcept {
  return counted_aligned(size, align);
}
void* operator new[](std::size_t size, std::align_val_t align, const std::nothrow_t&) noexcept {
  return counted_aligned(size, align);
}
void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete(void* p, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::align_val_t) noexcept { release(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { release(p); }
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept { release(p); }
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept { release(p); }

namespace {

using namespace jixiao;
using read_fixtures::tsv;

struct Cost {
  std::size_t input = 0;
  std::size_t allocations = 0;
  std::size_t allocated = 0;
  std::size_t peak = 0;  // live bytes above those before reading, the result included
};

Cost cost_of_reading(const std::string& input) {
  const Counters before = counters;
  counters.peak = counters.live;
  read_document(input);  // the result is held, and counted, until the end of the statement
  const Counters after = counters;
  CHECK(after.live == before.live);  // reading keeps nothing once the result is gone
  return {input.size(), after.allocations - before.allocations, after.allocated - before.allocated,
          after.peak - before.live};
}

// The document of the reader tests with `middle` inserted before its last indicator row.
std::string table_with(const std::string& middle) {
  return read_fixtures::replaced(tsv(std::string(read_fixtures::title) + std::string(read_fixtures::table)),
                                 "满意度指标\t服务对象", middle + "满意度指标\t服务对象");
}

std::string repeated(std::string_view unit, std::size_t times) {
  std::string out;
  out.reserve(unit.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += unit;
  return out;
}

struct Shape {
  std::string name;
  std::function<std::string(std::size_t scale)> input;  // scale 1, 2, 4, 8
  double peak_per_byte;  // the bound k: peak live bytes ≤ k × input bytes (docs/format.md)
};

// Per input byte, the count at 8× may exceed the count at 1× by this factor: linear work with a
// constant part gives at most 1; the margin covers vectors that happen to double once more.
constexpr double growth_allowed = 8.5 / 8;

void check_linear(const Shape& shape) {
  CAPTURE(shape.name);
  // What lives on after a read is set up by the first reads: the unit registry, and the target
  // parser's per-thread scratch buffers, which keep the capacity of the longest 指标值 read.
  read_document(shape.input(8));
  std::vector<Cost> costs;
  for (std::size_t scale : {1, 2, 4, 8}) costs.push_back(cost_of_reading(shape.input(scale)));
  const Cost& small = costs.front();
  const Cost& large = costs.back();
  const auto per_byte = [](std::size_t count, const Cost& c) { return double(count) / double(c.input); };
  MESSAGE(shape.name << ": " << small.input << " → " << large.input << " bytes; allocations " << small.allocations
                     << " → " << large.allocations << "; allocated " << small.allocated << " → " << large.allocated
                     << "; peak " << small.peak << " → " << large.peak << " (" << per_byte(large.peak, large)
                     << " per input byte)");
  CHECK(large.input >= 7 * small.input);
  CHECK(per_byte(large.allocations, large) <= growth_allowed * per_byte(small.allocations, small));
  CHECK(per_byte(large.allocated, large) <= growth_allowed * per_byte(small.allocated, small));
  CHECK(per_byte(large.peak, large) <= growth_allowed * per_byte(small.peak, small));
  for (const Cost& c : costs) CHECK(per_byte(c.peak, c) <= shape.peak_per_byte);
}

}  // namespace

TEST_CASE("counting works: a vector of a million bytes is one allocation of a million bytes") {
  const Counters before = counters;
  Counters during;
  {
    const std::vector<char> bytes(1'000'000);
    during = counters;
  }
  const Counters after = counters;
  CHECK(during.allocations == before.allocations + 1);
  CHECK(during.live >= before.live + 1'000'000);
  CHECK(after.peak >= during.live);
  CHECK(after.live == before.live);
}

TEST_CASE("reading generated documents is linear in work and memory") {
  for (bool gbk : {false, true}) {
    check_linear({gbk ? "generated, GBK" : "generated, UTF-8",
                  [gbk](std::size_t scale) {
                    std::string text = bench::generate_document({.projects = 40 * scale, .seed = 7});
                    return gbk ? bench::to_gbk(text) : text;
                  },
                  gbk ? 12.0 : 8.0});
  }
}

TEST_CASE("pathological shapes are linear too") {
  const std::vector<Shape> shapes{
      {"one huge line of text", [](std::size_t scale) { return repeated("预算执行情况说明 ", scale * 40'000); }, 3},
      // Every cell of a row outside any table is named by its own diagnostic: the worst case.
      {"one huge table row of one-letter cells",
       [](std::size_t scale) { return tsv(std::string(read_fixtures::title)) + repeated("x\t", scale * 20'000); },
       200},
      {"many tiny lines", [](std::size_t scale) { return repeated("x\n", scale * 10'000); }, 200},
      {"many repeated table headers",
       [](std::size_t scale) {
         return table_with(repeated("一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\t\n", scale * 5'000));
       },
       3},
      {"many indicator rows",
       [](std::size_t scale) {
         return table_with(repeated("产出指标\t数量指标\t活动次数\t全年活动次数\t≥10 次\t工作计划\t\n", scale * 5'000));
       },
       16},
      {"many distinct unit lines",
       [](std::size_t scale) {
         std::string units;
         for (std::size_t i = 0; i < scale * 5'000; ++i) units += std::to_string(100000 + i) + " 某某局单位" + std::to_string(i) + "\n";
         return table_with(units);
       },
       12},
      {"a huge use-of-funds cell",
       [](std::size_t scale) {
         return read_fixtures::replaced(table_with(""), "用于某某工作。", repeated("用于 1.5 万元，", scale * 10'000));
       },
       6},
      {"a huge target cell",
       [](std::size_t scale) { return read_fixtures::replaced(table_with(""), "≥10 次", repeated("≥10 次，", scale * 10'000)); },
       6},
      {"a huge goals cell of unclosed tags",
       [](std::size_t scale) {
         return read_fixtures::replaced(table_with(""), "1.完成某某工作 2.提升某某水平", repeated("<p <a", scale * 20'000));
       },
       6},
      {"a huge page-break continuation",
       [](std::size_t scale) { return table_with(repeated("\t\t\t\t\t工作 计划\n", scale * 5'000)); }, 6},
      // The text layouts the front end rebuilds (aligned columns, one cell per line): their rows are
      // held until the table ends, then rebuilt into a grid the reader keeps.
      {"many indicator rows in aligned columns",
       [](std::size_t scale) {
         return std::string(read_fixtures::title) + " 一级指标    二级指标    三级指标    绩效指标描述    指标值    指标值确定依据\n" +
                repeated(" 产出指标    数量指标    活动次数    全年活动次数     ≥10 次      工作计划\n", scale * 5'000);
       },
       32},
      {"many pages of one aligned row each",
       [](std::size_t scale) {
         return std::string(read_fixtures::title) + " 一级指标    二级指标    三级指标    绩效指标描述    指标值    指标值确定依据\n" +
                repeated("\f     产出指标  数量指标  活动次数  全年活动次数  ≥10 次  工作计划\n", scale * 2'000);
       },
       32},
      {"many indicator rows one cell per line",
       [](std::size_t scale) {
         return std::string(read_fixtures::title) + "项目编码\nX\n一级指标\n二级指标\n三级指标\n绩效指标描述\n指标值\n指标值确定依据\n" +
                repeated("产出指标\n数量指标\n活动次数\n全年活动次数\n≥10 次\n工作计划\n", scale * 5'000);
       },
       32},
  };
  for (const Shape& shape : shapes) check_linear(shape);
}
