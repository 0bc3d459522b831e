// The single-threaded runtime state: the pending exception, the recursion depth, and the
// start-up of the builtin types.
//
// Invariants:
// - init_runtime() runs once before any other VM call (it is idempotent); it creates every
//   builtin type, the singletons and the interned names.
// - thread().exception owns the pending exception instance (absent = none pending).
// - recursion_depth counts nested calls that C++ code makes into Python-level behaviour
//   (RecursionGuard) and Python frames (the interpreter loop); exceeding recursion_limit raises
//   RecursionError.
#pragma once

#include <cstdint>
#include <vector>

#include "vm/object.hpp"

namespace gyre::vm {

struct ThreadState {
  Value exception;  // owned; the pending exception instance or absent
  int recursion_depth = 0;
  int recursion_limit = 1000;
};

// The one thread's state: a plain global (constant-initialized), so that reaching it costs
// no call and no guard.
inline ThreadState g_thread_state;
inline ThreadState& thread() { return g_thread_state; }

void init_runtime();

// Enters one recursion level; `where` completes the message: "maximum recursion depth
// exceeded" + where (e.g. " while calling a Python object", " while getting the repr of an
// object"). Check ok() after construction: false = RecursionError raised, do not proceed.
class RecursionGuard {
 public:
  explicit RecursionGuard(const char* where = "");
  ~RecursionGuard();
  RecursionGuard(const RecursionGuard&) = delete;
  RecursionGuard& operator=(const RecursionGuard&) = delete;
  bool ok() const { return ok_; }

 private:
  bool ok_;
};

// Guards repr() of containers against infinite recursion (Py_ReprEnter/Py_ReprLeave): returns
// true when `o` is already being repr'd further up (the caller then prints "[...]"), else
// records it; every false return must be matched by repr_leave(o).
bool repr_enter(Object* o);
void repr_leave(Object* o);

}  // namespace gyre::vm
