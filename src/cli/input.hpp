#pragma once
// The FILE argument: a target document as text (UTF-8 or GB18030), or JSON written by
// `jixiao export --to json`, told apart by the first character (`{`).

#include <jixiao/read.hpp>

#include <filesystem>
#include <stdexcept>

namespace jixiao::cli {

// FILE cannot be read at all; the message names it.
struct InputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

ReadResult load(const std::filesystem::path& file, Encoding encoding);

}  // namespace jixiao::cli
