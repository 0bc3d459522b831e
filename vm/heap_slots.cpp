// Slots of classes defined in Python: each C++ slot of a heap type whose class (or a base)
// defines the matching dunder method becomes a function that looks the dunder up on the type
// and calls it, as CPython's slot_* functions in typeobject.c do.
#include "vm/heap_slots.hpp"

#include "vm/traceback.hpp"

#include <array>

#include "vm/abstract.hpp"
#include "vm/attributes.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/function.hpp"
#include "vm/interpreter.hpp"
#include "vm/native_function.hpp"
#include "vm/slot_wrappers.hpp"
#include "vm/numbers.hpp"
#include "vm/runtime.hpp"
#include "vm/singletons.hpp"
#include "vm/traceback.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

namespace {

// The dunder `name` of type(self), bound to self by the descriptor protocol, and called.
// intern(name) for the dunder names of this file, which are all static strings: a direct-mapped
// cache keyed by the literal's address saves hashing the text on every slot call.
Str* interned_literal(const char* name) {
  struct Entry {
    const char* key;
    Str* value;
  };
  static Entry cache[128];
  Entry& e = cache[(reinterpret_cast<uintptr_t>(name) >> 3) & 127];
  if (e.key != name) e = {name, intern(name)};
  return e.value;
}

Ref call_special(Value self, const char* name, const Value* args, size_t nargs) {
  Type* type = type_of(self);
  Value descr = type_lookup(type, interned_literal(name));
  if (descr.is_absent()) {
    return raise_format(attribute_error_type, "'{}' object has no attribute '{}'", type_name(type), name);
  }
  Value all[4];
  all[0] = self;
  for (size_t i = 0; i < nargs; ++i) all[i + 1] = args[i];
  if (type_of(descr) == function_type) return call_python_function(as_function(descr), all, nargs + 1, nullptr);
  DescrGetSlot get = type_of(descr)->descr_get;
  if (get == nullptr) return call(descr, all, nargs + 1);
  Ref bound = get(descr, self, type);
  if (!bound) return bound;
  return call(bound.get(), args, nargs);
}
Ref call_special0(Value self, const char* name) { return call_special(self, name, nullptr, 0); }
Ref call_special1(Value self, const char* name, Value a) { return call_special(self, name, &a, 1); }
bool defines(Type* type, const char* name) { return !type_lookup(type, interned_literal(name)).is_absent(); }

Ref slot_repr(Value self) {
  RecursionGuard guard(" while getting the repr of an object");
  if (!guard.ok()) return Ref();
  return call_special0(self, "__repr__");
}
Ref slot_str(Value self) { return call_special0(self, "__str__"); }
int64_t slot_hash(Value self) {
  Value h = type_lookup(type_of(self), interned_literal("__hash__"));
  if (h.is_none()) {
    raise_format(type_error_type, "unhashable type: '{}'", type_name(type_of(self)));
    return -1;
  }
  Ref r = call_special0(self, "__hash__");
  if (!r) return -1;
  if (!is_int(r.get())) {
    raise(type_error_type, "__hash__ method should return an integer");
    return -1;
  }
  // A result that fits the hash width is the hash itself (CPython's slot_tp_hash); only a
  // bigger int is reduced by int's hash.
  number::IntView view(int64_t{0});
  int64_t v = 0;
  if (int_view(r.get(), view) && view.to_int64(v)) return v == -1 ? -2 : v;
  return hash(r.get());
}
Ref slot_richcompare(Value self, Value other, CompareOp op) {
  static const char* names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  const char* name = names[static_cast<int>(op)];
  Value descr = type_lookup(type_of(self), interned_literal(name));
  if (descr.is_absent() || descr.is_none()) return new_not_implemented();
  return call_special1(self, name, other);
}
Ref slot_getattro(Value self, Str* name) {
  Type* type = type_of(self);
  Value getattribute = type_lookup(type, interned_literal("__getattribute__"));
  Ref r;
  if (!getattribute.is_absent() && type_of(getattribute) != method_descriptor_type) {
    r = call_special1(self, "__getattribute__", value_of(name));
  } else {
    r = generic_getattr(self, name);
  }
  if (r || !error_matches(attribute_error_type)) return r;
  if (!defines(type, "__getattr__")) return r;
  clear_error();
  return call_special1(self, "__getattr__", value_of(name));
}
int slot_setattro(Value self, Str* name, Value value) {
  Type* type = type_of(self);
  const char* dunder = value.is_absent() ? "__delattr__" : "__setattr__";
  Value descr = type_lookup(type, interned_literal(dunder));
  if (descr.is_absent() || type_of(descr) == method_descriptor_type ||
      type_of(descr) == wrapper_descriptor_type) {
    return generic_setattr(self, name, value);
  }
  Value args[2] = {value_of(name), value};
  Ref r = call_special(self, dunder, args, value.is_absent() ? 1 : 2);
  return r ? 0 : -1;
}
Ref slot_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  Ref method = getattr_optional(value_of(type_of(callable)), interned_literal("__call__"));
  if (!method) {
    if (!error_pending()) raise_format(type_error_type, "'{}' object is not callable", type_name(type_of(callable)));
    return Ref();
  }
  std::vector<Value> all;
  all.reserve(nargs + 1);
  all.push_back(callable);
  all.insert(all.end(), args, args + nargs);
  return call(method.get(), all.data(), all.size(), kwnames);
}
Ref slot_iter(Value self) {
  Value descr = type_lookup(type_of(self), interned_literal("__iter__"));
  if (descr.is_none()) {
    return raise_format(type_error_type, "'{}' object is not iterable", type_name(type_of(self)));
  }
  return call_special0(self, "__iter__");
}
Ref slot_iternext(Value self) {
  Ref r = call_special0(self, "__next__");
  if (!r && error_matches(stop_iteration_type)) clear_error();
  return r;
}
int64_t slot_length(Value self) {
  Ref r = call_special0(self, "__len__");
  if (!r) return -1;
  int64_t n;
  if (!index_to_int64(r.get(), n)) return -1;
  if (n < 0) {
    raise(value_error_type, "__len__() should return >= 0");
    return -1;
  }
  return n;
}
Ref slot_getitem(Value self, Value key) { return call_special1(self, "__getitem__", key); }
int slot_setitem(Value self, Value key, Value value) {
  Ref r;
  if (value.is_absent()) {
    r = call_special1(self, "__delitem__", key);
  } else {
    Value args[2] = {key, value};
    r = call_special(self, "__setitem__", args, 2);
  }
  return r ? 0 : -1;
}
int slot_contains(Value self, Value item) {
  if (!defines(type_of(self), "__contains__")) {
    // Fall back to iteration (CPython's _PySequence_IterSearch).
    Ref it = get_iter(self);
    if (!it) return -1;
    while (Ref v = iter_next(it.get())) {
      int eq = rich_compare_bool(v.get(), item, CompareOp::Eq);
      if (eq != 0) return eq;
    }
    return error_pending() ? -1 : 0;
  }
  Ref r = call_special1(self, "__contains__", item);
  if (!r) return -1;
  return is_true(r.get());
}
int slot_bool(Value self) {
  Type* type = type_of(self);
  if (defines(type, "__bool__")) {
    Ref r = call_special0(self, "__bool__");
    if (!r) return -1;
    if (!r.get().is_bool()) {
      raise_format(type_error_type, "__bool__ should return bool, returned {}", type_name(type_of(r.get())));
      return -1;
    }
    return r.get().is_true();
  }
  if (defines(type, "__len__")) {
    int64_t n = slot_length(self);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}
Ref slot_descr_get(Value descr, Value obj, Type* type) {
  Value args[2] = {obj.is_absent() ? Value::none() : obj, type ? value_of(type) : Value::none()};
  return call_special(descr, "__get__", args, 2);
}
int slot_descr_set(Value descr, Value obj, Value value) {
  Ref r;
  if (value.is_absent()) {
    r = call_special1(descr, "__delete__", obj);
  } else {
    Value args[2] = {obj, value};
    r = call_special(descr, "__set__", args, 2);
  }
  return r ? 0 : -1;
}
int slot_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* type = type_of(self);
  Value init = type_lookup(type, interned_literal("__init__"));
  std::vector<Value> all;
  all.push_back(self);
  all.insert(all.end(), args, args + nargs);
  Ref r = call(init, all.data(), all.size(), kwnames);
  if (!r) return -1;
  if (!r.get().is_none()) {
    raise_format(type_error_type, "__init__() should return None, not '{}'", type_name(type_of(r.get())));
    return -1;
  }
  return 0;
}
Ref slot_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value new_ = type_lookup(type, interned_literal("__new__"));
  Ref fn = Ref::borrow(new_);
  if (type_of(new_)->descr_get && type_of(new_) != function_type) {
    fn = type_of(new_)->descr_get(new_, Value(), type);  // staticmethod unwraps
    if (!fn) return fn;
  }
  std::vector<Value> all;
  all.push_back(value_of(type));
  all.insert(all.end(), args, args + nargs);
  return call(fn.get(), all.data(), all.size(), kwnames);
}

// Binary operators: CPython's SLOT1BINFULL (both operands' dunders in one slot call).
constexpr const char* kBinaryDunders[][3] = {
    {"__add__", "__radd__", "__iadd__"},          {"__sub__", "__rsub__", "__isub__"},
    {"__mul__", "__rmul__", "__imul__"},          {"__matmul__", "__rmatmul__", "__imatmul__"},
    {"__truediv__", "__rtruediv__", "__itruediv__"}, {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {"__mod__", "__rmod__", "__imod__"},          {"__pow__", "__rpow__", "__ipow__"},
    {"__lshift__", "__rlshift__", "__ilshift__"}, {"__rshift__", "__rrshift__", "__irshift__"},
    {"__and__", "__rand__", "__iand__"},          {"__or__", "__ror__", "__ior__"},
    {"__xor__", "__rxor__", "__ixor__"},
};

template <int Op>
Ref slot_binary(Value left, Value right) {
  const char* name = kBinaryDunders[Op][0];
  const char* rname = kBinaryDunders[Op][1];
  Type* tl = type_of(left);
  Type* tr = type_of(right);
  bool do_other = tl != tr && tr->binary[Op] == &slot_binary<Op> && defines(tr, rname);
  if (tl->binary[Op] == &slot_binary<Op> && defines(tl, name)) {
    if (do_other && is_subtype(tr, tl)) {
      Ref r = call_special1(right, rname, left);
      if (!r || !is_not_implemented(r.get())) return r;
      do_other = false;
    }
    Ref r = call_special1(left, name, right);
    if (!r || !is_not_implemented(r.get()) || tl == tr) return r;
  }
  if (do_other) return call_special1(right, rname, left);
  return new_not_implemented();
}
template <int Op>
Ref slot_inplace(Value left, Value right) {
  return call_special1(left, kBinaryDunders[Op][2], right);
}
template <int... Ops>
constexpr std::array<BinarySlot, sizeof...(Ops)> binary_slots(std::integer_sequence<int, Ops...>) {
  return {&slot_binary<Ops>...};
}
template <int... Ops>
constexpr std::array<BinarySlot, sizeof...(Ops)> inplace_slots(std::integer_sequence<int, Ops...>) {
  return {&slot_inplace<Ops>...};
}
constexpr auto kBinarySlots = binary_slots(std::make_integer_sequence<int, kBinaryOpCount>());
constexpr auto kInplaceSlots = inplace_slots(std::make_integer_sequence<int, kBinaryOpCount>());

Ref slot_neg(Value self) { return call_special0(self, "__neg__"); }
Ref slot_pos(Value self) { return call_special0(self, "__pos__"); }
Ref slot_abs(Value self) { return call_special0(self, "__abs__"); }
Ref slot_invert(Value self) { return call_special0(self, "__invert__"); }
Ref slot_index(Value self) { return call_special0(self, "__index__"); }
Ref slot_int(Value self) { return call_special0(self, "__int__"); }
Ref slot_float(Value self) { return call_special0(self, "__float__"); }

// __del__ (CPython's slot_tp_finalize): the pending exception is kept aside while it runs, and
// an exception it raises is reported ("Exception ignored in: <function C.__del__ ...>").
void slot_finalize(Object* self) {
  Ref saved = error_pending() ? fetch_error() : Ref();
  Value del = type_lookup(self->type, interned_literal("__del__"));
  if (!del.is_absent()) {
    Ref keep_del = Ref::borrow(del);
    Ref result = call_special0(value_of(self), "__del__");
    if (!result) {
      Ref exc = fetch_error();
      report_unraisable(exc.get(), keep_del.get());
    }
  }
  if (saved) raise_value(saved.get());
}

// Whether `name` is defined by a heap type on the mro (so the slot must call it).
bool heap_defines(Type* type, const char* name) {
  Str* key = intern(name);
  Tuple* mro = type->mro;
  for (size_t i = 0; mro && i < mro->size; ++i) {
    Type* t = static_cast<Type*>(mro->items[i].as_object());
    if (!t->has_flag(TypeFlag::kHeapType)) continue;
    if (!dict_get_str(t->dict, key).is_absent()) return true;
  }
  return false;
}

}  // namespace

bool check_new_safe(Type* owner, Type* cls) {
  Type* base = cls;
  while (base != nullptr && base->new_ == slot_new) base = base->base;
  if (base == nullptr || base->new_ == owner->new_) return true;
  raise_format(type_error_type, "{}.__new__({}) is not safe, use {}.__new__()", type_name(owner),
               type_name(cls), type_name(cls));
  return false;
}

void install_heap_slots(Type* type) {
  auto has = [&](const char* name) { return heap_defines(type, name); };
  if (has("__repr__")) type->repr = slot_repr;
  if (has("__str__")) type->str = slot_str;
  if (has("__hash__")) type->hash = slot_hash;
  // A class that defines __eq__ without __hash__ gets __hash__ = None (set by build_class).
  if (has("__eq__") || has("__ne__") || has("__lt__") || has("__le__") || has("__gt__") || has("__ge__")) {
    type->richcompare = slot_richcompare;
  }
  if (has("__getattribute__") || has("__getattr__")) type->getattro = slot_getattro;
  if (has("__setattr__") || has("__delattr__")) type->setattro = slot_setattro;
  if (has("__call__")) type->call = slot_call;
  if (has("__iter__")) type->iter = slot_iter;
  if (has("__next__")) type->iternext = slot_iternext;
  if (has("__len__")) type->length = slot_length;
  if (has("__getitem__")) type->getitem = slot_getitem;
  if (has("__setitem__") || has("__delitem__")) type->setitem = slot_setitem;
  if (has("__contains__")) type->contains = slot_contains;
  if (has("__bool__") || has("__len__")) type->bool_ = slot_bool;
  if (has("__get__")) type->descr_get = slot_descr_get;
  if (has("__set__") || has("__delete__")) type->descr_set = slot_descr_set;
  if (has("__init__")) type->init = slot_init;
  if (has("__new__")) type->new_ = slot_new;
  if (has("__del__")) type->finalize = slot_finalize;
  for (int i = 0; i < kBinaryOpCount; ++i) {
    if (has(kBinaryDunders[i][0]) || has(kBinaryDunders[i][1])) type->binary[i] = kBinarySlots[i];
    if (has(kBinaryDunders[i][2])) type->inplace[i] = kInplaceSlots[i];
  }
  if (has("__neg__")) type->neg = slot_neg;
  if (has("__pos__")) type->pos = slot_pos;
  if (has("__abs__")) type->abs = slot_abs;
  if (has("__invert__")) type->invert = slot_invert;
  if (has("__index__")) type->index = slot_index;
  if (has("__int__")) type->int_ = slot_int;
  if (has("__float__")) type->float_ = slot_float;
}

}  // namespace gyre::vm
