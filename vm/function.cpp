#include "vm/function.hpp"

#include <fmt/format.h>

#include <cstddef>

#include "vm/abstract.hpp"
#include "vm/attributes.hpp"
#include "vm/code.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/interpreter.hpp"
#include "vm/native_function.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Type* function_type = nullptr;
Type* cell_type = nullptr;
Type* method_type = nullptr;

namespace {

template <class T>
void drop(T*& field) {
  if (field) decref(field);
  field = nullptr;
}
void drop(Value& v) {
  decref(v);
  v = Value();
}
template <class T>
void visit_field(T* field, VisitFn visit, void* arg) {
  if (field) visit(value_of(field), arg);
}

// ---- function
void function_clear(Object* self) {
  Function* f = static_cast<Function*>(self);
  drop(f->globals);
  drop(f->builtins);
  drop(f->defaults);
  drop(f->kwdefaults);
  drop(f->closure);
  drop(f->annotations);
  drop(f->dict);
  drop(f->module);
  drop(f->doc);
}
void function_dealloc(Object* self) {
  Function* f = static_cast<Function*>(self);
  function_clear(self);
  drop(f->code);
  drop(f->name);
  drop(f->qualname);
  free_object(self);
}
void function_traverse(Object* self, VisitFn visit, void* arg) {
  Function* f = static_cast<Function*>(self);
  visit_field(f->globals, visit, arg);
  visit_field(f->defaults, visit, arg);
  visit_field(f->kwdefaults, visit, arg);
  visit_field(f->closure, visit, arg);
  visit_field(f->dict, visit, arg);
  if (f->annotations.is_object()) visit(f->annotations, arg);
  if (f->module.is_object()) visit(f->module, arg);
}
Ref function_repr(Value self) {
  Function* f = as_function(self);
  return make_str(fmt::format("<function {} at {:#x}>", f->qualname->view(),
                              reinterpret_cast<uintptr_t>(f)));
}
Ref function_descr_get(Value descr, Value obj, Type*) {
  if (obj.is_absent() || obj.is_none()) return Ref::borrow(descr);
  return make_bound_method(descr, obj);
}
Ref function_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  return call_python_function(as_function(callable), args, nargs, kwnames);
}

Ref f_get_name(Value self) { return Ref::borrow(as_function(self)->name); }
int f_set_name(Value self, Value value) {
  if (value.is_absent() || !is_str(value)) {
    raise(type_error_type, "__name__ must be set to a string object");
    return -1;
  }
  Function* f = as_function(self);
  incref(value);
  decref(f->name);
  f->name = as_str(value);
  return 0;
}
Ref f_get_qualname(Value self) { return Ref::borrow(as_function(self)->qualname); }
int f_set_qualname(Value self, Value value) {
  if (value.is_absent() || !is_str(value)) {
    raise(type_error_type, "__qualname__ must be set to a string object");
    return -1;
  }
  Function* f = as_function(self);
  incref(value);
  decref(f->qualname);
  f->qualname = as_str(value);
  return 0;
}
Ref value_or_none(Value v) { return v.is_absent() ? new_none() : Ref::borrow(v); }
template <class T>
Ref object_or_none(T* p) {
  return p ? Ref::borrow(value_of(p)) : new_none();
}
int set_value(Value& field, Value value) {
  Value old = field;
  field = value.is_absent() ? Value::none() : value;
  incref(field);
  decref(old);
  return 0;
}
Ref f_get_module(Value self) { return value_or_none(as_function(self)->module); }
int f_set_module(Value self, Value value) { return set_value(as_function(self)->module, value); }
Ref f_get_doc(Value self) { return value_or_none(as_function(self)->doc); }
int f_set_doc(Value self, Value value) { return set_value(as_function(self)->doc, value); }
Ref f_get_defaults(Value self) { return object_or_none(as_function(self)->defaults); }
int f_set_defaults(Value self, Value value) {
  Function* f = as_function(self);
  if (!value.is_absent() && !value.is_none() && !is_tuple(value)) {
    raise(type_error_type, "__defaults__ must be set to a tuple object");
    return -1;
  }
  drop(f->defaults);
  if (!value.is_absent() && !value.is_none()) {
    incref(value);
    f->defaults = as_tuple(value);
  }
  return 0;
}
Ref f_get_kwdefaults(Value self) { return object_or_none(as_function(self)->kwdefaults); }
int f_set_kwdefaults(Value self, Value value) {
  Function* f = as_function(self);
  if (!value.is_absent() && !value.is_none() && !is_dict(value)) {
    raise(type_error_type, "__kwdefaults__ must be set to a dict object");
    return -1;
  }
  drop(f->kwdefaults);
  if (!value.is_absent() && !value.is_none()) {
    incref(value);
    f->kwdefaults = as_dict(value);
  }
  return 0;
}
Ref f_get_closure(Value self) { return object_or_none(as_function(self)->closure); }
Ref f_get_code(Value self) { return Ref::borrow(as_function(self)->code); }
Ref f_get_globals(Value self) { return Ref::borrow(as_function(self)->globals); }
Ref f_get_builtins(Value self) { return Ref::borrow(as_function(self)->builtins); }
Ref f_get_annotations(Value self) {
  Function* f = as_function(self);
  if (f->annotations.is_absent() || f->annotations.is_none()) {
    Ref d = make_dict();
    if (!d) return d;
    decref(f->annotations);
    f->annotations = d.get();
    incref(f->annotations);
    return d;
  }
  return Ref::borrow(f->annotations);
}
int f_set_annotations(Value self, Value value) { return set_value(as_function(self)->annotations, value); }

const GetSetDef function_getsets[] = {
    {"__name__", f_get_name, f_set_name},
    {"__qualname__", f_get_qualname, f_set_qualname},
    {"__module__", f_get_module, f_set_module},
    {"__doc__", f_get_doc, f_set_doc},
    {"__defaults__", f_get_defaults, f_set_defaults},
    {"__kwdefaults__", f_get_kwdefaults, f_set_kwdefaults},
    {"__closure__", f_get_closure},
    {"__code__", f_get_code},
    {"__globals__", f_get_globals},
    {"__builtins__", f_get_builtins},
    {"__annotations__", f_get_annotations, f_set_annotations},
    {nullptr, nullptr},
};

// ---- cell
void cell_dealloc(Object* self) {
  decref(static_cast<Cell*>(self)->contents);
  free_object(self);
}
void cell_traverse(Object* self, VisitFn visit, void* arg) {
  Value v = static_cast<Cell*>(self)->contents;
  if (v.is_object()) visit(v, arg);
}
void cell_clear(Object* self) { drop(static_cast<Cell*>(self)->contents); }
Ref cell_repr(Value self) {
  Cell* c = as_cell(self);
  if (c->contents.is_absent()) {
    return make_str(fmt::format("<cell at {:#x}: empty>", reinterpret_cast<uintptr_t>(c)));
  }
  return make_str(fmt::format("<cell at {:#x}: {} object at {:#x}>", reinterpret_cast<uintptr_t>(c),
                              type_name(type_of(c->contents)), c->contents.bits() & 0xFFFFFFFFFFFFull));
}
Ref cell_get_contents(Value self) {
  Cell* c = as_cell(self);
  if (c->contents.is_absent()) return raise(value_error_type, "Cell is empty");
  return Ref::borrow(c->contents);
}
int cell_set_contents(Value self, Value value) {
  Cell* c = as_cell(self);
  Value old = c->contents;
  incref(value);
  c->contents = value;
  decref(old);
  return 0;
}
const GetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {nullptr, nullptr},
};

// ---- bound method
void method_dealloc(Object* self) {
  BoundMethod* m = static_cast<BoundMethod*>(self);
  decref(m->function);
  decref(m->self);
  free_object(self);
}
void method_traverse(Object* self, VisitFn visit, void* arg) {
  BoundMethod* m = static_cast<BoundMethod*>(self);
  if (m->function.is_object()) visit(m->function, arg);
  if (m->self.is_object()) visit(m->self, arg);
}
void method_clear(Object* self) {
  BoundMethod* m = static_cast<BoundMethod*>(self);
  drop(m->function);
  drop(m->self);
}
Ref method_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  BoundMethod* m = as_bound_method(callable);
  Value local[8];
  std::unique_ptr<Value[]> heap;
  Value* all = local;
  if (nargs + 1 > 8) {
    heap.reset(new Value[nargs + 1]);
    all = heap.get();
  }
  all[0] = m->self;
  for (size_t i = 0; i < nargs; ++i) all[i + 1] = args[i];
  return call(m->function, all, nargs + 1, kwnames);
}
Ref method_repr(Value self) {
  BoundMethod* m = as_bound_method(self);
  Ref name = getattr_optional(m->function, intern("__qualname__"));
  if (!name && error_pending()) return name;
  if (!name) name = getattr_optional(m->function, intern("__name__"));
  if (!name && error_pending()) return name;
  Ref self_repr = repr(m->self);
  if (!self_repr) return self_repr;
  std::string_view n = name && is_str(name.get()) ? as_str(name.get())->view() : "?";
  return make_str(fmt::format("<bound method {} of {}>", n, as_str(self_repr.get())->view()));
}
Ref method_getattro(Value self, Str* name) {
  Ref r = generic_getattr(self, name);
  if (r || !error_matches(attribute_error_type)) return r;
  clear_error();
  return getattr(as_bound_method(self)->function, name);
}
Ref method_richcompare(Value self, Value other, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_bound_method(other)) {
    return new_not_implemented();
  }
  BoundMethod* a = as_bound_method(self);
  BoundMethod* b = as_bound_method(other);
  int eq = rich_compare_bool(a->function, b->function, CompareOp::Eq);
  if (eq < 0) return Ref();
  bool result = eq && a->self == b->self;
  return new_bool(op == CompareOp::Eq ? result : !result);
}
int64_t method_hash(Value self) {
  BoundMethod* m = as_bound_method(self);
  int64_t a = hash(m->function);
  if (a == -1) return -1;
  int64_t h = a ^ static_cast<int64_t>(m->self.bits() >> 4);
  return h == -1 ? -2 : h;
}
Ref m_get_self(Value self) { return Ref::borrow(as_bound_method(self)->self); }
Ref m_get_func(Value self) { return Ref::borrow(as_bound_method(self)->function); }
const GetSetDef method_getsets[] = {
    {"__self__", m_get_self},
    {"__func__", m_get_func},
    {nullptr, nullptr},
};

}  // namespace

Ref make_function(Code* code, Dict* globals, Dict* builtins) {
  Function* f = allocate<Function>(function_type);
  if (!code->layout_ready_) code->prepare_layout();  // the CALL fast path reads it
  f->code = code;
  incref(code);
  f->globals = globals;
  incref(globals);
  f->builtins = builtins;
  incref(builtins);
  f->name = code->name;
  incref(f->name);
  f->qualname = code->qualname;
  incref(f->qualname);
  Value module = dict_get_str(globals, intern("__name__"));
  f->module = module.is_absent() ? Value::none() : module;
  incref(f->module);
  Value doc = code->constants.empty() ? Value::none() : code->constants[0];
  f->doc = is_str(doc) ? doc : Value::none();
  incref(f->doc);
  f->annotations = Value();
  return Ref::steal(f);
}

Ref make_cell(Value contents) {
  Cell* c = allocate<Cell>(cell_type);
  c->contents = contents;
  incref(contents);
  return Ref::steal(c);
}

Ref make_bound_method(Value function, Value self) {
  BoundMethod* m = allocate<BoundMethod>(method_type);
  m->function = function;
  incref(function);
  m->self = self;
  incref(self);
  return Ref::steal(m);
}

void init_function_types() {
  if (function_type) return;
  function_type = make_builtin_type("function", nullptr, sizeof(Function),
                                    TypeFlag::kGc | TypeFlag::kHasDict);
  function_type->dict_offset = offsetof(Function, dict);
  function_type->dealloc = function_dealloc;
  function_type->traverse = function_traverse;
  function_type->clear = function_clear;
  function_type->repr = function_repr;
  function_type->descr_get = function_descr_get;
  function_type->call = function_call;
  function_type->getsets = function_getsets;
  type_ready(function_type);

  cell_type = make_builtin_type("cell", nullptr, sizeof(Cell), TypeFlag::kGc);
  cell_type->dealloc = cell_dealloc;
  cell_type->traverse = cell_traverse;
  cell_type->clear = cell_clear;
  cell_type->repr = cell_repr;
  cell_type->getsets = cell_getsets;
  type_ready(cell_type);

  method_type = make_builtin_type("method", nullptr, sizeof(BoundMethod), TypeFlag::kGc);
  method_type->dealloc = method_dealloc;
  method_type->traverse = method_traverse;
  method_type->clear = method_clear;
  method_type->call = method_call;
  method_type->repr = method_repr;
  method_type->getattro = method_getattro;
  method_type->richcompare = method_richcompare;
  method_type->hash = method_hash;
  method_type->getsets = method_getsets;
  type_ready(method_type);
}

}  // namespace gyre::vm
