// Set algebra for set and frozenset (vm/set_algebra.cpp).
#pragma once

#include <cstddef>

#include "vm/object.hpp"

namespace gyre::vm {

struct Type;
struct Tuple;

// The methods (NativeFn signature), listed in set's and frozenset's method tables.
Ref set_union(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref set_intersection(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref set_difference(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref set_symmetric_difference(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref set_issubset(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref set_issuperset(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref set_isdisjoint(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref set_intersection_update(Value self, const Value* args, size_t nargs, Tuple* kwnames);  // set only
Ref set_difference_update(Value self, const Value* args, size_t nargs, Tuple* kwnames);    // set only
Ref set_symmetric_difference_update(Value self, const Value* args, size_t nargs, Tuple* kwnames);
// The | & - ^ slots, and |= &= -= ^= when `mutable_set`.
void add_set_algebra(Type* type, bool mutable_set);

}  // namespace gyre::vm
