// dict views (keys/values/items) and the dict iterators.
//
// Invariants: a view holds an owned reference to its dict; an iterator holds its dict until
// exhausted and remembers the dict's size at creation, raising RuntimeError "dictionary
// changed size during iteration" when it differs.
#include <string>
#include <utility>

#include "vm/abstract.hpp"
#include "vm/builtin_init.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/runtime.hpp"
#include "vm/sequence_helpers.hpp"
#include "vm/set.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Type* dict_keys_type;
Type* dict_values_type;
Type* dict_items_type;
Type* dict_keyiterator_type;
Type* dict_valueiterator_type;
Type* dict_itemiterator_type;
Type* dict_reversekeyiterator_type;
Type* dict_reversevalueiterator_type;
Type* dict_reverseitemiterator_type;

namespace {

struct DictView : Object {
  Value dict;  // owned
};

struct DictIterator : Object {
  Value dict;  // owned; absent when exhausted
  size_t pos;  // the next entry; for a reversed iterator, one past it (counting down to 0)
  size_t size_at_start;
};

void view_dealloc(Object* o) {
  decref(static_cast<DictView*>(o)->dict);
  free_object(o);
}
void view_traverse(Object* o, VisitFn visit, void* arg) { visit(static_cast<DictView*>(o)->dict, arg); }

void iterator_dealloc(Object* o) {
  decref(static_cast<DictIterator*>(o)->dict);
  free_object(o);
}
void iterator_traverse(Object* o, VisitFn visit, void* arg) {
  Value d = static_cast<DictIterator*>(o)->dict;
  if (!d.is_absent()) visit(d, arg);
}

Ref make_iterator(Type* type, Value dict) {
  auto* it = allocate<DictIterator>(type);
  incref(dict);
  it->dict = dict;
  it->size_at_start = dict_size(as_dict(dict));
  bool reversed = type == dict_reversekeyiterator_type || type == dict_reversevalueiterator_type ||
                  type == dict_reverseitemiterator_type;
  it->pos = reversed ? as_dict(dict)->table.entries_used : 0;
  return Ref::steal(it);
}

// The entry before `pos` (reversed iteration): false when there is none.
bool previous_entry(Dict* d, size_t& pos, Value& key, Value& value) {
  while (pos > 0) {
    DictEntry& e = d->table.entries[--pos];
    if (!e.key.is_absent()) {
      key = e.key;
      value = e.value;
      return true;
    }
  }
  return false;
}

// Advances; false when exhausted or on error (check error_pending()).
bool advance(Value self, Value& key, Value& value, bool reversed = false) {
  auto* it = static_cast<DictIterator*>(self.as_object());
  if (it->dict.is_absent()) return false;
  Dict* d = as_dict(it->dict);
  if (dict_size(d) != it->size_at_start) {
    it->size_at_start = static_cast<size_t>(-1);  // stays broken, as CPython's
    raise(runtime_error_type, "dictionary changed size during iteration");
    return false;
  }
  if (reversed ? previous_entry(d, it->pos, key, value) : dict_next(d, it->pos, key, value))
    return true;
  Value dict = it->dict;
  it->dict = Value();
  decref(dict);
  return false;
}

Ref key_next(Value self) {
  Value k, v;
  return advance(self, k, v) ? Ref::borrow(k) : Ref();
}
Ref value_next(Value self) {
  Value k, v;
  return advance(self, k, v) ? Ref::borrow(v) : Ref();
}
Ref item_next(Value self) {
  Value k, v;
  return advance(self, k, v) ? make_tuple({k, v}) : Ref();
}
Ref reverse_key_next(Value self) {
  Value k, v;
  return advance(self, k, v, true) ? Ref::borrow(k) : Ref();
}
Ref reverse_value_next(Value self) {
  Value k, v;
  return advance(self, k, v, true) ? Ref::borrow(v) : Ref();
}
Ref reverse_item_next(Value self) {
  Value k, v;
  return advance(self, k, v, true) ? make_tuple({k, v}) : Ref();
}

Value view_dict(Value self) { return static_cast<DictView*>(self.as_object())->dict; }

int64_t view_length(Value self) { return static_cast<int64_t>(dict_size(as_dict(view_dict(self)))); }
Ref keys_iter(Value self) { return make_iterator(dict_keyiterator_type, view_dict(self)); }
Ref values_iter(Value self) { return make_iterator(dict_valueiterator_type, view_dict(self)); }
Ref items_iter(Value self) { return make_iterator(dict_itemiterator_type, view_dict(self)); }

int keys_contains(Value self, Value key) { return dict_contains(as_dict(view_dict(self)), key); }
int items_contains(Value self, Value item) {
  if (!is_tuple(item) || as_tuple(item)->size != 2) return 0;
  Value v = dict_get(as_dict(view_dict(self)), as_tuple(item)->items[0]);
  if (v.is_absent()) return error_pending() ? -1 : 0;
  Ref hold = Ref::borrow(v);
  return equal(v, as_tuple(item)->items[1]);
}

Ref m_keys_reversed(Value self, const Value*, size_t, Tuple*) {
  return make_iterator(dict_reversekeyiterator_type, view_dict(self));
}
Ref m_values_reversed(Value self, const Value*, size_t, Tuple*) {
  return make_iterator(dict_reversevalueiterator_type, view_dict(self));
}
Ref m_items_reversed(Value self, const Value*, size_t, Tuple*) {
  return make_iterator(dict_reverseitemiterator_type, view_dict(self));
}

// ---- keys and items are set-like (CPython's dictview_richcompare, dictviews_sub, ...)

bool is_set_like_view(Value v) {
  return v.is_object() && (type_of(v) == dict_keys_type || type_of(v) == dict_items_type);
}

// 1 when every item of `a` is in `b`, 0, -1.
int all_contained_in(Value a, Value b) {
  Ref it = get_iter(a);
  if (!it) return -1;
  while (true) {
    Ref item = iter_next(it.get());
    if (!item) return error_pending() ? -1 : 1;
    int r = contains(b, item.get());
    if (r <= 0) return r;
  }
}

Ref view_richcompare(Value self, Value other, CompareOp op) {
  if (!is_set_or_frozenset(other) && !is_set_like_view(other)) return new_not_implemented();
  int64_t len_self = length(self);
  if (len_self < 0) return Ref();
  int64_t len_other = length(other);
  if (len_other < 0) return Ref();
  int ok = 0;
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
      if (len_self == len_other) ok = all_contained_in(self, other);
      if (op == CompareOp::Ne && ok >= 0) ok = !ok;
      break;
    case CompareOp::Lt:
      if (len_self < len_other) ok = all_contained_in(self, other);
      break;
    case CompareOp::Le:
      if (len_self <= len_other) ok = all_contained_in(self, other);
      break;
    case CompareOp::Gt:
      if (len_self > len_other) ok = all_contained_in(other, self);
      break;
    case CompareOp::Ge:
      if (len_self >= len_other) ok = all_contained_in(other, self);
      break;
  }
  if (ok < 0) return Ref();
  return new_bool(ok != 0);
}

// set(v), then v.<method>(other): the result of -, | and ^ (either operand may be the view).
Ref set_then(Value v, Value other, const char* method) {
  Ref result = make_set();
  if (!result || set_update(as_set(result.get()), v) < 0) return Ref();
  if (method == nullptr) {
    if (set_update(as_set(result.get()), other) < 0) return Ref();
    return result;
  }
  Ref r = call_method(result.get(), intern(method), &other, 1);
  if (!r) return r;
  return result;
}
Ref view_sub(Value left, Value right) { return set_then(left, right, "difference_update"); }
Ref view_or(Value left, Value right) { return set_then(left, right, nullptr); }
Ref view_xor(Value left, Value right) { return set_then(left, right, "symmetric_difference_update"); }

// CPython's _PyDictView_Intersect: iterate the smaller operand, keep what the view contains.
Ref view_and(Value self, Value other) {
  if (!is_set_like_view(self)) std::swap(self, other);
  int64_t len_self = length(self);
  if (len_self < 0) return Ref();
  if (other.is_object() && type_of(other) == set_type) {
    int64_t len_other = length(other);
    if (len_other < 0) return Ref();
    if (len_self <= len_other) return call_method(other, intern("intersection"), &self, 1);
  }
  if (is_set_like_view(other)) {
    int64_t len_other = length(other);
    if (len_other < 0) return Ref();
    if (len_other > len_self) std::swap(self, other);
  }
  Ref result = make_set();
  Ref it = get_iter(other);
  if (!it) return Ref();
  while (true) {
    Ref item = iter_next(it.get());
    if (!item) return error_pending() ? Ref() : std::move(result);
    int r = contains(self, item.get());
    if (r < 0) return Ref();
    if (r && set_add(as_set(result.get()), item.get()) < 0) return Ref();
  }
}

Ref m_isdisjoint(Value self, const Value* args, size_t, Tuple*) {
  Value other = args[0];
  if (self == other) return new_bool(dict_size(as_dict(view_dict(self))) == 0);
  Value container = self, iterated = other;
  if (is_set_or_frozenset(other) || is_set_like_view(other)) {
    int64_t len_self = length(self), len_other = length(other);
    if (len_self < 0 || len_other < 0) return Ref();
    if (len_other > len_self) std::swap(container, iterated);
  }
  Ref it = get_iter(iterated);
  if (!it) return Ref();
  while (true) {
    Ref item = iter_next(it.get());
    if (!item) return error_pending() ? Ref() : new_bool(true);
    int r = contains(container, item.get());
    if (r < 0) return Ref();
    if (r) return new_bool(false);
  }
}

const MethodDef keys_methods[] = {
    {"isdisjoint", m_isdisjoint, Arity::kOneArg},
    {"__reversed__", m_keys_reversed, Arity::kNoArgs},
    {},
};
const MethodDef values_methods[] = {
    {"__reversed__", m_values_reversed, Arity::kNoArgs},
    {},
};
const MethodDef items_methods[] = {
    {"isdisjoint", m_isdisjoint, Arity::kOneArg},
    {"__reversed__", m_items_reversed, Arity::kNoArgs},
    {},
};

// dict_keys(['a', 'b']): the name, then the repr of the list of the view's items.
Ref view_repr(Value self) {
  Object* o = self.as_object();
  std::string name(type_name(o->type));
  if (repr_enter(o)) return make_str("...");
  Ref list = make_list();
  bool ok = list_extend(list.as<List>(), self) == 0;
  Ref r = ok ? repr(list.get()) : Ref();
  repr_leave(o);
  if (!r) return r;
  return make_str(name + "(" + std::string(as_str(r.get())->view()) + ")");
}

Type* view_type(const char* name, UnarySlot iter, ContainsSlot contains, const MethodDef* methods) {
  Type* t = make_builtin_type(name, nullptr, sizeof(DictView), TypeFlag::kGc);
  t->dealloc = view_dealloc;
  t->traverse = view_traverse;
  t->repr = view_repr;
  t->length = view_length;
  t->iter = iter;
  t->contains = contains;
  t->methods = methods;
  if (contains != nullptr) {  // keys and items: set-like
    t->richcompare = view_richcompare;
    t->binary[static_cast<int>(BinaryOp::Sub)] = view_sub;
    t->binary[static_cast<int>(BinaryOp::And)] = view_and;
    t->binary[static_cast<int>(BinaryOp::Or)] = view_or;
    t->binary[static_cast<int>(BinaryOp::Xor)] = view_xor;
  }
  return t;
}

Type* iterator_type(const char* name, IterNextSlot next) {
  Type* t = make_builtin_type(name, nullptr, sizeof(DictIterator), TypeFlag::kGc);
  t->dealloc = iterator_dealloc;
  t->traverse = iterator_traverse;
  t->iter = return_self;
  t->iternext = next;
  return t;
}

}  // namespace

Ref make_view(Type* type, Value dict) {
  auto* v = allocate<DictView>(type);
  incref(dict);
  v->dict = dict;
  return Ref::steal(v);
}

Ref dict_iter(Value self) { return make_iterator(dict_keyiterator_type, self); }
Ref dict_reversed_keys(Value dict) { return make_iterator(dict_reversekeyiterator_type, dict); }

void init_dict_view_types() {
  dict_keys_type = view_type("dict_keys", keys_iter, keys_contains, keys_methods);
  dict_values_type = view_type("dict_values", values_iter, nullptr, values_methods);
  dict_items_type = view_type("dict_items", items_iter, items_contains, items_methods);
  dict_keyiterator_type = iterator_type("dict_keyiterator", key_next);
  dict_valueiterator_type = iterator_type("dict_valueiterator", value_next);
  dict_itemiterator_type = iterator_type("dict_itemiterator", item_next);
  dict_reversekeyiterator_type = iterator_type("dict_reversekeyiterator", reverse_key_next);
  dict_reversevalueiterator_type = iterator_type("dict_reversevalueiterator", reverse_value_next);
  dict_reverseitemiterator_type = iterator_type("dict_reverseitemiterator", reverse_item_next);
}

}  // namespace gyre::vm
