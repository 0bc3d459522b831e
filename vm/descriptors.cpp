#include "vm/descriptors.hpp"

#include <fmt/format.h>

#include <vector>

#include "vm/abstract.hpp"
#include "vm/attributes.hpp"
#include "vm/code.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/frame.hpp"
#include "vm/function.hpp"
#include "vm/interpreter.hpp"
#include "vm/native_function.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Type* property_type = nullptr;
Type* staticmethod_type = nullptr;
Type* classmethod_type = nullptr;
Type* super_type = nullptr;

namespace {

// ---- staticmethod / classmethod: one owned callable
struct Wrapper : Object {
  Value callable;
  Dict* dict;
};
Wrapper* as_wrapper(Value v) { return static_cast<Wrapper*>(v.as_object()); }
void wrapper_dealloc(Object* self) {
  decref(static_cast<Wrapper*>(self)->callable);
  if (static_cast<Wrapper*>(self)->dict) decref(static_cast<Wrapper*>(self)->dict);
  free_object(self);
}
void wrapper_traverse(Object* self, VisitFn visit, void* arg) {
  Value c = static_cast<Wrapper*>(self)->callable;
  if (c.is_object()) visit(c, arg);
}
void wrapper_clear(Object* self) {
  Wrapper* w = static_cast<Wrapper*>(self);
  Value c = w->callable;
  w->callable = Value::none();
  decref(c);
}
Ref wrapper_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = nargs - tuple_size(kwnames);
  if (tuple_size(kwnames)) return raise_format(type_error_type, "{}() takes no keyword arguments", type_name(type));
  if (npos != 1) {
    return raise_format(type_error_type, "{} expected 1 argument, got {}", type_name(type), npos);
  }
  Wrapper* w = static_cast<Wrapper*>(allocate_object(type, type->instance_size));
  w->callable = args[0];
  incref(args[0]);
  return Ref::steal(w);
}
int wrapper_init(Value, const Value*, size_t, Tuple*) { return 0; }
Ref staticmethod_get(Value descr, Value, Type*) { return Ref::borrow(as_wrapper(descr)->callable); }
Ref staticmethod_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  return call(as_wrapper(callable)->callable, args, nargs, kwnames);
}
Ref classmethod_get(Value descr, Value obj, Type* type) {
  Value cls = type ? value_of(type) : value_of(type_of(obj));
  return make_bound_method(as_wrapper(descr)->callable, cls);
}
Ref w_get_func(Value self) { return Ref::borrow(as_wrapper(self)->callable); }
Ref w_get_wrapped(Value self) { return Ref::borrow(as_wrapper(self)->callable); }
// CPython's _PyObject_IsAbstract: obj.__isabstractmethod__ is true (a missing attribute is false).
static int object_is_abstract(Value obj) {
  if (obj.is_absent()) return 0;
  Ref flag = getattr_optional(obj, intern("__isabstractmethod__"));
  if (!flag) return error_pending() ? -1 : 0;
  return is_true(flag.get());
}
Ref w_get_isabstract(Value self) {
  int r = object_is_abstract(as_wrapper(self)->callable);
  return r < 0 ? Ref() : new_bool(r != 0);
}
const GetSetDef wrapper_getsets[] = {
    {"__func__", w_get_func},
    {"__wrapped__", w_get_wrapped},
    {"__isabstractmethod__", w_get_isabstract},
    {nullptr, nullptr},
};

// ---- property
struct Property : Object {
  Value fget, fset, fdel, doc;
  Value name;  // set by __set_name__ (the class body's name for it), else None
};
Property* as_property(Value v) { return static_cast<Property*>(v.as_object()); }
void property_dealloc(Object* self) {
  Property* p = static_cast<Property*>(self);
  decref(p->fget);
  decref(p->fset);
  decref(p->fdel);
  decref(p->doc);
  decref(p->name);
  free_object(self);
}
void property_traverse(Object* self, VisitFn visit, void* arg) {
  Property* p = static_cast<Property*>(self);
  for (Value v : {p->fget, p->fset, p->fdel, p->doc, p->name}) {
    if (v.is_object()) visit(v, arg);
  }
}
Ref property_new(Type* type, const Value*, size_t, Tuple*) {
  Property* p = static_cast<Property*>(allocate_object(type, type->instance_size));
  p->fget = p->fset = p->fdel = p->doc = p->name = Value::none();
  return Ref::steal(p);
}
int property_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* names[] = {"fget", "fset", "fdel", "doc"};
  Value values[4] = {Value::none(), Value::none(), Value::none(), Value::none()};
  size_t npos = nargs - tuple_size(kwnames);
  if (npos > 4) {
    raise_format(type_error_type, "property() takes at most 4 arguments ({} given)", nargs);
    return -1;
  }
  for (size_t i = 0; i < npos; ++i) values[i] = args[i];
  for (size_t k = 0; k < tuple_size(kwnames); ++k) {
    std::string_view name = as_str(kwnames->items[k])->view();
    bool found = false;
    for (int i = 0; i < 4; ++i) {
      if (name == names[i]) {
        values[i] = args[npos + k];
        found = true;
      }
    }
    if (!found) {
      raise_format(type_error_type, "property() got an unexpected keyword argument '{}'", name);
      return -1;
    }
  }
  Property* p = as_property(self);
  Value* fields[4] = {&p->fget, &p->fset, &p->fdel, &p->doc};
  for (int i = 0; i < 4; ++i) {
    incref(values[i]);
    decref(*fields[i]);
    *fields[i] = values[i];
  }
  if (p->doc.is_none() && !p->fget.is_none()) {
    Ref doc = getattr_optional(p->fget, intern("__doc__"));
    if (doc) {
      decref(p->doc);
      p->doc = doc.release();
    } else {
      clear_error();
    }
  }
  return 0;
}
// "property 'x' of 'C' object has no setter", or without the name when the property was
// not named by a class body (__set_name__), as CPython words it.
int raise_missing_accessor(Value descr, Value obj, const char* accessor) {
  Value name = as_property(descr)->name;
  if (name.is_none()) {
    raise_format(attribute_error_type, "property of '{}' object has no {}", type_name(type_of(obj)), accessor);
    return -1;
  }
  Ref r = repr(name);
  if (!r) return -1;
  raise_format(attribute_error_type, "property {} of '{}' object has no {}", as_str(r.get())->view(),
               type_name(type_of(obj)), accessor);
  return -1;
}
Ref property_get(Value descr, Value obj, Type*) {
  if (obj.is_absent() || obj.is_none()) return Ref::borrow(descr);
  Property* p = as_property(descr);
  if (p->fget.is_none()) {
    raise_missing_accessor(descr, obj, "getter");
    return Ref();
  }
  return call1(p->fget, obj);
}
int property_set(Value descr, Value obj, Value value) {
  Property* p = as_property(descr);
  Value fn = value.is_absent() ? p->fdel : p->fset;
  if (fn.is_none()) return raise_missing_accessor(descr, obj, value.is_absent() ? "deleter" : "setter");
  Ref r;
  if (value.is_absent()) {
    r = call1(fn, obj);
  } else {
    Value args[2] = {obj, value};
    r = call(fn, args, 2);
  }
  return r ? 0 : -1;
}
Ref property_copy(Value self, int which, Value fn) {
  Property* p = as_property(self);
  Value values[4] = {p->fget, p->fset, p->fdel, p->doc};
  values[which] = fn;
  Ref np = property_new(type_of(self), nullptr, 0, nullptr);
  if (!np || property_init(np.get(), values, 4, nullptr) < 0) return Ref();
  Property* copy = as_property(np.get());
  incref(p->name);
  decref(copy->name);
  copy->name = p->name;
  return np;
}
Ref m_getter(Value self, const Value* args, size_t, Tuple*) { return property_copy(self, 0, args[0]); }
Ref m_setter(Value self, const Value* args, size_t, Tuple*) { return property_copy(self, 1, args[0]); }
Ref m_deleter(Value self, const Value* args, size_t, Tuple*) { return property_copy(self, 2, args[0]); }
Ref m_set_name(Value self, const Value* args, size_t, Tuple*) {
  Property* p = as_property(self);
  incref(args[1]);
  decref(p->name);
  p->name = args[1];
  return new_none();
}
const MethodDef property_methods[] = {
    {"__set_name__", m_set_name, Arity::kRange, 2, 2},
    {"getter", m_getter, Arity::kOneArg},
    {"setter", m_setter, Arity::kOneArg},
    {"deleter", m_deleter, Arity::kOneArg},
    {nullptr, nullptr},
};
Ref p_fget(Value self) { return Ref::borrow(as_property(self)->fget); }
Ref p_fset(Value self) { return Ref::borrow(as_property(self)->fset); }
Ref p_fdel(Value self) { return Ref::borrow(as_property(self)->fdel); }
Ref p_doc(Value self) { return Ref::borrow(as_property(self)->doc); }
Ref p_isabstract(Value self) {
  Property* p = as_property(self);
  for (Value f : {p->fget, p->fset, p->fdel}) {
    int r = object_is_abstract(f);
    if (r < 0) return Ref();
    if (r) return new_bool(true);
  }
  return new_bool(false);
}
const GetSetDef property_getsets[] = {
    {"fget", p_fget}, {"fset", p_fset}, {"fdel", p_fdel}, {"__doc__", p_doc},
    {"__isabstractmethod__", p_isabstract}, {nullptr, nullptr},
};

// ---- super
struct Super : Object {
  Type* type;     // the class after which the lookup starts (owned)
  Value obj;      // owned: the instance or class
  Type* obj_type; // owned: type(obj), or obj itself when it is a subclass of type
};
Super* as_super(Value v) { return static_cast<Super*>(v.as_object()); }
void super_dealloc(Object* self) {
  Super* s = static_cast<Super*>(self);
  if (s->type) decref(s->type);
  decref(s->obj);
  if (s->obj_type) decref(s->obj_type);
  free_object(self);
}
void super_traverse(Object* self, VisitFn visit, void* arg) {
  Super* s = static_cast<Super*>(self);
  if (s->obj.is_object()) visit(s->obj, arg);
}
Type* super_check(Type* type, Value obj) {
  if (is_instance(obj, type_type) && is_subtype(static_cast<Type*>(obj.as_object()), type)) {
    return static_cast<Type*>(obj.as_object());
  }
  if (is_subtype(type_of(obj), type)) return type_of(obj);
  raise(type_error_type, "super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}
Ref super_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (tuple_size(kwnames)) return raise(type_error_type, "super() takes no keyword arguments");
  Type* start;
  Value obj;
  if (nargs == 0) {
    Frame* f = current_frame();
    if (!f || !f->code) return raise(runtime_error_type, "super(): no current frame");
    Code* code = f->code;
    if (code->argcount == 0 || f->slots[0].is_absent()) {
      // The first argument may live in a cell.
      if (code->argcount == 0) return raise(runtime_error_type, "super(): no arguments");
    }
    obj = f->slots[0];
    for (size_t i = 0; i < code->cellvars.size(); ++i) {
      if (code->cell_args[i] == 0) obj = as_cell(f->slots[code->nlocals() + i])->contents;
    }
    if (obj.is_absent()) return raise(runtime_error_type, "super(): arg[0] deleted");
    Value cls;
    for (size_t i = 0; i < code->freevars.size(); ++i) {
      if (code->freevars[i]->view() == "__class__") {
        cls = as_cell(f->slots[code->nlocals() + code->cellvars.size() + i])->contents;
      }
    }
    if (cls.is_absent()) return raise(runtime_error_type, "super(): __class__ cell not found");
    if (!is_instance(cls, type_type)) return raise(runtime_error_type, "super(): __class__ is not a type");
    start = static_cast<Type*>(cls.as_object());
  } else {
    if (!is_instance(args[0], type_type)) {
      return raise_format(type_error_type, "super() argument 1 must be a type, not {}", type_name_of(args[0]));
    }
    start = static_cast<Type*>(args[0].as_object());
    obj = nargs > 1 ? args[1] : Value();
  }
  Super* s = static_cast<Super*>(allocate_object(type, type->instance_size));
  Ref owner = Ref::steal(s);
  s->type = start;
  incref(start);
  s->obj = obj;
  incref(obj);
  if (!obj.is_absent()) {
    Type* ot = super_check(start, obj);
    if (!ot) return Ref();
    s->obj_type = ot;
    incref(ot);
  }
  return owner;
}
Ref super_getattro(Value self, Str* name) {
  Super* s = as_super(self);
  if (s->obj_type && name->view() != "__class__") {
    Tuple* mro = s->obj_type->mro;
    size_t i = 0;
    while (i < mro->size && mro->items[i].as_object() != s->type) ++i;
    for (++i; i < mro->size; ++i) {
      Type* t = static_cast<Type*>(mro->items[i].as_object());
      Value v = dict_get_str(t->dict, name);
      if (v.is_absent()) continue;
      DescrGetSlot get = type_of(v)->descr_get;
      if (!get) return Ref::borrow(v);
      Value obj = s->obj == value_of(s->obj_type) ? Value() : s->obj;
      return get(v, obj, s->obj_type);
    }
  }
  return generic_getattr(self, name);
}
Ref super_repr(Value self) {
  Super* s = as_super(self);
  if (s->obj_type) {
    return make_str(fmt::format("<super: <class '{}'>, <{} object>>", type_name(s->type), type_name(s->obj_type)));
  }
  return make_str(fmt::format("<super: <class '{}'>, NULL>", type_name(s->type)));
}

Type* make_descriptor_type(const char* name, size_t size, uint32_t flags) {
  return make_builtin_type(name, nullptr, size, TypeFlag::kBaseType | TypeFlag::kGc | flags);
}

// staticmethod and classmethod: one wrapped callable, they differ in how they bind.
Type* make_wrapper_type(const char* name, DescrGetSlot get) {
  Type* t = make_descriptor_type(name, sizeof(Wrapper), 0);
  t->dealloc = wrapper_dealloc;
  t->traverse = wrapper_traverse;
  t->clear = wrapper_clear;
  t->new_ = wrapper_new;
  t->init = wrapper_init;
  t->descr_get = get;
  t->getsets = wrapper_getsets;
  return t;
}

}  // namespace

Ref make_staticmethod(Value callable) { return wrapper_new(staticmethod_type, &callable, 1, nullptr); }
Ref make_classmethod(Value callable) { return wrapper_new(classmethod_type, &callable, 1, nullptr); }

bool prepare_class_namespace(Type* t) {
  Dict* d = t->dict;
  Value qualname = dict_get_str(d, intern("__qualname__"));
  if (!qualname.is_absent()) {
    if (!is_str(qualname)) {
      raise_format(type_error_type, "type __qualname__ must be a str, not {}", type_name_of(qualname));
      return false;
    }
    incref(qualname);
    decref(t->qualname);
    t->qualname = as_str(qualname);
    if (dict_del(d, value_of(intern("__qualname__"))) < 0) return false;
  }
  Value new_ = dict_get_str(d, intern("__new__"));
  if (is_function(new_)) {
    Ref sm = make_staticmethod(new_);
    if (dict_set_str(d, "__new__", sm.get()) < 0) return false;
  }
  for (const char* name : {"__init_subclass__", "__class_getitem__"}) {
    Value fn = dict_get_str(d, intern(name));
    if (is_function(fn)) {
      Ref cm = make_classmethod(fn);
      if (dict_set_str(d, name, cm.get()) < 0) return false;
    }
  }
  if (!dict_get_str(d, intern("__eq__")).is_absent() && dict_get_str(d, intern("__hash__")).is_absent()) {
    if (dict_set_str(d, "__hash__", Value::none()) < 0) return false;
  }
  Value cell = dict_get_str(d, intern("__classcell__"));
  if (!cell.is_absent()) {
    if (type_of(cell) != cell_type) {
      raise_format(type_error_type, "__classcell__ must be a nonlocal cell, not {}", type_name_of(cell));
      return false;
    }
    Cell* c = as_cell(cell);
    Value old = c->contents;
    c->contents = value_of(t);
    incref(c->contents);
    decref(old);
    if (dict_del(d, value_of(intern("__classcell__"))) < 0) return false;
  }
  type_modified(t);  // the namespace changed after the type got its version
  return true;
}

bool finish_new_class(Type* t, Value kwargs) {
  // __set_name__, on a snapshot of the namespace.
  std::vector<std::pair<Value, Value>> items;
  size_t pos = 0;
  Value k, v;
  while (dict_next(t->dict, pos, k, v)) {
    incref(k);
    incref(v);
    items.emplace_back(k, v);
  }
  bool ok = true;
  for (auto& [key, value] : items) {
    if (ok) {
      Value set_name = type_lookup(type_of(value), intern("__set_name__"));
      if (!set_name.is_absent()) {
        Ref bound = getattr(value, intern("__set_name__"));
        Value args[2] = {value_of(t), key};
        if (!bound || !call(bound.get(), args, 2)) ok = false;
      }
    }
    decref(key);
    decref(value);
  }
  if (!ok) return false;
  // super(t, t).__init_subclass__(**kwargs)
  Tuple* mro = t->mro;
  for (size_t i = 1; i < mro->size; ++i) {
    Type* base = static_cast<Type*>(mro->items[i].as_object());
    Value init = dict_get_str(base->dict, intern("__init_subclass__"));
    if (init.is_absent()) continue;
    Ref bound = type_of(init)->descr_get ? type_of(init)->descr_get(init, value_of(t), t) : Ref::borrow(init);
    if (!bound) return false;
    std::vector<Value> args, names;
    if (kwargs.is_object()) {
      size_t p = 0;
      while (dict_next(as_dict(kwargs), p, k, v)) {
        names.push_back(k);
        args.push_back(v);
      }
    }
    Ref kwn = names.empty() ? Ref() : make_tuple(std::span<const Value>(names));
    Ref r = call(bound.get(), args.data(), args.size(), kwn ? kwn.as<Tuple>() : nullptr);
    return static_cast<bool>(r);
  }
  return true;
}

void init_descriptor_types() {
  if (property_type) return;
  staticmethod_type = make_wrapper_type("staticmethod", staticmethod_get);
  staticmethod_type->call = staticmethod_call;
  type_ready(staticmethod_type);
  classmethod_type = make_wrapper_type("classmethod", classmethod_get);
  type_ready(classmethod_type);

  property_type = make_descriptor_type("property", sizeof(Property), 0);
  property_type->dealloc = property_dealloc;
  property_type->traverse = property_traverse;
  property_type->new_ = property_new;
  property_type->init = property_init;
  property_type->descr_get = property_get;
  property_type->descr_set = property_set;
  property_type->methods = property_methods;
  property_type->getsets = property_getsets;
  type_ready(property_type);

  super_type = make_descriptor_type("super", sizeof(Super), 0);
  super_type->dealloc = super_dealloc;
  super_type->traverse = super_traverse;
  super_type->new_ = super_new;
  super_type->getattro = super_getattro;
  super_type->repr = super_repr;
  type_ready(super_type);
}

}  // namespace gyre::vm
