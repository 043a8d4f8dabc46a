#pragma once
// Text joined from its parts in one allocation (private to src/). Review findings and evaluation
// notes come by the thousand, and fmt::format's reading of its pattern cost more than the rest of
// building them.

#include <string>
#include <string_view>

namespace jixiao::detail {

template <class... Parts>
std::string concat(const Parts&... parts) {
  std::string out;
  out.reserve((std::string_view(parts).size() + ...));
  (out.append(std::string_view(parts)), ...);
  return out;
}

}  // namespace jixiao::detail
