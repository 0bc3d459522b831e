#include "vm/generic_alias.hpp"

#include <string>

#include "vm/abstract.hpp"
#include "vm/attributes.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/set.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"
#include "vm/union_type.hpp"

namespace gyre::vm {

Type* generic_alias_type = nullptr;

bool append_type_or_repr(std::string& out, Value v) {
  if (is_instance(v, type_type)) {
    Type* t = static_cast<Type*>(v.as_object());
    Value module = dict_get_str(t->dict, intern("__module__"));
    if (is_str(module) && as_str(module)->view() != "builtins") {
      out += std::string(as_str(module)->view()) + ".";
    }
    out += t->qualname ? t->qualname->view() : type_name(t);
    return true;
  }
  Ref r = repr(v);
  if (!r) return false;
  out += as_str(r.get())->view();
  return true;
}

namespace {

struct GenericAlias : Object {
  Value origin;  // owned
  Tuple* args;   // owned
};
GenericAlias* as_alias(Value v) { return static_cast<GenericAlias*>(v.as_object()); }

void alias_dealloc(Object* self) {
  GenericAlias* a = static_cast<GenericAlias*>(self);
  decref(a->origin);
  decref(a->args);
  free_object(self);
}
void alias_traverse(Object* self, VisitFn visit, void* arg) {
  GenericAlias* a = static_cast<GenericAlias*>(self);
  visit(a->origin, arg);
  visit(value_of(a->args), arg);
}

// How typing shows one argument: ... as '...', the rest as append_type_or_repr.
bool append_arg(std::string& out, Value v) {
  if (v == ellipsis()) {
    out += "...";
    return true;
  }
  return append_type_or_repr(out, v);
}

Ref alias_repr(Value self) {
  GenericAlias* a = as_alias(self);
  std::string out;
  if (!append_arg(out, a->origin)) return Ref();
  out += "[";
  if (a->args->size == 0) out += "()";
  for (size_t i = 0; i < a->args->size; ++i) {
    if (i) out += ", ";
    if (!append_arg(out, a->args->items[i])) return Ref();
  }
  out += "]";
  return make_str(out);
}
Ref alias_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  return call(as_alias(callable)->origin, args, nargs, kwnames);
}
Ref fill_alias(Type* type, Value origin, Value args) {
  Ref tuple = is_tuple(args) ? Ref::borrow(args) : make_tuple({args});
  if (!tuple) return tuple;
  GenericAlias* a = static_cast<GenericAlias*>(allocate_object(type, type->instance_size));
  a->origin = origin;
  incref(origin);
  a->args = static_cast<Tuple*>(tuple.release().as_object());
  return Ref::steal(a);
}
// types.GenericAlias(origin, args): what `__class_getitem__ = classmethod(GenericAlias)` calls;
// a subclass (collections.abc's _CallableGenericAlias) gets an instance of itself.
Ref alias_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (tuple_size(kwnames)) return raise(type_error_type, "GenericAlias() takes no keyword arguments");
  if (nargs != 2) return raise_format(type_error_type, "GenericAlias expected 2 arguments, got {}", nargs);
  return fill_alias(type, args[0], args[1]);
}
Ref alias_getattro(Value self, Str* name) {
  std::string_view n = name->view();
  if (n == "__origin__") return Ref::borrow(as_alias(self)->origin);
  if (n == "__args__") return Ref::borrow(as_alias(self)->args);
  if (n.starts_with("__")) return generic_getattr(self, name);
  return getattr(as_alias(self)->origin, name);
}
Ref alias_richcompare(Value self, Value other, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_instance(other, generic_alias_type)) {
    return new_not_implemented();
  }
  int eq = rich_compare_bool(as_alias(self)->origin, as_alias(other)->origin, CompareOp::Eq);
  if (eq > 0) eq = rich_compare_bool(value_of(as_alias(self)->args), value_of(as_alias(other)->args), CompareOp::Eq);
  if (eq < 0) return Ref();
  return new_bool(op == CompareOp::Eq ? eq : !eq);
}

}  // namespace

bool is_generic_builtin(Type* type) {
  return type == list_type || type == dict_type || type == tuple_type || type == set_type ||
         type == frozenset_type || type == type_type;
}

Ref make_generic_alias(Value origin, Value args) {
  if (!generic_alias_type) {
    generic_alias_type = make_builtin_type("types.GenericAlias", nullptr, sizeof(GenericAlias),
                                           TypeFlag::kGc | TypeFlag::kBaseType);
    generic_alias_type->dealloc = alias_dealloc;
    generic_alias_type->traverse = alias_traverse;
    generic_alias_type->repr = alias_repr;
    generic_alias_type->call = alias_call;
    generic_alias_type->new_ = alias_new;
    generic_alias_type->getattro = alias_getattro;
    generic_alias_type->richcompare = alias_richcompare;
    generic_alias_type->binary[static_cast<int>(BinaryOp::Or)] = make_union;  // list[int] | None
    type_ready(generic_alias_type);
  }
  return fill_alias(generic_alias_type, origin, args);
}

}  // namespace gyre::vm
