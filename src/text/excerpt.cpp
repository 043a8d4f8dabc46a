#include "excerpt.hpp"

#include "blanks.hpp"
#include "utf8.hpp"

namespace jixiao::text {

std::string excerpt(std::string_view text, std::size_t max_code_points) {
  text = trim(text);
  std::size_t end = 0;
  for (std::size_t n = 0; end < text.size() && n < max_code_points; ++n) end += decode(text, end).length;
  std::string out = "“";
  out += text.substr(0, end);
  if (end < text.size()) out += "…";
  out += "”";
  return out;
}

}  // namespace jixiao::text
