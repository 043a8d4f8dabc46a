#include "many.hpp"

#include "input.hpp"

#include "../read/text.hpp"

#include <jixiao/describe.hpp>

#include <fmt/format.h>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iterator>

namespace jixiao::cli {
namespace {

using Out = std::back_insert_iterator<std::string>;

// The width of `text` in a terminal: CJK and full-width characters take two cells.
std::size_t width(std::string_view text) {
  std::size_t cells = 0;
  for (std::size_t i = 0; i < text.size();) cells += detail::is_wide(detail::next_code_point(text, i)) ? 2 : 1;
  return cells;
}

// `text` padded to `cells` cells, on the right (left-aligned) or on the left.
std::string pad(std::string_view text, std::size_t cells, bool left_aligned) {
  const std::string blanks(cells > width(text) ? cells - width(text) : 0, ' ');
  return left_aligned ? std::string(text) + blanks : blanks + std::string(text);
}

// Files done / total, MB/s and the time left, on one line of standard error rewritten in place;
// nothing when standard error is no terminal (a log, a pipe).
class ProgressLine {
 public:
  ProgressLine() : on_(isatty(fileno(stderr)) != 0) {}
  ~ProgressLine() {
    if (shown_) std::fputs("\r\033[K", stderr);
  }
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  bool on() const { return on_; }

  void operator()(const ReadProgress& p) {
    using namespace std::chrono;
    const auto now = steady_clock::now();
    // A terminal redrawn for every small file is slower than the reading.
    if (shown_ && p.done != p.total && now - last_ < milliseconds(100)) return;
    last_ = now;
    shown_ = true;
    const double seconds = duration<double>(p.elapsed).count();
    std::string line = fmt::format("读取 {}/{} 个文件", p.done, p.total);
    if (seconds > 0 && p.bytes_done > 0) {
      const double rate = static_cast<double>(p.bytes_done) / seconds;
      const auto left = static_cast<long>(static_cast<double>(p.bytes_total - p.bytes_done) / rate);
      line += fmt::format("，{:.1f} MB/s，剩余 {}:{:02}", rate / 1e6, left / 60, left % 60);
    }
    fmt::print(stderr, "\r\033[K{}", line);
    std::fflush(stderr);
  }

 private:
  bool on_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace

bool several(const std::vector<std::string>& files) {
  std::error_code ec;
  return files.size() > 1 || (files.size() == 1 && std::filesystem::is_directory(files[0], ec));
}

std::vector<ReadOutcome> load_many(const std::vector<std::string>& files, Encoding encoding) {
  const std::vector<std::filesystem::path> inputs(files.begin(), files.end());
  std::vector<std::filesystem::path> paths;
  try {
    paths = find_documents(inputs);
  } catch (const Error& e) {
    throw InputError(e.what());
  }
  ProgressLine line;
  ReadManyOptions many{.threads = jobs(),
                       .read = [encoding](const std::filesystem::path& path, const ReadOptions&) {
                         return load(path, encoding);
                       }};
  if (line.on()) many.progress = [&line](const ReadProgress& p) { line(p); };
  return read_many(paths, {}, many);
}

std::string failure(const ReadOutcome& outcome) {
  try {
    std::rethrow_exception(outcome.error);
  } catch (const std::exception& e) {
    return e.what();
  }
}

std::array<std::size_t, 3> tally(const std::vector<Diagnostic>& diagnostics) {
  std::array<std::size_t, 3> counts{};
  for (const Diagnostic& d : diagnostics) ++counts[static_cast<std::size_t>(d.severity)];
  return counts;
}

std::string each_document(const std::vector<ReadOutcome>& outcomes, Summary& summary,
                          const std::function<FileOutput(const ReadOutcome&)>& each) {
  std::string text;
  for (const ReadOutcome& o : outcomes) {
    if (!o.result) {
      fmt::print(stderr, "jixiao: {}\n", failure(o));
      summary.add_failure(o);
      continue;
    }
    FileOutput file = each(o);
    text += file.text;
    summary.add(o, file.counts, file.errors);
  }
  return text;
}

void Summary::add(const ReadOutcome& outcome, const std::array<std::size_t, 3>& counts, bool errors) {
  const ReadResult& r = *outcome.result;
  Row row{.file = outcome.path.string(), .format = std::string(enum_name(r.format)),
          .projects = r.document.projects.size(), .counts = counts,
          .read_errors = tally(r.diagnostics)[static_cast<std::size_t>(Severity::error)]};
  for (const Project& p : r.document.projects) row.indicators += p.indicators.size();
  rows_.push_back(std::move(row));
  errors_ = errors_ || errors;
}

void Summary::add_failure(const ReadOutcome& outcome) {
  Row row{.file = outcome.path.string(), .failure = failure(outcome)};
  // The message names the file, which the row does already.
  if (row.failure.starts_with(row.file + ": ")) row.failure.erase(0, row.file.size() + 2);
  rows_.push_back(std::move(row));
}

std::string Summary::table() const {
  const std::vector<std::string> header{"文件", "格式", "项目", "指标", "错误", "警告", "提示", "读取"};
  std::vector<std::vector<std::string>> cells;
  std::size_t projects = 0, indicators = 0, failed = 0;
  std::array<std::size_t, 3> counts{};
  for (const Row& r : rows_) {
    if (!r.failure.empty()) {
      ++failed;
      cells.push_back({r.file, "-", "-", "-", "-", "-", "-", "无法读取：" + r.failure});
      continue;
    }
    projects += r.projects;
    indicators += r.indicators;
    for (std::size_t s = 0; s < 3; ++s) counts[s] += r.counts[s];
    cells.push_back({r.file, r.format, std::to_string(r.projects), std::to_string(r.indicators),
                     std::to_string(r.counts[2]), std::to_string(r.counts[1]), std::to_string(r.counts[0]),
                     r.read_errors == 0 ? "正常" : fmt::format("{} 个读取错误", r.read_errors)});
  }
  std::vector<std::size_t> widths(header.size());
  for (std::size_t c = 0; c < header.size(); ++c) {
    widths[c] = width(header[c]);
    for (const auto& row : cells) widths[c] = std::max(widths[c], width(row[c]));
  }
  std::string text;
  Out out(text);
  fmt::format_to(out, "汇总（{}按级别计）\n", counted_);
  const auto print_row = [&](const std::vector<std::string>& row) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c) {
      // File, format and the last column read left to right; counts line up on the right.
      const bool left = c < 2 || c + 1 == row.size();
      line += (c == 0 ? "" : "  ") + (c + 1 == row.size() ? row[c] : pad(row[c], widths[c], left));
    }
    fmt::format_to(out, "{}\n", line);
  };
  print_row(header);
  for (const auto& row : cells) print_row(row);
  fmt::format_to(out, "共 {} 个文件，读取 {} 个，无法读取 {} 个；项目 {} 个，指标 {} 个；{}：错误 {}，警告 {}，提示 {}\n",
                 rows_.size(), rows_.size() - failed, failed, projects, indicators, counted_, counts[2], counts[1],
                 counts[0]);
  return text;
}

ExitCode Summary::exit_code() const {
  const bool failed = std::any_of(rows_.begin(), rows_.end(), [](const Row& r) { return !r.failure.empty(); });
  return failed ? ExitCode::input : errors_ ? ExitCode::document_errors : ExitCode::ok;
}

}  // namespace jixiao::cli
