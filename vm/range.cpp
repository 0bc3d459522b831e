// range objects (int64 bounds) and their iterator.
#include "vm/range.hpp"

#include <fmt/format.h>

#include "vm/abstract.hpp"
#include "vm/builtin_init.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/native_function.hpp"
#include "vm/numbers.hpp"
#include "vm/sequence_helpers.hpp"
#include "vm/singletons.hpp"
#include "vm/slice.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Type* range_type;
Type* range_iterator_type;

namespace {

int64_t range_length(int64_t start, int64_t stop, int64_t step) {
  __int128 lo = start, hi = stop, st = step;
  if (st > 0 && lo < hi) return static_cast<int64_t>((hi - lo - 1) / st + 1);
  if (st < 0 && lo > hi) return static_cast<int64_t>((lo - hi - 1) / (-st) + 1);
  return 0;
}

}  // namespace

Ref make_range(int64_t start, int64_t stop, int64_t step) {
  if (step == 0) return raise(value_error_type, "range() arg 3 must not be zero");
  Range* r = allocate<Range>(range_type);
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = range_length(start, stop, step);
  return Ref::steal(r);
}

namespace {

bool range_arg(Value v, int64_t& out) {
  if (type_of(v)->index == nullptr) {
    raise_format(type_error_type, "'{}' object cannot be interpreted as an integer",
                 type_name_of(v));
    return false;
  }
  return index_to_int64(v, out);
}

Ref r_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (tuple_size(kwnames) != 0) return raise(type_error_type, "range() takes no keyword arguments");
  if (nargs == 0) return raise(type_error_type, "range expected at least 1 argument, got 0");
  if (nargs > 3) return raise_format(type_error_type, "range expected at most 3 arguments, got {}", nargs);
  int64_t a[3] = {0, 0, 1};
  for (size_t i = 0; i < nargs; ++i)
    if (!range_arg(args[i], a[i])) return Ref();
  if (nargs == 1) return make_range(0, a[0], 1);
  return make_range(a[0], a[1], a[2]);
}

Ref r_repr(Value self) {
  Range* r = as_range(self);
  if (r->step == 1) return make_str(fmt::format("range({}, {})", r->start, r->stop));
  return make_str(fmt::format("range({}, {}, {})", r->start, r->stop, r->step));
}

int64_t r_length(Value self) { return as_range(self)->length; }
int r_bool(Value self) { return as_range(self)->length != 0; }

Ref r_getitem(Value self, Value key) {
  Range* r = as_range(self);
  if (is_slice(key)) {
    SliceIndices si;
    if (!slice_indices(as_slice(key), static_cast<size_t>(r->length), si)) return Ref();
    int64_t start = r->start + si.start * r->step;
    int64_t step = r->step * si.step;
    int64_t stop = start + static_cast<int64_t>(si.count) * step;
    return make_range(start, stop, step);
  }
  if (type_of(key)->index == nullptr)
    return raise_format(type_error_type, "range indices must be integers or slices, not {}",
                        type_name_of(key));
  int64_t i;
  if (!index_to_int64(key, i)) return Ref();
  if (!normalize_index(i, static_cast<size_t>(r->length)))
    return raise(index_error_type, "range object index out of range");
  return make_int(r->start + i * r->step);
}

int r_contains(Value self, Value item) {
  Range* r = as_range(self);
  if (item.is_small_int() || item.is_bool()) {
    int64_t v = item.is_bool() ? (item.is_true() ? 1 : 0) : item.as_small_int();
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return 0;
    return (v - r->start) % r->step == 0;
  }
  // Other types: compare with every element (CPython does the same).
  for (int64_t k = 0; k < r->length; ++k) {
    int eq = equal(Value::from_small_int(r->start + k * r->step), item);
    if (eq != 0) return eq;
  }
  return 0;
}

Ref r_richcompare(Value self, Value other, CompareOp op) {
  if (type_of(other) != range_type || (op != CompareOp::Eq && op != CompareOp::Ne))
    return new_not_implemented();
  Range* a = as_range(self);
  Range* b = as_range(other);
  bool same = a->length == b->length &&
              (a->length == 0 || (a->start == b->start && (a->length == 1 || a->step == b->step)));
  return new_bool(op == CompareOp::Eq ? same : !same);
}

int64_t r_hash(Value self) {
  Range* r = as_range(self);
  // CPython hashes (len, start, step) with None for the parts that do not matter.
  Value parts[3] = {Value::from_small_int(r->length), Value::none(), Value::none()};
  if (r->length != 0) {
    parts[1] = Value::from_small_int(r->start);
    if (r->length != 1) parts[2] = Value::from_small_int(r->step);
  }
  Ref t = make_tuple({parts[0], parts[1], parts[2]});
  return hash(t.get());
}

Ref r_iter(Value self) {
  Range* r = as_range(self);
  auto* it = allocate<RangeIterator>(range_iterator_type);
  it->next = r->start;
  it->step = r->step;
  it->remaining = r->length;
  return Ref::steal(it);
}

Ref ri_next(Value self) {
  auto* it = static_cast<RangeIterator*>(self.as_object());
  if (it->remaining <= 0) return Ref();
  --it->remaining;
  int64_t v = it->next;
  it->next += it->step;
  return make_int(v);
}

void plain_dealloc(Object* o) { free_object(o); }

Ref get_start(Value self) { return make_int(as_range(self)->start); }
Ref get_stop(Value self) { return make_int(as_range(self)->stop); }
Ref get_step(Value self) { return make_int(as_range(self)->step); }

const GetSetDef range_getsets[] = {
    {"start", get_start},
    {"stop", get_stop},
    {"step", get_step},
    {},
};

}  // namespace

void init_range_types() {
  range_type = make_builtin_type("range", nullptr, sizeof(Range), 0);
  Type* t = range_type;
  t->dealloc = plain_dealloc;
  t->new_ = r_new;
  t->repr = r_repr;
  t->length = r_length;
  t->bool_ = r_bool;
  t->getitem = r_getitem;
  t->contains = r_contains;
  t->richcompare = r_richcompare;
  t->hash = r_hash;
  t->iter = r_iter;
  t->getsets = range_getsets;

  range_iterator_type = make_builtin_type("range_iterator", nullptr, sizeof(RangeIterator), 0);
  range_iterator_type->dealloc = plain_dealloc;
  range_iterator_type->iter = return_self;
  range_iterator_type->iternext = ri_next;
}

}  // namespace gyre::vm
