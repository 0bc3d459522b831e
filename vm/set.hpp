// set and frozenset: a HashTable (vm/dict.hpp) of keys with absent values.
// Invariants: elements are hashable and owned; a frozenset is never mutated once published.
// Iteration order is insertion order (CPython's differs: a known difference).
#pragma once

#include "vm/dict.hpp"
#include "vm/object.hpp"

namespace gyre::vm {

struct Type;
extern Type* set_type;
extern Type* frozenset_type;
extern Type* set_iterator_type;

struct Set : Object {
  HashTable table;
  int64_t hash_;  // frozenset only; 0 = not computed
};

Ref make_set();
Ref make_frozenset();  // empty; fill with set_add before publishing
bool is_set_or_frozenset(Value v);
inline Set* as_set(Value v) { return static_cast<Set*>(v.as_object()); }
inline size_t set_size(const Set* s) { return s->table.used; }

int set_add(Set* s, Value item);       // 0, -1
int set_discard(Set* s, Value item);   // 1 removed, 0 absent, -1 error
int set_contains(Set* s, Value item);  // 1, 0, -1
int set_update(Set* s, Value iterable);
bool set_next(Set* s, size_t& pos, Value& item);

}  // namespace gyre::vm
