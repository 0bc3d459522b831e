// set and frozenset: a SetTable (vm/set_table.hpp), CPython's layout, so iteration order (slot
// order) is CPython's.
// Invariants: elements are hashable and owned; a frozenset is never mutated once published.
#pragma once

#include "vm/object.hpp"
#include "vm/set_table.hpp"

namespace gyre::vm {

struct Type;
struct Dict;
extern Type* set_type;
extern Type* frozenset_type;
extern Type* set_iterator_type;

struct Set : Object {
  SetTable table;
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
// Adds the items of any iterable the way CPython's set_update_internal does (a set or frozenset
// is merged table to table; an exact dict's keys come with their stored hashes). 0, -1.
int set_update(Set* s, Value iterable);
bool set_next(Set* s, size_t& pos, Value& item);

// The keys of an exact dict with their stored hashes, in order (CPython's _PyDict_Next).
bool dict_next_hashed(Dict* d, size_t& pos, Value& key, int64_t& hash);

}  // namespace gyre::vm
