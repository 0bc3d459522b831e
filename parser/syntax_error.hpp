// A syntax error found while reading source, with what CPython's SyntaxError carries, and
// its rendering exactly as CPython 3.11 prints an uncaught SyntaxError on stderr.
#pragma once

#include <cstdint>
#include <string>

#include "vm/text/syntax_error_text.hpp"

namespace gyre::parser {

using text::SyntaxErrorInfo;
using text::format_syntax_error;

// A warning found while reading source (CPython's tokenizer warns, e.g., about `1if x else y`).
struct SyntaxWarningInfo {
  std::string category = "SyntaxWarning";
  std::string msg;
  int lineno = 0;
  uint32_t offset = 0;  // source offset of what it is about
  std::string line;     // the source line (empty: not shown)
};

// The text Python's default warning display writes to stderr:
// `FILE:LINE: SyntaxWarning: msg` and the stripped source line indented by two spaces.
std::string format_warning(const SyntaxWarningInfo& warning, const std::string& filename);

}  // namespace gyre::parser
