#include <jixiao/self_evaluation.hpp>

#include <algorithm>
#include <string_view>

namespace jixiao {
namespace {

// 年度资金总额, 资金总额, 合计, 总额, 总计, with blanks or `：` around them as forms write them.
bool names_total(std::string_view source) noexcept {
  for (std::string_view word : {"资金总额", "合计", "总额", "总计"})
    if (source.find(word) != std::string_view::npos) return true;
  return false;
}

}  // namespace

const FundsRow* SelfEvaluation::funds_total() const noexcept {
  if (funds.empty()) return nullptr;
  const auto total = std::find_if(funds.begin(), funds.end(), [](const FundsRow& row) { return names_total(row.source); });
  return total != funds.end() ? &*total : &funds.front();
}

}  // namespace jixiao
