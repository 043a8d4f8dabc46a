// jixiao::Text, the model's string value, and TextStore, where a document's texts live: the
// inline/shared boundary, copies that outlive their store and document, comparisons and hashes that
// agree with std::string_view, and the store's chunks and limit.

#include <jixiao/document.hpp>
#include <jixiao/error.hpp>
#include <jixiao/json.hpp>
#include <jixiao/text.hpp>
#include <jixiao/text_store.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace jixiao;
using namespace std::string_view_literals;

TEST_CASE("Text: 16 bytes, inline up to 15 bytes, shared from 16") {
  static_assert(sizeof(Text) == 16);
  const Text empty;
  CHECK(empty.empty());
  CHECK(empty.size() == 0);
  CHECK(empty.view() == "");
  CHECK(empty.is_inline());
  CHECK(Text(std::string_view()).empty());  // a null data pointer
  TextStore store;
  CHECK(store.add(std::string_view()).empty());

  const std::string fifteen(15, 'a');
  const std::string sixteen(16, 'b');
  CHECK(Text(fifteen).is_inline());
  CHECK(Text(fifteen) == fifteen);
  CHECK_FALSE(Text(sixteen).is_inline());
  CHECK(Text(sixteen) == sixteen);
  CHECK(Text(sixteen).size() == 16);

  // Five CJK characters are 15 bytes (inline); the sixth makes 18 (shared). A character is never cut.
  const Text five = "科学技术协";
  const Text six = "科学技术协会";
  CHECK(five.is_inline());
  CHECK(five.size() == 15);
  CHECK_FALSE(six.is_inline());
  CHECK(six == "科学技术协会"sv);
  CHECK(Text("a科学技术协").size() == 16);
  CHECK_FALSE(Text("a科学技术协").is_inline());
}

TEST_CASE("Text: embedded NUL bytes are kept, inline and shared") {
  const std::string_view short_nul("a\0b", 3);
  const std::string_view long_nul("0123456789\0abcdefghij", 21);
  CHECK(Text(short_nul).size() == 3);
  CHECK(Text(short_nul) == short_nul);
  CHECK(Text(long_nul).size() == 21);
  CHECK(Text(long_nul) == long_nul);
  CHECK(Text(long_nul).str() == std::string(long_nul));
  TextStore store;
  CHECK(store.add(long_nul) == long_nul);
}

TEST_CASE("Text: construction from string_view, std::string and const char*") {
  const std::string s = "预算绩效目标表的一个较长的名称";
  CHECK(Text(std::string_view(s)) == s);
  CHECK(Text(s) == s);
  CHECK(Text(s.c_str()) == s);
  const Text implicit = s;
  CHECK(implicit.str() == s);
  const std::string_view view = implicit;
  CHECK(view == s);
  CHECK(std::string_view(implicit.data(), implicit.size()) == s);
}

TEST_CASE("Text: copies, moves and self assignment keep the value") {
  for (const std::string& s : {std::string("short"), std::string("long enough to be shared: 绩效目标")}) {
    Text a = s;
    Text b = a;  // copy
    CHECK(b == s);
    Text c = std::move(b);  // move leaves the source empty
    CHECK(c == s);
    CHECK(b.empty());  // NOLINT(bugprone-use-after-move): the moved-from state is specified
    Text d;
    d = c;  // copy assignment
    CHECK(d == s);
    Text& alias = d;
    d = alias;  // self copy assignment
    CHECK(d == s);
    d = std::move(alias);  // self move assignment
    CHECK(d == s);
    Text e = "other";
    e = std::move(d);
    CHECK(e == s);
    swap(a, e);
    CHECK(a == s);
    CHECK(e == s);
  }
}

TEST_CASE("Text: comparisons and hashes agree with std::string_view") {
  const std::vector<std::string> values = {"", "a", "ab", "b", std::string(15, 'z'), std::string(16, 'z'),
                                           "产出指标", "满意度指标", "服务对象满意度指标", std::string("\0x", 2)};
  for (const std::string& x : values) {
    const Text tx = x;
    CHECK(std::hash<Text>{}(tx) == std::hash<std::string_view>{}(x));
    for (const std::string& y : values) {
      const Text ty = y;
      const std::string_view vx = x, vy = y;
      CHECK((tx == ty) == (vx == vy));
      CHECK((tx <=> ty) == (vx <=> vy));
      CHECK((tx == vy) == (vx == vy));
      CHECK((vx == ty) == (vx == vy));
      CHECK((tx == y) == (x == y));
      CHECK((tx <=> vy) == (vx <=> vy));
      CHECK((vx < ty) == (vx < vy));
    }
  }
  CHECK(Text("产出指标") == "产出指标");
  CHECK("产出指标" == Text("产出指标"));
  CHECK(Text("a") != "b");
}

TEST_CASE("Text: printed by fmt and by operator<<") {
  const Text t = "张家口市科学技术协会本级";
  CHECK(fmt::format("[{}]", t) == "[张家口市科学技术协会本级]");
  CHECK(fmt::format("{:>5}", Text("ab")) == "   ab");
  std::ostringstream out;
  out << t;
  CHECK(out.str() == "张家口市科学技术协会本级");
}

TEST_CASE("TextStore: texts share chunks; a text over a quarter chunk gets a block of its own") {
  TextStore store(64);
  CHECK(store.blocks() == 0);
  const Text small = store.add("short");
  CHECK(small.is_inline());
  CHECK(store.blocks() == 0);
  const Text a = store.add("0123456789abcdef");  // 16 bytes: the first chunk
  const Text b = store.add("ghijklmnopqrstuv");
  const Text c = store.add("wxyzABCDEFGHIJKL");
  const Text d = store.add("MNOPQRSTUVWXYZ01");  // 64 bytes used: the chunk is full, exactly
  CHECK(store.blocks() == 1);
  const Text e = store.add("next chunk: 16b!");  // a new chunk
  CHECK(store.blocks() == 2);
  CHECK(a == "0123456789abcdef");
  CHECK(b == "ghijklmnopqrstuv");
  CHECK(c == "wxyzABCDEFGHIJKL");
  CHECK(d == "MNOPQRSTUVWXYZ01");
  CHECK(e == "next chunk: 16b!");
  CHECK(a.data() + 16 == b.data());  // one after the other in the chunk
  const std::string big(17, 'x');    // over a quarter of 64: a block of its own
  const Text own = store.add(big);
  CHECK(store.blocks() == 3);
  CHECK(own == big);
  CHECK(store.add("after: 16 bytes!") == "after: 16 bytes!");
  CHECK(store.blocks() == 3);  // the second chunk still had room
}

TEST_CASE("Text: a copy stays valid after its store, its chunk's other texts and its document are gone") {
  std::optional<Text> kept;
  std::optional<Indicator> indicator;
  {
    TextStore store;
    std::vector<Text> texts;
    for (int i = 0; i < 100; ++i) texts.push_back(store.add(fmt::format("指标名称第{}个，较长的文字", i)));
    kept = texts[42];
  }
  CHECK(*kept == "指标名称第42个，较长的文字");
  {
    const Document document = document_from_json(
        R"({"department": "张家口市科学技术协会", "projects": [{"name": "开展科技工作者助力乡村振兴经费",
            "indicators": [{"name": "举办科普活动次数（较长的名称）", "target": {"raw": "≥30 次（全年累计）"}}]}]})");
    indicator = document.projects.at(0).indicators.at(0);
  }
  CHECK(indicator->name == "举办科普活动次数（较长的名称）");
  CHECK(indicator->target.raw == "≥30 次（全年累计）");
}

TEST_CASE("Text and TextStore: a text longer than Text::max_size is a LimitError") {
  const std::string longest(Text::max_size, 'x');
  const std::string_view over(longest.data(), longest.size());
  TextStore store;
  CHECK(store.add(over).size() == Text::max_size);
  const std::string too_long(Text::max_size + 1, 'x');
  CHECK_THROWS_AS(Text{too_long}, LimitError);
  CHECK_THROWS_AS(store.add(too_long), LimitError);
}
