// Raising, inspecting and clearing the pending exception (errors by return value).
//
// Invariants: at most one exception is pending (thread().exception). raise* functions replace a
// pending exception (the old one is dropped) and return an absent Ref, so native code writes
// `return raise(type_error, "...")`. For int-returning code, `raise(...); return -1;`.
// Exception chaining (__context__) is the interpreter's job, not these functions'.
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>

#include "vm/object.hpp"
#include "vm/runtime.hpp"

namespace gyre::vm {

struct Type;

// Raises type(message) (message as one str argument). `type` must be an exception type.
Ref raise(Type* type, std::string_view message);
template <class... Args>
Ref raise_format(Type* type, fmt::format_string<Args...> format, Args&&... args) {
  return raise(type, fmt::format(format, std::forward<Args>(args)...));
}
// Raises type() with no arguments (e.g. StopIteration()).
Ref raise_empty(Type* type);
// Raises an exception instance (borrowed; increfed) or, given an exception class, an instance
// made by calling it with no arguments. TypeError "exceptions must derive from BaseException"
// otherwise.
Ref raise_value(Value exception);
// Raises KeyError(key) (the key kept as the argument, so str() shows its repr).
Ref raise_key_error(Value key);
// Raises MemoryError (used when std::bad_alloc is caught at a boundary).
Ref raise_no_memory();

inline bool error_pending() { return !thread().exception.is_absent(); }
// Takes the pending exception (absent if none) and clears it.
Ref fetch_error();
void clear_error();
// Is the pending exception an instance of `type` (or a subclass)? false when none pending.
bool error_matches(Type* type);
// Borrowed pending exception (absent if none).
Value pending_error();

// "'<name>'" of the type of v, as used in messages.
std::string type_name_of(Value v);

}  // namespace gyre::vm
