#include <jixiao/budget.hpp>

namespace jixiao {

std::optional<Money> Budget::sum_of_sources() const {
  if (!fiscal && !other) return std::nullopt;
  return fiscal.value_or(Money()) + other.value_or(Money());
}

}  // namespace jixiao
