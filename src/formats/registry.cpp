// The front ends installed at run time for formats the core library does not build in (PDF).

#include "front_ends.hpp"

#include <array>
#include <atomic>

namespace jixiao {
namespace {

constexpr std::size_t format_count = static_cast<std::size_t>(Format::pdf) + 1;
std::array<std::atomic<FrontEnd>, format_count> installed{};

}  // namespace

void set_front_end(Format format, FrontEnd front_end) noexcept {
  const auto index = static_cast<std::size_t>(format);
  if (index < format_count) installed[index].store(front_end);
}

namespace detail {

FrontEnd installed_front_end(Format format) noexcept {
  const auto index = static_cast<std::size_t>(format);
  return index < format_count ? installed[index].load() : nullptr;
}

}  // namespace detail
}  // namespace jixiao
