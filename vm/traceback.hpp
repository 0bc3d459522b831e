// Traceback objects and CPython 3.11's rendering of an uncaught exception.
//
// Invariants: a traceback entry records one frame and the line executing when the exception
// passed through it; tb_next points towards the frame where it was raised. The exception's
// __traceback__ is the outermost entry recorded so far.
#pragma once

#include <string>

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

void init_traceback_type();

}  // namespace gyre::vm
