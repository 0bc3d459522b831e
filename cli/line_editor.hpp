// Reading the REPL's lines: from a terminal with libedit (line editing, history in a file, Tab
// completion, Ctrl-R), or plainly from a pipe or file (the prompt then goes to stderr, as
// CPython's does). Ctrl-C while a line is being read interrupts the read.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gyre::cli {

class LineReader {
 public:
  enum class Status { Line, Eof, Interrupted };
  virtual ~LineReader() = default;
  // Shows `prompt` and reads one line into `line` (without its newline). Interrupted: Ctrl-C,
  // the cursor is then at the start of a new line.
  virtual Status read_line(const std::string& prompt, std::string& line) = 0;
};

// The completions of `word` (the text before the cursor back to the last delimiter), each the
// whole replacement for the word.
using Completer = std::function<std::vector<std::string>(std::string_view word)>;

// With libedit on the terminal; history is loaded from `history_file` (when not empty) and
// saved there when the reader is destroyed.
std::unique_ptr<LineReader> make_terminal_reader(std::string history_file, Completer completer);

// Plain lines from stdin, with the prompt written to stderr.
std::unique_ptr<LineReader> make_plain_reader();

}  // namespace gyre::cli
