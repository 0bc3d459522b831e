// Traceback objects and CPython 3.11's rendering of an uncaught exception.
//
// Invariants: a traceback entry records one frame and the line executing when the exception
// passed through it; tb_next points towards the frame where it was raised. The exception's
// __traceback__ is the outermost entry recorded so far.
#pragma once

#include <string>
#include <string_view>

#include "vm/object.hpp"

namespace gyre::vm {

struct Frame;
struct Type;
extern Type* traceback_type;

struct Traceback : Object {
  Traceback* next;  // owned or null
  Frame* frame;     // owned
  int lineno;
};

// Prepends an entry for (frame, its current line) to exception's __traceback__.
void add_traceback(Value exception, Frame* frame);

// What CPython prints for an uncaught exception (chained exceptions first), without the
// 3.11 position markers (`^^^`).
std::string format_exception(Value exception);
// Its last part: `Type: message` (a SyntaxError with its location lines).
std::string format_exception_only(Value exception);
// The `Traceback (most recent call last):` block of `tb` alone.
std::string format_traceback_entries(Value tb);

// CPython's report of an exception that cannot be raised (from a finalizer): "Exception
// ignored in: <repr of object>", the traceback and the exception line, on stderr.
void report_unraisable(Value exception, Value object);
// Where the VM writes to stderr (the stdlib points it at sys.stderr's stream).
using StderrWriter = void (*)(std::string_view text);
void set_stderr_writer(StderrWriter writer);

void init_traceback_type();

}  // namespace gyre::vm
