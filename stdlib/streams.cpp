// sys.stdout and sys.stderr: minimal text streams over file descriptors 1 and 2 (buffered
// stdout, unbuffered stderr, as CPython's when stdout is not a terminal).
#include <unistd.h>

#include <string>

#include "stdlib/builtins.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/native_function.hpp"
#include "vm/numbers.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/type.hpp"

namespace gyre::stdlib {

using namespace gyre::vm;

namespace {

std::string g_out_buffer;

void write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    ssize_t n = ::write(fd, text.data(), text.size());
    if (n <= 0) return;
    text.remove_prefix(static_cast<size_t>(n));
  }
}

}  // namespace

void write_stdout(std::string_view text) {
  g_out_buffer.append(text);
  if (g_out_buffer.size() >= 8192) {
    write_all(1, g_out_buffer);
    g_out_buffer.clear();
  }
}

void write_stderr(std::string_view text) { write_all(2, text); }

void flush_std_streams() {
  write_all(1, g_out_buffer);
  g_out_buffer.clear();
}

}  // namespace gyre::stdlib
