// The lazy iterator types of the builtins: enumerate, zip, map, filter, reversed and the
// callable_iterator of iter(callable, sentinel). Each is one small struct sharing a layout:
// a tuple of source iterators plus a function and a counter.
#include "stdlib/builtins.hpp"

#include "vm/abstract.hpp"
#include "vm/attributes.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/list.hpp"
#include "vm/numbers.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::stdlib {

using namespace gyre::vm;

Type* enumerate_type = nullptr;
Type* zip_type = nullptr;
Type* map_type = nullptr;
Type* filter_type = nullptr;
Type* reversed_type = nullptr;
Type* callable_iterator_type = nullptr;

namespace {

struct LazyIter : Object {
  Tuple* sources;  // owned: the source iterators (or, for reversed, the sequence)
  Value function;  // owned: map/filter function, iter's callable; absent otherwise
  Value extra;     // owned: iter's sentinel
  int64_t counter; // enumerate's next index, reversed's next position
  bool done;
};
LazyIter* as_lazy(Value v) { return static_cast<LazyIter*>(v.as_object()); }

void lazy_dealloc(Object* self) {
  LazyIter* it = static_cast<LazyIter*>(self);
  if (it->sources) decref(it->sources);
  decref(it->function);
  decref(it->extra);
  free_object(self);
}
void lazy_traverse(Object* self, VisitFn visit, void* arg) {
  LazyIter* it = static_cast<LazyIter*>(self);
  if (it->sources) visit(value_of(it->sources), arg);
  if (it->function.is_object()) visit(it->function, arg);
  if (it->extra.is_object()) visit(it->extra, arg);
}
Ref self_iter(Value self) { return Ref::borrow(self); }

Ref make_lazy(Type* type, std::vector<Ref> sources, Value function, Value extra, int64_t counter) {
  std::vector<Value> values;
  for (Ref& r : sources) values.push_back(r.get());
  Ref tuple = make_tuple(std::span<const Value>(values));
  if (!tuple) return tuple;
  LazyIter* it = static_cast<LazyIter*>(allocate_object(type, sizeof(LazyIter)));
  it->sources = static_cast<Tuple*>(tuple.release().as_object());
  it->function = function;
  incref(function);
  it->extra = extra;
  incref(extra);
  it->counter = counter;
  return Ref::steal(it);
}

size_t positional(size_t nargs, Tuple* kwnames) { return nargs - tuple_size(kwnames); }

// ---- enumerate
Ref enumerate_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = positional(nargs, kwnames);
  Value iterable, start = Value::from_small_int(0);
  if (npos >= 1) iterable = args[0];
  if (npos >= 2) start = args[1];
  for (size_t k = 0; k < tuple_size(kwnames); ++k) {
    std::string_view name = as_str(kwnames->items[k])->view();
    if (name == "iterable") iterable = args[npos + k];
    else if (name == "start") start = args[npos + k];
    else return raise_format(type_error_type, "enumerate() got an unexpected keyword argument '{}'", name);
  }
  if (iterable.is_absent()) return raise(type_error_type, "enumerate() missing required argument 'iterable' (pos 1)");
  if (npos > 2) return raise_format(type_error_type, "enumerate() takes at most 2 arguments ({} given)", npos);
  if (!start.is_small_int()) {
    if (!is_int(start)) {
      return raise_format(type_error_type, "'{}' object cannot be interpreted as an integer", type_name(type_of(start)));
    }
  }
  std::vector<Ref> sources;
  sources.push_back(get_iter(iterable));
  if (!sources.back()) return Ref();
  return make_lazy(enumerate_type, std::move(sources), Value(), Value(), start.is_small_int() ? start.as_small_int() : 0);
}
Ref enumerate_next(Value self) {
  LazyIter* it = as_lazy(self);
  Ref v = iter_next(it->sources->items[0]);
  if (!v) return v;
  Ref index = make_int(it->counter++);
  if (!index) return index;
  return make_tuple({index.get(), v.get()});
}

// ---- zip
Ref zip_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = positional(nargs, kwnames);
  bool strict = false;
  for (size_t k = 0; k < tuple_size(kwnames); ++k) {
    std::string_view name = as_str(kwnames->items[k])->view();
    if (name != "strict") return raise_format(type_error_type, "zip() got an unexpected keyword argument '{}'", name);
    int t = is_true(args[npos + k]);
    if (t < 0) return Ref();
    strict = t;
  }
  std::vector<Ref> sources;
  for (size_t i = 0; i < npos; ++i) {
    Ref r = get_iter(args[i]);
    if (!r) {
      if (error_matches(type_error_type)) {
        clear_error();
        return raise_format(type_error_type, "zip argument #{} must support iteration", i + 1);
      }
      return r;
    }
    sources.push_back(std::move(r));
  }
  return make_lazy(zip_type, std::move(sources), Value(), Value::boolean(strict), 0);
}
Ref zip_next(Value self) {
  LazyIter* it = as_lazy(self);
  size_t n = it->sources->size;
  if (n == 0 || it->done) return Ref();
  Ref result = make_tuple_uninitialized(n);
  for (size_t i = 0; i < n; ++i) {
    Ref v = iter_next(it->sources->items[i]);
    if (!v) {
      it->done = true;
      if (error_pending() || !it->extra.is_true()) return Ref();
      // strict=True: every iterator must be exhausted together.
      if (i > 0) {
        return raise_format(value_error_type, "zip() argument {} is shorter than argument{} {}", i + 1,
                            i == 1 ? "" : "s", i == 1 ? "1" : fmt::format("1-{}", i));
      }
      for (size_t j = 1; j < n; ++j) {
        Ref w = iter_next(it->sources->items[j]);
        if (w) {
          return raise_format(value_error_type, "zip() argument {} is longer than argument{} {}", j + 1,
                              j == 1 ? "" : "s", j == 1 ? "1" : fmt::format("1-{}", j));
        }
        if (error_pending()) return Ref();
      }
      return Ref();
    }
    tuple_init_item(result.as<Tuple>(), i, v.release());
  }
  return result;
}

// ---- map
Ref map_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (tuple_size(kwnames)) return raise(type_error_type, "map() takes no keyword arguments");
  if (nargs < 2) return raise(type_error_type, "map() must have at least two arguments.");
  std::vector<Ref> sources;
  for (size_t i = 1; i < nargs; ++i) {
    Ref r = get_iter(args[i]);
    if (!r) return r;
    sources.push_back(std::move(r));
  }
  return make_lazy(map_type, std::move(sources), args[0], Value(), 0);
}
Ref map_next(Value self) {
  LazyIter* it = as_lazy(self);
  std::vector<Ref> values;
  std::vector<Value> raw;
  for (size_t i = 0; i < it->sources->size; ++i) {
    Ref v = iter_next(it->sources->items[i]);
    if (!v) return v;
    raw.push_back(v.get());
    values.push_back(std::move(v));
  }
  return call(it->function, raw.data(), raw.size());
}

// ---- filter
Ref filter_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (tuple_size(kwnames)) return raise(type_error_type, "filter() takes no keyword arguments");
  if (nargs != 2) return raise_format(type_error_type, "filter expected 2 arguments, got {}", nargs);
  std::vector<Ref> sources;
  sources.push_back(get_iter(args[1]));
  if (!sources.back()) return Ref();
  return make_lazy(filter_type, std::move(sources), args[0], Value(), 0);
}
Ref filter_next(Value self) {
  LazyIter* it = as_lazy(self);
  while (true) {
    Ref v = iter_next(it->sources->items[0]);
    if (!v) return v;
    int keep;
    if (it->function.is_none() || it->function == value_of(bool_type)) {
      keep = is_true(v.get());
    } else {
      Ref r = call1(it->function, v.get());
      if (!r) return r;
      keep = is_true(r.get());
    }
    if (keep < 0) return Ref();
    if (keep) return v;
  }
}

// ---- reversed (over a sequence with __len__ and __getitem__)
Ref reversed_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (tuple_size(kwnames)) return raise(type_error_type, "reversed() takes no keyword arguments");
  if (nargs != 1) return raise_format(type_error_type, "reversed expected 1 argument, got {}", nargs);
  Value seq = args[0];
  Value method = type_lookup(type_of(seq), intern("__reversed__"));
  if (method.is_none()) {
    return raise_format(type_error_type, "'{}' object is not reversible", type_name(type_of(seq)));
  }
  if (!method.is_absent()) {
    Ref bound = getattr(seq, intern("__reversed__"));
    if (!bound) return bound;
    return call0(bound.get());
  }
  if (type_of(seq)->getitem == nullptr || type_of(seq)->length == nullptr || is_dict(seq)) {
    return raise_format(type_error_type, "'{}' object is not reversible", type_name(type_of(seq)));
  }
  int64_t n = length(seq);
  if (n < 0) return Ref();
  std::vector<Ref> sources;
  sources.push_back(Ref::borrow(seq));
  return make_lazy(reversed_type, std::move(sources), Value(), Value(), n - 1);
}
Ref reversed_next(Value self) {
  LazyIter* it = as_lazy(self);
  if (it->counter < 0) return Ref();
  Ref index = make_int(it->counter--);
  Ref v = get_item(it->sources->items[0], index.get());
  if (!v && (error_matches(index_error_type) || error_matches(stop_iteration_type))) {
    clear_error();
    it->counter = -1;
  }
  return v;
}

// ---- callable_iterator
Ref callable_iterator_next(Value self) {
  LazyIter* it = as_lazy(self);
  if (it->done) return Ref();
  Ref v = call0(it->function);
  if (!v) {
    if (error_matches(stop_iteration_type)) {
      clear_error();
      it->done = true;
    }
    return v;
  }
  int eq = rich_compare_bool(v.get(), it->extra, CompareOp::Eq);
  if (eq < 0) return Ref();
  if (eq) {
    it->done = true;
    return Ref();
  }
  return v;
}

Type* iterator_type(const char* name, NewSlot new_, IterNextSlot next) {
  Type* t = make_builtin_type(name, nullptr, sizeof(LazyIter), TypeFlag::kGc | (new_ ? TypeFlag::kBaseType : 0));
  t->dealloc = lazy_dealloc;
  t->traverse = lazy_traverse;
  t->new_ = new_;
  t->iter = self_iter;
  t->iternext = next;
  type_ready(t);
  return t;
}

}  // namespace

Ref make_callable_iterator(Value callable, Value sentinel) {
  return make_lazy(callable_iterator_type, {}, callable, sentinel, 0);
}

void init_builtin_iterators() {
  if (enumerate_type) return;
  enumerate_type = iterator_type("enumerate", enumerate_new, enumerate_next);
  zip_type = iterator_type("zip", zip_new, zip_next);
  map_type = iterator_type("map", map_new, map_next);
  filter_type = iterator_type("filter", filter_new, filter_next);
  reversed_type = iterator_type("reversed", reversed_new, reversed_next);
  callable_iterator_type = iterator_type("callable_iterator", nullptr, callable_iterator_next);
}

}  // namespace gyre::stdlib
