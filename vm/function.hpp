// Python function objects, cells (closed-over variables) and bound methods.
//
// Invariants:
// - A Function owns its code, globals, name/qualname, and the optional defaults (tuple),
//   kwdefaults (dict), closure (tuple of cells, one per code->freevars entry), annotations,
//   dict and doc; absent/null fields mean "none".
// - Functions are descriptors: looked up on an instance they bind into a BoundMethod
//   (`<bound method C.f of <...>>`); calling a BoundMethod calls the function with self first.
// - Calling a Function from C++ (the `call` slot) runs a nested interpreter loop; the loop
//   itself calls Python functions without C++ recursion (vm/interpreter.cpp).
#pragma once

#include "vm/object.hpp"

namespace gyre::vm {

struct Code;
struct Dict;
struct Str;
struct Tuple;
struct Type;

extern Type* function_type;
extern Type* cell_type;
extern Type* method_type;

struct Function : Object {
  Code* code;          // owned
  Dict* globals;       // owned
  Dict* builtins;      // owned: the builtins namespace of the module it was made in
  Str* name;           // owned, __name__
  Str* qualname;       // owned, __qualname__
  Value module;        // owned, __module__ (from globals' __name__)
  Value doc;           // owned, __doc__
  Tuple* defaults;     // owned or null
  Dict* kwdefaults;    // owned or null
  Tuple* closure;      // owned or null
  Value annotations;   // owned or absent (made lazily)
  Dict* dict;          // owned or null: the instance __dict__
};

struct Cell : Object {
  Value contents;  // owned; absent = empty
};

struct BoundMethod : Object {
  Value function;  // owned
  Value self;      // owned
};

Ref make_function(Code* code, Dict* globals, Dict* builtins);
Ref make_cell(Value contents);  // contents borrowed (absent for an empty cell)
Ref make_bound_method(Value function, Value self);

inline Function* as_function(Value v) { return static_cast<Function*>(v.as_object()); }
inline Cell* as_cell(Value v) { return static_cast<Cell*>(v.as_object()); }
inline BoundMethod* as_bound_method(Value v) { return static_cast<BoundMethod*>(v.as_object()); }
inline bool is_function(Value v) { return v.is_object() && v.as_object()->type == function_type; }
inline bool is_bound_method(Value v) { return v.is_object() && v.as_object()->type == method_type; }

void init_function_types();

}  // namespace gyre::vm
