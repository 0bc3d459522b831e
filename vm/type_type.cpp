// The metatype `type`: repr, call (instance creation), attribute access, type(x) and
// type(name, bases, dict); and the set-up of `object` and `type` themselves.
#include <fmt/format.h>

#include "vm/abstract.hpp"
#include "vm/attributes.hpp"
#include "vm/builtin_init.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"
#include "vm/mappingproxy.hpp"
#include "vm/union_type.hpp"
#include "vm/descriptors.hpp"

namespace gyre::vm {

void heap_type_dealloc(Object* o);
void heap_type_traverse(Object* o, VisitFn visit, void* arg);
void heap_type_clear(Object* o);
void init_object_type_slots();

namespace {

Type* as_type(Value v) { return static_cast<Type*>(v.as_object()); }

std::string module_of(Type* t) {
  Value module = dict_get_str(t->dict, "__module__");
  if (!module.is_absent() && is_str(module)) return std::string(as_str(module)->view());
  return "builtins";
}

Ref type_repr(Value self) {
  Type* t = as_type(self);
  std::string module = module_of(t);
  if (module == "builtins") return make_str(fmt::format("<class '{}'>", t->qualname->view()));
  return make_str(fmt::format("<class '{}.{}'>", module, t->qualname->view()));
}

Ref type_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* type = as_type(callable);
  // type(x) is special: the type of x.
  if (type == type_type && nargs == 1 && tuple_size(kwnames) == 0)
    return Ref::borrow(value_of(type_of(args[0])));
  if (type->new_ == nullptr)
    return raise_format(type_error_type, "cannot create '{}' instances", type_name(type));
  Ref obj = type->new_(type, args, nargs, kwnames);
  if (!obj) return obj;
  // __init__ runs only when __new__ returned an instance of the type.
  if (!is_instance(obj.get(), type)) return obj;
  InitSlot init = type_of(obj.get())->init;
  if (init != nullptr && init(obj.get(), args, nargs, kwnames) < 0) return Ref();
  return obj;
}

Ref type_new(Type* metatype, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = nargs - tuple_size(kwnames);
  if (npos == 1 && metatype == type_type) return Ref::borrow(value_of(type_of(args[0])));
  if (npos != 3) return raise(type_error_type, "type() takes 1 or 3 arguments");
  if (!is_str(args[0]))
    return raise_format(type_error_type, "type.__new__() argument 1 must be str, not {}",
                        type_name_of(args[0]));
  if (!is_tuple(args[1]))
    return raise_format(type_error_type, "type.__new__() argument 2 must be tuple, not {}",
                        type_name_of(args[1]));
  if (!is_dict(args[2]))
    return raise_format(type_error_type, "type.__new__() argument 3 must be dict, not {}",
                        type_name_of(args[2]));
  Ref type = make_heap_type(metatype, as_str(args[0]), as_tuple(args[1]), as_dict(args[2]));
  if (!type) return type;
  // Class keywords go to the base's __init_subclass__.
  Ref kwargs;
  if (tuple_size(kwnames) > 0) {
    kwargs = make_dict();
    for (size_t i = 0; i < tuple_size(kwnames); ++i) {
      if (dict_set(kwargs.as<Dict>(), kwnames->items[i], args[npos + i]) < 0) return Ref();
    }
  }
  if (!finish_new_class(type.as<Type>(), kwargs ? kwargs.get() : Value())) return Ref();
  return type;
}

int type_init(Value, const Value*, size_t, Tuple*) { return 0; }

// ---- getsets and methods

Ref get_name(Value self) {
  Type* t = as_type(self);
  if (t->has_flag(TypeFlag::kHeapType) || t->name == nullptr) return Ref::borrow(value_of(t->name));
  return make_str(type_short_name(t));  // "deque" for collections.deque
}
Ref get_qualname(Value self) { return Ref::borrow(value_of(as_type(self)->qualname)); }
int set_name(Value self, Value value) {
  Type* t = as_type(self);
  if (!t->has_flag(TypeFlag::kHeapType)) {
    raise_format(type_error_type, "cannot set '__name__' attribute of immutable type '{}'",
                 type_name(t));
    return -1;
  }
  if (value.is_absent() || !is_str(value)) {
    raise_format(type_error_type, "can only assign string to {}.__name__, not '{}'",
                 type_name(t), value.is_absent() ? "NoneType" : type_name_of(value));
    return -1;
  }
  incref(value);
  decref(t->name);
  t->name = as_str(value);
  return 0;
}
int set_qualname(Value self, Value value) {
  Type* t = as_type(self);
  if (value.is_absent() || !is_str(value)) {
    raise_format(type_error_type, "can only assign string to {}.__qualname__, not '{}'",
                 type_name(t), value.is_absent() ? "NoneType" : type_name_of(value));
    return -1;
  }
  incref(value);
  decref(t->qualname);
  t->qualname = as_str(value);
  return 0;
}
Ref get_mro(Value self) { return Ref::borrow(value_of(as_type(self)->mro)); }
Ref get_bases(Value self) { return Ref::borrow(value_of(as_type(self)->bases)); }
Ref get_base(Value self) {
  Type* b = as_type(self)->base;
  return b != nullptr ? Ref::borrow(value_of(b)) : new_none();
}
// Read-only, so that a class changes only through setattr (which keeps the attribute caches right).
Ref get_dict(Value self) { return make_mappingproxy(value_of(as_type(self)->dict)); }
Ref get_module(Value self) {
  Type* t = as_type(self);
  Value module = dict_get_str(t->dict, "__module__");
  // Builtin types of native modules (itertools.count, collections.deque) set __module__ too.
  if (!module.is_absent()) return Ref::borrow(module);
  return make_str("builtins");
}
// __abstractmethods__ lives in the type's own dict (set by abc.ABCMeta); setting it to a true
// value marks the type abstract, which object.__new__ checks (CPython's type_abstractmethods).
Ref get_abstractmethods(Value self) {
  Type* t = as_type(self);
  Value v = t == type_type ? Value() : dict_get_str(t->dict, "__abstractmethods__");
  if (v.is_absent()) return raise(attribute_error_type, "__abstractmethods__");
  return Ref::borrow(v);
}
int set_abstractmethods(Value self, Value value) {
  Type* t = as_type(self);
  bool abstract = false;
  if (!value.is_absent()) {
    int truth = is_true(value);
    if (truth < 0) return -1;
    abstract = truth != 0;
    if (dict_set_str(t->dict, "__abstractmethods__", value) < 0) return -1;
  } else {
    int r = dict_del(t->dict, value_of(intern("__abstractmethods__")));
    if (r < 0) return -1;
    if (r == 0) {
      raise(attribute_error_type, "__abstractmethods__");
      return -1;
    }
  }
  type_modified(t);
  if (abstract)
    t->flags |= TypeFlag::kIsAbstract;
  else
    t->flags &= ~TypeFlag::kIsAbstract;
  return 0;
}
Ref get_doc(Value self) {
  Value doc = dict_get_str(as_type(self)->dict, "__doc__");
  return doc.is_absent() ? new_none() : Ref::borrow(doc);
}

Ref m_mro(Value self, const Value*, size_t, Tuple*) {
  Ref mro = compute_mro(as_type(self));
  if (!mro) return mro;
  return make_list(mro.as<Tuple>()->span());
}
Ref m_subclasses(Value self, const Value*, size_t, Tuple*) {
  Ref list = make_list();
  Type* t = as_type(self);
  if (t->subclasses != nullptr)
    for (Type* sub : *t->subclasses)
      if (list_append(list.as<List>(), value_of(sub)) < 0) return Ref();
  return list;
}
Ref m_instancecheck(Value self, const Value* args, size_t, Tuple*) {
  return new_bool(is_instance(args[0], as_type(self)));
}
Ref m_subclasscheck(Value self, const Value* args, size_t, Tuple*) {
  if (!is_instance(args[0], type_type))
    return raise(type_error_type, "issubclass() arg 1 must be a class");
  return new_bool(is_subtype(as_type(args[0]), as_type(self)));
}

const MethodDef type_methods[] = {
    {"mro", m_mro, Arity::kNoArgs},
    {"__subclasses__", m_subclasses, Arity::kNoArgs},
    {"__instancecheck__", m_instancecheck, Arity::kOneArg},
    {"__subclasscheck__", m_subclasscheck, Arity::kOneArg},
    {},
};

const GetSetDef type_getsets[] = {
    {"__name__", get_name, set_name},
    {"__qualname__", get_qualname, set_qualname},
    {"__mro__", get_mro},
    {"__bases__", get_bases},
    {"__base__", get_base},
    {"__dict__", get_dict},
    {"__module__", get_module},
    {"__doc__", get_doc},
    {"__abstractmethods__", get_abstractmethods, set_abstractmethods},
    {},
};

}  // namespace

void init_object_and_type_types() {
  // type and object exist before str does: their names are set once str is ready.
  type_type = allocate<Type>(nullptr, sizeof(Type));
  type_type->type = type_type;
  type_type->refcount = kImmortalRefcount;
  type_type->instance_size = sizeof(Type);
  type_type->flags = TypeFlag::kBaseType | TypeFlag::kTypeSubclass;
  object_type = allocate<Type>(type_type, sizeof(Type));
  object_type->refcount = kImmortalRefcount;
  object_type->instance_size = sizeof(Object);
  object_type->flags = TypeFlag::kBaseType;
  type_type->base = object_type;
  register_builtin_type(object_type);
  register_builtin_type(type_type);

  init_object_type_slots();
  Type* t = type_type;
  t->dealloc = heap_type_dealloc;
  t->traverse = heap_type_traverse;
  t->clear = heap_type_clear;
  t->repr = type_repr;
  t->call = type_call;
  t->new_ = type_new;
  t->init = type_init;
  t->getattro = type_getattr;
  t->setattro = type_setattr;
  t->methods = type_methods;
  t->getsets = type_getsets;
  t->binary[static_cast<int>(BinaryOp::Or)] = make_union;  // int | None
}

void name_object_and_type_types() {
  type_type->name = type_type->qualname = intern("type");
  object_type->name = object_type->qualname = intern("object");
}

}  // namespace gyre::vm
