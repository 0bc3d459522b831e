// slice objects and the index arithmetic sequences share (slice.indices semantics).
// Invariants: start/stop/step are owned Values (None when omitted).
#pragma once

#include <cstddef>
#include <cstdint>

#include "vm/object.hpp"

namespace gyre::vm {

struct Type;
extern Type* slice_type;

struct Slice : Object {
  Value start, stop, step;
};

Ref make_slice(Value start, Value stop, Value step);  // increfs
bool is_slice(Value v);
inline Slice* as_slice(Value v) { return static_cast<Slice*>(v.as_object()); }

struct SliceIndices {
  int64_t start, stop, step;
  size_t count;  // number of items selected
};
// PySlice_Unpack + PySlice_AdjustIndices over a sequence of `length`: false with ValueError
// "slice step cannot be zero" or TypeError "slice indices must be integers or None or have an
// __index__ method" pending.
bool slice_indices(Slice* slice, size_t length, SliceIndices& out);
// Normalizes a (possibly negative) index against length: returns false when out of range.
inline bool normalize_index(int64_t& index, size_t length) {
  if (index < 0) index += static_cast<int64_t>(length);
  return index >= 0 && static_cast<uint64_t>(index) < length;
}

}  // namespace gyre::vm
