// The compact, insertion-ordered hash table under dict (vm/dict.hpp), the fast paths of set
// (vm/set.cpp, vm/set_algebra.cpp) and the shared attribute names of a class
// (vm/instance_attrs.hpp). Layout in vm/OBJECTS.md ("Dict layout").
//
// Invariants: keys are hashable and owned, values owned (a value may be absent: sets and
// shared key tables keep none); used = number of live entries; entries are appended in
// insertion order and a deleted one keeps its place, with an absent key, until the next resize.
#pragma once

#include <cstddef>
#include <cstdint>

#include "vm/object.hpp"

namespace gyre::vm {

struct Str;

struct DictEntry {
  int64_t hash;
  Value key;    // absent = deleted
  Value value;
};

struct HashTable {
  // One block (vm/hash_table.cpp): usable(capacity) entries, [0, entries_used) allocated in
  // order, then `capacity` index slots of 1, 2, 4 or 8 bytes. Null when capacity is 0.
  DictEntry* entries;
  size_t capacity;      // power of two (0 = no storage yet)
  size_t entries_used;  // entries appended so far (live or deleted)
  size_t used;          // live entries
};
// Entries a table of `capacity` slots holds (2/3 of the slots, as CPython's USABLE_FRACTION).
constexpr size_t table_usable(size_t capacity) { return capacity * 2 / 3; }
// Bytes of the table's block: what sys.getsizeof counts.
size_t table_bytes(size_t capacity);

// ---- operations
void table_init(HashTable& t);
void table_free(HashTable& t);  // decrefs keys and values
// Index of the entry with key, -1 when missing, -2 on error. `hash` is hash(key).
int64_t table_lookup(HashTable& t, Value key, int64_t hash);
// table_lookup for an exact str key (never runs Python code unless a colliding key is not a str).
int64_t table_lookup_str(HashTable& t, Str* key, int64_t hash);
// Inserts or replaces: 0, -1. Increfs key and value (value may be absent for sets).
int table_insert(HashTable& t, Value key, int64_t hash, Value value);
// Removes the entry at index (from table_lookup); drops its references.
void table_remove_entry(HashTable& t, int64_t entry_index);

}  // namespace gyre::vm
