// A syntax error found while reading source, with what CPython's SyntaxError carries, and
// its rendering exactly as CPython 3.11 prints an uncaught SyntaxError on stderr.
#pragma once

#include <string>

namespace gyre::parser {

struct SyntaxErrorInfo {
  std::string type = "SyntaxError";  // or "IndentationError", "TabError"
  std::string msg;                   // "invalid syntax", "expected ':'", ...
  std::string filename;              // as given on the command line, "<string>", "<stdin>"
  int lineno = 0;                    // 1-based; 0: no location, only `Type: msg` is printed
  int offset = 0;                    // 1-based, in characters (code points) of `text`
  int end_lineno = 0;                // 0 when absent
  int end_offset = 0;                // 1-based, exclusive; 0 when absent
  std::string text;                  // the offending source line, with its '\n' if it had one
};

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

// The text CPython 3.11 writes to stderr for an uncaught SyntaxError raised while compiling a
// script: the `  File "x.py", line N` line, the stripped source line, the caret line(s) and
// `SyntaxError: msg`, each line ending in '\n'.
std::string format_syntax_error(const SyntaxErrorInfo& error);

}  // namespace gyre::parser
