// types.UnionType: `int | None`, `list[int] | str` (PEP 604).
#pragma once

#include "vm/object.hpp"

namespace gyre::vm {

struct Type;
extern Type* union_type;

// a | b for classes, None, generic aliases and unions (flattened, duplicates dropped; a
// single member is returned as itself); NotImplemented for anything else.
Ref make_union(Value a, Value b);

}  // namespace gyre::vm
