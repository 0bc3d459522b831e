// range objects (start, stop, step as int64_t: ranges over big ints are not supported yet) and
// their iterator.
// Invariants: step != 0; length is precomputed.
#pragma once

#include <cstdint>

#include "vm/object.hpp"

namespace gyre::vm {

struct Type;
extern Type* range_type;
extern Type* range_iterator_type;

// iter(range(...)): the interpreter loop steps it inline in FOR_ITER.
struct RangeIterator : Object {
  int64_t next, step, remaining;
};

struct Range : Object {
  int64_t start, stop, step;
  int64_t length;
};

// ValueError "range() arg 3 must not be zero" when step == 0.
Ref make_range(int64_t start, int64_t stop, int64_t step = 1);
inline Range* as_range(Value v) { return static_cast<Range*>(v.as_object()); }

}  // namespace gyre::vm
