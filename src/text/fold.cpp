#include "fold.hpp"

namespace jixiao::text {

std::string folded(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_folded_piece(text, [&](std::string_view piece) {
    out += piece;
    return true;
  });
  return out;
}

}  // namespace jixiao::text
