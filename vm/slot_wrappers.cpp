// wrapper_descriptor and method-wrapper: dunder methods over the C++ slots of builtin types.
#include "vm/slot_wrappers.hpp"

#include <fmt/format.h>

#include "vm/abstract.hpp"
#include "vm/builtin_init.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/heap_slots.hpp"
#include "vm/numbers.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Type* wrapper_descriptor_type;
Type* method_wrapper_type;

namespace {

enum class Kind : uint8_t {
  Repr, Str, Hash, Compare, GetAttribute, SetAttr, DelAttr, Call, Init, New, Iter, Next, Len,
  GetItem, SetItem, DelItem, Contains, Bool, Binary, ReflectedBinary, Inplace, Neg, Pos, Abs,
  Invert, Index, Int, Float, Get, Set, Delete,
};

struct WrapperDef {
  const char* name;
  Kind kind;
  uint8_t op;     // CompareOp / BinaryOp
  int8_t nargs;   // arguments after self; -1 = any
};

struct WrapperDescriptor : Object {
  const WrapperDef* def;
  Type* owner;  // builtin types are immortal
};

struct MethodWrapper : Object {
  Value descr;  // owned WrapperDescriptor
  Value self;   // owned
};

const WrapperDescriptor* descriptor_of(Value v) {
  return static_cast<const WrapperDescriptor*>(v.as_object());
}

Ref from_int64(int64_t v) {
  if (v == -1 && error_pending()) return Ref();
  return make_int(v);
}

Ref none_or_error(int status) { return status < 0 ? Ref() : new_none(); }

// Runs wrapper `def` of `owner` on self and the remaining arguments.
Ref invoke(const WrapperDef* def, Type* owner, Value self, const Value* args, size_t nargs,
           Tuple* kwnames) {
  if (def->kind != Kind::Call && def->kind != Kind::Init && def->kind != Kind::New) {
    if (tuple_size(kwnames) != 0)
      return raise_format(type_error_type, "wrapper {}() takes no keyword arguments", def->name);
    if (def->nargs >= 0 && nargs != static_cast<size_t>(def->nargs)) {
      if (def->kind == Kind::Get && (nargs == 1 || nargs == 2)) {
        // __get__(obj, type=None)
      } else {
        return raise_format(type_error_type, "expected {} argument{}, got {}", def->nargs,
                            def->nargs == 1 ? "" : "s", nargs);
      }
    }
  }
  switch (def->kind) {
    case Kind::Repr: return owner->repr(self);
    case Kind::Str: return owner->str(self);
    case Kind::Hash: return from_int64(owner->hash(self));
    case Kind::Compare: return owner->richcompare(self, args[0], static_cast<CompareOp>(def->op));
    case Kind::GetAttribute:
      if (!is_str(args[0]))
        return raise_format(type_error_type, "attribute name must be string, not '{}'",
                            type_name_of(args[0]));
      return owner->getattro(self, as_str(args[0]));
    case Kind::SetAttr:
    case Kind::DelAttr:
      if (!is_str(args[0]))
        return raise_format(type_error_type, "attribute name must be string, not '{}'",
                            type_name_of(args[0]));
      return none_or_error(
          owner->setattro(self, as_str(args[0]), def->kind == Kind::SetAttr ? args[1] : Value()));
    case Kind::Call: return owner->call(self, args, nargs, kwnames);
    case Kind::Init: return none_or_error(owner->init(self, args, nargs, kwnames));
    case Kind::New: {
      // T.__new__(cls, *args): self is cls.
      if (!is_instance(self, type_type))
        return raise_format(type_error_type, "{}.__new__(X): X is not a type object ({})",
                            type_name(owner), type_name_of(self));
      Type* cls = static_cast<Type*>(self.as_object());
      if (!is_subtype(cls, owner))
        return raise_format(type_error_type, "{}.__new__({}): {} is not a subtype of {}",
                            type_name(owner), type_name(cls), type_name(cls), type_name(owner));
      if (!check_new_safe(owner, cls)) return Ref();
      return owner->new_(cls, args, nargs, kwnames);
    }
    case Kind::Iter: return owner->iter(self);
    case Kind::Next: {
      Ref r = owner->iternext(self);
      if (!r && !error_pending()) return raise_empty(stop_iteration_type);
      return r;
    }
    case Kind::Len: return from_int64(owner->length(self));
    case Kind::GetItem: return owner->getitem(self, args[0]);
    case Kind::SetItem: return none_or_error(owner->setitem(self, args[0], args[1]));
    case Kind::DelItem: return none_or_error(owner->setitem(self, args[0], Value()));
    case Kind::Contains: {
      int r = owner->contains(self, args[0]);
      if (r < 0) return Ref();
      return new_bool(r);
    }
    case Kind::Bool: {
      int r = owner->bool_(self);
      if (r < 0) return Ref();
      return new_bool(r);
    }
    case Kind::Binary: return owner->binary[def->op](self, args[0]);
    case Kind::ReflectedBinary: return owner->binary[def->op](args[0], self);
    case Kind::Inplace: return owner->inplace[def->op](self, args[0]);
    case Kind::Neg: return owner->neg(self);
    case Kind::Pos: return owner->pos(self);
    case Kind::Abs: return owner->abs(self);
    case Kind::Invert: return owner->invert(self);
    case Kind::Index: return owner->index(self);
    case Kind::Int: return owner->int_(self);
    case Kind::Float: return owner->float_(self);
    case Kind::Get: {
      Value obj = args[0].is_none() ? Value() : args[0];
      Type* type = nargs == 2 && is_instance(args[1], type_type)
                       ? static_cast<Type*>(args[1].as_object())
                       : nullptr;
      if (obj.is_absent() && type == nullptr)
        return raise(type_error_type, "__get__(None, None) is invalid");
      return owner->descr_get(self, obj, type);
    }
    case Kind::Set: return none_or_error(owner->descr_set(self, args[0], args[1]));
    case Kind::Delete: return none_or_error(owner->descr_set(self, args[0], Value()));
  }
  return Ref();
}

// ---- wrapper_descriptor

Ref wd_repr(Value self) {
  const WrapperDescriptor* d = descriptor_of(self);
  return make_str(fmt::format("<slot wrapper '{}' of '{}' objects>", d->def->name,
                              type_name(d->owner)));
}

Ref wd_get(Value descr, Value obj, Type*) {
  if (obj.is_absent()) return Ref::borrow(descr);
  const WrapperDescriptor* d = descriptor_of(descr);
  if (d->def->kind != Kind::New && !is_instance(obj, d->owner))
    return raise_format(type_error_type,
                        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                        d->def->name, type_name(d->owner), type_name_of(obj));
  auto* w = allocate<MethodWrapper>(method_wrapper_type);
  incref(descr);
  incref(obj);
  w->descr = descr;
  w->self = obj;
  return Ref::steal(w);
}

Ref wd_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  const WrapperDescriptor* d = descriptor_of(callable);
  if (nargs - tuple_size(kwnames) == 0)
    return raise_format(type_error_type, "descriptor '{}' of '{}' object needs an argument",
                        d->def->name, type_name(d->owner));
  if (d->def->kind != Kind::New && !is_instance(args[0], d->owner))
    return raise_format(type_error_type,
                        "descriptor '{}' requires a '{}' object but received a '{}'",
                        d->def->name, type_name(d->owner), type_name_of(args[0]));
  return invoke(d->def, d->owner, args[0], args + 1, nargs - 1, kwnames);
}

// ---- method-wrapper

void mw_dealloc(Object* o) {
  auto* w = static_cast<MethodWrapper*>(o);
  decref(w->descr);
  decref(w->self);
  free_object(o);
}
void mw_traverse(Object* o, VisitFn visit, void* arg) {
  auto* w = static_cast<MethodWrapper*>(o);
  visit(w->descr, arg);
  if (w->self.is_object()) visit(w->self, arg);
}
Ref mw_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* w = static_cast<MethodWrapper*>(callable.as_object());
  const WrapperDescriptor* d = descriptor_of(w->descr);
  return invoke(d->def, d->owner, w->self, args, nargs, kwnames);
}
Ref mw_repr(Value self) {
  auto* w = static_cast<MethodWrapper*>(self.as_object());
  uintptr_t address = w->self.is_object() ? reinterpret_cast<uintptr_t>(w->self.as_object()) : 0;
  return make_str(fmt::format("<method-wrapper '{}' of {} object at {:#x}>",
                              descriptor_of(w->descr)->def->name, type_name_of(w->self), address));
}

void plain_dealloc(Object* o) { free_object(o); }

#define BIN(NAME, RNAME, INAME, OP)                                              \
  {NAME, Kind::Binary, static_cast<uint8_t>(BinaryOp::OP), 1},                   \
      {RNAME, Kind::ReflectedBinary, static_cast<uint8_t>(BinaryOp::OP), 1},     \
      {INAME, Kind::Inplace, static_cast<uint8_t>(BinaryOp::OP), 1}

const WrapperDef kWrappers[] = {
    {"__repr__", Kind::Repr, 0, 0},
    {"__str__", Kind::Str, 0, 0},
    {"__hash__", Kind::Hash, 0, 0},
    {"__lt__", Kind::Compare, static_cast<uint8_t>(CompareOp::Lt), 1},
    {"__le__", Kind::Compare, static_cast<uint8_t>(CompareOp::Le), 1},
    {"__eq__", Kind::Compare, static_cast<uint8_t>(CompareOp::Eq), 1},
    {"__ne__", Kind::Compare, static_cast<uint8_t>(CompareOp::Ne), 1},
    {"__gt__", Kind::Compare, static_cast<uint8_t>(CompareOp::Gt), 1},
    {"__ge__", Kind::Compare, static_cast<uint8_t>(CompareOp::Ge), 1},
    {"__getattribute__", Kind::GetAttribute, 0, 1},
    {"__setattr__", Kind::SetAttr, 0, 2},
    {"__delattr__", Kind::DelAttr, 0, 1},
    {"__call__", Kind::Call, 0, -1},
    {"__init__", Kind::Init, 0, -1},
    {"__new__", Kind::New, 0, -1},
    {"__iter__", Kind::Iter, 0, 0},
    {"__next__", Kind::Next, 0, 0},
    {"__len__", Kind::Len, 0, 0},
    {"__getitem__", Kind::GetItem, 0, 1},
    {"__setitem__", Kind::SetItem, 0, 2},
    {"__delitem__", Kind::DelItem, 0, 1},
    {"__contains__", Kind::Contains, 0, 1},
    {"__bool__", Kind::Bool, 0, 0},
    BIN("__add__", "__radd__", "__iadd__", Add),
    BIN("__sub__", "__rsub__", "__isub__", Sub),
    BIN("__mul__", "__rmul__", "__imul__", Mul),
    BIN("__matmul__", "__rmatmul__", "__imatmul__", MatMul),
    BIN("__truediv__", "__rtruediv__", "__itruediv__", TrueDiv),
    BIN("__floordiv__", "__rfloordiv__", "__ifloordiv__", FloorDiv),
    BIN("__mod__", "__rmod__", "__imod__", Mod),
    BIN("__pow__", "__rpow__", "__ipow__", Pow),
    BIN("__lshift__", "__rlshift__", "__ilshift__", LShift),
    BIN("__rshift__", "__rrshift__", "__irshift__", RShift),
    BIN("__and__", "__rand__", "__iand__", And),
    BIN("__or__", "__ror__", "__ior__", Or),
    BIN("__xor__", "__rxor__", "__ixor__", Xor),
    {"__neg__", Kind::Neg, 0, 0},
    {"__pos__", Kind::Pos, 0, 0},
    {"__abs__", Kind::Abs, 0, 0},
    {"__invert__", Kind::Invert, 0, 0},
    {"__index__", Kind::Index, 0, 0},
    {"__int__", Kind::Int, 0, 0},
    {"__float__", Kind::Float, 0, 0},
    {"__get__", Kind::Get, 0, 2},
    {"__set__", Kind::Set, 0, 2},
    {"__delete__", Kind::Delete, 0, 1},
};
#undef BIN

// Does `type` define the slot behind `def` itself (not inherited from its base)?
bool defines(Type* t, const WrapperDef& def) {
  Type* b = t->base;
  auto own = [&](auto member) { return t->*member != nullptr && (b == nullptr || t->*member != b->*member); };
  switch (def.kind) {
    case Kind::Repr: return own(&Type::repr);
    case Kind::Str: return own(&Type::str);
    case Kind::Hash: return own(&Type::hash);
    case Kind::Compare: return own(&Type::richcompare);
    case Kind::GetAttribute: return own(&Type::getattro);
    case Kind::SetAttr:
    case Kind::DelAttr: return own(&Type::setattro);
    case Kind::Call: return own(&Type::call);
    case Kind::Init: return own(&Type::init);
    case Kind::New: return own(&Type::new_);
    case Kind::Iter: return own(&Type::iter);
    case Kind::Next: return own(&Type::iternext);
    case Kind::Len: return own(&Type::length);
    case Kind::GetItem: return own(&Type::getitem);
    case Kind::SetItem:
    case Kind::DelItem: return own(&Type::setitem);
    case Kind::Contains: return own(&Type::contains);
    case Kind::Bool: return own(&Type::bool_);
    case Kind::Binary:
    case Kind::ReflectedBinary:
      return t->binary[def.op] != nullptr && (b == nullptr || t->binary[def.op] != b->binary[def.op]);
    case Kind::Inplace:
      return t->inplace[def.op] != nullptr && (b == nullptr || t->inplace[def.op] != b->inplace[def.op]);
    case Kind::Neg: return own(&Type::neg);
    case Kind::Pos: return own(&Type::pos);
    case Kind::Abs: return own(&Type::abs);
    case Kind::Invert: return own(&Type::invert);
    case Kind::Index: return own(&Type::index);
    case Kind::Int: return own(&Type::int_);
    case Kind::Float: return own(&Type::float_);
    case Kind::Get: return own(&Type::descr_get);
    case Kind::Set:
    case Kind::Delete: return own(&Type::descr_set);
  }
  return false;
}

}  // namespace

bool add_slot_wrappers(Type* type) {
  if (wrapper_descriptor_type == nullptr) return true;  // still bootstrapping
  for (const WrapperDef& def : kWrappers) {
    if (!defines(type, def)) continue;
    Str* name = intern(def.name);
    if (!dict_get_str(type->dict, name).is_absent()) continue;
    auto* d = allocate<WrapperDescriptor>(wrapper_descriptor_type);
    d->def = &def;
    d->owner = type;
    Ref descr = Ref::steal(d);
    if (dict_set(type->dict, value_of(name), descr.get()) < 0) return false;
  }
  // A type that defines comparison but no hash is unhashable: __hash__ = None (as CPython).
  if (type->hash == nullptr && type->richcompare != nullptr &&
      (type->base == nullptr || type->richcompare != type->base->richcompare) &&
      dict_get_str(type->dict, "__hash__").is_absent()) {
    if (dict_set_str(type->dict, "__hash__", Value::none()) < 0) return false;
  }
  return true;
}

void init_slot_wrapper_types() {
  wrapper_descriptor_type = make_builtin_type("wrapper_descriptor", nullptr, sizeof(WrapperDescriptor), 0);
  Type* t = wrapper_descriptor_type;
  t->dealloc = plain_dealloc;
  t->repr = wd_repr;
  t->descr_get = wd_get;
  t->call = wd_call;

  method_wrapper_type = make_builtin_type("method-wrapper", nullptr, sizeof(MethodWrapper), TypeFlag::kGc);
  t = method_wrapper_type;
  t->dealloc = mw_dealloc;
  t->traverse = mw_traverse;
  t->call = mw_call;
  t->repr = mw_repr;
}

}  // namespace gyre::vm
