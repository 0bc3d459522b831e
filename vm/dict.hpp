// dict objects: CPython's compact, insertion-ordered hash table (see vm/OBJECTS.md).
//
// Layout: `indices` is an open-addressed array of capacity 2^k slots holding an entry index,
// kEmpty or kDummy (deleted); `entries` is a dense array of {hash, key, value} in insertion
// order, where a deleted entry has an absent key. Probing follows CPython's perturbation
// sequence. The table grows (and compacts deleted entries) when the entries array is full.
//
// Invariants: keys are hashable and owned, values owned; used = number of live entries;
// version increases on every mutation (for caches); a lookup never sees absent keys. Methods
// that compare keys can run Python code (__eq__), which may mutate the dict: lookups restart
// when that happens, as CPython's do.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "vm/hash_table.hpp"
#include "vm/object.hpp"

namespace gyre::vm {

struct Type;
struct Str;
extern Type* dict_type;
extern Type* dict_keys_type;
extern Type* dict_values_type;
extern Type* dict_items_type;
extern Type* dict_keyiterator_type;
extern Type* dict_valueiterator_type;
extern Type* dict_itemiterator_type;

struct Dict : Object {
  HashTable table;
  uint64_t version;  // unique among all dicts: a new value from one counter at every change
};

// Gives `d` a new version (every mutation calls it). Versions come from one counter, so a
// (dict, version) pair seen by a cache can never come back after a change.
inline uint64_t g_dict_version_counter = 0;
inline void dict_modified(Dict* d) { d->version = ++g_dict_version_counter; }

Ref make_dict();
bool is_dict(Value v);
inline Dict* as_dict(Value v) { return static_cast<Dict*>(v.as_object()); }
inline size_t dict_size(const Dict* d) { return d->table.used; }

// Lookup: BORROWED value, absent when missing (no exception) or on error (exception pending;
// check error_pending() when the key type may have a Python __eq__/__hash__).
Value dict_get(Dict* d, Value key);
Value dict_get_str(Dict* d, Str* key);        // fast path: never raises
Value dict_get_str(Dict* d, std::string_view key);
// 0 or -1. Key and value are increfed.
int dict_set(Dict* d, Value key, Value value);
int dict_set_str(Dict* d, std::string_view key, Value value);
// 1 deleted, 0 missing (no exception), -1 error.
int dict_del(Dict* d, Value key);
// 1, 0, -1.
int dict_contains(Dict* d, Value key);
void dict_clear(Dict* d);
Ref dict_copy(Dict* d);
int dict_update(Dict* d, Dict* other);
// Iterates live entries in order: `pos` starts at 0; returns false at the end. Key/value are
// borrowed.
bool dict_next(Dict* d, size_t& pos, Value& key, Value& value);
Ref dict_keys_list(Dict* d);

}  // namespace gyre::vm
