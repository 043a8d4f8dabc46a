#pragma once
// A zip archive read from memory with libzip: the container of xlsx and docx files. It refuses
// what zip bombs are made of — more entries than ReadOptions::max_zip_entries, an entry that
// inflates to more than max_compression_ratio times its compressed size, more than
// max_uncompressed_size bytes inflated from the archive in all — by counting the bytes as they
// come out of the decompressor: the sizes an archive declares are never trusted.

#include <jixiao/read.hpp>

#include <cstddef>
#include <functional>
#include <string_view>

struct zip;

namespace jixiao::detail {

class ZipArchive {
 public:
  // Opens the archive in `bytes`, which must outlive it. Throws Error when the bytes are no zip
  // archive libzip can read, LimitError when it has more entries than allowed.
  ZipArchive(std::string_view bytes, const ReadOptions& options);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  // Whether the archive holds an entry of this name (ASCII case ignored, as for OPC part names).
  bool contains(std::string_view name) const;
  // Passes the entry's bytes to `sink` in pieces as they inflate. Throws Error when the entry is
  // missing or damaged (a bad CRC, invalid compressed data, encryption), LimitError past a limit.
  void read(std::string_view name, const std::function<void(std::string_view)>& sink);

 private:
  ::zip* archive_ = nullptr;
  std::size_t max_uncompressed_size_;
  std::size_t max_compression_ratio_;
  std::size_t size_;
  std::size_t inflated_ = 0;
};

}  // namespace jixiao::detail
