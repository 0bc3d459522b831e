// Builtin functions and methods implemented in C++, and how a builtin type declares them.
//
// A type lists its methods in a static MethodDef table (terminated by {}) and its attributes
// in a GetSetDef table, pointed to by Type::methods / Type::getsets; type_ready puts a
// method_descriptor / getset_descriptor per entry in the type's dict. Looking the method up on
// an instance binds it (descr_get) into a builtin_function_or_method with `self` set, so
// `[].append(1)` and `list.append(l, 1)` both work; the descriptor checks the type of self
// ("descriptor 'append' for 'list' objects doesn't apply to a 'int' object").
//
// Argument counts are checked before the C++ function runs, from MethodDef::arity, with
// CPython's messages:
//   kNoArgs:  "pop() takes no arguments (1 given)"
//   kOneArg:  "append() takes exactly one argument (0 given)"
//   kRange:   "insert expected 2 arguments, got 1" / "pop expected at most 1 argument, got 2" /
//             "index expected at least 1 argument, got 0"
//   kAny:     no check (the function checks itself)
// and, unless accepts_keywords, "append() takes no keyword arguments".
#pragma once

#include <cstddef>
#include <cstdint>

#include "vm/object.hpp"

namespace gyre::vm {

struct Dict;

struct Type;
struct Tuple;
struct Str;

// self is the bound object (absent for a plain function); args/nargs/kwnames as CallSlot.
using NativeFn = Ref (*)(Value self, const Value* args, size_t nargs, Tuple* kwnames);
using GetterFn = Ref (*)(Value self);
using SetterFn = int (*)(Value self, Value value);  // value absent = delete

enum class Arity : uint8_t { kAny, kNoArgs, kOneArg, kRange };
enum class MethodKind : uint8_t { kInstance, kClass, kStatic };

struct MethodDef {
  const char* name;  // null terminates a table
  NativeFn fn;
  Arity arity = Arity::kAny;
  uint8_t min_args = 0, max_args = 0;  // for kRange
  bool accepts_keywords = false;
  MethodKind kind = MethodKind::kInstance;  // kClass: self is the type
};

// Whether `def` takes `npos` positional arguments (no keywords): check_arity's test, without
// the error.
inline bool arity_accepts(const MethodDef* def, size_t npos) {
  switch (def->arity) {
    case Arity::kAny: return true;
    case Arity::kNoArgs: return npos == 0;
    case Arity::kOneArg: return npos == 1;
    case Arity::kRange: return npos >= def->min_args && npos <= def->max_args;
  }
  return false;
}

struct GetSetDef {
  const char* name;  // null terminates a table
  GetterFn get;
  SetterFn set = nullptr;  // null: read-only ("attribute '...' of '...' objects is not writable")
};

extern Type* builtin_function_type;   // builtin_function_or_method
extern Type* method_descriptor_type;  // method_descriptor
extern Type* classmethod_descriptor_type;
extern Type* getset_descriptor_type;  // getset_descriptor

struct NativeFunction : Object {
  const MethodDef* def;
  Value self;         // owned; absent for a module-level function
  Str* module_name;   // owned or null
};
struct MethodDescriptor : Object {
  const MethodDef* def;
  Type* owner;  // borrowed (builtin types are immortal)
};
struct GetSetDescriptor : Object {
  const GetSetDef* def;
  Type* owner;
};

// A builtin function (module-level: self absent) or a method bound to self.
Ref make_native_function(const MethodDef* def, Value self);
// Puts a native function for every entry of `defs` (a null-name-terminated table) into
// `namespace_` (a module's or the builtins' dict), under its name.
void add_functions(Dict* namespace_, const MethodDef* defs);
Ref make_method_descriptor(const MethodDef* def, Type* owner);
Ref make_getset_descriptor(const GetSetDef* def, Type* owner);

// Checks nargs/kwnames against def's arity; false with TypeError pending.
bool check_arity(const MethodDef* def, size_t nargs, Tuple* kwnames);

// Adds descriptors for type->methods and type->getsets into type->dict (type_ready).
bool add_type_methods(Type* type);

}  // namespace gyre::vm
