// list objects: growable arrays of owned Values.
//
// Invariants: items[0..size) are owned and never absent; capacity >= size; items may be
// reallocated by any mutation, so never keep a pointer into items across a call that can run
// Python code (comparisons, hashes, __repr__): re-read list->items and check the size.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "vm/object.hpp"

namespace gyre::vm {

struct Type;
extern Type* list_type;
extern Type* list_iterator_type;
extern Type* list_reverse_iterator_type;

struct List : Object {
  size_t size;
  size_t capacity;
  Value* items;  // malloc'ed

  std::span<Value> span() { return {items, size}; }
};

Ref make_list(size_t reserve = 0);
Ref make_list(std::span<const Value> items);  // increfs
bool is_list(Value v);
inline List* as_list(Value v) { return static_cast<List*>(v.as_object()); }

// All return 0, or -1 with an exception pending.
int list_append(List* list, Value item);  // increfs item
int list_extend(List* list, Value iterable);
int list_insert(List* list, int64_t index, Value item);  // index clamped as list.insert
Ref list_pop(List* list, int64_t index = -1);            // IndexError "pop from empty list"
int list_remove(List* list, Value item);  // ValueError "list.remove(x): x not in list"
// list.index(x, start, stop): the index or -1 with ValueError "3 is not in list" pending.
int64_t list_index(List* list, Value item, int64_t start = 0, int64_t stop = INT64_MAX);
int64_t list_count(List* list, Value item);  // -1 on error
void list_reverse(List* list);
void list_clear(List* list);
// Stable sort; key may be absent (identity) and is called once per item; compares with <.
// ValueError "list modified during sort" if Python code mutates the list meanwhile.
int list_sort(List* list, Value key, bool reverse);
// Convenience: a tuple with the same items.
Ref list_as_tuple(List* list);

}  // namespace gyre::vm
