// Instance attributes: where an object's own attributes live (vm/OBJECTS.md, "Instance
// attributes").
//
// An object with a __dict__ has one word for it, at its type's dict_offset
// (instance_dict_slot). For most types that word is a Dict* (null until needed). Instances of
// a class that added the word itself (TypeFlag::kCompactAttrs: a plain class, or a subclass of
// int, str, list, ...) use a key-sharing form instead, told apart by bit 0 of the word:
//
//   values form (bit 0 set): an InstanceValues block of values only. The attribute names are
//     stored once, in the class (Type::instance_keys, in the order instances first stored
//     them); a value's slot in the block is its name's index there. An instance with three
//     attributes costs a 32-byte block instead of a dict and its table (200+ bytes).
//   dict form (bit 0 clear): an ordinary Dict, or null while nothing is stored.
//
// A compact instance starts in the values form at its first attribute store and moves to the
// dict form, for good, when the values form cannot say what a dict would:
//   - __dict__ is asked for (vars(), dir(), o.__dict__): the dict must be the one object that
//     holds the attributes from then on, so that `o.__dict__ is o.__dict__` and changes made
//     through it are attributes;
//   - a new name would land below a present one (insertion order would be lost: attributes
//     set in another order than the class's first instance, or one deleted and set again);
//   - the name is not an exact str, or the class already shares kMaxSharedKeys names.
//
// Invariants of the values form:
//   - values[i] (absent = not set) belongs to the name at entry i of the class's instance_keys;
//   - the present values, in index order, are in the order they were inserted, which is
//     therefore the order of the dict made from them (CPython's __dict__ order);
//   - end = 1 + the highest index holding a value (0 when none); every slot from end on is absent;
//   - a block is owned by one instance and holds a reference to each present value.
// The class's key table only grows, so a (type, version) cache may keep a name's index.
#pragma once

#include <cstddef>
#include <cstdint>

#include "vm/attributes.hpp"
#include "vm/dict.hpp"
#include "vm/object.hpp"
#include "vm/slots.hpp"
#include "vm/str.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

struct InstanceValues {
  uint32_t capacity;  // value slots in this block
  uint32_t end;       // 1 + the highest index holding a value; 0 when none is set
  Value values[1];    // `capacity` slots, indexed by the class's instance_keys entries
};

// The most names a class shares; past them, an instance that needs a new name gets a dict.
inline constexpr size_t kMaxSharedKeys = 30;

// ---- the tagged word
inline constexpr uintptr_t kValuesTag = 1;
inline bool word_holds_values(const Dict* word) {
  return (reinterpret_cast<uintptr_t>(word) & kValuesTag) != 0;
}
inline InstanceValues* values_of_word(const Dict* word) {
  return reinterpret_cast<InstanceValues*>(reinterpret_cast<uintptr_t>(word) & ~kValuesTag);
}
inline Dict* word_of_values(InstanceValues* values) {
  return reinterpret_cast<Dict*>(reinterpret_cast<uintptr_t>(values) | kValuesTag);
}

// ---- the class's shared names
// The index of `name` among type's instance_keys; -1 when no instance has stored it.
inline int64_t shared_key_index(Type* type, Str* name) {
  return table_lookup_str(type->instance_keys, name, str_hash(name));
}

// ---- reading and writing (obj has a __dict__ word at `slot`, which instance_dict_slot gave)
// obj's own attribute `name`: BORROWED, absent when obj has none (no exception; an error from
// a dict whose keys are not all str is left pending, as dict_get_str's).
inline Value instance_attr_get(Object* obj, Dict* const* slot, Str* name) {
  Dict* word = *slot;
  if (word == nullptr) return Value();
  if (!word_holds_values(word)) return dict_get_str(word, name);
  InstanceValues* values = values_of_word(word);
  int64_t index = shared_key_index(obj->type, name);
  return index >= 0 && index < values->capacity ? values->values[index] : Value();
}
// Sets obj's own attribute `name` (value increfed): 0, or -1 with an exception pending.
int instance_attr_set(Object* obj, Dict** slot, Str* name, Value value);
// Removes obj's own attribute `name`: 1 removed, 0 obj has none (no exception), -1 error.
int instance_attr_delete(Object* obj, Dict** slot, Str* name);

// Stores `value` at `index` (the stored name's index among the class's instance_keys) when
// the values form takes it without reallocating: over a present value, as a new value at or
// past `end` within the capacity, or as the first value of an instance of a kCompactAttrs
// class with an empty word (a block is allocated). Steals `value` and returns true; false
// (value untouched) means the caller goes the general way (instance_attr_set). Also the
// interpreter's STORE_ATTR fast path.
bool values_store_first(Object* obj, Dict** slot, int64_t index, Value value);  // the empty word
inline bool values_store_in_place(Object* obj, Dict** slot, int64_t index, Value value) {
  Dict* word = *slot;
  if (word == nullptr) return values_store_first(obj, slot, index, value);
  if (!word_holds_values(word)) return false;
  InstanceValues* values = values_of_word(word);
  if (index >= values->capacity) return false;
  Value old = values->values[index];
  if (old.is_absent()) {
    if (index < values->end) return false;  // below a present value: insertion order
    values->values[index] = value;
    values->end = static_cast<uint32_t>(index + 1);
    return true;
  }
  values->values[index] = value;
  decref(old);  // last: a finalizer it runs may change obj's attributes
  return true;
}

// ---- the dict form
// obj's __dict__ as a Dict (BORROWED): moves a values block into a new dict, or makes an empty
// dict for an empty word. obj stays in the dict form from now on.
Dict* instance_dict(Object* obj, Dict** slot);
// o.__dict__ = value (value absent: del o.__dict__, and the next o.__dict__ is a new empty
// dict), for a kCompactAttrs class: value must be a dict or a subclass (TypeError as
// CPython's otherwise). 0 or -1.
int instance_dict_assign(Dict** slot, Value value);

// ---- lifetime
// Empties the word (before dropping what it held, which may run code that looks at obj).
void instance_attrs_drop(Dict** slot);
// Visits the dict, or every present value of a values block.
void instance_attrs_traverse(Dict* const* slot, VisitFn visit, void* arg);

}  // namespace gyre::vm
