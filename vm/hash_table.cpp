// The compact hash table under dict and set (layout in vm/hash_table.hpp and vm/OBJECTS.md).
#include "vm/hash_table.hpp"

#include <cstdlib>
#include <cstring>
#include <new>

#include "vm/abstract.hpp"
#include "vm/str.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

namespace {

constexpr int64_t kEmpty = -1;
constexpr int64_t kDummy = -2;
constexpr size_t kMinCapacity = 8;

size_t usable(size_t capacity) { return table_usable(capacity); }

// Index slots are as narrow as the table allows (as CPython's dk_indices): 1 byte up to 128
// slots, 2 up to 32768, 4 below 2**31, else 8. Entry indices are below 2/3 of the capacity, and
// kEmpty/kDummy are negative, so they always fit.
size_t index_width(size_t capacity) {
  return capacity <= 128 ? 1 : capacity <= 32768 ? 2 : capacity <= (size_t{1} << 31) ? 4 : 8;
}
inline void* indices_of(const HashTable& t) { return t.entries + usable(t.capacity); }
inline int64_t get_index(const HashTable& t, size_t i) {
  size_t c = t.capacity;
  const void* indices = indices_of(t);
  if (c <= 128) return static_cast<const int8_t*>(indices)[i];
  if (c <= 32768) return static_cast<const int16_t*>(indices)[i];
  if (c <= (size_t{1} << 31)) return static_cast<const int32_t*>(indices)[i];
  return static_cast<const int64_t*>(indices)[i];
}
inline void set_index(HashTable& t, size_t i, int64_t v) {
  size_t c = t.capacity;
  void* indices = indices_of(t);
  if (c <= 128) static_cast<int8_t*>(indices)[i] = static_cast<int8_t>(v);
  else if (c <= 32768) static_cast<int16_t*>(indices)[i] = static_cast<int16_t>(v);
  else if (c <= (size_t{1} << 31)) static_cast<int32_t*>(indices)[i] = static_cast<int32_t>(v);
  else static_cast<int64_t*>(indices)[i] = v;
}

void free_storage(HashTable& t) {
  if (t.capacity != 0) free_block(t.entries, table_bytes(t.capacity));
}

// The first slot of `hash`'s probe sequence that is empty or deleted.
size_t find_free_slot(const HashTable& t, int64_t hash) {
  size_t mask = t.capacity - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  while (get_index(t, i) >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// The slot holding entry_index along hash's probe sequence.
size_t find_slot_of(const HashTable& t, int64_t hash, int64_t entry_index) {
  size_t mask = t.capacity - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  while (get_index(t, i) != entry_index) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// Rebuilds with room for at least `min_used` live entries, compacting deleted entries.
void resize(HashTable& t, size_t min_used) {
  size_t capacity = kMinCapacity;
  while (usable(capacity) < min_used) capacity <<= 1;
  size_t entry_capacity = usable(capacity);
  auto* entries = static_cast<DictEntry*>(allocate_block(table_bytes(capacity)));
  void* indices = entries + entry_capacity;
  std::memset(indices, 0xFF, capacity * index_width(capacity));  // every slot kEmpty (-1)
  size_t n = 0;
  for (size_t i = 0; i < t.entries_used; ++i)
    if (!t.entries[i].key.is_absent()) entries[n++] = t.entries[i];
  free_storage(t);
  t.entries = entries;
  t.capacity = capacity;
  t.entries_used = n;
  t.used = n;
  for (size_t i = 0; i < n; ++i) set_index(t, find_free_slot(t, entries[i].hash), static_cast<int64_t>(i));
}

}  // namespace

// A table's entries and index slots share one block: entries first (8-byte aligned), then the
// indices. Small tables (an instance's attributes) come from the small-block free lists.
size_t table_bytes(size_t capacity) {
  return capacity == 0 ? 0 : usable(capacity) * sizeof(DictEntry) + capacity * index_width(capacity);
}

void table_init(HashTable& t) { std::memset(&t, 0, sizeof(t)); }

void table_free(HashTable& t) {
  // The table is emptied before any decref, which may run code that uses it again.
  HashTable old = t;
  table_init(t);
  for (size_t i = 0; i < old.entries_used; ++i) {
    decref(old.entries[i].key);
    decref(old.entries[i].value);
  }
  free_storage(old);
}

int64_t table_lookup(HashTable& t, Value key, int64_t hash) {
restart:
  if (t.capacity == 0) return -1;
  size_t mask = t.capacity - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  bool key_is_str = is_str_exact(key);
  while (true) {
    int64_t ix = get_index(t, i);
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      DictEntry& e = t.entries[ix];
      if (e.key == key) return ix;
      if (e.hash == hash) {
        if (key_is_str && is_str_exact(e.key)) {
          if (str_equal(as_str(e.key), as_str(key))) return ix;
        } else {
          DictEntry* entries_before = t.entries;
          Ref start_key = Ref::borrow(e.key);
          int eq = rich_compare_bool(start_key.get(), key, CompareOp::Eq);
          if (eq < 0) return -2;
          // Python code in __eq__ may have mutated the table: start over.
          if (t.entries != entries_before || static_cast<size_t>(ix) >= t.entries_used ||
              t.entries[ix].key != start_key.get())
            goto restart;
          if (eq) return ix;
        }
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

int64_t table_lookup_str(HashTable& t, Str* key, int64_t hash) {
  if (t.capacity == 0) return -1;
  size_t mask = t.capacity - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  Value key_value = value_of(key);
  while (true) {
    int64_t ix = get_index(t, i);
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      DictEntry& e = t.entries[ix];
      if (e.key == key_value) return ix;  // interned names: the common case
      if (e.hash == hash) {
        // Anything but an exact str may define __eq__: the general lookup handles it.
        if (!is_str_exact(e.key)) return table_lookup(t, key_value, hash);
        if (str_equal(as_str(e.key), key)) return ix;
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

int table_insert(HashTable& t, Value key, int64_t hash, Value value) {
  int64_t ix = table_lookup(t, key, hash);
  if (ix == -2) return -1;
  if (ix >= 0) {
    Value old = t.entries[ix].value;
    incref(value);
    t.entries[ix].value = value;
    decref(old);
    return 0;
  }
  if (t.entries_used >= usable(t.capacity)) resize(t, (t.used + 1) * 3 / 2 + 1);
  size_t slot = find_free_slot(t, hash);
  incref(key);
  incref(value);
  t.entries[t.entries_used] = DictEntry{hash, key, value};
  set_index(t, slot, static_cast<int64_t>(t.entries_used));
  ++t.entries_used;
  ++t.used;
  return 0;
}

void table_remove_entry(HashTable& t, int64_t entry_index) {
  DictEntry& e = t.entries[entry_index];
  set_index(t, find_slot_of(t, e.hash, entry_index), kDummy);
  Value key = e.key, value = e.value;
  e.key = Value();
  e.value = Value();
  --t.used;
  decref(key);
  decref(value);
}

}  // namespace gyre::vm
