// tuple objects: immutable fixed-size arrays of owned Values.
//
// Invariants: items[0..size) are owned, never absent once the tuple is visible to Python code
// (make_tuple_uninitialized gives absent items that the caller must fill before publishing).
// The empty tuple is a singleton. hash is CPython's xxHash-based tuplehash (so hash((1, 2))
// equals python3's).
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>

#include "vm/object.hpp"

namespace gyre::vm {

struct Type;
extern Type* tuple_type;
extern Type* tuple_iterator_type;

struct Tuple : Object {
  size_t size;
  Value items[1];  // size entries (at least 1 allocated)

  std::span<Value> span() { return {items, size}; }
  Value at(size_t i) const { return items[i]; }
};

// Items absent; fill with set_uninitialized_item (steals).
Ref make_tuple_uninitialized(size_t size);
// Copies (increfs) the items.
Ref make_tuple(std::span<const Value> items);
Ref make_tuple(std::initializer_list<Value> items);
Tuple* empty_tuple();  // borrowed singleton
inline void tuple_init_item(Tuple* t, size_t i, Value stolen) { t->items[i] = stolen; }

bool is_tuple(Value v);
inline Tuple* as_tuple(Value v) { return static_cast<Tuple*>(v.as_object()); }
inline size_t tuple_size(const Tuple* t) { return t ? t->size : 0; }  // null = empty (kwnames)

int64_t tuple_hash(Tuple* t);
Ref tuple_slice(Tuple* t, int64_t start, int64_t stop, int64_t step, size_t count);

}  // namespace gyre::vm
