#pragma once
// ReadOptions::max_seconds as a point in time: checked between pages, while poppler draws a
// page, and in the loops of the table finder.

#include <jixiao/error.hpp>

#include <chrono>
#include <cstddef>
#include <string>

namespace jixiao::detail::pdf {

class Deadline {
 public:
  explicit Deadline(std::size_t seconds) : seconds_(seconds) {
    using clock = std::chrono::steady_clock;
    // Beyond a century is no limit; it would overflow the clock.
    constexpr std::size_t century = 100ull * 365 * 24 * 3600;
    end_ = seconds >= century ? clock::time_point::max() : clock::now() + std::chrono::seconds(seconds);
  }

  bool passed() const noexcept { return std::chrono::steady_clock::now() > end_; }
  void check() const {
    if (passed())
      throw LimitError("reading the PDF took longer than max_seconds (" + std::to_string(seconds_) + " s)");
  }

 private:
  std::size_t seconds_;
  std::chrono::steady_clock::time_point end_;
};

}  // namespace jixiao::detail::pdf
