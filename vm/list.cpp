// list objects: storage, mutation, the sequence protocol and the list type's methods.
#include "vm/list.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "vm/abstract.hpp"
#include "vm/alloc_trace.hpp"
#include "vm/builtin_init.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/native_function.hpp"
#include "vm/runtime.hpp"
#include "vm/sequence_helpers.hpp"
#include "vm/singletons.hpp"
#include "vm/slice.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Type* list_type;
Type* list_iterator_type;
Type* list_reverse_iterator_type;

namespace {

const Value* list_items(Value l) { return as_list(l)->items; }
size_t list_length(Value l) { return as_list(l)->size; }
const ItemsView kView{list_items, list_length};

void reserve(List* l, size_t capacity) {
  if (capacity <= l->capacity) return;
  // Over-allocate as CPython does (~1/8 extra) so appends are amortized O(1).
  size_t grown = capacity + (capacity >> 3) + (capacity < 9 ? 3 : 6);
  void* p = std::realloc(l->items, grown * sizeof(Value));
  if (p == nullptr) throw std::bad_alloc();
  l->items = static_cast<Value*>(p);
  if (g_alloc_trace.tracing) [[unlikely]] trace_add(static_cast<int64_t>((grown - l->capacity) * sizeof(Value)));
  l->capacity = grown;
}

}  // namespace

Ref make_list(size_t reserve_count) {
  List* l = allocate<List>(list_type);
  if (reserve_count > 0) reserve(l, reserve_count);
  return Ref::steal(l);
}

Ref make_list(std::span<const Value> items) {
  Ref r = make_list(items.size());
  List* l = r.as<List>();
  for (Value v : items) {
    incref(v);
    l->items[l->size++] = v;
  }
  return r;
}

bool is_list(Value v) {
  return v.is_object() && v.as_object()->type->has_flag(TypeFlag::kListSubclass);
}

int list_append(List* l, Value item) {
  reserve(l, l->size + 1);
  incref(item);
  l->items[l->size++] = item;
  return 0;
}

int list_extend(List* l, Value iterable) {
  // Exact types only (as CPython): a subclass may override __iter__.
  bool list = is_instance_exact(iterable, list_type);
  if (list || is_instance_exact(iterable, tuple_type)) {
    // Copy first: l.extend(l) must see the original items only.
    size_t n = list ? as_list(iterable)->size : as_tuple(iterable)->size;
    const Value* src = list ? as_list(iterable)->items : as_tuple(iterable)->items;
    std::vector<Value> copy(src, src + n);
    reserve(l, l->size + n);
    for (Value v : copy) {
      incref(v);
      l->items[l->size++] = v;
    }
    return 0;
  }
  Ref it = get_iter(iterable);
  if (!it) return -1;
  while (true) {
    Ref item = iter_next(it.get());
    if (!item) return error_pending() ? -1 : 0;
    list_append(l, item.get());
  }
}

int list_insert(List* l, int64_t index, Value item) {
  int64_t n = static_cast<int64_t>(l->size);
  if (index < 0) index = std::max<int64_t>(0, index + n);
  if (index > n) index = n;
  reserve(l, l->size + 1);
  std::memmove(l->items + index + 1, l->items + index, sizeof(Value) * (l->size - index));
  incref(item);
  l->items[index] = item;
  ++l->size;
  return 0;
}

Ref list_pop(List* l, int64_t index) {
  if (l->size == 0) return raise(index_error_type, "pop from empty list");
  if (!normalize_index(index, l->size)) return raise(index_error_type, "pop index out of range");
  Value v = l->items[index];
  std::memmove(l->items + index, l->items + index + 1, sizeof(Value) * (l->size - index - 1));
  --l->size;
  return Ref::steal(v);
}

int64_t list_index(List* l, Value item, int64_t start, int64_t stop) {
  int64_t n = static_cast<int64_t>(l->size);
  if (start < 0) start = std::max<int64_t>(0, start + n);
  if (stop < 0) stop = std::max<int64_t>(0, stop + n);
  for (int64_t i = start; i < stop && i < static_cast<int64_t>(l->size); ++i) {
    Ref hold = Ref::borrow(l->items[i]);
    int eq = equal(hold.get(), item);
    if (eq < 0) return -1;
    if (eq) return i;
  }
  Ref r = repr(item);
  if (!r) return -1;
  raise_format(value_error_type, "{} is not in list", as_str(r.get())->view());
  return -1;
}

int list_remove(List* l, Value item) {
  for (size_t i = 0; i < l->size; ++i) {
    Ref hold = Ref::borrow(l->items[i]);
    int eq = equal(hold.get(), item);
    if (eq < 0) return -1;
    if (eq) {
      Ref removed = list_pop(l, static_cast<int64_t>(i));
      return 0;
    }
  }
  raise(value_error_type, "list.remove(x): x not in list");
  return -1;
}

int64_t list_count(List* l, Value item) {
  int64_t count = 0;
  for (size_t i = 0; i < l->size; ++i) {
    Ref hold = Ref::borrow(l->items[i]);
    int eq = equal(hold.get(), item);
    if (eq < 0) return -1;
    count += eq;
  }
  return count;
}

void list_reverse(List* l) { std::reverse(l->items, l->items + l->size); }

void list_clear(List* l) {
  Value* items = l->items;
  size_t n = l->size;
  l->items = nullptr;
  l->size = l->capacity = 0;
  for (size_t i = 0; i < n; ++i) decref(items[i]);
  std::free(items);
}

int list_sort(List* l, Value key, bool reverse_order) {
  // Take the items out while sorting (as CPython): Python code run by comparisons sees an
  // empty list, and a mutation is detected afterwards.
  Value* items = l->items;
  size_t n = l->size, capacity = l->capacity;
  l->items = nullptr;
  l->size = l->capacity = 0;
  struct Pair {
    Value key;  // owned when a key function is used
    Value item;
  };
  std::vector<Pair> pairs(n);
  bool failed = false;
  bool use_key = !key.is_absent() && !key.is_none();
  for (size_t i = 0; i < n; ++i) {
    pairs[i].item = items[i];
    if (use_key && !failed) {
      Ref k = call1(key, items[i]);
      if (!k) {
        failed = true;
        pairs[i].key = Value::none();
        incref(pairs[i].key);
      } else {
        pairs[i].key = k.release();
      }
    } else if (use_key) {
      pairs[i].key = Value::none();
    } else {
      pairs[i].key = items[i];
    }
  }
  if (!failed) {
    if (reverse_order) std::reverse(pairs.begin(), pairs.end());
    std::stable_sort(pairs.begin(), pairs.end(), [&](const Pair& a, const Pair& b) {
      if (failed) return false;
      int r = rich_compare_bool(a.key, b.key, CompareOp::Lt);
      if (r < 0) {
        failed = true;
        return false;
      }
      return r == 1;
    });
    if (reverse_order) std::reverse(pairs.begin(), pairs.end());
  }
  for (size_t i = 0; i < n; ++i) {
    items[i] = pairs[i].item;
    if (use_key) decref(pairs[i].key);
  }
  bool modified = l->items != nullptr || l->size != 0;
  Value* extra = l->items;
  size_t extra_n = l->size;
  l->items = items;
  l->size = n;
  l->capacity = capacity;
  for (size_t i = 0; i < extra_n; ++i) decref(extra[i]);
  std::free(extra);
  if (failed) return -1;
  if (modified) {
    raise(value_error_type, "list modified during sort");
    return -1;
  }
  return 0;
}

Ref list_as_tuple(List* l) { return make_tuple(std::span<const Value>(l->items, l->size)); }

namespace {

void l_dealloc(Object* o) {
  if (o->reserved[1] != 0 && o->reserved[1] == g_alloc_trace.generation) [[unlikely]] {
    trace_sub(static_cast<int64_t>(static_cast<List*>(o)->capacity * sizeof(Value)));
  }
  list_clear(static_cast<List*>(o));
  free_object(o);
}

void l_traverse(Object* o, VisitFn visit, void* arg) {
  List* l = static_cast<List*>(o);
  for (size_t i = 0; i < l->size; ++i)
    if (l->items[i].is_object()) visit(l->items[i], arg);
}

void l_clear(Object* o) { list_clear(static_cast<List*>(o)); }

Ref l_repr(Value self) {
  List* l = as_list(self);
  if (l->size == 0) return make_str("[]");
  if (repr_enter(l)) return make_str("[...]");
  std::string out = "[";
  bool ok = append_item_reprs(out, self, kView);
  repr_leave(l);
  if (!ok) return Ref();
  out += "]";
  return make_str(out);
}

Ref l_richcompare(Value self, Value other, CompareOp op) {
  if (!is_list(other)) return new_not_implemented();
  return compare_sequences(self, other, kView, op);
}

int64_t l_length(Value self) { return static_cast<int64_t>(as_list(self)->size); }

Ref l_getitem(Value self, Value key) {
  List* l = as_list(self);
  if (is_slice(key)) {
    SliceIndices si;
    if (!slice_indices(as_slice(key), l->size, si)) return Ref();
    Ref r = make_list(si.count);
    for (size_t i = 0; i < si.count; ++i)
      list_append(r.as<List>(), l->items[si.start + static_cast<int64_t>(i) * si.step]);
    return r;
  }
  if (type_of(key)->index == nullptr)
    return raise_format(type_error_type, "list indices must be integers or slices, not {}",
                        type_name_of(key));
  int64_t i;
  if (!index_to_int64(key, i)) return Ref();
  if (!normalize_index(i, l->size)) return raise(index_error_type, "list index out of range");
  return Ref::borrow(l->items[i]);
}

int assign_slice(List* l, Slice* slice, Value value) {
  SliceIndices si;
  if (!slice_indices(slice, l->size, si)) return -1;
  if (value.is_absent()) {  // del l[a:b:c]
    std::vector<Value> removed;
    std::vector<bool> drop(l->size, false);
    for (size_t k = 0; k < si.count; ++k) drop[si.start + static_cast<int64_t>(k) * si.step] = true;
    size_t w = 0;
    for (size_t i = 0; i < l->size; ++i) {
      if (drop[i]) removed.push_back(l->items[i]);
      else l->items[w++] = l->items[i];
    }
    l->size = w;
    for (Value v : removed) decref(v);
    return 0;
  }
  // Materialize the new items first (value may be l itself).
  Ref seq = make_list();
  if (list_extend(seq.as<List>(), value) < 0) {
    if (error_matches(type_error_type)) {
      clear_error();
      if (si.step == 1) raise(type_error_type, "can only assign an iterable");
      else raise(type_error_type, "must assign iterable to extended slice");
    }
    return -1;
  }
  List* src = seq.as<List>();
  if (si.step == 1) {
    size_t start = static_cast<size_t>(si.start);
    size_t old = si.count;
    size_t add = src->size;
    std::vector<Value> removed(l->items + start, l->items + start + old);
    if (add > old) reserve(l, l->size + add - old);
    std::memmove(l->items + start + add, l->items + start + old,
                 sizeof(Value) * (l->size - start - old));
    for (size_t i = 0; i < add; ++i) {
      incref(src->items[i]);
      l->items[start + i] = src->items[i];
    }
    l->size = l->size + add - old;
    for (Value v : removed) decref(v);
    return 0;
  }
  if (src->size != si.count) {
    raise_format(value_error_type,
                 "attempt to assign sequence of size {} to extended slice of size {}", src->size,
                 si.count);
    return -1;
  }
  for (size_t k = 0; k < si.count; ++k) {
    Value& slot = l->items[si.start + static_cast<int64_t>(k) * si.step];
    Value old = slot;
    incref(src->items[k]);
    slot = src->items[k];
    decref(old);
  }
  return 0;
}

int l_setitem(Value self, Value key, Value value) {
  List* l = as_list(self);
  if (is_slice(key)) return assign_slice(l, as_slice(key), value);
  if (type_of(key)->index == nullptr) {
    raise_format(type_error_type, "list indices must be integers or slices, not {}",
                 type_name_of(key));
    return -1;
  }
  int64_t i;
  if (!index_to_int64(key, i)) return -1;
  if (!normalize_index(i, l->size)) {
    raise(index_error_type, value.is_absent() ? "list assignment index out of range"
                                              : "list assignment index out of range");
    return -1;
  }
  if (value.is_absent()) {
    Ref removed = list_pop(l, i);
    return removed ? 0 : -1;
  }
  Value old = l->items[i];
  incref(value);
  l->items[i] = value;
  decref(old);
  return 0;
}

int l_contains(Value self, Value item) {
  List* l = as_list(self);
  for (size_t i = 0; i < l->size; ++i) {
    Ref hold = Ref::borrow(l->items[i]);
    int eq = equal(hold.get(), item);
    if (eq != 0) return eq;
  }
  return 0;
}

Ref l_add(Value a, Value b) {
  if (!is_list(a) || !is_list(b)) return new_not_implemented();
  Ref r = make_list(as_list(a)->span());
  list_extend(r.as<List>(), b);
  return r;
}

Ref l_mul(Value a, Value b) {
  Value seq = is_list(a) ? a : b;
  Value n = is_list(a) ? b : a;
  if (type_of(n)->index == nullptr) return new_not_implemented();
  int64_t count;
  if (!index_to_int64(n, count)) return Ref();
  List* l = as_list(seq);
  Ref r = make_list();
  if (count <= 0 || l->size == 0) return r;
  if (static_cast<uint64_t>(count) > (uint64_t{1} << 40) / l->size) return raise_empty(memory_error_type);
  reserve(r.as<List>(), l->size * static_cast<size_t>(count));
  for (int64_t c = 0; c < count; ++c)
    for (size_t i = 0; i < l->size; ++i) list_append(r.as<List>(), l->items[i]);
  return r;
}

Ref l_iadd(Value a, Value b) {
  if (!is_list(a)) return new_not_implemented();
  if (list_extend(as_list(a), b) < 0) return Ref();
  return Ref::borrow(a);
}

Ref l_imul(Value a, Value b) {
  if (!is_list(a)) return new_not_implemented();
  if (type_of(b)->index == nullptr) return new_not_implemented();
  int64_t count;
  if (!index_to_int64(b, count)) return Ref();
  List* l = as_list(a);
  if (count <= 0) {
    list_clear(l);
    return Ref::borrow(a);
  }
  size_t n = l->size;
  for (int64_t c = 1; c < count; ++c)
    for (size_t i = 0; i < n; ++i) list_append(l, l->items[i]);
  return Ref::borrow(a);
}

Ref l_iter(Value self) { return make_seq_iterator(list_iterator_type, self); }
Ref l_iter_next(Value self) { return seq_iterator_next(self, kView); }

Ref l_reverse_iter_next(Value self) {
  auto* it = static_cast<SeqIterator*>(self.as_object());
  if (it->seq.is_absent()) return Ref();
  List* l = as_list(it->seq);
  // index counts down: it holds (next index + 1).
  if (it->index > 0 && it->index <= l->size) return Ref::borrow(l->items[--it->index]);
  Value seq = it->seq;
  it->seq = Value();
  decref(seq);
  return Ref();
}

Ref l_new(Type* type, const Value*, size_t, Tuple*) {
  // A subclass's instances are a List followed by the subclass's __dict__ slot.
  return Ref::steal(allocate_object(type, type->instance_size));
}

int l_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (tuple_size(kwnames) != 0) {
    raise(type_error_type, "list() takes no keyword arguments");
    return -1;
  }
  if (nargs > 1) {
    raise_format(type_error_type, "list expected at most 1 argument, got {}", nargs);
    return -1;
  }
  list_clear(as_list(self));
  return nargs == 1 ? list_extend(as_list(self), args[0]) : 0;
}

// ---- methods

Ref m_append(Value self, const Value* args, size_t, Tuple*) {
  list_append(as_list(self), args[0]);
  return new_none();
}
Ref m_extend(Value self, const Value* args, size_t, Tuple*) {
  if (list_extend(as_list(self), args[0]) < 0) return Ref();
  return new_none();
}
Ref m_insert(Value self, const Value* args, size_t, Tuple*) {
  int64_t i;
  if (!index_to_int64(args[0], i)) return Ref();
  list_insert(as_list(self), i, args[1]);
  return new_none();
}
Ref m_pop(Value self, const Value* args, size_t nargs, Tuple*) {
  int64_t i = -1;
  if (nargs == 1 && !index_to_int64(args[0], i)) return Ref();
  return list_pop(as_list(self), i);
}
Ref m_remove(Value self, const Value* args, size_t, Tuple*) {
  if (list_remove(as_list(self), args[0]) < 0) return Ref();
  return new_none();
}
Ref m_index(Value self, const Value* args, size_t nargs, Tuple*) {
  int64_t start = 0, stop = INT64_MAX;
  if (nargs > 1 && !index_to_int64(args[1], start)) return Ref();
  if (nargs > 2 && !index_to_int64(args[2], stop)) return Ref();
  int64_t i = list_index(as_list(self), args[0], start, stop);
  if (i < 0) return Ref();
  return Ref::steal(Value::from_small_int(i));
}
Ref m_count(Value self, const Value* args, size_t, Tuple*) {
  int64_t n = list_count(as_list(self), args[0]);
  if (n < 0) return Ref();
  return Ref::steal(Value::from_small_int(n));
}
Ref m_reverse(Value self, const Value*, size_t, Tuple*) {
  list_reverse(as_list(self));
  return new_none();
}
Ref m_clear(Value self, const Value*, size_t, Tuple*) {
  list_clear(as_list(self));
  return new_none();
}
Ref m_copy(Value self, const Value*, size_t, Tuple*) { return make_list(as_list(self)->span()); }
Ref m_sort(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkw = tuple_size(kwnames);
  if (nargs > nkw) return raise(type_error_type, "sort() takes no positional arguments");
  Value key = Value::none();
  int reverse_order = 0;
  for (size_t i = 0; i < nkw; ++i) {
    std::string_view name = as_str(kwnames->items[i])->view();
    Value v = args[nargs - nkw + i];
    if (name == "key") {
      key = v;
    } else if (name == "reverse") {
      reverse_order = is_true(v);
      if (reverse_order < 0) return Ref();
    } else {
      return raise_format(type_error_type, "'{}' is an invalid keyword argument for sort()", name);
    }
  }
  if (list_sort(as_list(self), key, reverse_order != 0) < 0) return Ref();
  return new_none();
}
Ref m_reversed(Value self, const Value*, size_t, Tuple*) {
  Ref it = make_seq_iterator(list_reverse_iterator_type, self);
  it.as<SeqIterator>()->index = as_list(self)->size;
  return it;
}

const MethodDef list_methods[] = {
    {"append", m_append, Arity::kOneArg},
    {"extend", m_extend, Arity::kOneArg},
    {"insert", m_insert, Arity::kRange, 2, 2},
    {"pop", m_pop, Arity::kRange, 0, 1},
    {"remove", m_remove, Arity::kOneArg},
    {"index", m_index, Arity::kRange, 1, 3},
    {"count", m_count, Arity::kOneArg},
    {"reverse", m_reverse, Arity::kNoArgs},
    {"clear", m_clear, Arity::kNoArgs},
    {"copy", m_copy, Arity::kNoArgs},
    {"sort", m_sort, Arity::kAny, 0, 0, true},
    {"__reversed__", m_reversed, Arity::kNoArgs},
    {},
};

}  // namespace

void init_list_type() {
  list_type = make_builtin_type("list", nullptr, sizeof(List),
                                TypeFlag::kBaseType | TypeFlag::kListSubclass | TypeFlag::kGc);
  Type* t = list_type;
  t->dealloc = l_dealloc;
  t->traverse = l_traverse;
  t->clear = l_clear;
  t->repr = l_repr;
  t->richcompare = l_richcompare;
  t->length = l_length;
  t->getitem = l_getitem;
  t->setitem = l_setitem;
  t->contains = l_contains;
  t->iter = l_iter;
  t->new_ = l_new;
  t->init = l_init;
  t->binary[static_cast<int>(BinaryOp::Add)] = l_add;
  t->binary[static_cast<int>(BinaryOp::Mul)] = l_mul;
  t->inplace[static_cast<int>(BinaryOp::Add)] = l_iadd;
  t->inplace[static_cast<int>(BinaryOp::Mul)] = l_imul;
  t->methods = list_methods;

  list_iterator_type = make_builtin_type("list_iterator", nullptr, sizeof(SeqIterator), TypeFlag::kGc);
  list_iterator_type->dealloc = seq_iterator_dealloc;
  list_iterator_type->traverse = seq_iterator_traverse;
  list_iterator_type->iter = return_self;
  list_iterator_type->iternext = l_iter_next;

  list_reverse_iterator_type =
      make_builtin_type("list_reverseiterator", nullptr, sizeof(SeqIterator), TypeFlag::kGc);
  list_reverse_iterator_type->dealloc = seq_iterator_dealloc;
  list_reverse_iterator_type->traverse = seq_iterator_traverse;
  list_reverse_iterator_type->iter = return_self;
  list_reverse_iterator_type->iternext = l_reverse_iter_next;
}

}  // namespace gyre::vm
