#pragma once
// The guarantee both front ends give the layout reader: in a table, no two cells cover the same
// place. Valid files never break it, damaged ones can — two cells with one reference, merged
// ranges that overlap, a Word cell wider than the merged cell above it — so each cell is placed
// here first, and one that would overlap a cell placed before it is left out (with a diagnostic).

#include <cstddef>
#include <cstdint>
#include <map>

namespace jixiao::detail {

class Occupancy {
 public:
  // Starts the next row of the table.
  void next_row() noexcept {
    ++row_;
    row_end_ = 0;
  }
  // Places a cell of the current row; false when it overlaps one placed before. Cells of a row
  // come in column order.
  bool place(std::uint32_t column, std::uint32_t column_span, std::uint32_t row_span) {
    const std::uint64_t end = std::uint64_t{column} + column_span;
    if (column < row_end_ || covered(column, end)) return false;
    row_end_ = end;
    if (row_span > 1) spans_[column] = Span{end, row_ + row_span - 1};
    return true;
  }

 private:
  struct Span {
    std::uint64_t end;     // exclusive column
    std::size_t last_row;  // the span's last row
  };

  // Whether a span from a row above covers any of [column, end).
  bool covered(std::uint32_t column, std::uint64_t end) {
    if (spans_.empty()) return false;
    auto it = spans_.upper_bound(column);
    if (it != spans_.begin()) --it;
    while (it != spans_.end() && it->first < end) {
      if (it->second.last_row < row_) {
        it = spans_.erase(it);
        continue;
      }
      if (it->second.end > column) return true;
      ++it;
    }
    return false;
  }

  std::map<std::uint32_t, Span> spans_;  // by first column; spans do not overlap
  std::size_t row_ = 0;
  std::uint64_t row_end_ = 0;  // end of the last cell placed in this row
};

}  // namespace jixiao::detail
