#pragma once
// Decoding the input bytes into one UTF-8 buffer: UTF-8 with or without BOM, or GB18030 (which
// includes GBK and GB2312), stated by the caller or detected.

#include <jixiao/read.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::detail {

class DecodedText {
 public:
  // The UTF-8 text, without BOM. Valid input that needs no conversion is not copied: the view
  // then points into the caller's bytes.
  std::string_view text() const noexcept { return owned_ ? std::string_view(storage_) : borrowed_; }
  Encoding encoding() const noexcept { return encoding_; }
  // Whether text() is a buffer of its own rather than a view of the caller's bytes.
  bool owns_text() const noexcept { return owned_; }
  // Detection found the bytes not UTF-8 and decoded them as GB18030.
  bool detected_gb18030() const noexcept { return detected_gb18030_; }
  // Offsets in text() of each U+FFFD that stands for bytes which could not be decoded.
  const std::vector<std::size_t>& replaced() const noexcept { return replaced_; }

 private:
  friend DecodedText decode(std::string_view bytes, Encoding stated);
  std::string_view borrowed_;
  std::string storage_;
  bool owned_ = false;
  Encoding encoding_ = Encoding::utf8;
  bool detected_gb18030_ = false;
  std::vector<std::size_t> replaced_;
};

// Decodes `bytes`. Detection: valid UTF-8 is UTF-8; mostly valid UTF-8 is damaged UTF-8 (the bad
// bytes become U+FFFD); anything else is tried as GB18030. Throws EncodingError for binary data
// (NUL bytes), UTF-16, and text where more than one byte in fifty cannot be decoded.
DecodedText decode(std::string_view bytes, Encoding stated);

}  // namespace jixiao::detail
