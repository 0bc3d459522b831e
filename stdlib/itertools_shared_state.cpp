// The itertools whose iterators share one underlying iterator:
//
// groupby(iterable, key=None) yields (key, group) pairs; each group (a `_grouper`) reads from
// the groupby object's iterator, so advancing the groupby invalidates the previous group, which
// then yields nothing (the groupby remembers only its current grouper).
//
// tee(iterable, n=2) returns n `_tee` iterators over one source. Items read from the source
// are kept in a chain of fixed-size blocks (`_tee_dataobject`); each tee holds the block it is
// reading and its index in it, so a block is freed as soon as the slowest tee has left it.
#include "stdlib/call_arguments.hpp"
#include "stdlib/itertools_internal.hpp"
#include "stdlib/native_iterator.hpp"
#include "vm/abstract.hpp"
#include "vm/attributes.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/numbers.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"

namespace gyre::stdlib {

using namespace gyre::vm;

namespace {

// ---- groupby
Type* groupby_type;
Type* grouper_type;

struct GroupBy : Object {
  Value source, key_function;        // key_function absent: the identity
  Value target_key;                  // key of the group being yielded
  Value current_key, current_value;  // the item read ahead, absent when none
  Object* current_grouper;           // not owned: compared by identity only
};
using GroupByFields = IteratorFields<GroupBy, &GroupBy::source, &GroupBy::key_function, &GroupBy::target_key,
                                     &GroupBy::current_key, &GroupBy::current_value>;

struct Grouper : Object {
  Value parent;  // the groupby
  Value target_key;
};
using GrouperFields = IteratorFields<Grouper, &Grouper::parent, &Grouper::target_key>;

Ref groupby_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_keyword_names("groupby", kwnames, {"iterable", "key"})) return Ref();
  size_t npos = positional_count(nargs, kwnames);
  if (npos > 2) return raise_format(type_error_type, "groupby() takes at most 2 arguments ({} given)", nargs);
  Value iterable = npos >= 1 ? args[0] : keyword_argument(args, nargs, kwnames, "iterable");
  Value key = npos >= 2 ? args[1] : keyword_argument(args, nargs, kwnames, "key");
  if (iterable.is_absent()) return raise(type_error_type, "groupby() missing required argument 'iterable' (pos 1)");
  Ref source = get_iter(iterable);
  if (!source) return source;
  GroupBy* self = GroupByFields::allocate(type);
  self->source = source.release();
  if (!key.is_absent() && !key.is_none()) {
    self->key_function = key;
    incref(key);
  }
  return Ref::steal(self);
}

// Reads the next item and its key into current_value / current_key; false when exhausted
// (no exception) or on error.
bool groupby_step(GroupBy* self) {
  Ref value = iter_next(self->source);
  if (!value) return false;
  Ref key = value;
  if (!self->key_function.is_absent()) {
    key = call1(self->key_function, value.get());
    if (!key) return false;
  }
  replace_field(self->current_value, value);
  replace_field(self->current_key, key);
  return true;
}

Ref groupby_next(Value v) {
  GroupBy* self = static_cast<GroupBy*>(v.as_object());
  self->current_grouper = nullptr;
  if (self->source.is_absent()) return Ref();  // cleared by the cycle collector
  // Skip what is left of the current group.
  while (true) {
    if (self->current_key.is_absent()) {
      if (!groupby_step(self)) return Ref();
      continue;
    }
    if (self->target_key.is_absent()) break;
    int same = rich_compare_bool(self->target_key, self->current_key, CompareOp::Eq);
    if (same < 0) return Ref();
    if (!same) break;
    if (!groupby_step(self)) return Ref();
  }
  replace_field(self->target_key, Ref::borrow(self->current_key));
  Grouper* grouper = GrouperFields::allocate(grouper_type);
  grouper->parent = v;
  incref(v);
  grouper->target_key = self->target_key;
  incref(self->target_key);
  Ref group = Ref::steal(grouper);
  self->current_grouper = grouper;
  return make_tuple({self->current_key, group.get()});
}

Ref grouper_next(Value v) {
  Grouper* self = static_cast<Grouper*>(v.as_object());
  if (self->parent.is_absent()) return Ref();  // cleared by the cycle collector
  GroupBy* parent = static_cast<GroupBy*>(self->parent.as_object());
  if (parent->current_grouper != self) return Ref();
  if (parent->current_value.is_absent() && !groupby_step(parent)) return Ref();
  int same = rich_compare_bool(self->target_key, parent->current_key, CompareOp::Eq);
  if (same <= 0) return Ref();
  Ref value = Ref::steal(parent->current_value);
  parent->current_value = Value();
  return value;
}

// ---- tee
Type* tee_type;
Type* tee_data_type;

constexpr size_t kBlockItems = 57;  // CPython's LINKCELLS

struct TeeData : Object {
  Value source;      // the shared iterator
  Value next_block;  // the following block, absent until needed
  size_t count;      // items filled in
  bool running;      // reading from the source (re-entrance guard)
  Value items[kBlockItems];
};
struct Tee : Object {
  Value data;    // the block being read
  size_t index;  // position in it
};
using TeeFields = IteratorFields<Tee, &Tee::data>;

void tee_data_clear(Object* o) {
  TeeData* self = static_cast<TeeData*>(o);
  size_t count = self->count;
  self->count = 0;
  for (size_t i = 0; i < count; ++i) decref(self->items[i]);
  Value source = self->source;
  self->source = Value();
  decref(source);
  // Free a long chain of blocks iteratively rather than by recursive deallocs.
  Value next = self->next_block;
  self->next_block = Value();
  while (next.is_object() && next.as_object()->refcount == 1) {
    TeeData* block = static_cast<TeeData*>(next.as_object());
    Value after = block->next_block;
    block->next_block = Value();
    decref(next);
    next = after;
  }
  decref(next);
}
void tee_data_dealloc(Object* o) {
  tee_data_clear(o);
  free_object(o);
}
void tee_data_traverse(Object* o, VisitFn visit, void* arg) {
  TeeData* self = static_cast<TeeData*>(o);
  for (size_t i = 0; i < self->count; ++i) {
    if (self->items[i].is_object()) visit(self->items[i], arg);
  }
  if (self->source.is_object()) visit(self->source, arg);
  if (self->next_block.is_object()) visit(self->next_block, arg);
}

Ref make_tee_data(Value source) {
  TeeData* block = static_cast<TeeData*>(allocate_object(tee_data_type, sizeof(TeeData)));
  block->source = source;
  incref(source);
  block->next_block = Value();
  return Ref::steal(block);
}

Ref make_tee(Value data, size_t index) {
  Tee* self = TeeFields::allocate(tee_type);
  self->data = data;
  incref(data);
  self->index = index;
  return Ref::steal(self);
}

// A tee over iterable; a tee given a tee copies it (as CPython's tee_fromiterable).
Ref tee_from_iterable(Value iterable) {
  Ref it = get_iter(iterable);
  if (!it) return it;
  if (type_of(it.get()) == tee_type) {
    Tee* other = static_cast<Tee*>(it.get().as_object());
    return make_tee(other->data, other->index);
  }
  Ref data = make_tee_data(it.get());
  return make_tee(data.get(), 0);
}

Ref tee_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (tuple_size(kwnames)) return raise(type_error_type, "_tee() takes no keyword arguments");
  if (nargs != 1) return raise_format(type_error_type, "_tee expected 1 argument, got {}", nargs);
  return tee_from_iterable(args[0]);
}

Ref tee_next(Value v) {
  Tee* self = static_cast<Tee*>(v.as_object());
  if (self->data.is_absent()) return Ref();  // cleared by the cycle collector
  TeeData* block = static_cast<TeeData*>(self->data.as_object());
  if (self->index >= kBlockItems) {
    if (block->next_block.is_absent()) {
      Ref next = make_tee_data(block->source);
      block->next_block = next.release();
    }
    replace_field(self->data, Ref::borrow(block->next_block));
    block = static_cast<TeeData*>(self->data.as_object());
    self->index = 0;
  }
  if (self->index < block->count) return Ref::borrow(block->items[self->index++]);
  // This tee is the furthest ahead: read one more item from the source.
  if (block->source.is_absent()) return Ref();  // cleared by the cycle collector
  if (block->running) return raise(runtime_error_type, "cannot re-enter the tee iterator");
  block->running = true;
  Ref item = iter_next(block->source);
  block->running = false;
  if (!item) return item;
  block->items[block->count++] = item.get();
  incref(item.get());
  ++self->index;
  return item;
}

Ref tee_copy(Value v, const Value*, size_t, Tuple*) {
  Tee* self = static_cast<Tee*>(v.as_object());
  if (self->data.is_absent()) return raise(value_error_type, "tee cleared");
  return make_tee(self->data, self->index);
}
const MethodDef tee_methods[] = {
    {"__copy__", tee_copy, Arity::kNoArgs},
    {},
};

Ref itertools_tee(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (tuple_size(kwnames)) return raise(type_error_type, "tee() takes no keyword arguments");
  if (nargs < 1 || nargs > 2) {
    return raise_format(type_error_type, "tee expected {}, got {}",
                        nargs < 1 ? "at least 1 argument" : "at most 2 arguments",
                        nargs);
  }
  int64_t n = 2;
  if (nargs == 2) {
    if (!is_int(args[1])) {
      return raise_format(type_error_type, "'{}' object cannot be interpreted as an integer", type_name_of(args[1]));
    }
    if (!index_to_int64(args[1], n)) return Ref();
  }
  if (n < 0) return raise(value_error_type, "n must be >= 0");
  Ref result = make_tuple_uninitialized(static_cast<size_t>(n));
  if (n == 0) return result;
  Ref it = get_iter(args[0]);
  if (!it) return it;
  // An iterator with __copy__ (a tee) is copied rather than wrapped.
  Ref first;
  Ref copy_method = getattr(it.get(), intern("__copy__"));
  if (copy_method) {
    first = it;
  } else {
    if (!error_matches(attribute_error_type)) return Ref();
    clear_error();
    first = tee_from_iterable(it.get());
    if (!first) return first;
    copy_method = getattr(first.get(), intern("__copy__"));
    if (!copy_method) return copy_method;
  }
  tuple_init_item(result.as<Tuple>(), 0, first.release());
  for (int64_t i = 1; i < n; ++i) {
    Ref copy = call0(copy_method.get());
    if (!copy) {
      for (int64_t j = i; j < n; ++j) tuple_init_item(result.as<Tuple>(), j, Value::none());
      return copy;
    }
    copy_method = getattr(copy.get(), intern("__copy__"));
    tuple_init_item(result.as<Tuple>(), i, copy.release());
    if (!copy_method) {
      for (int64_t j = i + 1; j < n; ++j) tuple_init_item(result.as<Tuple>(), j, Value::none());
      return copy_method;
    }
  }
  return result;
}
const MethodDef tee_function = {"tee", itertools_tee, Arity::kAny};

void make_types() {
  if (groupby_type) return;
  groupby_type =
      make_itertools_type("groupby", sizeof(GroupBy), groupby_new, groupby_next, nullptr, GroupByFields::install);
  grouper_type =
      make_itertools_type("_grouper", sizeof(Grouper), nullptr, grouper_next, nullptr, GrouperFields::install);
  tee_type = make_itertools_type("_tee", sizeof(Tee), tee_new, tee_next, tee_methods, TeeFields::install);
  tee_data_type = make_builtin_type("itertools._tee_dataobject", nullptr, sizeof(TeeData), TypeFlag::kGc);
  tee_data_type->dealloc = tee_data_dealloc;
  tee_data_type->traverse = tee_data_traverse;
  tee_data_type->clear = tee_data_clear;
  type_ready(tee_data_type);
}

}  // namespace

void add_itertools_shared_state_types(Dict* d) {
  make_types();
  publish_itertools_type(d, groupby_type);
  publish_itertools_type(d, grouper_type);
  publish_itertools_type(d, tee_type);
  publish_itertools_type(d, tee_data_type);
  Ref tee = make_native_function(&tee_function, Value());
  dict_set_str(d, "tee", tee.get());
}

}  // namespace gyre::stdlib
