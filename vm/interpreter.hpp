// The interpreter loop and its entry points (see vm/FRAMES.md).
//
// Invariants:
// - run_frame executes `frame` until it returns (the result) or an exception escapes it
//   (absent, exception pending). Python-to-Python calls inside it push frames without C++
//   recursion; C++ code calling Python (call_python_function) nests another run_frame.
// - The live Python frames form a chain through Frame::back from current_frame(); their count
//   is thread().recursion_depth, bounded by the recursion limit.
// - The exceptions being handled form a stack of ExcInfo entries (CPython's exc_info stack): the
//   thread's own at the bottom, one per running generator above it. PUSH_EXC_INFO and
//   POP_EXCEPT save and restore the top entry's exception on the value stack;
//   handled_exception() (sys.exc_info()) is the topmost one that is set.
#pragma once

#include <cstddef>

#include "vm/object.hpp"

namespace gyre::vm {

struct Code;
struct Dict;
struct Frame;
struct Function;
struct Tuple;

// One entry of the stack of exceptions being handled.
struct ExcInfo {
  Value exc;               // owned; absent when none
  ExcInfo* previous = nullptr;  // the entry below while linked
};

// Runs `frame` until it returns, raises or (a generator's frame) yields. With `throwing`, the
// pending exception is raised at the frame's current instruction first (generator.throw).
Ref run_frame(Frame* frame, bool throwing = false);
// Calls a Python function from C++ (a nested loop).
Ref call_python_function(Function* function, const Value* args, size_t nargs, Tuple* kwnames);
// Runs module-level code with `globals` as its namespace, or with `locals` as its local
// namespace when given (exec/eval with two mappings).
Ref run_module_code(Code* code, Dict* globals, Dict* builtins, Value locals = Value());
// Runs a class body function with `namespace_` as its locals; returns the __classcell__ cell
// (or None).
Ref run_class_body(Value body_function, Dict* namespace_);

Frame* current_frame();
void set_current_frame(Frame* frame);
Value handled_exception();  // borrowed; absent when none

// Binds call arguments to the parameters of `function` in `frame` (CPython's messages on
// error: false with TypeError pending).
bool bind_arguments(Function* function, Frame* frame, const Value* args, size_t nargs,
                    Tuple* kwnames);

}  // namespace gyre::vm
