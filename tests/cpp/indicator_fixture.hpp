#pragma once
// One way for every test to build an Indicator row as the reader would: the 一级/二级 texts are
// the declared names.

#include <jixiao/describe.hpp>
#include <jixiao/indicator.hpp>

#include <cstddef>
#include <string>

namespace jixiao_test {

inline jixiao::Indicator indicator_row(jixiao::Level1 level1, jixiao::Level2 level2, std::string name,
                                       std::string description, jixiao::Target target, std::string basis,
                                       std::size_t line = 0) {
  jixiao::Indicator i;
  i.level1 = level1;
  i.level1_text = std::string(jixiao::enum_name(level1));
  i.level2 = level2;
  i.level2_text = std::string(jixiao::enum_name(level2));
  i.name = std::move(name);
  i.description = std::move(description);
  i.target = std::move(target);
  i.basis = std::move(basis);
  i.line = line;
  return i;
}

}  // namespace jixiao_test
