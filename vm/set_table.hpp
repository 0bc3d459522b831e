// The hash table under set and frozenset: CPython 3.11's open-addressing table (its
// Objects/setobject.c), rebuilt here because a set's iteration order is its slot order, and
// programs print sets. dict keeps its own insertion-ordered table (vm/dict.hpp).
//
// Layout: `slots` is an array of mask+1 {key, hash} entries, mask+1 a power of two >= 8. A slot
// is empty (key absent, hash 0), a dummy left by a deletion (key absent, hash -1; no real hash
// is -1), or active. Probing for a hash starts at slot hash & mask, looks at that slot and the
// kLinearProbes following ones when they do not run past the end, then jumps:
// perturb >>= 5; i = (i * 5 + 1 + perturb) & mask. Dummies keep probe chains intact.
//
// Invariants: fill = active + dummy slots, used = active slots; fill < mask + 1, so every probe
// sequence reaches an empty slot. Active keys are owned. A zeroed SetTable (slots null) is a
// valid empty table of 8 slots not allocated yet. Comparing keys can run Python code (__eq__)
// that mutates the table: probes restart when that happens, as CPython's do.
#pragma once

#include <cstddef>
#include <cstdint>

#include "vm/value.hpp"

namespace gyre::vm {

struct SetEntry {
  Value key;  // absent: empty or dummy slot
  int64_t hash;
};

struct SetTable {
  SetEntry* slots;  // mask + 1 entries, or null (empty, 8 slots once allocated)
  size_t mask;
  size_t fill;    // active + dummy slots
  size_t used;    // active slots
  size_t finger;  // where pop() resumes scanning (taken modulo the size)
};

// Empties `t` (dropping its keys' references) back to 8 slots; `finger` is kept, as CPython's is.
void set_table_clear(SetTable& t);
// 1 present, 0 absent, -1 error.
int set_table_contains(SetTable& t, Value key, int64_t hash);
// Inserts key (increfed) unless an equal key is there: 0, -1.
int set_table_add(SetTable& t, Value key, int64_t hash);
// Replaces key's slot with a dummy: 1 removed, 0 absent, -1 error.
int set_table_discard(SetTable& t, Value key, int64_t hash);
// Rebuilds into the smallest power of two (>= 8) greater than min_used slots, dropping dummies.
void set_table_resize(SetTable& t, size_t min_used);
// The size CPython asks set_table_resize for when a table fills up or sheds many dummies.
inline size_t set_table_growth(size_t used) { return used > 50000 ? used * 2 : used * 4; }
// Before adding about `incoming` keys at once: one resize now rather than several later.
void set_table_presize(SetTable& t, size_t incoming);
// Adds every key of `other` (which must not be `t`): a slot-for-slot copy when `t` is empty and
// of the same size, clean reinsertion in slot order when `t` is empty, else key by key. 0, -1.
int set_table_merge(SetTable& t, SetTable& other);
// Active entries in slot order: `pos` starts at 0; false at the end.
bool set_table_next(const SetTable& t, size_t& pos, const SetEntry*& entry);
// Takes the first active key at or after the finger (wrapping around); t.used must be > 0.
// Returns the key's reference.
Value set_table_pop(SetTable& t);
// Exchanges the contents of two tables (not their fingers, as CPython's set_swap_bodies).
void set_table_swap(SetTable& a, SetTable& b);

}  // namespace gyre::vm
