// types.GenericAlias: what `list[int]` evaluates to (annotations are evaluated at def time).
// Only what annotations need: repr `list[int]`, __origin__, __args__, and calling the origin.
#pragma once

#include <string>

#include "vm/object.hpp"

namespace gyre::vm {

struct Type;
extern Type* generic_alias_type;

// Builtin classes that are generic (list, dict, tuple, set, frozenset, type).
bool is_generic_builtin(Type* type);
Ref make_generic_alias(Value origin, Value args);
// Appends how typing shows an argument: a class as module.qualname (builtins by qualname),
// anything else by repr. False with an exception pending.
bool append_type_or_repr(std::string& out, Value v);

}  // namespace gyre::vm
