#include "cli/line_editor.hpp"

#include <editline/readline.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "vm/signals.hpp"

namespace gyre::cli {

namespace {

// rlcompleter's delimiters: a completed word may contain dots (`g.se` completes to `g.send(`).
char g_word_breaks[] = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";

Completer* g_completer = nullptr;
std::string g_injected;  // keys read_character hands to libedit before reading more input
std::vector<std::string> g_matches;
size_t g_next_match = 0;

char* next_match(const char*, int state) {
  if (state == 0) g_next_match = 0;
  if (g_next_match >= g_matches.size()) return nullptr;
  return strdup(g_matches[g_next_match++].c_str());
}

char** attempt_completion(const char* text, int, int) {
  rl_attempted_completion_over = 1;  // never fall back to file names
  rl_completion_append_character = '\0';
  // Tab with only whitespace before the cursor indents (CPython inserts a tab).
  bool blank = true;
  for (int i = 0; i < rl_point && rl_line_buffer[i] != '\0'; ++i) {
    if (rl_line_buffer[i] != ' ' && rl_line_buffer[i] != '\t') blank = false;
  }
  if (blank) {
    rl_insert_text("\t");
    return nullptr;
  }
  g_matches = g_completer ? (*g_completer)(text) : std::vector<std::string>{};
  if (g_matches.empty()) return nullptr;
  return rl_completion_matches(text, next_match);
}

// libedit's input, one character (a code point) at a time: a read interrupted by SIGINT (the
// handler set the flag) ends the line as Enter would, and read_line reports the interruption.
// (libedit's own reading retries an interrupted read.) UTF-8 is decoded here because libedit
// takes this function's result as a whole wide character.
int read_character(FILE*) {
  if (!g_injected.empty()) {
    int c = static_cast<unsigned char>(g_injected.front());
    g_injected.erase(0, 1);
    return c;
  }
  auto read_byte = [](unsigned char& byte) {
    while (true) {
      ssize_t n = ::read(0, &byte, 1);
      if (n == 1) return true;
      if (n < 0 && errno == EINTR && !vm::g_sigint_pending) continue;
      return false;
    }
  };
  unsigned char byte;
  if (!read_byte(byte)) {
    // Interrupted: end the line (libedit ignores an EOF after text); read_line drops it.
    return vm::g_sigint_pending ? '\n' : -1;
  }
  if (byte == 0x03) {  // Ctrl-C arriving as a character (a terminal without ISIG)
    vm::g_sigint_pending = 1;
    return '\n';
  }
  int length = byte < 0x80            ? 1
               : (byte >> 5) == 0x6   ? 2
               : (byte >> 4) == 0xE   ? 3
               : (byte >> 3) == 0x1E  ? 4
                                      : 1;  // a stray continuation byte: passed on as is
  if (length == 1) return byte;
  int code = byte & (0x7F >> length);
  for (int i = 1; i < length; ++i) {
    unsigned char next;
    if (!read_byte(next)) return vm::g_sigint_pending ? '\n' : -1;
    code = (code << 6) | (next & 0x3F);
  }
  return code;
}

// Ctrl-D: end of input on an empty line (libedit's own binding would echo "^D" first), else
// delete the character under the cursor, as GNU readline does: by feeding libedit the Delete
// key, so that it redraws the line itself.
int end_of_file_or_delete(int, int) {
  if (rl_end == 0) {
    rl_done = 1;  // libedit returns end of input
  } else {
    g_injected = "\x1b[3~";
  }
  return 0;
}

// SIGINT while reading a line: the handler sets the VM's flag and the read fails with EINTR.
void sigint_for_reading(bool reading) { vm::set_sigint_interrupts_reads(reading); }

class TerminalReader : public LineReader {
 public:
  TerminalReader(std::string history_file, Completer completer)
      : history_file_(std::move(history_file)), completer_(std::move(completer)) {
    std::setlocale(LC_CTYPE, "");  // libedit decodes and displays by the locale (UTF-8)
    rl_readline_name = "gyre";
    rl_catch_signals = 0;  // our handler; libedit restores the terminal itself
    g_completer = &completer_;
    rl_attempted_completion_function = attempt_completion;
    rl_getc_function = read_character;
    rl_basic_word_break_characters = g_word_breaks;
    rl_initialize();
    using_history();
    stifle_history(1000);
    if (!history_file_.empty()) read_history(history_file_.c_str());
    rl_parse_and_bind("bind ^R em-inc-search-prev");
    rl_add_defun("gyre-end-of-file-or-delete", end_of_file_or_delete, 4);
  }
  ~TerminalReader() override {
    if (!history_file_.empty()) write_history(history_file_.c_str());
    g_completer = nullptr;
  }

  Status read_line(const std::string& prompt, std::string& line) override {
    vm::g_sigint_pending = 0;  // a Ctrl-C that came after the last statement finished
    sigint_for_reading(true);
    char* text = readline(prompt.c_str());
    sigint_for_reading(false);
    if (vm::g_sigint_pending) {
      vm::g_sigint_pending = 0;
      std::free(text);
      return Status::Interrupted;  // libedit already ended the line on the screen
    }
    if (text == nullptr) return Status::Eof;
    line = text;
    std::free(text);
    if (line.find_first_not_of(" \t") != std::string::npos) add_history(line.c_str());
    return Status::Line;
  }

 private:
  std::string history_file_;
  Completer completer_;
};

class PlainReader : public LineReader {
 public:
  Status read_line(const std::string& prompt, std::string& line) override {
    std::fputs(prompt.c_str(), stderr);
    std::fflush(stderr);
    line.clear();
    vm::g_sigint_pending = 0;
    sigint_for_reading(true);
    Status status = Status::Line;
    while (true) {
      int c = std::fgetc(stdin);
      if (c == EOF) {
        if (vm::g_sigint_pending) {
          vm::g_sigint_pending = 0;
          std::clearerr(stdin);
          std::fputc('\n', stderr);
          status = Status::Interrupted;
        } else if (line.empty()) {
          status = Status::Eof;
        }
        break;
      }
      if (c == '\n') break;
      line += static_cast<char>(c);
    }
    sigint_for_reading(false);
    return status;
  }
};

}  // namespace

std::unique_ptr<LineReader> make_terminal_reader(std::string history_file, Completer completer) {
  return std::make_unique<TerminalReader>(std::move(history_file), std::move(completer));
}

std::unique_ptr<LineReader> make_plain_reader() { return std::make_unique<PlainReader>(); }

}  // namespace gyre::cli
