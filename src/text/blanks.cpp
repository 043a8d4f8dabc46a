#include "blanks.hpp"

#include "utf8.hpp"

namespace jixiao::text {

std::string_view trim_blanks(std::string_view text) noexcept {
  std::size_t begin = 0;
  while (begin < text.size()) {
    const std::size_t blank = blank_at(text, begin);
    if (blank == 0) break;
    begin += blank;
  }
  std::size_t end = text.size();
  while (end > begin) {
    // Only a byte that may end a blank needs a closer look; a blank of 2 or 3 bytes is found from
    // its lead.
    const auto last = static_cast<unsigned char>(text[end - 1]);
    if (!may_end_blank[last]) break;
    if (last < 0x80) --end;
    else if (end - begin >= 2 && blank_at(text.substr(0, end), end - 2) == 2) end -= 2;
    else if (end - begin >= 3 && blank_at(text.substr(0, end), end - 3) == 3) end -= 3;
    else break;
  }
  return text.substr(begin, end - begin);
}

std::string without_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  // Runs between blanks are copied whole.
  std::size_t run = 0;
  for (std::size_t i = next_stop(text, 0); i < text.size(); i = next_stop(text, i)) {
    const std::size_t blank = blank_at(text, i);
    if (blank == 0) {
      i += char_length(text, i);
      continue;
    }
    out.append(text.substr(run, i - run));
    i += blank;
    run = i;
  }
  out.append(text.substr(run));
  return out;
}

}  // namespace jixiao::text
