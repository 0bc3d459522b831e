// slice objects and slice.indices arithmetic (PySlice_Unpack + PySlice_AdjustIndices).
#include "vm/slice.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "vm/abstract.hpp"
#include "vm/builtin_init.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/native_function.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Type* slice_type;

Ref make_slice(Value start, Value stop, Value step) {
  Slice* s = allocate<Slice>(slice_type);
  incref(start);
  incref(stop);
  incref(step);
  s->start = start;
  s->stop = stop;
  s->step = step;
  return Ref::steal(s);
}

bool is_slice(Value v) { return v.is_object() && v.as_object()->type == slice_type; }

namespace {

// A slice bound: None, or anything with __index__ (clamped to int64 range as CPython clamps
// to Py_ssize_t; big ints arrive here only once they exist).
bool bound(Value v, int64_t& out) {
  if (type_of(v)->index == nullptr) {
    raise(type_error_type,
          "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  return index_to_int64(v, out);
}

}  // namespace

bool slice_indices(Slice* slice, size_t length_u, SliceIndices& out) {
  int64_t length = static_cast<int64_t>(length_u);
  int64_t step = 1;
  if (!slice->step.is_none()) {
    if (!bound(slice->step, step)) return false;
    if (step == 0) {
      raise(value_error_type, "slice step cannot be zero");
      return false;
    }
    if (step < -INT64_MAX) step = -INT64_MAX;  // so that -step cannot overflow
  }
  int64_t start, stop;
  if (slice->start.is_none()) {
    start = step < 0 ? INT64_MAX : 0;
  } else if (!bound(slice->start, start)) {
    return false;
  }
  if (slice->stop.is_none()) {
    stop = step < 0 ? INT64_MIN : INT64_MAX;
  } else if (!bound(slice->stop, stop)) {
    return false;
  }
  // PySlice_AdjustIndices.
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  size_t count = 0;
  if (step < 0) {
    if (stop < start) count = static_cast<size_t>((start - stop - 1) / (-step) + 1);
  } else if (start < stop) {
    count = static_cast<size_t>((stop - start - 1) / step + 1);
  }
  out = SliceIndices{start, stop, step, count};
  return true;
}

namespace {

void sl_dealloc(Object* o) {
  Slice* s = static_cast<Slice*>(o);
  decref(s->start);
  decref(s->stop);
  decref(s->step);
  free_object(o);
}

Ref sl_repr(Value self) {
  Slice* s = as_slice(self);
  Ref a = repr(s->start);
  if (!a) return a;
  Ref b = repr(s->stop);
  if (!b) return b;
  Ref c = repr(s->step);
  if (!c) return c;
  return make_str(fmt::format("slice({}, {}, {})", as_str(a.get())->view(),
                              as_str(b.get())->view(), as_str(c.get())->view()));
}

Ref sl_richcompare(Value self, Value other, CompareOp op) {
  if (!is_slice(other)) return new_not_implemented();
  Slice* a = as_slice(self);
  Slice* b = as_slice(other);
  Ref ta = make_tuple({a->start, a->stop, a->step});
  Ref tb = make_tuple({b->start, b->stop, b->step});
  return rich_compare(ta.get(), tb.get(), op);
}

Ref sl_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (tuple_size(kwnames) != 0) return raise(type_error_type, "slice() takes no keyword arguments");
  if (nargs == 0) return raise(type_error_type, "slice expected at least 1 argument, got 0");
  if (nargs > 3) return raise_format(type_error_type, "slice expected at most 3 arguments, got {}", nargs);
  if (nargs == 1) return make_slice(Value::none(), args[0], Value::none());
  return make_slice(args[0], args[1], nargs == 3 ? args[2] : Value::none());
}

Ref get_start(Value self) { return Ref::borrow(as_slice(self)->start); }
Ref get_stop(Value self) { return Ref::borrow(as_slice(self)->stop); }
Ref get_step(Value self) { return Ref::borrow(as_slice(self)->step); }

Ref m_indices(Value self, const Value* args, size_t, Tuple*) {
  int64_t length;
  if (!index_to_int64(args[0], length)) return Ref();
  if (length < 0) return raise(value_error_type, "length should not be negative");
  SliceIndices si;
  if (!slice_indices(as_slice(self), static_cast<size_t>(length), si)) return Ref();
  return make_tuple({Value::from_small_int(si.start), Value::from_small_int(si.stop),
                     Value::from_small_int(si.step)});
}

const MethodDef slice_methods[] = {
    {"indices", m_indices, Arity::kOneArg},
    {},
};
const GetSetDef slice_getsets[] = {
    {"start", get_start},
    {"stop", get_stop},
    {"step", get_step},
    {},
};

}  // namespace

void init_slice_type() {
  slice_type = make_builtin_type("slice", nullptr, sizeof(Slice), 0);
  Type* t = slice_type;
  t->dealloc = sl_dealloc;
  t->repr = sl_repr;
  t->richcompare = sl_richcompare;
  t->new_ = sl_new;
  t->methods = slice_methods;
  t->getsets = slice_getsets;
}

}  // namespace gyre::vm
