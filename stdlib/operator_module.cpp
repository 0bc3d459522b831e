// The native `_operator` module: itemgetter, attrgetter and methodcaller, the callables of
// the operator module that programs use as sort and heap keys (a hot path: a Python-level
// __call__ would cost a frame per comparison key). stdlib/lib/operator.py re-exports them.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "stdlib/builtins.hpp"
#include "stdlib/call_arguments.hpp"
#include "stdlib/native_iterator.hpp"
#include "vm/abstract.hpp"
#include "vm/attributes.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/import.hpp"
#include "vm/module.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::stdlib {

using namespace gyre::vm;

namespace {

Type* itemgetter_type;
Type* attrgetter_type;
Type* methodcaller_type;

// One layout for the three: `spec` is what to fetch, `names` what the repr shows.
struct Getter : Object {
  Value spec;   // itemgetter: tuple of items; attrgetter: tuple of tuples of names; methodcaller: name
  Value names;  // attrgetter: the dotted names; methodcaller: the positional arguments
  Value extra;  // methodcaller: the keyword arguments (a dict)
};
using GetterFields = IteratorFields<Getter, &Getter::spec, &Getter::names, &Getter::extra>;
Getter* as_getter(Value v) { return static_cast<Getter*>(v.as_object()); }

bool single_argument(const char* name, size_t nargs, Tuple* kwnames) {
  if (tuple_size(kwnames)) {
    raise_format(type_error_type, "{}() takes no keyword arguments", name);
    return false;
  }
  if (nargs != 1) {
    raise_format(type_error_type, "{} expected 1 argument, got {}", name, nargs);
    return false;
  }
  return true;
}

// "operator.NAME(" + reprs of `values` + ")" (plus methodcaller's keywords).
Ref call_repr(const char* name, std::vector<Value> values, Value keywords = Value()) {
  std::string out = fmt::format("operator.{}(", name);
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out += ", ";
    Ref r = repr(values[i]);
    if (!r) return r;
    out += as_str(r.get())->view();
  }
  if (keywords.is_object()) {
    size_t pos = 0;
    Value key, value;
    while (dict_next(as_dict(keywords), pos, key, value)) {
      Ref r = repr(value);
      if (!r) return r;
      out += fmt::format(", {}={}", as_str(key)->view(), as_str(r.get())->view());
    }
  }
  out += ")";
  return make_str(out);
}

std::vector<Value> tuple_values(Value t) {
  return std::vector<Value>(as_tuple(t)->items, as_tuple(t)->items + as_tuple(t)->size);
}

// ---- itemgetter(item, ...)
Ref itemgetter_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (tuple_size(kwnames)) return raise(type_error_type, "itemgetter() takes no keyword arguments");
  if (nargs == 0) return raise(type_error_type, "itemgetter expected 1 argument, got 0");
  Ref items = make_tuple(std::span<const Value>(args, nargs));
  if (!items) return items;
  Getter* self = GetterFields::allocate(type);
  self->spec = items.release();
  return Ref::steal(self);
}
Ref itemgetter_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!single_argument("itemgetter", nargs, kwnames)) return Ref();
  Tuple* items = as_tuple(as_getter(callable)->spec);
  if (items->size == 1) return get_item(args[0], items->items[0]);
  Ref result = make_tuple_uninitialized(items->size);
  for (size_t i = 0; i < items->size; ++i) {
    Ref item = get_item(args[0], items->items[i]);
    if (!item) {
      for (size_t j = i; j < items->size; ++j) tuple_init_item(result.as<Tuple>(), j, Value::none());
      return item;
    }
    tuple_init_item(result.as<Tuple>(), i, item.release());
  }
  return result;
}
Ref itemgetter_repr(Value self) { return call_repr("itemgetter", tuple_values(as_getter(self)->spec)); }

// ---- attrgetter(attr, ...): dotted names are followed one attribute at a time
Ref attrgetter_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (tuple_size(kwnames)) return raise(type_error_type, "attrgetter() takes no keyword arguments");
  if (nargs == 0) return raise(type_error_type, "attrgetter expected 1 argument, got 0");
  Ref paths = make_tuple_uninitialized(nargs);
  for (size_t i = 0; i < nargs; ++i) tuple_init_item(paths.as<Tuple>(), i, Value::none());
  for (size_t i = 0; i < nargs; ++i) {
    if (!is_str(args[i])) return raise(type_error_type, "attribute name must be a string");
    std::string_view dotted = as_str(args[i])->view();
    std::vector<Value> parts;
    for (size_t start = 0;;) {
      size_t dot = dotted.find('.', start);
      parts.push_back(interned_value(dotted.substr(start, dot - start)));
      if (dot == std::string_view::npos) break;
      start = dot + 1;
    }
    Ref path = make_tuple(std::span<const Value>(parts));
    if (!path) return path;
    as_tuple(paths.get())->items[i] = path.release();
  }
  Ref names = make_tuple(std::span<const Value>(args, nargs));
  if (!names) return names;
  Getter* self = GetterFields::allocate(type);
  self->spec = paths.release();
  self->names = names.release();
  return Ref::steal(self);
}
Ref resolve_path(Value obj, Value path) {
  Ref current = Ref::borrow(obj);
  Tuple* parts = as_tuple(path);
  for (size_t i = 0; i < parts->size; ++i) {
    current = getattr(current.get(), as_str(parts->items[i]));
    if (!current) return current;
  }
  return current;
}
Ref attrgetter_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!single_argument("attrgetter", nargs, kwnames)) return Ref();
  Tuple* paths = as_tuple(as_getter(callable)->spec);
  if (paths->size == 1) return resolve_path(args[0], paths->items[0]);
  Ref result = make_tuple_uninitialized(paths->size);
  for (size_t i = 0; i < paths->size; ++i) {
    Ref value = resolve_path(args[0], paths->items[i]);
    if (!value) {
      for (size_t j = i; j < paths->size; ++j) tuple_init_item(result.as<Tuple>(), j, Value::none());
      return value;
    }
    tuple_init_item(result.as<Tuple>(), i, value.release());
  }
  return result;
}
Ref attrgetter_repr(Value self) { return call_repr("attrgetter", tuple_values(as_getter(self)->names)); }

// ---- methodcaller(name, /, *args, **kwargs)
Ref methodcaller_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = positional_count(nargs, kwnames);
  if (npos == 0) return raise(type_error_type, "methodcaller needs at least one argument, the method name");
  if (!is_str(args[0])) return raise(type_error_type, "method name must be a string");
  Ref positional = make_tuple(std::span<const Value>(args + 1, npos - 1));
  if (!positional) return positional;
  Ref keywords = make_dict();
  for (size_t k = 0; k < tuple_size(kwnames); ++k) {
    if (dict_set(as_dict(keywords.get()), kwnames->items[k], args[npos + k]) < 0) return Ref();
  }
  Getter* self = GetterFields::allocate(type);
  self->spec = args[0];
  incref(args[0]);
  self->names = positional.release();
  self->extra = keywords.release();
  return Ref::steal(self);
}
Ref methodcaller_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!single_argument("methodcaller", nargs, kwnames)) return Ref();
  Getter* self = as_getter(callable);
  Ref method = getattr(args[0], as_str(self->spec));
  if (!method) return method;
  // Vectorcall form: the positional arguments, then the keyword values named by a tuple.
  std::vector<Value> call_args = tuple_values(self->names);
  std::vector<Value> names;
  size_t pos = 0;
  Value key, value;
  while (dict_next(as_dict(self->extra), pos, key, value)) {
    names.push_back(key);
    call_args.push_back(value);
  }
  if (names.empty()) return call(method.get(), call_args.data(), call_args.size());
  Ref kw = make_tuple(std::span<const Value>(names));
  if (!kw) return kw;
  return call(method.get(), call_args.data(), call_args.size(), kw.as<Tuple>());
}
Ref methodcaller_repr(Value self) {
  std::vector<Value> values{as_getter(self)->spec};
  for (Value v : tuple_values(as_getter(self)->names)) values.push_back(v);
  return call_repr("methodcaller", values, as_getter(self)->extra);
}

Type* getter_type(const char* name, NewSlot new_, CallSlot call_, ReprSlot repr_) {
  Type* t = make_builtin_type(std::string("operator.") + name, nullptr, sizeof(Getter), TypeFlag::kGc);
  GetterFields::install(t);
  t->new_ = new_;
  t->call = call_;
  t->repr = repr_;
  type_ready(t);
  return t;
}

Ref make_operator_native_module() {
  if (!itemgetter_type) {
    itemgetter_type = getter_type("itemgetter", itemgetter_new, itemgetter_call, itemgetter_repr);
    attrgetter_type = getter_type("attrgetter", attrgetter_new, attrgetter_call, attrgetter_repr);
    methodcaller_type = getter_type("methodcaller", methodcaller_new, methodcaller_call, methodcaller_repr);
  }
  Ref m = make_module("_operator");
  Dict* d = as_module(m.get())->dict;
  for (Type* t : {itemgetter_type, attrgetter_type, methodcaller_type}) {
    dict_set_str(d, std::string(type_short_name(t)), value_of(t));
  }
  return m;
}

}  // namespace

void register_operator_native_module() { register_builtin_module("_operator", make_operator_native_module); }

}  // namespace gyre::stdlib
