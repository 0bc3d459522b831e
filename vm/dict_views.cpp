// dict views (keys/values/items) and the dict iterators.
//
// Invariants: a view holds an owned reference to its dict; an iterator holds its dict until
// exhausted and remembers the dict's size at creation, raising RuntimeError "dictionary
// changed size during iteration" when it differs.
#include <string>

#include "vm/abstract.hpp"
#include "vm/builtin_init.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/list.hpp"
#include "vm/runtime.hpp"
#include "vm/sequence_helpers.hpp"
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

namespace {

struct DictView : Object {
  Value dict;  // owned
};

struct DictIterator : Object {
  Value dict;  // owned; absent when exhausted
  size_t pos;
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
  return Ref::steal(it);
}

// Advances; false when exhausted or on error (check error_pending()).
bool advance(Value self, Value& key, Value& value) {
  auto* it = static_cast<DictIterator*>(self.as_object());
  if (it->dict.is_absent()) return false;
  Dict* d = as_dict(it->dict);
  if (dict_size(d) != it->size_at_start) {
    it->size_at_start = static_cast<size_t>(-1);  // stays broken, as CPython's
    raise(runtime_error_type, "dictionary changed size during iteration");
    return false;
  }
  if (dict_next(d, it->pos, key, value)) return true;
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

Type* view_type(const char* name, UnarySlot iter, ContainsSlot contains) {
  Type* t = make_builtin_type(name, nullptr, sizeof(DictView), TypeFlag::kGc);
  t->dealloc = view_dealloc;
  t->traverse = view_traverse;
  t->repr = view_repr;
  t->length = view_length;
  t->iter = iter;
  t->contains = contains;
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

void init_dict_view_types() {
  dict_keys_type = view_type("dict_keys", keys_iter, keys_contains);
  dict_values_type = view_type("dict_values", values_iter, nullptr);
  dict_items_type = view_type("dict_items", items_iter, items_contains);
  dict_keyiterator_type = iterator_type("dict_keyiterator", key_next);
  dict_valueiterator_type = iterator_type("dict_valueiterator", value_next);
  dict_itemiterator_type = iterator_type("dict_itemiterator", item_next);
}

}  // namespace gyre::vm
