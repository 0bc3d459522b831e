// The native `_collections` module: collections.deque (CPython's Modules/_collectionsmodule.c)
// and its iterators. stdlib/lib/collections.py builds the rest of collections on top of it.
//
// A deque is a ring buffer: `capacity` slots, the items at head, head+1, ... (mod capacity).
// `state` counts mutations so that an iterator notices "deque mutated during iteration".
// maxlen bounds the length: appending to a full deque drops an item from the other end.
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "stdlib/builtins.hpp"
#include "stdlib/call_arguments.hpp"
#include "vm/abstract.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/gc.hpp"
#include "vm/generic_alias.hpp"
#include "vm/import.hpp"
#include "vm/list.hpp"
#include "vm/module.hpp"
#include "vm/native_function.hpp"
#include "vm/numbers.hpp"
#include "vm/runtime.hpp"
#include "vm/sequence_helpers.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::stdlib {

using namespace gyre::vm;

namespace {

Type* deque_type;
Type* deque_iterator_type;
Type* deque_reverse_iterator_type;

struct Deque : Object {
  Value* slots;  // malloc'ed ring of `capacity` Values
  size_t capacity, head, size;
  int64_t maxlen;  // -1: unbounded
  uint64_t state;  // bumped by every mutation
};
Deque* as_deque(Value v) { return static_cast<Deque*>(v.as_object()); }
bool is_deque(Value v) { return is_instance(v, deque_type); }

Value& at(Deque* d, size_t i) { return d->slots[(d->head + i) % d->capacity]; }

void grow(Deque* d) {
  size_t capacity = d->capacity ? d->capacity * 2 : 8;
  Value* slots = static_cast<Value*>(std::malloc(capacity * sizeof(Value)));
  for (size_t i = 0; i < d->size; ++i) slots[i] = at(d, i);
  std::free(d->slots);
  d->slots = slots;
  d->capacity = capacity;
  d->head = 0;
}

// Removing returns the owned reference.
Value take_right(Deque* d) {
  Value v = at(d, d->size - 1);
  --d->size;
  ++d->state;
  return v;
}
Value take_left(Deque* d) {
  Value v = at(d, 0);
  d->head = (d->head + 1) % d->capacity;
  --d->size;
  ++d->state;
  return v;
}
// Adding steals `v`; a full bounded deque drops (decrefs) the item at the other end.
void put_right(Deque* d, Value v) {
  if (d->maxlen == 0) {
    decref(v);
    return;
  }
  if (d->size == d->capacity) grow(d);
  at(d, d->size) = v;
  ++d->size;
  ++d->state;
  if (d->maxlen >= 0 && d->size > static_cast<size_t>(d->maxlen)) decref(take_left(d));
}
void put_left(Deque* d, Value v) {
  if (d->maxlen == 0) {
    decref(v);
    return;
  }
  if (d->size == d->capacity) grow(d);
  d->head = (d->head + d->capacity - 1) % d->capacity;
  d->slots[d->head] = v;
  ++d->size;
  ++d->state;
  if (d->maxlen >= 0 && d->size > static_cast<size_t>(d->maxlen)) decref(take_right(d));
}

void deque_clear_items(Deque* d) {
  // Detach the items first: a destructor may look at the deque.
  Value* slots = d->slots;
  size_t capacity = d->capacity, head = d->head, size = d->size;
  d->slots = nullptr;
  d->capacity = d->head = d->size = 0;
  ++d->state;
  for (size_t i = 0; i < size; ++i) decref(slots[(head + i) % capacity]);
  std::free(slots);
}
void deque_clear(Object* o) { deque_clear_items(static_cast<Deque*>(o)); }
void deque_dealloc(Object* o) {
  deque_clear_items(static_cast<Deque*>(o));
  free_object(o);
}
void deque_traverse(Object* o, VisitFn visit, void* arg) {
  Deque* d = static_cast<Deque*>(o);
  for (size_t i = 0; i < d->size; ++i) {
    if (at(d, i).is_object()) visit(at(d, i), arg);
  }
}

// A tuple of the items (for comparisons and to iterate safely while calling out).
Ref snapshot(Deque* d) {
  Ref t = make_tuple_uninitialized(d->size);
  for (size_t i = 0; i < d->size; ++i) {
    incref(at(d, i));
    tuple_init_item(t.as<Tuple>(), i, at(d, i));
  }
  return t;
}

int extend_right(Deque* d, Value iterable) {
  // d.extend(d) iterates over a copy.
  Ref source = iterable == value_of(d) ? snapshot(d) : Ref::borrow(iterable);
  Ref it = get_iter(source.get());
  if (!it) return -1;
  while (Ref item = iter_next(it.get())) put_right(d, item.release());
  return error_pending() ? -1 : 0;
}
int extend_left(Deque* d, Value iterable) {
  Ref source = iterable == value_of(d) ? snapshot(d) : Ref::borrow(iterable);
  Ref it = get_iter(source.get());
  if (!it) return -1;
  while (Ref item = iter_next(it.get())) put_left(d, item.release());
  return error_pending() ? -1 : 0;
}

// ---- construction
Ref deque_new(Type* type, const Value*, size_t, Tuple*) {
  Deque* d = static_cast<Deque*>(allocate_object(type, type->instance_size));
  d->maxlen = -1;
  return Ref::steal(d);
}
int deque_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_keyword_names("deque", kwnames, {"iterable", "maxlen"})) return -1;
  size_t npos = positional_count(nargs, kwnames);
  if (npos > 2) {
    raise_format(type_error_type, "deque() takes at most 2 arguments ({} given)", nargs);
    return -1;
  }
  Value iterable = npos >= 1 ? args[0] : keyword_argument(args, nargs, kwnames, "iterable");
  Value maxlen = npos >= 2 ? args[1] : keyword_argument(args, nargs, kwnames, "maxlen");
  Deque* d = as_deque(self);
  int64_t bound = -1;
  if (!maxlen.is_absent() && !maxlen.is_none()) {
    if (!is_int(maxlen)) {
      raise(type_error_type, "an integer is required");
      return -1;
    }
    if (!index_to_int64(maxlen, bound)) return -1;
    if (bound < 0) {
      raise(value_error_type, "maxlen must be non-negative");
      return -1;
    }
  }
  d->maxlen = bound;
  if (d->size > 0) deque_clear_items(d);
  if (iterable.is_absent()) return 0;
  return extend_right(d, iterable);
}

// ---- slots
Ref deque_repr(Value self) {
  Deque* d = as_deque(self);
  std::string name(type_short_name(type_of(self)));
  if (repr_enter(d)) return make_str("[...]");
  std::string out = name + "([";
  Ref items = snapshot(d);
  for (size_t i = 0; i < as_tuple(items.get())->size; ++i) {
    if (i) out += ", ";
    Ref r = repr(as_tuple(items.get())->items[i]);
    if (!r) {
      repr_leave(d);
      return r;
    }
    out += as_str(r.get())->view();
  }
  repr_leave(d);
  out += "]";
  if (d->maxlen >= 0) out += fmt::format(", maxlen={}", d->maxlen);
  out += ")";
  return make_str(out);
}

int64_t deque_length(Value self) { return static_cast<int64_t>(as_deque(self)->size); }

Ref deque_richcompare(Value self, Value other, CompareOp op) {
  if (!is_deque(self) || !is_deque(other)) return new_not_implemented();
  Ref a = snapshot(as_deque(self));
  Ref b = snapshot(as_deque(other));
  return rich_compare(a.get(), b.get(), op);
}

int deque_contains(Value self, Value item) {
  Deque* d = as_deque(self);
  uint64_t state = d->state;
  for (size_t i = 0; i < d->size; ++i) {
    Ref x = Ref::borrow(at(d, i));
    int eq = rich_compare_bool(x.get(), item, CompareOp::Eq);
    if (eq != 0) return eq;
    if (d->state != state) {
      raise(runtime_error_type, "deque mutated during iteration");
      return -1;
    }
  }
  return 0;
}

// The position of index `key` in d; false with the exception pending.
bool item_index(Deque* d, Value key, size_t& out) {
  if (!is_int(key) && type_of(key)->index == nullptr) {
    raise_format(type_error_type, "sequence index must be integer, not '{}'", type_name_of(key));
    return false;
  }
  int64_t i;
  if (!index_to_int64(key, i)) return false;
  if (i < 0) i += static_cast<int64_t>(d->size);
  if (i < 0 || i >= static_cast<int64_t>(d->size)) {
    raise(index_error_type, "deque index out of range");
    return false;
  }
  out = static_cast<size_t>(i);
  return true;
}
Ref deque_getitem(Value self, Value key) {
  Deque* d = as_deque(self);
  size_t i;
  if (!item_index(d, key, i)) return Ref();
  return Ref::borrow(at(d, i));
}

// Removes the item at position i (rotating it to an end first, as CPython does).
void delete_at(Deque* d, size_t i) {
  for (size_t j = i; j + 1 < d->size; ++j) std::swap(at(d, j), at(d, j + 1));
  decref(take_right(d));
}
int deque_setitem(Value self, Value key, Value value) {
  Deque* d = as_deque(self);
  size_t i;
  if (!item_index(d, key, i)) return -1;
  if (value.is_absent()) {
    delete_at(d, i);
    return 0;
  }
  incref(value);
  Value old = at(d, i);
  at(d, i) = value;
  decref(old);
  return 0;
}

Ref deque_add(Value left, Value right) {
  if (!is_deque(left)) return new_not_implemented();
  if (!is_deque(right)) {
    return raise_format(type_error_type, "can only concatenate deque (not \"{}\") to deque", type_name_of(right));
  }
  Ref copy = call_method(left, intern("copy"), nullptr, 0);
  if (!copy || extend_right(as_deque(copy.get()), right) < 0) return Ref();
  return copy;
}
Ref deque_inplace_add(Value self, Value other) {
  if (extend_right(as_deque(self), other) < 0) return Ref();
  return Ref::borrow(self);
}
Ref deque_mul(Value left, Value right) {
  Value seq = is_deque(left) ? left : right;
  Value count = is_deque(left) ? right : left;
  if (!is_int(count)) return new_not_implemented();
  int64_t n;
  if (!index_to_int64(count, n)) return Ref();
  Ref copy = call_method(seq, intern("copy"), nullptr, 0);
  if (!copy) return copy;
  Deque* d = as_deque(copy.get());
  Ref items = snapshot(d);
  if (n <= 0) {
    deque_clear_items(d);
    return copy;
  }
  for (int64_t k = 1; k < n; ++k) {
    if (extend_right(d, items.get()) < 0) return Ref();
  }
  return copy;
}
Ref deque_inplace_mul(Value self, Value count) {
  if (!is_int(count)) return new_not_implemented();
  int64_t n;
  if (!index_to_int64(count, n)) return Ref();
  Deque* d = as_deque(self);
  Ref items = snapshot(d);
  if (n <= 0) deque_clear_items(d);
  for (int64_t k = 1; k < n; ++k) {
    if (extend_right(d, items.get()) < 0) return Ref();
  }
  return Ref::borrow(self);
}

// ---- methods
Ref m_append(Value self, const Value* args, size_t, Tuple*) {
  incref(args[0]);
  put_right(as_deque(self), args[0]);
  return new_none();
}
Ref m_appendleft(Value self, const Value* args, size_t, Tuple*) {
  incref(args[0]);
  put_left(as_deque(self), args[0]);
  return new_none();
}
Ref m_pop(Value self, const Value*, size_t, Tuple*) {
  Deque* d = as_deque(self);
  if (d->size == 0) return raise(index_error_type, "pop from an empty deque");
  return Ref::steal(take_right(d));
}
Ref m_popleft(Value self, const Value*, size_t, Tuple*) {
  Deque* d = as_deque(self);
  if (d->size == 0) return raise(index_error_type, "pop from an empty deque");
  return Ref::steal(take_left(d));
}
Ref m_extend(Value self, const Value* args, size_t, Tuple*) {
  if (extend_right(as_deque(self), args[0]) < 0) return Ref();
  return new_none();
}
Ref m_extendleft(Value self, const Value* args, size_t, Tuple*) {
  if (extend_left(as_deque(self), args[0]) < 0) return Ref();
  return new_none();
}
Ref m_clear(Value self, const Value*, size_t, Tuple*) {
  deque_clear_items(as_deque(self));
  return new_none();
}
Ref m_rotate(Value self, const Value* args, size_t nargs, Tuple*) {
  Deque* d = as_deque(self);
  int64_t n = 1;
  if (nargs == 1) {
    if (!is_int(args[0]) && type_of(args[0])->index == nullptr) {
      return raise_format(type_error_type, "'{}' object cannot be interpreted as an integer", type_name_of(args[0]));
    }
    if (!index_to_int64(args[0], n)) return Ref();
  }
  int64_t size = static_cast<int64_t>(d->size);
  if (size <= 1) return new_none();
  int64_t k = ((n % size) + size) % size;  // rotate right by k
  if (d->size < d->capacity) {
    // Moving items one at a time keeps the ring valid when there is free room.
    for (int64_t i = 0; i < k; ++i) put_left(d, take_right(d));
  } else {
    d->head = (d->head + d->capacity - static_cast<size_t>(k)) % d->capacity;
    ++d->state;
  }
  return new_none();
}
Ref m_reverse(Value self, const Value*, size_t, Tuple*) {
  Deque* d = as_deque(self);
  for (size_t i = 0, j = d->size; i + 1 < j; ++i, --j) std::swap(at(d, i), at(d, j - 1));
  ++d->state;
  return new_none();
}
Ref m_count(Value self, const Value* args, size_t, Tuple*) {
  Deque* d = as_deque(self);
  uint64_t state = d->state;
  int64_t count = 0;
  for (size_t i = 0; i < d->size; ++i) {
    Ref x = Ref::borrow(at(d, i));
    int eq = rich_compare_bool(x.get(), args[0], CompareOp::Eq);
    if (eq < 0) return Ref();
    count += eq;
    if (d->state != state) return raise(runtime_error_type, "deque mutated during iteration");
  }
  return make_int(count);
}
// The position of the first item equal to x in [start, stop); -1 not found, -2 error.
int64_t find(Deque* d, Value x, size_t start, size_t stop) {
  uint64_t state = d->state;
  for (size_t i = start; i < stop && i < d->size; ++i) {
    Ref item = Ref::borrow(at(d, i));
    int eq = rich_compare_bool(item.get(), x, CompareOp::Eq);
    if (eq < 0) return -2;
    if (d->state != state) {
      raise(runtime_error_type, "deque mutated during iteration");
      return -2;
    }
    if (eq) return static_cast<int64_t>(i);
  }
  return -1;
}
Ref not_in_deque(Value x) {
  Ref r = repr(x);
  if (!r) return r;
  return raise_format(value_error_type, "{} is not in deque", as_str(r.get())->view());
}
Ref m_remove(Value self, const Value* args, size_t, Tuple*) {
  Deque* d = as_deque(self);
  int64_t i = find(d, args[0], 0, d->size);
  if (i == -2) return Ref();
  if (i == -1) return not_in_deque(args[0]);
  delete_at(d, static_cast<size_t>(i));
  return new_none();
}
// index(x[, start[, stop]]) with slice-like clamping of negative bounds.
bool bound_argument(Value v, int64_t size, size_t& out) {
  if (!is_int(v) && type_of(v)->index == nullptr) {
    raise(type_error_type, "slice indices must be integers or have an __index__ method");
    return false;
  }
  int64_t i;
  if (!index_to_int64(v, i)) return false;
  if (i < 0) i = std::max<int64_t>(0, i + size);
  out = static_cast<size_t>(std::min(i, size));
  return true;
}
Ref m_index(Value self, const Value* args, size_t nargs, Tuple*) {
  Deque* d = as_deque(self);
  int64_t size = static_cast<int64_t>(d->size);
  size_t start = 0, stop = d->size;
  if (nargs >= 2 && !bound_argument(args[1], size, start)) return Ref();
  if (nargs >= 3 && !bound_argument(args[2], size, stop)) return Ref();
  int64_t i = find(d, args[0], start, stop);
  if (i == -2) return Ref();
  if (i == -1) return not_in_deque(args[0]);
  return make_int(i);
}
Ref m_insert(Value self, const Value* args, size_t, Tuple*) {
  Deque* d = as_deque(self);
  int64_t i;
  if (!is_int(args[0]) && type_of(args[0])->index == nullptr) {
    return raise_format(type_error_type, "'{}' object cannot be interpreted as an integer", type_name_of(args[0]));
  }
  if (!index_to_int64(args[0], i)) return Ref();
  if (d->maxlen >= 0 && d->size >= static_cast<size_t>(d->maxlen)) {
    return raise(index_error_type, "deque already at its maximum size");
  }
  int64_t size = static_cast<int64_t>(d->size);
  if (i < 0) i = std::max<int64_t>(0, i + size);
  i = std::min(i, size);
  incref(args[1]);
  put_right(d, args[1]);
  // Bubble the new last item back to position i.
  for (size_t j = d->size - 1; j > static_cast<size_t>(i); --j) std::swap(at(d, j), at(d, j - 1));
  return new_none();
}
Ref m_copy(Value self, const Value*, size_t, Tuple*) {
  Deque* d = as_deque(self);
  if (type_of(self) == deque_type) {
    Ref copy = deque_new(deque_type, nullptr, 0, nullptr);
    Deque* c = as_deque(copy.get());
    c->maxlen = d->maxlen;
    for (size_t i = 0; i < d->size; ++i) {
      incref(at(d, i));
      put_right(c, at(d, i));
    }
    return copy;
  }
  // A subclass is rebuilt through its constructor: type(d)(d) or type(d)(d, maxlen).
  Value cls = value_of(type_of(self));
  if (d->maxlen < 0) return call1(cls, self);
  Ref maxlen = make_int(d->maxlen);
  Value args[2] = {self, maxlen.get()};
  return call(cls, args, 2);
}
Ref m_reversed(Value self, const Value*, size_t, Tuple*);
Ref m_class_getitem(Value cls, const Value* args, size_t, Tuple*) { return make_generic_alias(cls, args[0]); }
Ref get_maxlen(Value self) {
  Deque* d = as_deque(self);
  return d->maxlen < 0 ? new_none() : make_int(d->maxlen);
}

const MethodDef deque_methods[] = {
    {"append", m_append, Arity::kOneArg},
    {"appendleft", m_appendleft, Arity::kOneArg},
    {"pop", m_pop, Arity::kNoArgs},
    {"popleft", m_popleft, Arity::kNoArgs},
    {"extend", m_extend, Arity::kOneArg},
    {"extendleft", m_extendleft, Arity::kOneArg},
    {"clear", m_clear, Arity::kNoArgs},
    {"rotate", m_rotate, Arity::kRange, 0, 1},
    {"reverse", m_reverse, Arity::kNoArgs},
    {"count", m_count, Arity::kOneArg},
    {"remove", m_remove, Arity::kOneArg},
    {"index", m_index, Arity::kRange, 1, 3},
    {"insert", m_insert, Arity::kRange, 2, 2},
    {"copy", m_copy, Arity::kNoArgs},
    {"__copy__", m_copy, Arity::kNoArgs},
    {"__reversed__", m_reversed, Arity::kNoArgs},
    {"__class_getitem__", m_class_getitem, Arity::kOneArg, 0, 0, false, MethodKind::kClass},
    {},
};
const GetSetDef deque_getsets[] = {
    {"maxlen", get_maxlen},
    {},
};

// ---- iterators
struct DequeIterator : Object {
  Value deque;
  size_t index;  // items yielded so far
  uint64_t state;
};
void iterator_dealloc(Object* o) {
  decref(static_cast<DequeIterator*>(o)->deque);
  free_object(o);
}
void iterator_traverse(Object* o, VisitFn visit, void* arg) {
  visit(static_cast<DequeIterator*>(o)->deque, arg);
}
Ref make_iterator(Type* type, Value self) {
  DequeIterator* it = static_cast<DequeIterator*>(allocate_object(type, sizeof(DequeIterator)));
  it->deque = self;
  incref(self);
  it->state = as_deque(self)->state;
  return Ref::steal(it);
}
Ref deque_iter(Value self) { return make_iterator(deque_iterator_type, self); }
Ref m_reversed(Value self, const Value*, size_t, Tuple*) { return make_iterator(deque_reverse_iterator_type, self); }

Ref iterator_next(Value v, bool reverse) {
  DequeIterator* it = static_cast<DequeIterator*>(v.as_object());
  Deque* d = as_deque(it->deque);
  if (d->state != it->state) {
    it->index = SIZE_MAX / 2;  // stays exhausted, as CPython's counter does
    return raise(runtime_error_type, "deque mutated during iteration");
  }
  if (it->index >= d->size) return Ref();
  size_t i = reverse ? d->size - 1 - it->index : it->index;
  ++it->index;
  return Ref::borrow(at(d, i));
}
Ref forward_next(Value v) { return iterator_next(v, false); }
Ref reverse_next(Value v) { return iterator_next(v, true); }

Type* make_iterator_type(const char* name, IterNextSlot next) {
  Type* t = make_builtin_type(name, nullptr, sizeof(DequeIterator), TypeFlag::kGc);
  t->dealloc = iterator_dealloc;
  t->traverse = iterator_traverse;
  t->iter = return_self;
  t->iternext = next;
  type_ready(t);
  return t;
}

void make_types() {
  if (deque_type) return;
  Type* t = make_builtin_type("collections.deque", nullptr, sizeof(Deque), TypeFlag::kGc | TypeFlag::kBaseType);
  t->dealloc = deque_dealloc;
  t->traverse = deque_traverse;
  t->clear = deque_clear;
  t->new_ = deque_new;
  t->init = deque_init;
  t->repr = deque_repr;
  t->length = deque_length;
  t->richcompare = deque_richcompare;
  t->contains = deque_contains;
  t->getitem = deque_getitem;
  t->setitem = deque_setitem;
  t->iter = deque_iter;
  t->binary[static_cast<int>(BinaryOp::Add)] = deque_add;
  t->binary[static_cast<int>(BinaryOp::Mul)] = deque_mul;
  t->inplace[static_cast<int>(BinaryOp::Add)] = deque_inplace_add;
  t->inplace[static_cast<int>(BinaryOp::Mul)] = deque_inplace_mul;
  t->methods = deque_methods;
  t->getsets = deque_getsets;
  type_ready(t);
  deque_type = t;
  deque_iterator_type = make_iterator_type("_collections._deque_iterator", forward_next);
  deque_reverse_iterator_type = make_iterator_type("_collections._deque_reverse_iterator", reverse_next);
}

Ref make_collections_native_module() {
  make_types();
  Ref m = make_module("_collections");
  Dict* d = as_module(m.get())->dict;
  dict_set_str(d, "deque", value_of(deque_type));
  dict_set_str(d, "_deque_iterator", value_of(deque_iterator_type));
  dict_set_str(d, "_deque_reverse_iterator", value_of(deque_reverse_iterator_type));
  return m;
}

}  // namespace

void register_collections_native_module() {
  register_builtin_module("_collections", make_collections_native_module);
}

}  // namespace gyre::stdlib
