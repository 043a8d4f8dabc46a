#pragma once
// Tidy CSV: one row per indicator, with its project's columns repeated (UTF-8, RFC 4180 quoting).

#include <jixiao/document.hpp>

#include <ostream>
#include <string>

namespace jixiao {

struct CsvOptions {
  bool bom = false;  // start with the UTF-8 BOM that Excel needs to detect the encoding
};

void write_csv(std::ostream& out, const Document& document, const CsvOptions& options = {});
std::string to_csv(const Document& document, const CsvOptions& options = {});

}  // namespace jixiao
