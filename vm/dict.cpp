// dict objects: the mapping API over HashTable, the dict type's slots and methods.
#include "vm/dict.hpp"

#include <string>

#include "vm/abstract.hpp"
#include "vm/attributes.hpp"
#include "vm/builtin_init.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/runtime.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Type* dict_type;

Ref make_dict() {
  Dict* d = allocate<Dict>(dict_type);
  dict_modified(d);
  return Ref::steal(d);
}

bool is_dict(Value v) {
  return v.is_object() && v.as_object()->type->has_flag(TypeFlag::kDictSubclass);
}

Value dict_get(Dict* d, Value key) {
  int64_t h = hash(key);
  if (h == -1) return Value();
  int64_t ix = table_lookup(d->table, key, h);
  return ix >= 0 ? d->table.entries[ix].value : Value();
}

Value dict_get_str(Dict* d, Str* key) {
  int64_t ix = table_lookup_str(d->table, key, str_hash(key));
  return ix >= 0 ? d->table.entries[ix].value : Value();
}

Value dict_get_str(Dict* d, std::string_view key) { return dict_get_str(d, intern(key)); }

int dict_set(Dict* d, Value key, Value value) {
  int64_t h = hash(key);
  if (h == -1) return -1;
  if (table_insert(d->table, key, h, value) < 0) return -1;
  dict_modified(d);
  return 0;
}

int dict_set_str(Dict* d, std::string_view key, Value value) {
  return dict_set(d, value_of(intern(key)), value);
}

int dict_del(Dict* d, Value key) {
  int64_t h = hash(key);
  if (h == -1) return -1;
  int64_t ix = table_lookup(d->table, key, h);
  if (ix == -2) return -1;
  if (ix == -1) return 0;
  table_remove_entry(d->table, ix);
  dict_modified(d);
  return 1;
}

int dict_contains(Dict* d, Value key) {
  int64_t h = hash(key);
  if (h == -1) return -1;
  int64_t ix = table_lookup(d->table, key, h);
  return ix == -2 ? -1 : ix >= 0;
}

void dict_clear(Dict* d) {
  table_free(d->table);
  dict_modified(d);
}

Ref dict_copy(Dict* d) {
  Ref r = make_dict();
  if (dict_update(r.as<Dict>(), d) < 0) return Ref();
  return r;
}

int dict_update(Dict* d, Dict* other) {
  size_t pos = 0;
  Value k, v;
  while (dict_next(other, pos, k, v)) {
    Ref hold_k = Ref::borrow(k), hold_v = Ref::borrow(v);
    int64_t h = other->table.entries[pos - 1].hash;
    if (table_insert(d->table, k, h, v) < 0) return -1;
  }
  dict_modified(d);
  return 0;
}

bool dict_next(Dict* d, size_t& pos, Value& key, Value& value) {
  while (pos < d->table.entries_used) {
    DictEntry& e = d->table.entries[pos++];
    if (!e.key.is_absent()) {
      key = e.key;
      value = e.value;
      return true;
    }
  }
  return false;
}

Ref dict_keys_list(Dict* d) {
  Ref list = make_list(dict_size(d));
  size_t pos = 0;
  Value k, v;
  while (dict_next(d, pos, k, v)) list_append(list.as<List>(), k);
  return list;
}

Ref make_view(Type* type, Value dict);  // vm/dict_views.cpp
Ref dict_iter(Value self);               // vm/dict_views.cpp
Ref dict_reversed_keys(Value dict);      // vm/dict_views.cpp: reversed(d)

namespace {

void d_dealloc(Object* o) {
  table_free(static_cast<Dict*>(o)->table);
  free_object(o);
}

void d_traverse(Object* o, VisitFn visit, void* arg) {
  HashTable& t = static_cast<Dict*>(o)->table;
  for (size_t i = 0; i < t.entries_used; ++i) {
    if (t.entries[i].key.is_absent()) continue;
    if (t.entries[i].key.is_object()) visit(t.entries[i].key, arg);
    if (t.entries[i].value.is_object()) visit(t.entries[i].value, arg);
  }
}

void d_clear(Object* o) { dict_clear(static_cast<Dict*>(o)); }

Ref d_repr(Value self) {
  Dict* d = as_dict(self);
  if (dict_size(d) == 0) return make_str("{}");
  if (repr_enter(d)) return make_str("{...}");
  std::string out = "{";
  size_t pos = 0;
  Value k, v;
  bool first = true;
  bool ok = true;
  while (ok && dict_next(d, pos, k, v)) {
    Ref hold_k = Ref::borrow(k), hold_v = Ref::borrow(v);
    if (!first) out += ", ";
    first = false;
    Ref rk = repr(k);
    if (!rk) { ok = false; break; }
    out += as_str(rk.get())->view();
    out += ": ";
    Ref rv = repr(v);
    if (!rv) { ok = false; break; }
    out += as_str(rv.get())->view();
  }
  repr_leave(d);
  if (!ok) return Ref();
  out += "}";
  return make_str(out);
}

Ref d_richcompare(Value self, Value other, CompareOp op) {
  if (!is_dict(other) || (op != CompareOp::Eq && op != CompareOp::Ne)) return new_not_implemented();
  Dict* a = as_dict(self);
  Dict* b = as_dict(other);
  bool equal_dicts = dict_size(a) == dict_size(b);
  size_t pos = 0;
  Value k, v;
  while (equal_dicts && dict_next(a, pos, k, v)) {
    Ref hold_k = Ref::borrow(k), hold_v = Ref::borrow(v);
    int64_t ix = table_lookup(b->table, k, a->table.entries[pos - 1].hash);
    if (ix == -2) return Ref();
    if (ix == -1) {
      equal_dicts = false;
      break;
    }
    Ref bv = Ref::borrow(b->table.entries[ix].value);
    int eq = rich_compare_bool(v, bv.get(), CompareOp::Eq);
    if (eq < 0) return Ref();
    if (!eq) equal_dicts = false;
  }
  return new_bool(op == CompareOp::Eq ? equal_dicts : !equal_dicts);
}

int64_t d_length(Value self) { return static_cast<int64_t>(dict_size(as_dict(self))); }

Ref d_getitem(Value self, Value key) {
  Value v = dict_get(as_dict(self), key);
  if (!v.is_absent()) return Ref::borrow(v);
  if (error_pending()) return Ref();
  Type* type = type_of(self);
  if (type != dict_type) {
    // A subclass's __missing__(key) gives the value of a missing key (CPython's dict_subscript).
    Value missing = type_lookup(type, intern("__missing__"));
    if (!missing.is_absent()) {
      DescrGetSlot get = type_of(missing)->descr_get;
      Ref bound = get != nullptr ? get(missing, self, type) : Ref::borrow(missing);
      if (!bound) return bound;
      return call1(bound.get(), key);
    }
  }
  return raise_key_error(key);
}

int d_setitem(Value self, Value key, Value value) {
  if (value.is_absent()) {
    int r = dict_del(as_dict(self), key);
    if (r == 0) {
      raise_key_error(key);
      return -1;
    }
    return r < 0 ? -1 : 0;
  }
  return dict_set(as_dict(self), key, value);
}

int d_contains(Value self, Value key) { return dict_contains(as_dict(self), key); }

Ref d_new(Type* type, const Value*, size_t, Tuple*) {
  Dict* d = static_cast<Dict*>(allocate_object(type, type->instance_size));
  dict_modified(d);
  return Ref::steal(d);
}

// dict.update semantics: a dict, an object with keys() (CPython's PyDict_Merge: d[k] =
// source[k] for k in source.keys()), or an iterable of pairs.
int update_from(Dict* d, Value source, const char* who) {
  // A dict (or a subclass keeping dict's __iter__) is merged table to table.
  if (is_dict(source) && type_of(source)->iter == dict_iter) return dict_update(d, as_dict(source));
  Ref keys_method = getattr_optional(source, intern("keys"));
  if (keys_method) {
    Ref keys = call0(keys_method.get());
    if (!keys) return -1;
    Ref keys_it = get_iter(keys.get());
    if (!keys_it) return -1;
    while (true) {
      Ref key = iter_next(keys_it.get());
      if (!key) return error_pending() ? -1 : 0;
      Ref value = get_item(source, key.get());
      if (!value || dict_set(d, key.get(), value.get()) < 0) return -1;
    }
  }
  if (error_pending()) return -1;
  Ref it = get_iter(source);
  if (!it) return -1;
  for (size_t index = 0;; ++index) {
    Ref item = iter_next(it.get());
    if (!item) return error_pending() ? -1 : 0;
    Ref pair_it = get_iter(item.get());
    if (!pair_it) {
      if (error_matches(type_error_type)) {
        clear_error();
        raise_format(type_error_type,
                     "cannot convert dictionary update sequence element #{} to a sequence", index);
      }
      return -1;
    }
    Ref pair = make_list();
    if (list_extend(pair.as<List>(), item.get()) < 0) return -1;
    if (pair.as<List>()->size != 2) {
      raise_format(value_error_type,
                   "dictionary update sequence element #{} has length {}; 2 is required", index,
                   pair.as<List>()->size);
      return -1;
    }
    if (dict_set(d, pair.as<List>()->items[0], pair.as<List>()->items[1]) < 0) return -1;
  }
  (void)who;
}

int update_with_args(Dict* d, const Value* args, size_t nargs, Tuple* kwnames, const char* who) {
  size_t nkw = tuple_size(kwnames);
  size_t npos = nargs - nkw;
  if (npos > 1) {
    raise_format(type_error_type, "{} expected at most 1 argument, got {}", who, npos);
    return -1;
  }
  if (npos == 1 && update_from(d, args[0], who) < 0) return -1;
  for (size_t i = 0; i < nkw; ++i)
    if (dict_set(d, kwnames->items[i], args[npos + i]) < 0) return -1;
  return 0;
}

int d_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return update_with_args(as_dict(self), args, nargs, kwnames, "dict");
}

// ---- methods

Ref m_get(Value self, const Value* args, size_t nargs, Tuple*) {
  Value v = dict_get(as_dict(self), args[0]);
  if (!v.is_absent()) return Ref::borrow(v);
  if (error_pending()) return Ref();
  return Ref::borrow(nargs > 1 ? args[1] : Value::none());
}
Ref m_setdefault(Value self, const Value* args, size_t nargs, Tuple*) {
  Value v = dict_get(as_dict(self), args[0]);
  if (!v.is_absent()) return Ref::borrow(v);
  if (error_pending()) return Ref();
  Value def = nargs > 1 ? args[1] : Value::none();
  if (dict_set(as_dict(self), args[0], def) < 0) return Ref();
  return Ref::borrow(def);
}
Ref m_pop(Value self, const Value* args, size_t nargs, Tuple*) {
  Dict* d = as_dict(self);
  int64_t h = hash(args[0]);
  if (h == -1) return Ref();
  int64_t ix = table_lookup(d->table, args[0], h);
  if (ix == -2) return Ref();
  if (ix == -1) {
    if (nargs > 1) return Ref::borrow(args[1]);
    return raise_key_error(args[0]);
  }
  Ref value = Ref::borrow(d->table.entries[ix].value);
  table_remove_entry(d->table, ix);
  dict_modified(d);
  return value;
}
Ref m_popitem(Value self, const Value*, size_t, Tuple*) {
  Dict* d = as_dict(self);
  if (dict_size(d) == 0) return raise(key_error_type, "popitem(): dictionary is empty");
  int64_t ix = static_cast<int64_t>(d->table.entries_used) - 1;
  while (d->table.entries[ix].key.is_absent()) --ix;
  Ref pair = make_tuple({d->table.entries[ix].key, d->table.entries[ix].value});
  table_remove_entry(d->table, ix);
  dict_modified(d);
  return pair;
}
Ref m_update(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (update_with_args(as_dict(self), args, nargs, kwnames, "update") < 0) return Ref();
  return new_none();
}
Ref m_clear(Value self, const Value*, size_t, Tuple*) {
  dict_clear(as_dict(self));
  return new_none();
}
Ref m_copy(Value self, const Value*, size_t, Tuple*) { return dict_copy(as_dict(self)); }
Ref m_fromkeys(Value cls, const Value* args, size_t nargs, Tuple*) {
  Ref d = call0(cls);
  if (!d) return d;
  Value v = nargs > 1 ? args[1] : Value::none();
  Ref it = get_iter(args[0]);
  if (!it) return Ref();
  while (true) {
    Ref key = iter_next(it.get());
    if (!key) {
      if (error_pending()) return Ref();
      return d;
    }
    if (set_item(d.get(), key.get(), v) < 0) return Ref();
  }
}

Ref m_keys(Value self, const Value*, size_t, Tuple*) { return make_view(dict_keys_type, self); }
Ref m_reversed(Value self, const Value*, size_t, Tuple*) { return dict_reversed_keys(self); }
Ref m_values(Value self, const Value*, size_t, Tuple*) { return make_view(dict_values_type, self); }
Ref m_items(Value self, const Value*, size_t, Tuple*) { return make_view(dict_items_type, self); }

const MethodDef dict_methods[] = {
    {"get", m_get, Arity::kRange, 1, 2},
    {"setdefault", m_setdefault, Arity::kRange, 1, 2},
    {"pop", m_pop, Arity::kRange, 1, 2},
    {"popitem", m_popitem, Arity::kNoArgs},
    {"update", m_update, Arity::kAny, 0, 0, true},
    {"clear", m_clear, Arity::kNoArgs},
    {"copy", m_copy, Arity::kNoArgs},
    {"fromkeys", m_fromkeys, Arity::kRange, 1, 2, false, MethodKind::kClass},
    {"keys", m_keys, Arity::kNoArgs},
    {"values", m_values, Arity::kNoArgs},
    {"items", m_items, Arity::kNoArgs},
    {"__reversed__", m_reversed, Arity::kNoArgs},
    {},
};

}  // namespace

void init_dict_view_types();

// d | other: a new dict with other's items over d's (both must be dicts); d |= other: update
// d from any mapping or iterable of pairs (CPython's dict_or / dict_ior).
Ref d_or(Value left, Value right) {
  if (!is_dict(left) || !is_dict(right)) return new_not_implemented();
  Ref result = dict_copy(as_dict(left));
  if (!result || dict_update(result.as<Dict>(), as_dict(right)) < 0) return Ref();
  return result;
}
Ref d_ior(Value self, Value other) {
  if (update_from(as_dict(self), other, "dict") < 0) return Ref();
  return Ref::borrow(self);
}

void init_dict_types() {
  dict_type = make_builtin_type("dict", nullptr, sizeof(Dict),
                                TypeFlag::kBaseType | TypeFlag::kDictSubclass | TypeFlag::kGc);
  Type* t = dict_type;
  t->dealloc = d_dealloc;
  t->traverse = d_traverse;
  t->clear = d_clear;
  t->repr = d_repr;
  t->richcompare = d_richcompare;
  t->length = d_length;
  t->getitem = d_getitem;
  t->setitem = d_setitem;
  t->contains = d_contains;
  t->iter = dict_iter;
  t->new_ = d_new;
  t->init = d_init;
  t->methods = dict_methods;
  t->binary[static_cast<int>(BinaryOp::Or)] = d_or;
  t->inplace[static_cast<int>(BinaryOp::Or)] = d_ior;
  init_dict_view_types();
}

}  // namespace gyre::vm
