// types.SimpleNamespace, native as in CPython (Objects/namespaceobject.c) because sys needs one
// at start-up for sys.implementation: an object whose attributes live in its __dict__,
// made from keyword arguments, with repr `namespace(a=1, b=2)` and equality by __dict__.
#include <fmt/format.h>

#include <string>

#include "stdlib/builtins.hpp"
#include "vm/abstract.hpp"
#include "vm/attributes.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/instance_attrs.hpp"
#include "vm/runtime.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::stdlib {

using namespace vm;

namespace {

struct Namespace : Object {
  Dict* dict;  // owned, or null until the first attribute
};

Type* namespace_type = nullptr;

Dict* namespace_dict(Value self) {
  return instance_dict(self.as_object(), instance_dict_slot(self));
}

void ns_dealloc(Object* o) {
  auto* ns = static_cast<Namespace*>(o);
  if (ns->dict) decref(ns->dict);
  free_object(o);
}
void ns_traverse(Object* o, VisitFn visit, void* arg) {
  auto* ns = static_cast<Namespace*>(o);
  if (ns->dict) visit(value_of(ns->dict), arg);
}
void ns_clear(Object* o) {
  auto* ns = static_cast<Namespace*>(o);
  if (ns->dict) dict_clear(ns->dict);
}

int ns_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = nargs - tuple_size(kwnames);
  if (npos > 0) {
    raise(type_error_type, "no positional arguments expected");
    return -1;
  }
  Dict* d = namespace_dict(self);
  for (size_t k = 0; k < tuple_size(kwnames); ++k) {
    if (dict_set(d, kwnames->items[k], args[npos + k]) < 0) return -1;
  }
  return 0;
}

// `namespace(a=1, b=2)`; a subclass shows its own name; `namespace(...)` when recursive.
Ref ns_repr(Value self) {
  std::string name = type_of(self) == namespace_type ? "namespace" : std::string(type_name(type_of(self)));
  if (repr_enter(self.as_object())) return make_str(name + "(...)");
  std::string out = name + "(";
  Dict* d = namespace_dict(self);
  size_t pos = 0;
  Value key, value;
  bool first = true;
  bool failed = false;
  while (dict_next(d, pos, key, value)) {
    if (!is_str(key)) continue;
    Ref shown = repr(value);
    if (!shown) {
      failed = true;
      break;
    }
    if (!first) out += ", ";
    first = false;
    out += fmt::format("{}={}", as_str(key)->view(), as_str(shown.get())->view());
  }
  repr_leave(self.as_object());
  if (failed) return Ref();
  return make_str(out + ")");
}

Ref ns_richcompare(Value self, Value other, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_instance(other, namespace_type)) {
    return new_not_implemented();
  }
  return rich_compare(value_of(namespace_dict(self)), value_of(namespace_dict(other)), op);
}

}  // namespace

Type* simple_namespace_type() {
  if (namespace_type) return namespace_type;
  namespace_type = make_builtin_type("types.SimpleNamespace", nullptr, sizeof(Namespace),
                                     TypeFlag::kBaseType | TypeFlag::kGc | TypeFlag::kHasDict);
  Type* t = namespace_type;
  t->dict_offset = offsetof(Namespace, dict);
  t->dealloc = ns_dealloc;
  t->traverse = ns_traverse;
  t->clear = ns_clear;
  t->init = ns_init;
  t->repr = ns_repr;
  t->richcompare = ns_richcompare;
  type_ready(t);
  dict_set_str(t->dict, "__hash__", Value::none());
  t->hash = nullptr;
  return t;
}

Ref make_simple_namespace() { return call0(value_of(simple_namespace_type())); }

}  // namespace gyre::stdlib
