// CPython 3.11's set table (layout and invariants in vm/set_table.hpp). Every rule that decides
// where a key lands -- probe order, which dummy an insertion reuses, when and to what size the
// table is rebuilt, the order of rebuilding -- follows CPython's, since the slot order is the
// iteration order programs see.
#include "vm/set_table.hpp"

#include <cstdlib>
#include <new>
#include <utility>

#include "vm/abstract.hpp"
#include "vm/object.hpp"
#include "vm/str.hpp"

namespace gyre::vm {

namespace {

constexpr size_t kMinSize = 8;
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;
constexpr int64_t kDummyHash = -1;
constexpr size_t kNoSlot = static_cast<size_t>(-1);

SetEntry* new_slots(size_t size) {
  auto* slots = static_cast<SetEntry*>(std::malloc(size * sizeof(SetEntry)));
  if (slots == nullptr) throw std::bad_alloc();
  for (size_t i = 0; i < size; ++i) slots[i] = SetEntry{Value(), 0};
  return slots;
}

void ensure_slots(SetTable& t) {
  if (t.slots != nullptr) return;
  t.slots = new_slots(kMinSize);
  t.mask = kMinSize - 1;
}

// The next probe window start after the window at `i`.
size_t next_window(size_t i, uint64_t& perturb, size_t mask) {
  perturb >>= kPerturbShift;
  return (i * 5 + 1 + perturb) & mask;
}

// How many slots after `i` the window at `i` also covers.
size_t window_extra(size_t i, size_t mask) { return i + kLinearProbes <= mask ? kLinearProbes : 0; }

// Stores a key known to be absent into a table without dummies (no comparisons).
void insert_clean(SetEntry* slots, size_t mask, Value key, int64_t hash) {
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  while (true) {
    size_t last = i + window_extra(i, mask);
    for (size_t j = i; j <= last; ++j) {
      if (slots[j].key.is_absent()) {
        slots[j] = SetEntry{key, hash};
        return;
      }
    }
    i = next_window(i, perturb, mask);
  }
}

enum class Probe { Found, Missing, Error };

// Walks key's probe sequence to key's slot (Found) or to the empty slot that ends it (Missing);
// `slot` is set either way, except for Missing in an unallocated table. With `last_dummy` (for
// an insertion, which then allocates), also reports the last dummy passed (kNoSlot when none):
// CPython's insertion reuses that one rather than the first.
Probe probe(SetTable& t, Value key, int64_t hash, size_t& slot, size_t* last_dummy) {
  bool key_is_str = is_str_exact(key);
restart:
  if (t.slots == nullptr) {  // never allocated, or cleared by __eq__
    if (last_dummy == nullptr) return Probe::Missing;
    ensure_slots(t);
  }
  SetEntry* slots = t.slots;
  size_t mask = t.mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  if (last_dummy != nullptr) *last_dummy = kNoSlot;
  while (true) {
    size_t last = i + window_extra(i, mask);
    for (size_t j = i; j <= last; ++j) {
      const SetEntry& e = slots[j];
      if (e.key.is_absent()) {
        if (e.hash == 0) {
          slot = j;
          return Probe::Missing;
        }
        if (last_dummy != nullptr) *last_dummy = j;
        continue;
      }
      if (e.hash != hash) continue;
      if (e.key == key) {
        slot = j;
        return Probe::Found;
      }
      if (key_is_str && is_str_exact(e.key)) {
        if (str_equal(as_str(e.key), as_str(key))) {
          slot = j;
          return Probe::Found;
        }
        continue;
      }
      Ref start_key = Ref::borrow(e.key);
      int eq = rich_compare_bool(start_key.get(), key, CompareOp::Eq);
      if (eq < 0) return Probe::Error;
      // Python code in __eq__ may have changed the table: start over.
      if (t.slots != slots || t.mask != mask || slots[j].key != start_key.get()) goto restart;
      if (eq) {
        slot = j;
        return Probe::Found;
      }
    }
    i = next_window(i, perturb, mask);
  }
}

}  // namespace

void set_table_clear(SetTable& t) {
  // Detach first: dropping a key can run Python code that uses the set.
  SetEntry* slots = t.slots;
  size_t size = slots != nullptr ? t.mask + 1 : 0;
  t.slots = nullptr;
  t.mask = kMinSize - 1;
  t.fill = t.used = 0;
  for (size_t i = 0; i < size; ++i) decref(slots[i].key);
  std::free(slots);
}

int set_table_contains(SetTable& t, Value key, int64_t hash) {
  if (t.slots == nullptr) return 0;
  size_t slot;
  switch (probe(t, key, hash, slot, nullptr)) {
    case Probe::Found: return 1;
    case Probe::Missing: return 0;
    case Probe::Error: break;
  }
  return -1;
}

int set_table_add(SetTable& t, Value key, int64_t hash) {
  ensure_slots(t);
  Ref hold = Ref::borrow(key);  // the comparisons may drop the caller's reference
  size_t slot, dummy;
  switch (probe(t, key, hash, slot, &dummy)) {
    case Probe::Found: return 0;
    case Probe::Error: return -1;
    case Probe::Missing: break;
  }
  if (dummy != kNoSlot) {
    t.slots[dummy] = SetEntry{hold.release(), hash};
    ++t.used;
    return 0;
  }
  t.slots[slot] = SetEntry{hold.release(), hash};
  ++t.fill;
  ++t.used;
  if (t.fill * 5 >= t.mask * 3) set_table_resize(t, set_table_growth(t.used));
  return 0;
}

int set_table_discard(SetTable& t, Value key, int64_t hash) {
  if (t.slots == nullptr) return 0;
  size_t slot;
  switch (probe(t, key, hash, slot, nullptr)) {
    case Probe::Found: break;
    case Probe::Missing: return 0;
    case Probe::Error: return -1;
  }
  Value old = t.slots[slot].key;
  t.slots[slot] = SetEntry{Value(), kDummyHash};
  --t.used;
  decref(old);
  return 1;
}

void set_table_resize(SetTable& t, size_t min_used) {
  size_t size = kMinSize;
  while (size <= min_used) size <<= 1;
  // CPython keeps a minimum-size table that has no dummies as it is (no rebuild, no reorder).
  if (size == kMinSize && (t.slots == nullptr || (t.mask == kMinSize - 1 && t.fill == t.used))) {
    ensure_slots(t);
    return;
  }
  SetEntry* old = t.slots;
  size_t old_size = old != nullptr ? t.mask + 1 : 0;
  SetEntry* slots = new_slots(size);
  for (size_t i = 0; i < old_size; ++i)
    if (!old[i].key.is_absent()) insert_clean(slots, size - 1, old[i].key, old[i].hash);
  std::free(old);
  t.slots = slots;
  t.mask = size - 1;
  t.fill = t.used;
}

void set_table_presize(SetTable& t, size_t incoming) {
  ensure_slots(t);
  if ((t.fill + incoming) * 5 >= t.mask * 3) set_table_resize(t, (t.used + incoming) * 2);
}

int set_table_merge(SetTable& t, SetTable& other) {
  if (other.used == 0) return 0;
  set_table_presize(t, other.used);
  if (t.fill == 0) {
    if (t.mask == other.mask && other.fill == other.used) {
      // Same size, no dummies to drop: every key keeps its slot.
      for (size_t i = 0; i <= other.mask; ++i) {
        incref(other.slots[i].key);
        t.slots[i] = other.slots[i];
      }
    } else {
      for (size_t i = 0; i <= other.mask; ++i) {
        const SetEntry& e = other.slots[i];
        if (e.key.is_absent()) continue;
        incref(e.key);
        insert_clean(t.slots, t.mask, e.key, e.hash);
      }
    }
    t.fill = t.used = other.used;
    return 0;
  }
  // Keys may already be there: ordinary insertions (which can run __eq__, so `other` is re-read
  // at every step).
  for (size_t i = 0; other.slots != nullptr && i <= other.mask; ++i) {
    SetEntry e = other.slots[i];
    if (e.key.is_absent()) continue;
    Ref key = Ref::borrow(e.key);
    if (set_table_add(t, key.get(), e.hash) < 0) return -1;
  }
  return 0;
}

bool set_table_next(const SetTable& t, size_t& pos, const SetEntry*& entry) {
  if (t.slots == nullptr) return false;
  while (pos <= t.mask) {
    const SetEntry& e = t.slots[pos++];
    if (!e.key.is_absent()) {
      entry = &e;
      return true;
    }
  }
  return false;
}

Value set_table_pop(SetTable& t) {
  size_t i = t.finger & t.mask;
  while (t.slots[i].key.is_absent()) i = (i + 1) & t.mask;
  Value key = t.slots[i].key;
  t.slots[i] = SetEntry{Value(), kDummyHash};
  --t.used;
  t.finger = i + 1;
  return key;
}

void set_table_swap(SetTable& a, SetTable& b) {
  std::swap(a.slots, b.slots);
  std::swap(a.mask, b.mask);
  std::swap(a.fill, b.fill);
  std::swap(a.used, b.used);
}

}  // namespace gyre::vm
