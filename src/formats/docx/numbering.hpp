#pragma once
// Word's automatic numbering: the `一、`, `（一）`, `1.` that a list or heading style puts before a
// paragraph without it being in the text (word/numbering.xml, with list styles of
// word/styles.xml). Chinese documents number their headings this way, and the layout reader needs
// the numbers, so each numbered paragraph gets its number as Word shows it. Counters run per list
// definition; a deeper level restarts when a shallower one is used; a list instance with a start
// override restarts where it is first used.

#include "../zip/zip_archive.hpp"

#include <jixiao/read.hpp>

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace jixiao::detail {

// A paragraph's list: w:numPr's numId and ilvl, either or both written.
struct ListReference {
  std::optional<std::uint32_t> list;   // numId; 0: no list
  std::optional<std::uint32_t> level;  // ilvl, 0–8
};

class Numbering {
 public:
  Numbering() = default;
  // Reads the parts that exist ("" for none).
  Numbering(ZipArchive& zip, const std::string& numbering_part, const std::string& styles_part,
            const ReadOptions& options);

  // The number of the next paragraph with this list reference and paragraph style, counting it:
  // `一、`, `1.1 `; empty for no list, a bullet, or a level without a number.
  std::string next(const ListReference& paragraph, std::string_view style);

  struct Level {
    std::uint32_t start = 1;
    std::string format = "decimal";  // w:numFmt
    std::string text;                // w:lvlText, %1…%9 for the levels' numbers; none past 255 bytes
    bool legal = false;              // w:isLgl: every level's number in decimal
    bool space_after = false;        // w:suff space
  };
  struct Definition {
    std::array<Level, 9> levels;
  };
  struct Instance {
    std::uint32_t definition = 0;                      // abstractNumId
    std::map<std::uint32_t, std::uint32_t> restarts;  // level → w:startOverride
  };
  struct Style {
    std::string based_on;
    ListReference list;
  };

 private:
  struct Counters {
    std::array<std::uint32_t, 9> value{};
    std::array<bool, 9> started{};
  };
  ListReference of_style(std::string_view style) const;

  std::map<std::uint32_t, Definition> definitions_;
  std::map<std::uint32_t, Instance> instances_;
  std::map<std::string, Style, std::less<>> styles_;
  std::map<std::uint32_t, Counters> counters_;  // by definition
  std::set<std::uint32_t> used_;                // instances already numbered
};

// `n` in a Word number format: decimal, chineseCounting (十一), chineseCountingThousand,
// chineseLegalSimplified (壹), ideographTraditional (甲), ideographZodiac (子), upper/lowerLetter,
// upper/lowerRoman, decimalZero, decimalFullWidth, decimalEnclosedCircle (①); other formats as decimal.
std::string format_list_number(std::uint32_t n, std::string_view format);

}  // namespace jixiao::detail
