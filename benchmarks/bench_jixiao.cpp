// The benchmark binary of issue 7: reading, review, evaluation and JSON on generated documents.
//
// Every reading benchmark also times a plain memchr line count over the same buffer in the same
// process, and reports reader time / memchr time as `x_memchr`: the machine-independent figure to
// watch (a faster machine speeds up both). Run Release builds only; scripts/bench.sh does.

#include "corpus.hpp"

#include <jixiao/compare.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/json.hpp>
#include <jixiao/read.hpp>
#include <jixiao/review.hpp>
#include <jixiao/target.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <map>
#include <string>
#include <utility>

namespace {

using jixiao::bench::CorpusOptions;

// Seconds of CPU time of this thread. The reader and the memchr floor are both timed with it: on
// a shared machine wall time charges the reader's longer runs with other processes' time slices,
// while the short memchr passes mostly escape them, which would inflate the ratio.
double thread_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// Generated documents, kept for the whole run so every benchmark of a size reads the same bytes.
const std::string& corpus(std::size_t projects, bool gbk) {
  static std::map<std::pair<std::size_t, bool>, std::string> cache;
  auto [it, inserted] = cache.try_emplace({projects, gbk});
  if (inserted) {
    CorpusOptions options;
    options.projects = projects;
    it->second = jixiao::bench::generate_document(options);
    if (gbk) it->second = jixiao::bench::to_gbk(it->second);
  }
  return it->second;
}

const jixiao::Document& document(std::size_t projects) {
  static std::map<std::size_t, jixiao::Document> cache;
  auto [it, inserted] = cache.try_emplace(projects);
  if (inserted) it->second = jixiao::read_document(std::string_view(corpus(projects, false))).document;
  return it->second;
}

std::size_t indicator_count(const jixiao::Document& doc) {
  std::size_t n = 0;
  for (const auto& project : doc.projects) n += project.indicators.size();
  return n;
}

std::size_t memchr_lines(std::string_view text) {
  std::size_t lines = 0;
  const char* p = text.data();
  const char* end = p + text.size();
  while (const void* hit = std::memchr(p, '\n', static_cast<std::size_t>(end - p))) {
    ++lines;
    p = static_cast<const char*>(hit) + 1;
  }
  return lines;
}

// The best of several memchr passes: the floor the reader is compared with.
double memchr_seconds(std::string_view text) {
  double best = 1e30;
  for (int i = 0; i < 20; ++i) {
    const double start = thread_seconds();
    benchmark::DoNotOptimize(memchr_lines(text));
    best = std::min(best, thread_seconds() - start);
  }
  return best;
}

void read_benchmark(benchmark::State& state, bool gbk) {
  const auto projects = static_cast<std::size_t>(state.range(0));
  const std::string_view text = corpus(projects, gbk);
  const double floor = memchr_seconds(text);
  double reader = 0;
  for (auto _ : state) {
    const double start = thread_seconds();
    auto result = jixiao::read_document(text);
    reader += thread_seconds() - start;
    benchmark::DoNotOptimize(result);
    if (result.document.projects.size() != projects) state.SkipWithError("the reader lost projects");
  }
  const auto iterations = static_cast<double>(state.iterations());
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
  state.counters["projects/s"] = benchmark::Counter(static_cast<double>(projects) * iterations,
                                                    benchmark::Counter::kIsRate);
  state.counters["memchr_MB/s"] = static_cast<double>(text.size()) / floor / 1e6;
  state.counters["x_memchr"] = reader / iterations / floor;
  state.counters["input_MB"] = static_cast<double>(text.size()) / 1e6;
}

void BM_MemchrLines(benchmark::State& state) {
  const std::string_view text = corpus(static_cast<std::size_t>(state.range(0)), false);
  for (auto _ : state) benchmark::DoNotOptimize(memchr_lines(text));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
}

void BM_ReadUtf8(benchmark::State& state) { read_benchmark(state, false); }
void BM_ReadGbk(benchmark::State& state) { read_benchmark(state, true); }

void BM_Review(benchmark::State& state) {
  const auto& doc = document(static_cast<std::size_t>(state.range(0)));
  const jixiao::ReviewOptions options;
  for (auto _ : state) benchmark::DoNotOptimize(jixiao::review(doc, options));
  const auto iterations = static_cast<double>(state.iterations());
  state.counters["projects/s"] = benchmark::Counter(static_cast<double>(doc.projects.size()) * iterations,
                                                    benchmark::Counter::kIsRate);
  state.counters["indicators/s"] = benchmark::Counter(static_cast<double>(indicator_count(doc)) * iterations,
                                                      benchmark::Counter::kIsRate);
}

// Year over year: last year's document (another seed, 2024) against this year's. Names are drawn
// from small pools, so most projects pair by name and the rest are tried for similar names: the
// quadratic part of pairing.
void BM_Compare(benchmark::State& state) {
  const auto projects = static_cast<std::size_t>(state.range(0));
  const jixiao::Document& now = document(projects);
  CorpusOptions options;
  options.projects = projects;
  options.seed = 2;
  options.year = 2024;
  const jixiao::Document before = jixiao::read_document(jixiao::bench::generate_document(options)).document;
  std::size_t pairs = 0;
  for (auto _ : state) {
    const jixiao::YearOverYear c = jixiao::compare(before, now);
    pairs = c.pairs.size();
    benchmark::DoNotOptimize(c);
  }
  state.counters["pairs"] = static_cast<double>(pairs);
  state.counters["projects/s"] = benchmark::Counter(static_cast<double>(projects) * static_cast<double>(state.iterations()),
                                                    benchmark::Counter::kIsRate);
}

// An actual value the target grammar reads: the target's figure without its comparator (met),
// and now and then an evaluator's grade, so every scoring rule is exercised.
std::string actual_text(const jixiao::Indicator& indicator, std::size_t k) {
  using jixiao::TargetKind;
  const TargetKind kind = indicator.target.kind();
  if (kind == TargetKind::comparison || kind == TargetKind::period || kind == TargetKind::deadline) {
    std::string raw = indicator.target.raw.str();
    for (std::string_view sign : {"≥", "≤", ">", "<", "="})
      if (raw.starts_with(sign)) raw.erase(0, sign.size());
    return raw;
  }
  return k % 3 == 0 ? "部分达成年度指标并具有一定效果" : "达成年度指标";
}

jixiao::Actuals synthetic_actuals(const jixiao::Document& doc) {
  jixiao::Actuals actuals;
  const int year = doc.year;
  const jixiao::Date as_of{year, 12, 31};
  for (const auto& project : doc.projects) {
    jixiao::ProjectActual spent;
    spent.project_code = project.code;
    spent.as_of = as_of;
    if (project.budget.total) spent.executed = *project.budget.total * jixiao::Decimal::parse("0.93");
    actuals.projects.push_back(std::move(spent));
    for (std::size_t k = 0; k < project.indicators.size(); ++k) {
      const auto& indicator = project.indicators[k];
      jixiao::IndicatorActual actual;
      actual.project_code = project.code;
      actual.indicator = indicator.name;
      actual.as_of = as_of;
      jixiao::TargetContext context;
      context.year = year;
      actual.value = jixiao::parse_target(actual_text(indicator, k), context);
      actuals.indicators.push_back(std::move(actual));
    }
  }
  return actuals;
}

void BM_Evaluate(benchmark::State& state) {
  const auto& doc = document(static_cast<std::size_t>(state.range(0)));
  const jixiao::Actuals actuals = synthetic_actuals(doc);
  const jixiao::EvaluateOptions options;
  for (auto _ : state) {
    auto evaluation = jixiao::evaluate(doc, actuals, options);
    benchmark::DoNotOptimize(evaluation);
    if (evaluation.projects.size() != doc.projects.size()) state.SkipWithError("actuals did not match");
  }
  state.counters["indicators/s"] = benchmark::Counter(
      static_cast<double>(indicator_count(doc)) * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

// Issue 7's target: review + evaluation of 1,000,000 indicators in ≤ 1 s on one thread. A
// million-indicator document would make every short run slow, so the figure is the rate on
// documents of 15,000 and 150,000 indicators, stated as `s_per_1M` (seconds per million).
void BM_ReviewEvaluate(benchmark::State& state) {
  const auto& doc = document(static_cast<std::size_t>(state.range(0)));
  const jixiao::Actuals actuals = synthetic_actuals(doc);
  const jixiao::ReviewOptions review_options;
  const jixiao::EvaluateOptions evaluate_options;
  for (auto _ : state) {
    benchmark::DoNotOptimize(jixiao::review(doc, review_options));
    benchmark::DoNotOptimize(jixiao::evaluate(doc, actuals, evaluate_options));
  }
  const double indicators = static_cast<double>(indicator_count(doc)) * static_cast<double>(state.iterations());
  state.counters["indicators/s"] = benchmark::Counter(indicators, benchmark::Counter::kIsRate);
  state.counters["s_per_1M"] =
      benchmark::Counter(indicators / 1e6, benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void BM_JsonWrite(benchmark::State& state) {
  const auto& doc = document(static_cast<std::size_t>(state.range(0)));
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::string json = jixiao::to_json(doc);
    bytes += json.size();
    benchmark::DoNotOptimize(json);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}

void BM_JsonRead(benchmark::State& state) {
  const auto& doc = document(static_cast<std::size_t>(state.range(0)));
  const std::string json = jixiao::to_json(doc);
  for (auto _ : state) benchmark::DoNotOptimize(jixiao::document_from_json(json));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(json.size()));
}

}  // namespace

BENCHMARK(BM_MemchrLines)->Arg(100)->Arg(1000);
BENCHMARK(BM_ReadUtf8)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadGbk)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Review)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Evaluate)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReviewEvaluate)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Compare)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_JsonWrite)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_JsonRead)->Arg(1000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
