#include "zip_archive.hpp"

#include <jixiao/error.hpp>

#include <zip.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>

namespace jixiao::detail {
namespace {

std::string describe(zip_error_t& error) {
  std::string text = zip_error_strerror(&error);
  zip_error_fini(&error);
  return text;
}

struct FileCloser {
  void operator()(zip_file_t* file) const noexcept { zip_fclose(file); }
};

}  // namespace

ZipArchive::ZipArchive(std::string_view bytes, const ReadOptions& options)
    : max_uncompressed_size_(options.max_uncompressed_size),
      max_compression_ratio_(options.max_compression_ratio),
      size_(bytes.size()) {
  if (bytes.empty()) throw Error("not a zip archive: the file is empty");
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) throw Error("cannot read the zip archive: " + describe(error));
  archive_ = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive_ == nullptr) {
    zip_source_free(source);
    throw Error("not a zip archive, or one cut short or damaged (libzip: " + describe(error) + ")");
  }
  zip_error_fini(&error);
  const zip_int64_t entries = zip_get_num_entries(archive_, 0);
  if (entries < 0 || static_cast<std::size_t>(entries) > options.max_zip_entries) {
    zip_discard(archive_);
    throw LimitError("the zip archive has " + std::to_string(entries) + " entries, more than ReadOptions::max_zip_entries (" +
                     std::to_string(options.max_zip_entries) + ")");
  }
}

ZipArchive::~ZipArchive() { zip_discard(archive_); }

bool ZipArchive::contains(std::string_view name) const {
  return zip_name_locate(archive_, std::string(name).c_str(), ZIP_FL_NOCASE) >= 0;
}

void ZipArchive::read(std::string_view name, const std::function<void(std::string_view)>& sink) {
  const std::string entry(name);
  const zip_int64_t index = zip_name_locate(archive_, entry.c_str(), ZIP_FL_NOCASE);
  if (index < 0) throw Error("the zip archive has no part " + entry);
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &stat) != 0 || (stat.valid & ZIP_STAT_COMP_SIZE) == 0)
    throw Error(entry + ": damaged zip entry: " + zip_strerror(archive_));
  // The compressed size is declared too, but it cannot pass the archive's own size.
  const std::size_t compressed = std::max<std::size_t>(1, std::min<std::size_t>(stat.comp_size, size_));
  const std::size_t ratio_limit = max_compression_ratio_ != 0 && compressed > SIZE_MAX / max_compression_ratio_
                                      ? SIZE_MAX
                                      : compressed * max_compression_ratio_;
  const std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0));
  if (!file) throw Error(entry + ": cannot read the zip entry: " + zip_strerror(archive_));
  std::array<char, 1 << 16> buffer;
  std::size_t entry_size = 0;
  for (;;) {
    const zip_int64_t got = zip_fread(file.get(), buffer.data(), buffer.size());
    if (got < 0) throw Error(entry + ": damaged zip entry: " + zip_file_strerror(file.get()));
    if (got == 0) break;
    const auto n = static_cast<std::size_t>(got);
    entry_size += n;
    inflated_ += n;
    if (entry_size > ratio_limit)
      throw LimitError(entry + ": inflates to more than " + std::to_string(max_compression_ratio_) +
                       " times its compressed size of " + std::to_string(stat.comp_size) +
                       " bytes (ReadOptions::max_compression_ratio): a zip bomb?");
    if (inflated_ > max_uncompressed_size_)
      throw LimitError(entry + ": the zip archive inflates to more than ReadOptions::max_uncompressed_size (" +
                       std::to_string(max_uncompressed_size_) + " bytes)");
    sink(std::string_view(buffer.data(), n));
  }
}

}  // namespace jixiao::detail
