// The root type `object`: default repr/str/hash/compare, generic attributes, __new__/__init__.
#include <fmt/format.h>

#include "vm/abstract.hpp"
#include "vm/attributes.hpp"
#include "vm/builtin_init.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/heap_slots.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

namespace {

// "__main__.C" for heap types, "int" for builtins (module "builtins" is omitted).
std::string qualified_name(Type* t) {
  if (t->has_flag(TypeFlag::kHeapType)) {
    Value module = dict_get_str(t->dict, "__module__");
    if (!module.is_absent() && is_str(module) && as_str(module)->view() != "builtins")
      return fmt::format("{}.{}", as_str(module)->view(), t->qualname->view());
    return std::string(t->qualname->view());
  }
  return std::string(type_name(t));
}

Ref object_repr(Value self) {
  return make_str(fmt::format("<{} object at {:#x}>", qualified_name(type_of(self)),
                              reinterpret_cast<uintptr_t>(self.as_object())));
}

Ref object_str(Value self) {
  ReprSlot r = type_of(self)->repr;
  return r != nullptr ? r(self) : object_repr(self);
}

int64_t object_hash(Value self) {
  // The address without its alignment bits (CPython rotates them to the top; we keep the hash
  // within the small-int range so that hash(obj) needs no big int).
  return static_cast<int64_t>(reinterpret_cast<uintptr_t>(self.as_object()) >> 4);
}

Ref object_richcompare(Value self, Value other, CompareOp op) {
  switch (op) {
    case CompareOp::Eq:
      return self == other ? new_bool(true) : new_not_implemented();
    case CompareOp::Ne: {
      // By default, != is the inverse of ==, unless == is NotImplemented.
      RichCompareSlot eq = type_of(self)->richcompare;
      if (eq == nullptr) return new_not_implemented();
      Ref r = eq(self, other, CompareOp::Eq);
      if (!r || is_not_implemented(r.get())) return r;
      int t = is_true(r.get());
      if (t < 0) return Ref();
      return new_bool(!t);
    }
    default:
      return new_not_implemented();
  }
}

void object_dealloc(Object* o) {
  free_object(o);
}

// "Can't instantiate abstract class C with abstract methods a, b" (names sorted), as
// CPython's object_new.
Ref raise_abstract_instantiation(Type* type) {
  Value methods = dict_get_str(type->dict, "__abstractmethods__");
  if (methods.is_absent()) return raise(attribute_error_type, "__abstractmethods__");
  Ref names = make_list();
  if (!names || list_extend(names.as<List>(), methods) < 0) return Ref();
  if (list_sort(names.as<List>(), Value(), false) < 0) return Ref();
  std::string joined;
  List* list = names.as<List>();
  for (size_t i = 0; i < list->size; ++i) {
    Ref s = str(list->items[i]);
    if (!s) return s;
    if (i > 0) joined += ", ";
    joined += as_str(s.get())->view();
  }
  return raise_format(type_error_type, "Can't instantiate abstract class {} with abstract method{} {}",
                      type_name(type), list->size > 1 ? "s" : "", joined);
}

Ref object_new(Type* type, const Value*, size_t nargs, Tuple*) {
  if (nargs > 0 && type->init == object_type->init)
    return raise_format(type_error_type, "{}() takes no arguments", type_name(type));
  if (type->instance_size == 0)
    return raise_format(type_error_type, "cannot create '{}' instances", type_name(type));
  if (type->has_flag(TypeFlag::kIsAbstract)) return raise_abstract_instantiation(type);
  return Ref::steal(allocate_object(type, type->instance_size));
}

int object_init(Value self, const Value*, size_t nargs, Tuple*) {
  Type* type = type_of(self);
  if (nargs > 0 && type->new_ == object_type->new_) {
    raise_format(type_error_type,
                 "{}.__init__() takes exactly one argument (the instance to initialize)",
                 type_name(type));
    return -1;
  }
  return 0;
}

// ---- methods visible from Python

Ref m_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (object_init(self, args, nargs, kw) < 0) return Ref();
  return new_none();
}
Ref m_repr(Value self, const Value*, size_t, Tuple*) { return object_repr(self); }
Ref m_str(Value self, const Value*, size_t, Tuple*) { return str(self); }
Ref m_hash(Value self, const Value*, size_t, Tuple*) { return Ref::steal(Value::from_small_int(object_hash(self))); }
Ref m_eq(Value self, const Value* args, size_t, Tuple*) {
  return object_richcompare(self, args[0], CompareOp::Eq);
}
Ref m_ne(Value self, const Value* args, size_t, Tuple*) {
  return object_richcompare(self, args[0], CompareOp::Ne);
}
Ref m_getattribute(Value self, const Value* args, size_t, Tuple*) {
  if (!is_str(args[0]))
    return raise_format(type_error_type, "attribute name must be string, not '{}'",
                        type_name_of(args[0]));
  return generic_getattr(self, as_str(args[0]));
}
Ref m_setattr(Value self, const Value* args, size_t, Tuple*) {
  if (!is_str(args[0]))
    return raise_format(type_error_type, "attribute name must be string, not '{}'",
                        type_name_of(args[0]));
  if (generic_setattr(self, as_str(args[0]), args[1]) < 0) return Ref();
  return new_none();
}
Ref m_delattr(Value self, const Value* args, size_t, Tuple*) {
  if (!is_str(args[0]))
    return raise_format(type_error_type, "attribute name must be string, not '{}'",
                        type_name_of(args[0]));
  if (generic_setattr(self, as_str(args[0]), Value()) < 0) return Ref();
  return new_none();
}
Ref m_init_subclass(Value, const Value*, size_t, Tuple*) { return new_none(); }
Ref m_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs == 0) return raise(type_error_type, "object.__new__(): not enough arguments");
  if (!is_instance(args[0], type_type))
    return raise_format(type_error_type, "object.__new__(X): X is not a type object ({})",
                        type_name_of(args[0]));
  Type* type = static_cast<Type*>(args[0].as_object());
  if (type->instance_size == 0)
    return raise_format(type_error_type, "cannot create '{}' instances", type_name(type));
  if (!check_new_safe(object_type, type)) return Ref();
  (void)kw;
  if (type->has_flag(TypeFlag::kIsAbstract)) return raise_abstract_instantiation(type);
  return Ref::steal(allocate_object(type, type->instance_size));
}

// object.__subclasshook__ (a classmethod taking any arguments): NotImplemented, so that
// abc.ABCMeta falls back to the mro and the registry.
Ref m_subclasshook(Value, const Value*, size_t, Tuple*) { return new_not_implemented(); }

Ref get_class(Value self) { return Ref::borrow(value_of(type_of(self))); }

const MethodDef object_methods[] = {
    {"__init__", m_init, Arity::kAny, 0, 0, true},
    {"__new__", m_new, Arity::kAny, 0, 0, true, MethodKind::kStatic},
    {"__repr__", m_repr, Arity::kNoArgs},
    {"__str__", m_str, Arity::kNoArgs},
    {"__hash__", m_hash, Arity::kNoArgs},
    {"__eq__", m_eq, Arity::kOneArg},
    {"__ne__", m_ne, Arity::kOneArg},
    {"__getattribute__", m_getattribute, Arity::kOneArg},
    {"__setattr__", m_setattr, Arity::kRange, 2, 2},
    {"__delattr__", m_delattr, Arity::kOneArg},
    {"__subclasshook__", m_subclasshook, Arity::kAny, 0, 0, false, MethodKind::kClass},
    {"__init_subclass__", m_init_subclass, Arity::kNoArgs, 0, 0, false, MethodKind::kClass},
    {},
};

const GetSetDef object_getsets[] = {
    {"__class__", get_class},
    {},
};

}  // namespace

void init_object_type_slots() {
  Type* t = object_type;
  t->dealloc = object_dealloc;
  t->repr = object_repr;
  t->str = object_str;
  t->hash = object_hash;
  t->richcompare = object_richcompare;
  t->getattro = generic_getattr;
  t->setattro = generic_setattr;
  t->new_ = object_new;
  t->init = object_init;
  t->methods = object_methods;
  t->getsets = object_getsets;
}

}  // namespace gyre::vm
