// builtin_function_or_method, method_descriptor, classmethod_descriptor, getset_descriptor,
// the argument-count checks, and the installation of a type's method tables.
#include "vm/native_function.hpp"

#include <fmt/format.h>

#include "vm/builtin_init.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/module.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Type* builtin_function_type;
Type* method_descriptor_type;
Type* classmethod_descriptor_type;
Type* getset_descriptor_type;

namespace {

const char* plural(size_t n) { return n == 1 ? "" : "s"; }

}  // namespace

bool check_arity(const MethodDef* def, size_t nargs, Tuple* kwnames) {
  size_t nkw = tuple_size(kwnames);
  if (nkw != 0 && !def->accepts_keywords) {
    raise_format(type_error_type, "{}() takes no keyword arguments", def->name);
    return false;
  }
  size_t npos = nargs - nkw;
  if (arity_accepts(def, npos)) return true;
  switch (def->arity) {
    case Arity::kAny:
      break;
    case Arity::kNoArgs:
      raise_format(type_error_type, "{}() takes no arguments ({} given)", def->name, npos);
      break;
    case Arity::kOneArg:
      raise_format(type_error_type, "{}() takes exactly one argument ({} given)", def->name, npos);
      break;
    case Arity::kRange:
      if (def->min_args == def->max_args)
        raise_format(type_error_type, "{} expected {} argument{}, got {}", def->name,
                     def->min_args, plural(def->min_args), npos);
      else if (npos < def->min_args)
        raise_format(type_error_type, "{} expected at least {} argument{}, got {}", def->name,
                     def->min_args, plural(def->min_args), npos);
      else
        raise_format(type_error_type, "{} expected at most {} argument{}, got {}", def->name,
                     def->max_args, plural(def->max_args), npos);
      break;
  }
  return false;
}

Ref make_native_function(const MethodDef* def, Value self) {
  auto* f = allocate<NativeFunction>(builtin_function_type);
  f->def = def;
  incref(self);
  f->self = self;
  return Ref::steal(f);
}

Ref make_method_descriptor(const MethodDef* def, Type* owner) {
  Type* type = def->kind == MethodKind::kClass ? classmethod_descriptor_type : method_descriptor_type;
  auto* d = allocate<MethodDescriptor>(type);
  d->def = def;
  d->owner = owner;
  return Ref::steal(d);
}

Ref make_getset_descriptor(const GetSetDef* def, Type* owner) {
  auto* d = allocate<GetSetDescriptor>(getset_descriptor_type);
  d->def = def;
  d->owner = owner;
  return Ref::steal(d);
}

bool add_type_methods(Type* type) {
  if (type->methods != nullptr) {
    for (const MethodDef* def = type->methods; def->name != nullptr; ++def) {
      Ref descr = def->kind == MethodKind::kStatic ? make_native_function(def, Value())
                                                   : make_method_descriptor(def, type);
      if (dict_set_str(type->dict, def->name, descr.get()) < 0) return false;
    }
  }
  if (type->getsets != nullptr) {
    for (const GetSetDef* def = type->getsets; def->name != nullptr; ++def) {
      Ref descr = make_getset_descriptor(def, type);
      if (dict_set_str(type->dict, def->name, descr.get()) < 0) return false;
    }
  }
  return true;
}

namespace {

// ---- builtin_function_or_method

void nf_dealloc(Object* o) {
  auto* f = static_cast<NativeFunction*>(o);
  decref(f->self);
  if (f->module_name) decref(f->module_name);
  free_object(o);
}
void nf_traverse(Object* o, VisitFn visit, void* arg) {
  auto* f = static_cast<NativeFunction*>(o);
  if (f->self.is_object()) visit(f->self, arg);
}

Ref nf_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* f = static_cast<NativeFunction*>(callable.as_object());
  if (!check_arity(f->def, nargs, kwnames)) return Ref();
  return f->def->fn(f->self, args, nargs, kwnames);
}

Ref nf_repr(Value self) {
  auto* f = static_cast<NativeFunction*>(self.as_object());
  if (f->self.is_absent() || type_of(f->self) == module_type)
    return make_str(fmt::format("<built-in function {}>", f->def->name));
  return make_str(fmt::format("<built-in method {} of {} object at {:#x}>", f->def->name,
                              type_name_of(f->self),
                              f->self.is_object() ? reinterpret_cast<uintptr_t>(f->self.as_object())
                                                  : uintptr_t{0}));
}

Ref nf_get_name(Value self) { return make_str(static_cast<NativeFunction*>(self.as_object())->def->name); }
Ref nf_get_self(Value self) {
  Value s = static_cast<NativeFunction*>(self.as_object())->self;
  return s.is_absent() ? new_none() : Ref::borrow(s);
}

const GetSetDef nf_getsets[] = {
    {"__name__", nf_get_name},
    {"__qualname__", nf_get_name},
    {"__self__", nf_get_self},
    {},
};

// ---- method_descriptor

Ref md_repr(Value self) {
  auto* d = static_cast<MethodDescriptor*>(self.as_object());
  return make_str(fmt::format("<method '{}' of '{}' objects>", d->def->name, type_name(d->owner)));
}

Ref md_get(Value descr, Value obj, Type* type) {
  auto* d = static_cast<MethodDescriptor*>(descr.as_object());
  if (d->def->kind == MethodKind::kClass) {
    Type* cls = type != nullptr ? type : type_of(obj);
    return make_native_function(d->def, value_of(cls));
  }
  if (obj.is_absent()) return Ref::borrow(descr);
  if (!is_instance(obj, d->owner))
    return raise_format(type_error_type, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                        d->def->name, type_name(d->owner), type_name_of(obj));
  return make_native_function(d->def, obj);
}

// list.append(l, 1): the first argument is self.
Ref md_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* d = static_cast<MethodDescriptor*>(callable.as_object());
  if (d->def->kind == MethodKind::kClass) {
    if (!check_arity(d->def, nargs, kwnames)) return Ref();
    return d->def->fn(value_of(d->owner), args, nargs, kwnames);
  }
  if (nargs - tuple_size(kwnames) == 0)
    return raise_format(type_error_type, "unbound method {}.{}() needs an argument",
                        type_name(d->owner), d->def->name);
  if (!is_instance(args[0], d->owner))
    return raise_format(type_error_type,
                        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                        d->def->name, type_name(d->owner), type_name_of(args[0]));
  if (!check_arity(d->def, nargs - 1, kwnames)) return Ref();
  return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

Ref md_get_name(Value self) { return make_str(static_cast<MethodDescriptor*>(self.as_object())->def->name); }
Ref md_get_objclass(Value self) {
  return Ref::borrow(value_of(static_cast<MethodDescriptor*>(self.as_object())->owner));
}

const GetSetDef md_getsets[] = {
    {"__name__", md_get_name},
    {"__qualname__", md_get_name},
    {"__objclass__", md_get_objclass},
    {},
};

// ---- getset_descriptor

Ref gs_repr(Value self) {
  auto* d = static_cast<GetSetDescriptor*>(self.as_object());
  return make_str(fmt::format("<attribute '{}' of '{}' objects>", d->def->name, type_name(d->owner)));
}

Ref gs_get(Value descr, Value obj, Type*) {
  auto* d = static_cast<GetSetDescriptor*>(descr.as_object());
  if (obj.is_absent()) return Ref::borrow(descr);
  if (!is_instance(obj, d->owner))
    return raise_format(type_error_type,
                        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                        d->def->name, type_name(d->owner), type_name_of(obj));
  return d->def->get(obj);
}

int gs_set(Value descr, Value obj, Value value) {
  auto* d = static_cast<GetSetDescriptor*>(descr.as_object());
  if (!is_instance(obj, d->owner)) {
    raise_format(type_error_type, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                 d->def->name, type_name(d->owner), type_name_of(obj));
    return -1;
  }
  if (d->def->set == nullptr) {
    if (value.is_absent())
      raise_format(attribute_error_type, "attribute '{}' of '{}' objects is not writable",
                   d->def->name, type_name(d->owner));
    else
      raise_format(attribute_error_type, "attribute '{}' of '{}' objects is not writable",
                   d->def->name, type_name(d->owner));
    return -1;
  }
  return d->def->set(obj, value);
}

void plain_dealloc(Object* o) { free_object(o); }

}  // namespace

void init_native_function_types() {
  builtin_function_type = make_builtin_type("builtin_function_or_method", nullptr,
                                            sizeof(NativeFunction), TypeFlag::kGc);
  Type* t = builtin_function_type;
  t->dealloc = nf_dealloc;
  t->traverse = nf_traverse;
  t->call = nf_call;
  t->repr = nf_repr;
  t->getsets = nf_getsets;

  method_descriptor_type = make_builtin_type("method_descriptor", nullptr, sizeof(MethodDescriptor), 0);
  t = method_descriptor_type;
  t->dealloc = plain_dealloc;
  t->repr = md_repr;
  t->descr_get = md_get;
  t->call = md_call;
  t->getsets = md_getsets;

  classmethod_descriptor_type =
      make_builtin_type("classmethod_descriptor", nullptr, sizeof(MethodDescriptor), 0);
  t = classmethod_descriptor_type;
  t->dealloc = plain_dealloc;
  t->repr = md_repr;
  t->descr_get = md_get;
  t->call = md_call;
  t->getsets = md_getsets;

  getset_descriptor_type = make_builtin_type("getset_descriptor", nullptr, sizeof(GetSetDescriptor), 0);
  t = getset_descriptor_type;
  t->dealloc = plain_dealloc;
  t->repr = gs_repr;
  t->descr_get = gs_get;
  t->descr_set = gs_set;
}

void add_functions(Dict* namespace_, const MethodDef* defs) {
  for (const MethodDef* def = defs; def->name; ++def) {
    Ref fn = make_native_function(def, Value());
    dict_set_str(namespace_, def->name, fn.get());
  }
}

}  // namespace gyre::vm
