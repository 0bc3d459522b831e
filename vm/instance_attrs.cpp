// Instance attributes in the key-sharing values form and the move to a dict (see
// vm/instance_attrs.hpp for the two forms and their invariants).
#include "vm/instance_attrs.hpp"

#include <algorithm>
#include <cstring>

#include "vm/errors.hpp"
#include "vm/exceptions.hpp"

namespace gyre::vm {

namespace {

constexpr size_t kValuesHeader = offsetof(InstanceValues, values);

size_t values_bytes(size_t capacity) { return kValuesHeader + capacity * sizeof(Value); }

// The capacity of a block for at least `wanted` values: all that its allocation size class
// holds (3 values fill 32 bytes exactly; 4 take 48 bytes, which hold 5).
size_t capacity_for(size_t wanted) {
  size_t bytes = (values_bytes(wanted) + kAllocationGranule - 1) / kAllocationGranule * kAllocationGranule;
  return (bytes - kValuesHeader) / sizeof(Value);
}

// A block of `capacity` absent values.
InstanceValues* allocate_values(size_t capacity) {
  auto* values = static_cast<InstanceValues*>(allocate_block(values_bytes(capacity)));
  values->capacity = static_cast<uint32_t>(capacity);
  values->end = 0;
  for (size_t i = 0; i < capacity; ++i) values->values[i] = Value();
  return values;
}

void free_values(InstanceValues* values) { free_block(values, values_bytes(values->capacity)); }

// The block size a new instance of `type` starts with: room for every name the class shares,
// since its instances usually store the same ones (so __init__'s stores need one allocation).
size_t initial_capacity(Type* type, int64_t index) {
  return capacity_for(std::max(type->instance_keys.used, static_cast<size_t>(index) + 1));
}

// Moves the values into a bigger block (in the word) with room for `index`.
InstanceValues* grow_values(Type* type, Dict** slot, InstanceValues* old, int64_t index) {
  InstanceValues* values = allocate_values(initial_capacity(type, index));
  std::memcpy(values->values, old->values, old->end * sizeof(Value));
  values->end = old->end;
  free_values(old);
  *slot = word_of_values(values);
  return values;
}

// Appends `name` (an exact str) to the class's shared names: its index, or -1 when the class
// shares the most names already.
int64_t add_shared_key(Type* type, Str* name) {
  HashTable& keys = type->instance_keys;
  if (keys.used >= kMaxSharedKeys) return -1;
  if (table_insert(keys, value_of(name), str_hash(name), Value()) < 0) return -1;  // str keys: no error
  return static_cast<int64_t>(keys.entries_used - 1);
}

// The dict holding the values of a block, in index order (= insertion order), and the word
// switched to it. The block's references move to the dict.
Dict* materialize_dict(Object* obj, Dict** slot) {
  InstanceValues* values = values_of_word(*slot);
  Ref dict = make_dict();
  Dict* d = dict.as<Dict>();
  HashTable& keys = obj->type->instance_keys;
  for (uint32_t i = 0; i < values->end; ++i) {
    if (values->values[i].is_absent()) continue;
    table_insert(d->table, keys.entries[i].key, keys.entries[i].hash, values->values[i]);  // str keys
  }
  dict_modified(d);
  *slot = static_cast<Dict*>(dict.release().as_object());
  for (uint32_t i = 0; i < values->end; ++i) decref(values->values[i]);  // the dict holds them too
  free_values(values);
  return d;
}

int dict_form_set(Object* obj, Dict** slot, Str* name, Value value) {
  Dict* d = instance_dict(obj, slot);
  return dict_set(d, value_of(name), value);
}

// instance_attr_set for the values form (the word holds a block, or is empty in a compact
// class): stores in place, or grows the block, or moves the attributes to a dict.
int values_form_set(Object* obj, Dict** slot, Str* name, Value value) {
  // A str subclass name is kept as the dict's key, as CPython keeps it.
  if (!is_str_exact(value_of(name))) return dict_form_set(obj, slot, name, value);
  Type* type = obj->type;
  int64_t index = shared_key_index(type, name);
  if (index < 0) index = add_shared_key(type, name);
  if (index < 0) return dict_form_set(obj, slot, name, value);
  incref(value);
  if (values_store_in_place(obj, slot, index, value)) return 0;
  InstanceValues* values = values_of_word(*slot);
  if (index < values->end) {
    // A new name below a present one: only a dict keeps the insertion order.
    int r = dict_form_set(obj, slot, name, value);
    decref(value);
    return r;
  }
  values = grow_values(type, slot, values, index);
  values->values[index] = value;
  values->end = static_cast<uint32_t>(index + 1);
  return 0;
}

}  // namespace

bool values_store_first(Object* obj, Dict** slot, int64_t index, Value value) {
  if (!obj->type->has_flag(TypeFlag::kCompactAttrs)) return false;
  InstanceValues* values = allocate_values(initial_capacity(obj->type, index));
  values->values[index] = value;
  values->end = static_cast<uint32_t>(index + 1);
  *slot = word_of_values(values);
  return true;
}

int instance_attr_set(Object* obj, Dict** slot, Str* name, Value value) {
  Dict* word = *slot;
  if (word_holds_values(word) || (word == nullptr && obj->type->has_flag(TypeFlag::kCompactAttrs)))
    return values_form_set(obj, slot, name, value);
  if (word == nullptr) *slot = word = static_cast<Dict*>(make_dict().release().as_object());
  return dict_set(word, value_of(name), value);
}

int instance_attr_delete(Object* obj, Dict** slot, Str* name) {
  Dict* word = *slot;
  if (word == nullptr) return 0;
  if (!word_holds_values(word)) return dict_del(word, value_of(name));
  InstanceValues* values = values_of_word(word);
  int64_t index = shared_key_index(obj->type, name);
  if (index < 0 || index >= values->end || values->values[index].is_absent()) return 0;
  Value old = values->values[index];
  values->values[index] = Value();
  while (values->end > 0 && values->values[values->end - 1].is_absent()) --values->end;
  decref(old);  // last: a finalizer it runs may change obj's attributes
  return 1;
}

Dict* instance_dict(Object* obj, Dict** slot) {
  Dict* word = *slot;
  if (word_holds_values(word)) return materialize_dict(obj, slot);
  if (word == nullptr) *slot = word = static_cast<Dict*>(make_dict().release().as_object());
  return word;
}

int instance_dict_assign(Dict** slot, Value value) {
  if (!value.is_absent() && !is_dict(value)) {
    raise_format(type_error_type, "__dict__ must be set to a dictionary, not a '{}'", type_name_of(value));
    return -1;
  }
  incref(value);
  Dict* old = *slot;
  *slot = value.is_absent() ? nullptr : as_dict(value);
  instance_attrs_drop(&old);  // after the switch: dropping may run code that looks at obj
  return 0;
}

void instance_attrs_drop(Dict** slot) {
  Dict* word = *slot;
  if (word == nullptr) return;
  *slot = nullptr;
  if (!word_holds_values(word)) {
    decref(word);
    return;
  }
  InstanceValues* values = values_of_word(word);
  for (uint32_t i = 0; i < values->end; ++i) decref(values->values[i]);
  free_values(values);
}

void instance_attrs_traverse(Dict* const* slot, VisitFn visit, void* arg) {
  Dict* word = *slot;
  if (word == nullptr) return;
  if (!word_holds_values(word)) {
    visit(value_of(word), arg);
    return;
  }
  InstanceValues* values = values_of_word(word);
  for (uint32_t i = 0; i < values->end; ++i)
    if (values->values[i].is_object()) visit(values->values[i], arg);
}

}  // namespace gyre::vm
