#pragma once
// The exit codes of `jixiao`, documented in docs/cli.md.

namespace jixiao::cli {

enum class ExitCode {
  ok = 0,
  document_errors = 1,  // read, printed, but the document has error-level diagnostics
  usage = 2,            // bad arguments
  input = 3,            // the input cannot be read: missing file, unknown encoding, malformed JSON
  output = 4,           // the output cannot be written
  internal = 5,         // a bug in jixiao
};

inline int to_int(ExitCode code) { return static_cast<int>(code); }

}  // namespace jixiao::cli
