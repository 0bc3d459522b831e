// The slower halves of the interpreter loop's opcodes: error messages, unpacking, raising,
// formatting. Kept out of vm/interpreter.cpp so that the loop reads as the loop.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "vm/object.hpp"

namespace gyre::vm {

struct Code;
struct Str;

// UnboundLocalError / NameError for the locals, cells and free variables of `code`.
Ref unbound_local(Code* code, uint32_t index);
Str* deref_name(Code* code, uint32_t index);
Ref unbound_deref(Code* code, uint32_t index);
// NameError "name 'x' is not defined" with its .name set.
Ref name_error(Str* name);

// format(value, spec) through __format__, as FORMAT_VALUE needs it.
Ref format_value(Value value, Value spec);
// The concatenation of `n` strs (BUILD_STRING).
Ref build_string(Value* items, size_t n);
// The exception raised by `raise X` / `raise X from Y`: instantiates classes, checks types.
Ref make_raised(Value v);
// Whether exception `exc` matches `type` (a class or a tuple of them) in an except clause:
// 1, 0, or -1 with TypeError pending.
int exception_matches(Value exc, Value type);
// Unpacks `seq` into out[0..n) (in order), the starred part as a list; CPython's messages.
bool unpack(Value seq, size_t before, size_t after, bool starred, std::vector<Value>& out);
// LOAD_NAME's lookup in a class or module namespace (any mapping): absent when missing.
Ref locals_get(Value locals, Str* name);

}  // namespace gyre::vm
