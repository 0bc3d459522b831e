// set and frozenset over SetTable: membership, add/discard, repr, iteration, equality.
#include "vm/set.hpp"
#include "vm/set_algebra.hpp"

#include <string>

#include "vm/abstract.hpp"
#include "vm/builtin_init.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/native_function.hpp"
#include "vm/runtime.hpp"
#include "vm/sequence_helpers.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Type* set_type;
Type* frozenset_type;
Type* set_iterator_type;

Ref make_set() { return Ref::steal(allocate<Set>(set_type)); }
Ref make_frozenset() { return Ref::steal(allocate<Set>(frozenset_type)); }

bool is_set_or_frozenset(Value v) {
  return v.is_object() &&
         (is_subtype(v.as_object()->type, set_type) || is_subtype(v.as_object()->type, frozenset_type));
}

int set_add(Set* s, Value item) {
  int64_t h = hash(item);
  if (h == -1) return -1;
  return set_table_add(s->table, item, h);
}

int set_discard(Set* s, Value item) {
  int64_t h = hash(item);
  if (h == -1) return -1;
  return set_table_discard(s->table, item, h);
}

int set_contains(Set* s, Value item) {
  int64_t h = hash(item);
  if (h == -1) return -1;
  return set_table_contains(s->table, item, h);
}

bool dict_next_hashed(Dict* d, size_t& pos, Value& key, int64_t& hash) {
  // Re-reads the table at every step: adding a key to a set can run __eq__, which may change d.
  while (pos < d->table.entries_used) {
    const DictEntry& e = d->table.entries[pos++];
    if (!e.key.is_absent()) {
      key = e.key;
      hash = e.hash;
      return true;
    }
  }
  return false;
}

int set_update(Set* s, Value iterable) {
  if (is_set_or_frozenset(iterable)) {
    Set* other = as_set(iterable);
    return other == s ? 0 : set_table_merge(s->table, other->table);
  }
  if (type_of(iterable) == dict_type) {
    Ref hold = Ref::borrow(iterable);
    Dict* d = as_dict(iterable);
    set_table_presize(s->table, dict_size(d));
    size_t pos = 0;
    Value key;
    int64_t h;
    while (dict_next_hashed(d, pos, key, h)) {
      Ref k = Ref::borrow(key);
      if (set_table_add(s->table, k.get(), h) < 0) return -1;
    }
    return 0;
  }
  Ref it = get_iter(iterable);
  if (!it) return -1;
  while (true) {
    Ref item = iter_next(it.get());
    if (!item) return error_pending() ? -1 : 0;
    if (set_add(s, item.get()) < 0) return -1;
  }
}

bool set_next(Set* s, size_t& pos, Value& item) {
  const SetEntry* e;
  if (!set_table_next(s->table, pos, e)) return false;
  item = e->key;
  return true;
}

namespace {

void s_dealloc(Object* o) {
  set_table_clear(static_cast<Set*>(o)->table);
  free_object(o);
}
void s_traverse(Object* o, VisitFn visit, void* arg) {
  const SetTable& t = static_cast<Set*>(o)->table;
  size_t pos = 0;
  const SetEntry* e;
  while (set_table_next(t, pos, e))
    if (e->key.is_object()) visit(e->key, arg);
}
void s_clear(Object* o) { set_table_clear(static_cast<Set*>(o)->table); }

Ref s_repr(Value self) {
  Set* s = as_set(self);
  std::string name(type_name(s->type));
  bool is_plain_set = s->type == set_type;
  if (set_size(s) == 0) return make_str(name + "()");
  if (repr_enter(s)) return make_str(name + "(...)");
  std::string out = is_plain_set ? "{" : name + "({";
  size_t pos = 0;
  Value item;
  bool first = true, ok = true;
  while (set_next(s, pos, item)) {
    if (!first) out += ", ";
    first = false;
    Ref hold = Ref::borrow(item);
    Ref r = repr(item);
    if (!r) {
      ok = false;
      break;
    }
    out += as_str(r.get())->view();
  }
  repr_leave(s);
  if (!ok) return Ref();
  out += is_plain_set ? "}" : "})";
  return make_str(out);
}

// subset test: every item of a is in b.
int is_subset(Set* a, Set* b) {
  if (set_size(a) > set_size(b)) return 0;
  size_t pos = 0;
  const SetEntry* e;
  while (set_table_next(a->table, pos, e)) {
    Ref key = Ref::borrow(e->key);
    int c = set_table_contains(b->table, key.get(), e->hash);
    if (c <= 0) return c;
  }
  return 1;
}

Ref s_richcompare(Value self, Value other, CompareOp op) {
  if (!is_set_or_frozenset(other)) return new_not_implemented();
  Set* a = as_set(self);
  Set* b = as_set(other);
  int r;
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
      r = set_size(a) == set_size(b) ? is_subset(a, b) : 0;
      if (r < 0) return Ref();
      return new_bool(op == CompareOp::Eq ? r : !r);
    case CompareOp::Le: r = is_subset(a, b); break;
    case CompareOp::Ge: r = is_subset(b, a); break;
    case CompareOp::Lt: r = set_size(a) < set_size(b) ? is_subset(a, b) : 0; break;
    case CompareOp::Gt: r = set_size(a) > set_size(b) ? is_subset(b, a) : 0; break;
    default: r = 0;
  }
  if (r < 0) return Ref();
  return new_bool(r);
}

int64_t frozenset_hash(Value self) {
  // CPython's frozenset_hash: an order-independent mix of the element hashes.
  Set* s = as_set(self);
  if (s->hash_ != 0) return s->hash_;
  uint64_t hash = 0;
  size_t pos = 0;
  const SetEntry* e;
  while (set_table_next(s->table, pos, e)) {
    uint64_t h = static_cast<uint64_t>(e->hash);
    hash ^= ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull;
  }
  hash ^= (set_size(s) + 1) * 1927868237ull;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069u + 907133923ull;
  if (hash == static_cast<uint64_t>(-1)) hash = 590923713ull;
  s->hash_ = static_cast<int64_t>(hash);
  return s->hash_;
}

int64_t s_length(Value self) { return static_cast<int64_t>(set_size(as_set(self))); }
int s_contains(Value self, Value item) { return set_contains(as_set(self), item); }

struct SetIterator : Object {
  Value set;  // owned; absent when exhausted
  size_t pos;
  size_t size_at_start;
};

Ref s_iter(Value self) {
  auto* it = allocate<SetIterator>(set_iterator_type);
  incref(self);
  it->set = self;
  it->size_at_start = set_size(as_set(self));
  return Ref::steal(it);
}
Ref set_iterator_next(Value self) {
  auto* it = static_cast<SetIterator*>(self.as_object());
  if (it->set.is_absent()) return Ref();
  Set* s = as_set(it->set);
  if (set_size(s) != it->size_at_start) {
    it->size_at_start = static_cast<size_t>(-1);
    return raise(runtime_error_type, "Set changed size during iteration");
  }
  Value item;
  if (set_next(s, it->pos, item)) return Ref::borrow(item);
  Value set = it->set;
  it->set = Value();
  decref(set);
  return Ref();
}
void set_iterator_dealloc(Object* o) {
  decref(static_cast<SetIterator*>(o)->set);
  free_object(o);
}
void set_iterator_traverse(Object* o, VisitFn visit, void* arg) {
  Value s = static_cast<SetIterator*>(o)->set;
  if (!s.is_absent()) visit(s, arg);
}

Ref new_from_args(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  const char* name = type == frozenset_type ? "frozenset" : "set";
  if (tuple_size(kwnames) != 0)
    return raise_format(type_error_type, "{}() takes no keyword arguments", name);
  if (nargs > 1)
    return raise_format(type_error_type, "{} expected at most 1 argument, got {}", name, nargs);
  // frozenset(f) is f itself when both are exactly frozensets (nothing to copy).
  if (nargs == 1 && type == frozenset_type && type_of(args[0]) == frozenset_type) return Ref::borrow(args[0]);
  Ref s = Ref::steal(allocate_object(type, type->instance_size));
  if (nargs == 1 && set_update(s.as<Set>(), args[0]) < 0) return Ref();
  return s;
}

Ref set_new(Type* type, const Value*, size_t, Tuple*) {
  return Ref::steal(allocate_object(type, type->instance_size));
}
int set_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (tuple_size(kwnames) != 0) {
    raise(type_error_type, "set() takes no keyword arguments");
    return -1;
  }
  if (nargs > 1) {
    raise_format(type_error_type, "set expected at most 1 argument, got {}", nargs);
    return -1;
  }
  set_table_clear(as_set(self)->table);
  return nargs == 1 ? set_update(as_set(self), args[0]) : 0;
}

Ref m_add(Value self, const Value* args, size_t, Tuple*) {
  if (set_add(as_set(self), args[0]) < 0) return Ref();
  return new_none();
}
Ref m_discard(Value self, const Value* args, size_t, Tuple*) {
  if (set_discard(as_set(self), args[0]) < 0) return Ref();
  return new_none();
}
Ref m_remove(Value self, const Value* args, size_t, Tuple*) {
  int r = set_discard(as_set(self), args[0]);
  if (r < 0) return Ref();
  if (r == 0) return raise_key_error(args[0]);
  return new_none();
}
Ref m_pop(Value self, const Value*, size_t, Tuple*) {
  Set* s = as_set(self);
  if (set_size(s) == 0) return raise(key_error_type, "pop from an empty set");
  return Ref::steal(set_table_pop(s->table));
}
Ref m_clear(Value self, const Value*, size_t, Tuple*) {
  set_table_clear(as_set(self)->table);
  return new_none();
}
Ref m_update(Value self, const Value* args, size_t nargs, Tuple*) {
  for (size_t i = 0; i < nargs; ++i)
    if (set_update(as_set(self), args[i]) < 0) return Ref();
  return new_none();
}
Ref m_copy(Value self, const Value*, size_t, Tuple*) {
  if (type_of(self) == frozenset_type) return Ref::borrow(self);  // immutable: no copy needed
  Ref s = is_subtype(type_of(self), set_type) ? make_set() : make_frozenset();
  if (set_update(s.as<Set>(), self) < 0) return Ref();
  return s;
}

const MethodDef set_methods[] = {
    {"add", m_add, Arity::kOneArg},
    {"discard", m_discard, Arity::kOneArg},
    {"remove", m_remove, Arity::kOneArg},
    {"pop", m_pop, Arity::kNoArgs},
    {"clear", m_clear, Arity::kNoArgs},
    {"update", m_update},
    {"copy", m_copy, Arity::kNoArgs},
    {"union", set_union},
    {"intersection", set_intersection},
    {"difference", set_difference},
    {"symmetric_difference", set_symmetric_difference, Arity::kOneArg},
    {"issubset", set_issubset, Arity::kOneArg},
    {"issuperset", set_issuperset, Arity::kOneArg},
    {"isdisjoint", set_isdisjoint, Arity::kOneArg},
    {"intersection_update", set_intersection_update},
    {"difference_update", set_difference_update},
    {"symmetric_difference_update", set_symmetric_difference_update, Arity::kOneArg},
    {},
};
const MethodDef frozenset_methods[] = {
    {"copy", m_copy, Arity::kNoArgs},
    {"union", set_union},
    {"intersection", set_intersection},
    {"difference", set_difference},
    {"symmetric_difference", set_symmetric_difference, Arity::kOneArg},
    {"issubset", set_issubset, Arity::kOneArg},
    {"issuperset", set_issuperset, Arity::kOneArg},
    {"isdisjoint", set_isdisjoint, Arity::kOneArg},
    {},
};

void common_slots(Type* t) {
  t->dealloc = s_dealloc;
  t->traverse = s_traverse;
  t->clear = s_clear;
  t->repr = s_repr;
  t->richcompare = s_richcompare;
  t->length = s_length;
  t->contains = s_contains;
  t->iter = s_iter;
}

}  // namespace

void init_set_types() {
  set_type = make_builtin_type("set", nullptr, sizeof(Set), TypeFlag::kBaseType | TypeFlag::kGc);
  common_slots(set_type);
  set_type->new_ = set_new;
  set_type->init = set_init;
  set_type->methods = set_methods;
  add_set_algebra(set_type, true);

  frozenset_type = make_builtin_type("frozenset", nullptr, sizeof(Set), TypeFlag::kBaseType | TypeFlag::kGc);
  common_slots(frozenset_type);
  frozenset_type->hash = frozenset_hash;
  frozenset_type->new_ = new_from_args;
  frozenset_type->methods = frozenset_methods;
  add_set_algebra(frozenset_type, false);

  set_iterator_type = make_builtin_type("set_iterator", nullptr, sizeof(SetIterator), TypeFlag::kGc);
  set_iterator_type->dealloc = set_iterator_dealloc;
  set_iterator_type->traverse = set_iterator_traverse;
  set_iterator_type->iter = return_self;
  set_iterator_type->iternext = set_iterator_next;
}

}  // namespace gyre::vm
