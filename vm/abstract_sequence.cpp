// Iteration, len, item access and membership (vm/abstract.hpp), and the old-style iterator
// over objects that only have __getitem__ (type `iterator`).
#include "vm/abstract.hpp"
#include "vm/attributes.hpp"
#include "vm/generic_alias.hpp"
#include "vm/str.hpp"
#include "vm/builtin_init.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/sequence_helpers.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

namespace {

Type* getitem_iterator_type;

struct GetItemIterator : Object {
  Value seq;  // owned; absent when exhausted
  int64_t index;
};

void gi_dealloc(Object* o) {
  decref(static_cast<GetItemIterator*>(o)->seq);
  free_object(o);
}
void gi_traverse(Object* o, VisitFn visit, void* arg) {
  Value s = static_cast<GetItemIterator*>(o)->seq;
  if (!s.is_absent()) visit(s, arg);
}
Ref gi_next(Value self) {
  auto* it = static_cast<GetItemIterator*>(self.as_object());
  if (it->seq.is_absent()) return Ref();
  Ref item = get_item(it->seq, Value::from_small_int(it->index));
  if (item) {
    ++it->index;
    return item;
  }
  if (error_matches(index_error_type) || error_matches(stop_iteration_type)) {
    clear_error();
    Value seq = it->seq;
    it->seq = Value();
    decref(seq);
  }
  return Ref();
}

}  // namespace

void init_getitem_iterator_type() {
  getitem_iterator_type = make_builtin_type("iterator", nullptr, sizeof(GetItemIterator), TypeFlag::kGc);
  getitem_iterator_type->dealloc = gi_dealloc;
  getitem_iterator_type->traverse = gi_traverse;
  getitem_iterator_type->iter = return_self;
  getitem_iterator_type->iternext = gi_next;
}

Ref get_iter_to_join(Value v) {
  Ref it = get_iter(v);
  if (!it && error_matches(type_error_type)) {
    clear_error();
    return raise(type_error_type, "can only join an iterable");
  }
  return it;
}

Ref get_iter(Value v) {
  Type* t = type_of(v);
  if (t->iter != nullptr) {
    Ref it = t->iter(v);
    if (it && type_of(it.get())->iternext == nullptr)
      return raise_format(type_error_type, "iter() returned non-iterator of type '{}'",
                          type_name_of(it.get()));
    return it;
  }
  if (t->getitem != nullptr && !t->has_flag(TypeFlag::kDictSubclass)) {
    auto* it = allocate<GetItemIterator>(getitem_iterator_type);
    incref(v);
    it->seq = v;
    return Ref::steal(it);
  }
  return raise_format(type_error_type, "'{}' object is not iterable", type_name(t));
}

Ref iter_next(Value iterator) {
  IterNextSlot slot = type_of(iterator)->iternext;
  if (slot == nullptr)
    return raise_format(type_error_type, "'{}' object is not an iterator", type_name_of(iterator));
  return slot(iterator);
}

int64_t length(Value v) {
  LengthSlot slot = type_of(v)->length;
  if (slot == nullptr) {
    raise_format(type_error_type, "object of type '{}' has no len()", type_name_of(v));
    return -1;
  }
  return slot(v);
}

Ref get_item(Value container, Value key) {
  GetItemSlot slot = type_of(container)->getitem;
  if (slot == nullptr) {
    if (is_instance(container, type_type)) {
      // C[key]: the class's __class_getitem__ (list[int] is a types.GenericAlias).
      Type* type = static_cast<Type*>(container.as_object());
      Value class_getitem = type_lookup(type, intern("__class_getitem__"));
      if (!class_getitem.is_absent()) {
        Ref bound = getattr(container, intern("__class_getitem__"));
        if (!bound) return bound;
        return call1(bound.get(), key);
      }
      if (is_generic_builtin(type)) return make_generic_alias(container, key);
      return raise_format(type_error_type, "type '{}' is not subscriptable",
                          type_name(static_cast<Type*>(container.as_object())));
    }
    return raise_format(type_error_type, "'{}' object is not subscriptable",
                        type_name_of(container));
  }
  return slot(container, key);
}

int set_item(Value container, Value key, Value value) {
  SetItemSlot slot = type_of(container)->setitem;
  if (slot == nullptr) {
    raise_format(type_error_type, "'{}' object does not support item assignment",
                 type_name_of(container));
    return -1;
  }
  return slot(container, key, value);
}

int del_item(Value container, Value key) {
  SetItemSlot slot = type_of(container)->setitem;
  if (slot == nullptr) {
    raise_format(type_error_type, "'{}' object doesn't support item deletion",
                 type_name_of(container));
    return -1;
  }
  return slot(container, key, Value());
}

int contains(Value container, Value item) {
  ContainsSlot slot = type_of(container)->contains;
  if (slot != nullptr) return slot(container, item);
  Type* t = type_of(container);
  if (t->iter == nullptr && t->getitem == nullptr) {
    raise_format(type_error_type, "argument of type '{}' is not iterable", type_name(t));
    return -1;
  }
  Ref it = get_iter(container);
  if (!it) return -1;
  while (true) {
    Ref x = iter_next(it.get());
    if (!x) return error_pending() ? -1 : 0;
    int eq = equal(x.get(), item);
    if (eq != 0) return eq;
  }
}

}  // namespace gyre::vm
