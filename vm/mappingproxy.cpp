// mappingproxy: a read-only view of a mapping (types.MappingProxyType), what `cls.__dict__`
// returns so that a class's namespace cannot be changed behind its attribute caches.
#include "vm/mappingproxy.hpp"

#include <fmt/format.h>

#include "vm/abstract.hpp"
#include "vm/builtin_init.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/native_function.hpp"
#include "vm/singletons.hpp"
#include "vm/slots.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Type* mappingproxy_type = nullptr;

namespace {

struct MappingProxy : Object {
  Value mapping;  // owned
};

Value mapping_of(Value proxy) { return static_cast<MappingProxy*>(proxy.as_object())->mapping; }

// PyMapping_Check, as mappingproxy() asks it: subscriptable, and not a list or tuple.
bool acceptable_mapping(Value v) {
  Type* t = type_of(v);
  return t->getitem != nullptr && !t->has_flag(TypeFlag::kListSubclass) && !t->has_flag(TypeFlag::kTupleSubclass);
}

void mp_dealloc(Object* o) {
  decref(static_cast<MappingProxy*>(o)->mapping);
  free_object(o);
}
void mp_traverse(Object* o, VisitFn visit, void* arg) { visit(static_cast<MappingProxy*>(o)->mapping, arg); }

Ref mp_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = nargs - tuple_size(kwnames);
  Value mapping = npos == 1 ? args[0] : Value();
  if (tuple_size(kwnames) == 1 && npos == 0 && as_str(kwnames->items[0])->view() == "mapping") mapping = args[0];
  if (mapping.is_absent() || nargs != 1) {
    return raise_format(type_error_type, "mappingproxy() missing required argument 'mapping' (pos 1)");
  }
  if (!acceptable_mapping(mapping)) {
    return raise_format(type_error_type, "mappingproxy() argument must be a mapping, not {}", type_name_of(mapping));
  }
  return make_mappingproxy(mapping);
}

Ref mp_getitem(Value self, Value key) { return get_item(mapping_of(self), key); }
int mp_contains(Value self, Value key) { return contains(mapping_of(self), key); }
Ref mp_iter(Value self) { return get_iter(mapping_of(self)); }
int64_t mp_length(Value self) { return length(mapping_of(self)); }
Ref mp_repr(Value self) {
  Ref inner = repr(mapping_of(self));
  if (!inner) return inner;
  return make_str(fmt::format("mappingproxy({})", as_str(inner.get())->view()));
}
Ref mp_str(Value self) { return str(mapping_of(self)); }
Ref mp_richcompare(Value self, Value other, CompareOp op) { return rich_compare(mapping_of(self), other, op); }
Ref mp_or(Value left, Value right) {
  // mappingproxy | x and x | mappingproxy work on the mapping (a new dict for a dict).
  Value a = type_of(left) == mappingproxy_type ? mapping_of(left) : left;
  Value b = type_of(right) == mappingproxy_type ? mapping_of(right) : right;
  return binary_op(a, b, BinaryOp::Or);
}

// The methods forward to the mapping's own.
Ref forward(Value self, const char* name, const Value* args, size_t nargs) {
  return call_method(mapping_of(self), intern(name), args, nargs);
}
Ref m_get(Value self, const Value* a, size_t n, Tuple*) { return forward(self, "get", a, n); }
Ref m_keys(Value self, const Value* a, size_t n, Tuple*) { return forward(self, "keys", a, n); }
Ref m_values(Value self, const Value* a, size_t n, Tuple*) { return forward(self, "values", a, n); }
Ref m_items(Value self, const Value* a, size_t n, Tuple*) { return forward(self, "items", a, n); }
Ref m_copy(Value self, const Value* a, size_t n, Tuple*) { return forward(self, "copy", a, n); }

const MethodDef kMethods[] = {
    {"get", m_get, Arity::kRange, 1, 2},
    {"keys", m_keys, Arity::kNoArgs},
    {"values", m_values, Arity::kNoArgs},
    {"items", m_items, Arity::kNoArgs},
    {"copy", m_copy, Arity::kNoArgs},
    {},
};

}  // namespace

Ref make_mappingproxy(Value mapping) {
  auto* proxy = static_cast<MappingProxy*>(allocate_object(mappingproxy_type, sizeof(MappingProxy)));
  incref(mapping);
  proxy->mapping = mapping;
  return Ref::steal(proxy);
}

void init_mappingproxy_type() {
  mappingproxy_type = make_builtin_type("mappingproxy", nullptr, sizeof(MappingProxy), TypeFlag::kGc);
  Type* t = mappingproxy_type;
  t->dealloc = mp_dealloc;
  t->traverse = mp_traverse;
  t->new_ = mp_new;
  t->getitem = mp_getitem;
  t->contains = mp_contains;
  t->iter = mp_iter;
  t->length = mp_length;
  t->repr = mp_repr;
  t->str = mp_str;
  t->richcompare = mp_richcompare;
  t->binary[static_cast<int>(BinaryOp::Or)] = mp_or;
  t->methods = kMethods;
}

}  // namespace gyre::vm
