// types.UnionType: what `int | None` evaluates to (annotations are evaluated at def time).
// Only what annotations and isinstance need: repr `int | None`, __args__, equality and hash
// regardless of order, `|` with more types, isinstance/issubclass over the members.
#include "vm/union_type.hpp"

#include <string>
#include <vector>

#include "vm/abstract.hpp"
#include "vm/attributes.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/generic_alias.hpp"
#include "vm/native_function.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Type* union_type = nullptr;

namespace {

struct UnionObject : Object {
  Tuple* args;  // owned: the member types, deduplicated, in order
};
UnionObject* as_union(Value v) { return static_cast<UnionObject*>(v.as_object()); }

void union_dealloc(Object* self) {
  decref(static_cast<UnionObject*>(self)->args);
  free_object(self);
}
void union_traverse(Object* self, VisitFn visit, void* arg) {
  visit(value_of(static_cast<UnionObject*>(self)->args), arg);
}

// A member as CPython's union_repr_item shows it: None, builtins by name, other classes by
// module.qualname, anything else (list[int]) by repr.
bool append_member(std::string& out, Value v) {
  if (v.is_none() || v == value_of(type_of(Value::none()))) {
    out += "None";
    return true;
  }
  return append_type_or_repr(out, v);
}

Ref union_repr(Value self) {
  Tuple* args = as_union(self)->args;
  std::string out;
  for (size_t i = 0; i < args->size; ++i) {
    if (i) out += " | ";
    if (!append_member(out, args->items[i])) return Ref();
  }
  return make_str(out);
}

Ref union_getattro(Value self, Str* name) {
  if (name->view() == "__args__") return Ref::borrow(value_of(as_union(self)->args));
  return generic_getattr(self, name);
}

// Equal when both hold the same members (in any order).
Ref union_richcompare(Value self, Value other, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(other) != union_type) return new_not_implemented();
  Tuple* a = as_union(self)->args;
  Tuple* b = as_union(other)->args;
  bool equal = a->size == b->size;
  for (size_t i = 0; equal && i < a->size; ++i) {
    bool found = false;
    for (size_t j = 0; j < b->size && !found; ++j) found = a->items[i] == b->items[j];
    equal = found;
  }
  return new_bool(op == CompareOp::Eq ? equal : !equal);
}

int64_t union_hash(Value self) {
  // Order-independent: xor of the members' hashes.
  Tuple* args = as_union(self)->args;
  int64_t h = 0x5a5a;
  for (size_t i = 0; i < args->size; ++i) {
    int64_t m = hash(args->items[i]);
    if (m == -1) return -1;
    h ^= m;
  }
  return h == -1 ? -2 : h;
}

Ref union_or(Value a, Value b) { return make_union(a, b); }

// isinstance(x, int | str) and issubclass go through the members.
Ref union_instancecheck(Value self, const Value* args, size_t, Tuple*) {
  Tuple* members = as_union(self)->args;
  for (size_t i = 0; i < members->size; ++i) {
    Value m = members->items[i];
    if (!is_instance(m, type_type)) continue;
    if (is_instance(args[0], static_cast<Type*>(m.as_object()))) return new_bool(true);
  }
  return new_bool(false);
}
Ref union_subclasscheck(Value self, const Value* args, size_t, Tuple*) {
  if (!is_instance(args[0], type_type)) return raise(type_error_type, "issubclass() arg 1 must be a class");
  Tuple* members = as_union(self)->args;
  for (size_t i = 0; i < members->size; ++i) {
    Value m = members->items[i];
    if (!is_instance(m, type_type)) continue;
    if (is_subtype(static_cast<Type*>(args[0].as_object()), static_cast<Type*>(m.as_object()))) return new_bool(true);
  }
  return new_bool(false);
}

const MethodDef kUnionMethods[] = {
    {"__instancecheck__", union_instancecheck, Arity::kOneArg},
    {"__subclasscheck__", union_subclasscheck, Arity::kOneArg},
    {nullptr, nullptr},
};

// What may stand in a union: None, a class, a generic alias or another union.
bool union_member_ok(Value v) {
  return v.is_none() || is_instance(v, type_type) || (generic_alias_type && type_of(v) == generic_alias_type) ||
         (union_type && type_of(v) == union_type);
}

void add_members(std::vector<Value>& members, Value v) {
  if (union_type && type_of(v) == union_type) {
    Tuple* args = as_union(v)->args;
    for (size_t i = 0; i < args->size; ++i) add_members(members, args->items[i]);
    return;
  }
  if (v.is_none()) v = value_of(type_of(Value::none()));
  for (Value m : members) {
    if (m == v) return;
  }
  members.push_back(v);
}

void init_union_type() {
  if (union_type) return;
  union_type = make_builtin_type("types.UnionType", nullptr, sizeof(UnionObject), TypeFlag::kGc);
  union_type->dealloc = union_dealloc;
  union_type->traverse = union_traverse;
  union_type->repr = union_repr;
  union_type->getattro = union_getattro;
  union_type->richcompare = union_richcompare;
  union_type->hash = union_hash;
  union_type->binary[static_cast<int>(BinaryOp::Or)] = union_or;
  union_type->methods = kUnionMethods;
  type_ready(union_type);
}

}  // namespace

Ref make_union(Value a, Value b) {
  if (!union_member_ok(a) || !union_member_ok(b)) return new_not_implemented();
  init_union_type();
  std::vector<Value> members;
  add_members(members, a);
  add_members(members, b);
  // int | int is just int.
  if (members.size() == 1) return Ref::borrow(members[0]);
  Ref args = make_tuple(std::span<const Value>(members));
  if (!args) return args;
  UnionObject* u = static_cast<UnionObject*>(allocate_object(union_type, sizeof(UnionObject)));
  u->args = static_cast<Tuple*>(args.release().as_object());
  return Ref::steal(u);
}

}  // namespace gyre::vm
