#pragma once
// Several documents at once: FILE arguments that are several files or a folder (searched
// recursively for documents), read on --jobs threads with a progress line on a terminal, and the
// summary table each command ends with.

#include "exit_code.hpp"

#include <jixiao/read_many.hpp>

#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace jixiao::cli {

// Whether FILE arguments name several documents: more than one argument, or a folder. One file
// is read as it always was.
bool several(const std::vector<std::string>& files);

// Reads the documents the arguments name (read_many with the CLI's reader, so JSON exports too),
// in their order, showing on standard error, when it is a terminal, the files done, MB/s and the
// time left. A folder that cannot be listed throws InputError.
std::vector<ReadOutcome> load_many(const std::vector<std::string>& files, Encoding encoding);

// Why a file could not be read (its InputError's message).
std::string failure(const ReadOutcome& outcome);

// The table after the per-file output: per file its format, projects, indicators, the findings
// or diagnostics by severity and whether it could be read; then the totals.
class Summary {
 public:
  // `counted` names what the severity columns count: 审核意见 (check) or 诊断.
  explicit Summary(std::string counted) : counted_(std::move(counted)) {}

  // A file read; `counts` by Severity (info, warning, error); `errors`: it fails the command (exit 1).
  void add(const ReadOutcome& outcome, const std::array<std::size_t, 3>& counts, bool errors);
  // A file that could not be read (exit 3).
  void add_failure(const ReadOutcome& outcome);

  std::string table() const;
  // 3 when a file could not be read, else 1 when one has errors, else 0.
  ExitCode exit_code() const;

 private:
  struct Row {
    std::string file = {};
    std::string format = {};
    std::size_t projects = 0;
    std::size_t indicators = 0;
    std::array<std::size_t, 3> counts{};
    std::size_t read_errors = 0;  // the reader's error diagnostics
    std::string failure = {};     // empty: read
  };
  std::string counted_;
  std::vector<Row> rows_;
  bool errors_ = false;
};

// Counts by severity, indexed by Severity.
std::array<std::size_t, 3> tally(const std::vector<Diagnostic>& diagnostics);

// What a command makes of one document read: its section of the output, the counts of its summary
// row and whether it fails the command.
struct FileOutput {
  std::string text;
  std::array<std::size_t, 3> counts{};
  bool errors = false;
};

// The sections `each` makes of the documents read, in order, each added to `summary`; a document
// that could not be read is named on standard error and added as such.
std::string each_document(const std::vector<ReadOutcome>& outcomes, Summary& summary,
                          const std::function<FileOutput(const ReadOutcome&)>& each);

}  // namespace jixiao::cli
