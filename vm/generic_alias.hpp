// types.GenericAlias: what `list[int]` evaluates to (annotations are evaluated at def time).
// Only what annotations need: repr `list[int]`, __origin__, __args__, and calling the origin.
#pragma once

#include "vm/object.hpp"

namespace gyre::vm {

struct Type;
extern Type* generic_alias_type;

// Builtin classes that are generic (list, dict, tuple, set, frozenset, type).
bool is_generic_builtin(Type* type);
Ref make_generic_alias(Value origin, Value args);

}  // namespace gyre::vm
