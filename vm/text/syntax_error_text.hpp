// What CPython's SyntaxError carries, and its rendering exactly as CPython 3.11 prints an
// uncaught SyntaxError on stderr. Shared by the parser and compiler (errors found while
// compiling a script) and the VM (a SyntaxError object in a traceback).
#pragma once

#include <string>

namespace gyre::text {

struct SyntaxErrorInfo {
  std::string type = "SyntaxError";  // or "IndentationError", "TabError"
  std::string msg;                   // "invalid syntax", "expected ':'", ...
  std::string filename;              // as given on the command line, "<string>", "<stdin>"
  int lineno = 0;                    // 1-based; 0: no location, only `Type: msg` is printed
                                     // (the compiler may report -1: printed as such)
  int offset = 0;                    // 1-based, in characters (code points) of `text`
  int end_lineno = 0;                // 0 when absent
  int end_offset = 0;                // 1-based, exclusive; 0 when absent
  std::string text;                  // the offending source line, with its '\n' if it had one
};

// The `  File "x.py", line N` line, the stripped source line, the caret line(s) and
// `SyntaxError: msg`, each line ending in '\n'. Without `has_text` (CPython: text is None)
// the source and caret lines are left out.
std::string format_syntax_error(const SyntaxErrorInfo& error, bool has_text = true);

}  // namespace gyre::text
