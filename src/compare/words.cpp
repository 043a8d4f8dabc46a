// The Chinese words of the year-over-year enums, one table for every face.

#include <jixiao/compare.hpp>

namespace jixiao {

std::string_view chinese_name(PairReason reason) noexcept {
  switch (reason) {
    case PairReason::same_code: return "同一项目编码";
    case PairReason::code_series: return "同一编码序列";
    case PairReason::same_name: return "同名";
    case PairReason::similar_name: return "名称相近";
  }
  return "";
}

std::string_view chinese_name(Confidence confidence) noexcept {
  switch (confidence) {
    case Confidence::high: return "高";
    case Confidence::medium: return "中";
    case Confidence::low: return "低";
  }
  return "";
}

std::string_view chinese_name(TargetMove move) noexcept {
  switch (move) {
    case TargetMove::raised: return "提高";
    case TargetMove::lowered: return "降低";
    case TargetMove::unchanged: return "不变";
    case TargetMove::not_comparable: return "不可比";
  }
  return "";
}

std::string_view chinese_name(PlanMove move) noexcept {
  switch (move) {
    case PlanMove::unchanged: return "不变";
    case PlanMove::earlier: return "提前";
    case PlanMove::later: return "推后";
    case PlanMove::mixed: return "有前有后";
    case PlanMove::not_comparable: return "无法比较";
  }
  return "";
}

}  // namespace jixiao
