#pragma once
// The whole public interface of jixiao in one include. Each header also stands alone: include
// only the ones you use to keep compile times short.

#include <jixiao/actuals.hpp>
#include <jixiao/actuals_io.hpp>
#include <jixiao/budget.hpp>
#include <jixiao/compare.hpp>
#include <jixiao/csv.hpp>
#include <jixiao/date.hpp>
#include <jixiao/decimal.hpp>
#include <jixiao/describe.hpp>
#include <jixiao/diagnostic.hpp>
#include <jixiao/document.hpp>
#include <jixiao/error.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/format.hpp>
#include <jixiao/grid.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/json.hpp>
#include <jixiao/match.hpp>
#include <jixiao/money.hpp>
#include <jixiao/monitor.hpp>
#include <jixiao/plan.hpp>
#include <jixiao/project.hpp>
#include <jixiao/quantity.hpp>
#include <jixiao/read.hpp>
#include <jixiao/read_many.hpp>
#include <jixiao/report.hpp>
#include <jixiao/review.hpp>
#include <jixiao/self_evaluation.hpp>
#include <jixiao/source.hpp>
#include <jixiao/subject.hpp>
#include <jixiao/target.hpp>
#include <jixiao/text.hpp>
#include <jixiao/text_store.hpp>
#include <jixiao/unit.hpp>
#include <jixiao/xlsx.hpp>
