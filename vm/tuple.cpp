// tuple objects and their iterator.
#include "vm/tuple.hpp"

#include <cstddef>
#include <string>
#include <vector>

#include "vm/abstract.hpp"
#include "vm/builtin_init.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/runtime.hpp"
#include "vm/sequence_helpers.hpp"
#include "vm/singletons.hpp"
#include "vm/slice.hpp"
#include "vm/str.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Type* tuple_type;
Type* tuple_iterator_type;

namespace {

Tuple* the_empty_tuple;

const Value* tuple_items(Value t) { return as_tuple(t)->items; }
size_t tuple_length(Value t) { return as_tuple(t)->size; }
const ItemsView kView{tuple_items, tuple_length};

Tuple* allocate_tuple(size_t size) {
  Tuple* t = allocate<Tuple>(tuple_type, offsetof(Tuple, items) + sizeof(Value) * (size ? size : 1));
  t->size = size;
  for (size_t i = 0; i < size; ++i) t->items[i] = Value();  // zero bits would be 0.0
  return t;
}

}  // namespace

Tuple* empty_tuple() { return the_empty_tuple; }

Ref make_tuple_uninitialized(size_t size) {
  if (size == 0 && the_empty_tuple != nullptr) return Ref::borrow(the_empty_tuple);
  return Ref::steal(allocate_tuple(size));
}

Ref make_tuple(std::span<const Value> items) {
  Ref t = make_tuple_uninitialized(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    incref(items[i]);
    t.as<Tuple>()->items[i] = items[i];
  }
  return t;
}

Ref make_tuple(std::initializer_list<Value> items) {
  return make_tuple(std::span<const Value>(items.begin(), items.size()));
}

bool is_tuple(Value v) {
  return v.is_object() && v.as_object()->type->has_flag(TypeFlag::kTupleSubclass);
}

int64_t tuple_hash(Tuple* t) {
  // CPython 3.11 tuplehash (xxHash's round function over the item hashes).
  constexpr uint64_t kPrime1 = 11400714785074694791ull;
  constexpr uint64_t kPrime2 = 14029467366897019727ull;
  constexpr uint64_t kPrime5 = 2870177450012600261ull;
  uint64_t acc = kPrime5;
  for (size_t i = 0; i < t->size; ++i) {
    int64_t lane = hash(t->items[i]);
    if (lane == -1) return -1;
    acc += static_cast<uint64_t>(lane) * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += t->size ^ (kPrime5 ^ 3527539ull);
  if (acc == static_cast<uint64_t>(-1)) return 1546275796;
  return static_cast<int64_t>(acc);
}

Ref tuple_slice(Tuple* t, int64_t start, int64_t, int64_t step, size_t count) {
  if (step == 1 && start == 0 && count == t->size && t->type == tuple_type) return Ref::borrow(t);
  Ref r = make_tuple_uninitialized(count);
  for (size_t i = 0; i < count; ++i) {
    Value v = t->items[start + static_cast<int64_t>(i) * step];
    incref(v);
    r.as<Tuple>()->items[i] = v;
  }
  return r;
}

namespace {

size_t t_var_size(const Object* o) {
  size_t size = static_cast<const Tuple*>(o)->size;
  return offsetof(Tuple, items) + sizeof(Value) * (size ? size : 1);
}

void t_dealloc(Object* o) {
  Tuple* t = static_cast<Tuple*>(o);
  for (size_t i = 0; i < t->size; ++i) decref(t->items[i]);
  free_object(o);
}

void t_traverse(Object* o, VisitFn visit, void* arg) {
  Tuple* t = static_cast<Tuple*>(o);
  for (size_t i = 0; i < t->size; ++i)
    if (t->items[i].is_object()) visit(t->items[i], arg);
}

Ref t_repr(Value self) {
  Tuple* t = as_tuple(self);
  if (t->size == 0) return make_str("()");
  if (repr_enter(t)) return make_str("(...)");
  std::string out = "(";
  bool ok = append_item_reprs(out, self, kView);
  repr_leave(t);
  if (!ok) return Ref();
  if (t->size == 1) out += ",";
  out += ")";
  return make_str(out);
}

int64_t t_hash(Value self) { return tuple_hash(as_tuple(self)); }

Ref t_richcompare(Value self, Value other, CompareOp op) {
  if (!is_tuple(other)) return new_not_implemented();
  return compare_sequences(self, other, kView, op);
}

int64_t t_length(Value self) { return static_cast<int64_t>(as_tuple(self)->size); }

Ref t_getitem(Value self, Value key) {
  Tuple* t = as_tuple(self);
  if (is_slice(key)) {
    SliceIndices si;
    if (!slice_indices(as_slice(key), t->size, si)) return Ref();
    return tuple_slice(t, si.start, si.stop, si.step, si.count);
  }
  if (type_of(key)->index == nullptr)
    return raise_format(type_error_type, "tuple indices must be integers or slices, not {}",
                        type_name_of(key));
  int64_t i;
  if (!index_to_int64(key, i)) return Ref();
  if (!normalize_index(i, t->size)) return raise(index_error_type, "tuple index out of range");
  return Ref::borrow(t->items[i]);
}

int t_contains(Value self, Value item) {
  Tuple* t = as_tuple(self);
  for (size_t i = 0; i < t->size; ++i) {
    int eq = equal(t->items[i], item);
    if (eq != 0) return eq;
  }
  return 0;
}

Ref t_add(Value a, Value b) {
  if (!is_tuple(a) || !is_tuple(b)) return new_not_implemented();
  Tuple* x = as_tuple(a);
  Tuple* y = as_tuple(b);
  Ref r = make_tuple_uninitialized(x->size + y->size);
  for (size_t i = 0; i < x->size; ++i) {
    incref(x->items[i]);
    r.as<Tuple>()->items[i] = x->items[i];
  }
  for (size_t i = 0; i < y->size; ++i) {
    incref(y->items[i]);
    r.as<Tuple>()->items[x->size + i] = y->items[i];
  }
  return r;
}

Ref t_mul(Value a, Value b) {
  Value seq = is_tuple(a) ? a : b;
  Value n = is_tuple(a) ? b : a;
  if (type_of(n)->index == nullptr) return new_not_implemented();
  int64_t count;
  if (!index_to_int64(n, count)) return Ref();
  Tuple* t = as_tuple(seq);
  if (count <= 0) return Ref::borrow(empty_tuple());
  if (t->size != 0 && static_cast<uint64_t>(count) > (uint64_t{1} << 40) / t->size)
    return raise_empty(memory_error_type);
  Ref r = make_tuple_uninitialized(t->size * static_cast<size_t>(count));
  size_t k = 0;
  for (int64_t c = 0; c < count; ++c)
    for (size_t i = 0; i < t->size; ++i) {
      incref(t->items[i]);
      r.as<Tuple>()->items[k++] = t->items[i];
    }
  return r;
}

Ref t_iter(Value self) { return make_seq_iterator(tuple_iterator_type, self); }
Ref t_iter_next(Value self) { return seq_iterator_next(self, kView); }

// tuple(x) and tuple.__new__(cls, x): a subclass instance is a Tuple of cls with the items,
// with the word for its __dict__ after them (var_instance_size).
Ref t_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (tuple_size(kwnames) != 0) return raise(type_error_type, "tuple() takes no keyword arguments");
  if (nargs > 1)
    return raise_format(type_error_type, "tuple expected at most 1 argument, got {}", nargs);
  Ref items;
  if (nargs == 0) {
    items = Ref::borrow(empty_tuple());
  } else if (type_of(args[0]) == tuple_type) {
    items = Ref::borrow(args[0]);
  } else {
    Ref list = make_list();
    if (list_extend(list.as<List>(), args[0]) < 0) return Ref();
    items = list_as_tuple(list.as<List>());
    if (!items) return items;
  }
  if (type == tuple_type) return items;
  Tuple* from = items.as<Tuple>();
  size_t size = from->size;
  Tuple* t = allocate<Tuple>(type, var_instance_size(type, t_var_size(from)));
  t->size = size;
  if (size == 0) t->items[0] = Value();  // the one allocated item: zero bits would be 0.0
  for (size_t i = 0; i < size; ++i) {
    incref(from->items[i]);
    t->items[i] = from->items[i];
  }
  return Ref::steal(t);
}

Ref m_index(Value self, const Value* args, size_t nargs, Tuple*) {
  Tuple* t = as_tuple(self);
  int64_t start = 0, stop = static_cast<int64_t>(t->size);
  if (nargs > 1 && !index_to_int64(args[1], start)) return Ref();
  if (nargs > 2 && !index_to_int64(args[2], stop)) return Ref();
  int64_t n = static_cast<int64_t>(t->size);
  if (start < 0) start = std::max<int64_t>(0, start + n);
  if (stop < 0) stop = std::max<int64_t>(0, stop + n);
  for (int64_t i = start; i < stop && i < n; ++i) {
    int eq = equal(t->items[i], args[0]);
    if (eq < 0) return Ref();
    if (eq) return Ref::steal(Value::from_small_int(i));
  }
  return raise(value_error_type, "tuple.index(x): x not in tuple");
}

Ref m_count(Value self, const Value* args, size_t, Tuple*) {
  Tuple* t = as_tuple(self);
  int64_t count = 0;
  for (size_t i = 0; i < t->size; ++i) {
    int eq = equal(t->items[i], args[0]);
    if (eq < 0) return Ref();
    count += eq;
  }
  return Ref::steal(Value::from_small_int(count));
}

const MethodDef tuple_methods[] = {
    {"index", m_index, Arity::kRange, 1, 3},
    {"count", m_count, Arity::kOneArg},
    {},
};

}  // namespace

void init_tuple_type() {
  tuple_type = make_builtin_type("tuple", nullptr, sizeof(Tuple),
                                 TypeFlag::kBaseType | TypeFlag::kTupleSubclass | TypeFlag::kGc);
  Type* t = tuple_type;
  t->dealloc = t_dealloc;
  t->var_size = t_var_size;
  t->traverse = t_traverse;
  // No clear slot, as CPython: tuples are immutable; the cycles they are part of are broken by
  // clearing the other (mutable) members, so a tuple never loses its items while visible.
  t->repr = t_repr;
  t->hash = t_hash;
  t->richcompare = t_richcompare;
  t->length = t_length;
  t->getitem = t_getitem;
  t->contains = t_contains;
  t->iter = t_iter;
  t->new_ = t_new;
  t->binary[static_cast<int>(BinaryOp::Add)] = t_add;
  t->binary[static_cast<int>(BinaryOp::Mul)] = t_mul;
  t->methods = tuple_methods;
  the_empty_tuple = allocate_tuple(0);
  the_empty_tuple->refcount = kImmortalRefcount;

  tuple_iterator_type = make_builtin_type("tuple_iterator", nullptr, sizeof(SeqIterator), TypeFlag::kGc);
  tuple_iterator_type->dealloc = seq_iterator_dealloc;
  tuple_iterator_type->traverse = seq_iterator_traverse;
  tuple_iterator_type->iter = return_self;
  tuple_iterator_type->iternext = t_iter_next;
}

}  // namespace gyre::vm
