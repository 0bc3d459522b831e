// The itertools module (CPython's Modules/itertoolsmodule.c): the simple lazy iterators —
// count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse,
// islice, pairwise, starmap, zip_longest — and the module itself. groupby and tee are in
// itertools_shared_state.cpp, the combinatoric iterators in itertools_combinatorics.cpp.
#include <fmt/format.h>

#include "stdlib/builtins.hpp"
#include "stdlib/call_arguments.hpp"
#include "stdlib/itertools_internal.hpp"
#include "stdlib/native_iterator.hpp"
#include "vm/abstract.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/import.hpp"
#include "vm/list.hpp"
#include "vm/module.hpp"
#include "vm/numbers.hpp"
#include "vm/sequence_helpers.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"

namespace gyre::stdlib {

using namespace gyre::vm;

Type* make_itertools_type(const char* name, size_t size, NewSlot new_, IterNextSlot next, const MethodDef* methods,
                          void (*install_fields)(Type*), ReprSlot repr) {
  Type* t = make_builtin_type(std::string("itertools.") + name, nullptr, size, TypeFlag::kGc | (new_ ? TypeFlag::kBaseType : 0));
  install_fields(t);
  t->new_ = new_;
  t->iter = return_self;
  t->iternext = next;
  t->methods = methods;
  t->repr = repr;
  type_ready(t);
  return t;
}

void publish_itertools_type(Dict* d, Type* type) {
  dict_set_str(d, std::string(type_short_name(type)), value_of(type));
}

namespace {

bool no_keywords(const char* name, Tuple* kwnames) {
  if (tuple_size(kwnames) == 0) return true;
  raise_format(type_error_type, "{}() takes no keyword arguments", name);
  return false;
}
// CPython's "cycle expected 1 argument, got 0" / "islice expected at least 2 arguments, got 1".
bool check_count(const char* name, size_t n, size_t min, size_t max) {
  if (n >= min && n <= max) return true;
  size_t bound = n < min ? min : max;
  const char* qualifier = min == max ? "" : (n < min ? "at least " : "at most ");
  raise_format(type_error_type, "{} expected {}{} argument{}, got {}", name, qualifier, bound, bound == 1 ? "" : "s", n);
  return false;
}

// The truth of pred(item), or of item when pred is None (filterfalse, dropwhile...).
int predicate_true(Value pred, Value item) {
  if (pred.is_none() || pred == value_of(bool_type)) return is_true(item);
  Ref r = call1(pred, item);
  if (!r) return -1;
  return is_true(r.get());
}

// ---- count(start=0, step=1)
Type* count_type;
struct Count : Object {
  Value current, step;
};
using CountFields = IteratorFields<Count, &Count::current, &Count::step>;

bool is_number(Value v) { return is_int(v) || is_float(v) || type_name(type_of(v)) == "complex"; }

Ref count_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_keyword_names("count", kwnames, {"start", "step"})) return Ref();
  size_t npos = positional_count(nargs, kwnames);
  if (npos > 2) return raise_format(type_error_type, "count() takes at most 2 arguments ({} given)", nargs);
  Value start = npos >= 1 ? args[0] : keyword_argument(args, nargs, kwnames, "start");
  Value step = npos >= 2 ? args[1] : keyword_argument(args, nargs, kwnames, "step");
  if (start.is_absent()) start = Value::from_small_int(0);
  if (step.is_absent()) step = Value::from_small_int(1);
  if (!is_number(start) || !is_number(step)) return raise(type_error_type, "a number is required");
  Count* self = CountFields::allocate(type);
  self->current = start;
  incref(start);
  self->step = step;
  incref(step);
  return Ref::steal(self);
}
Ref count_next(Value v) {
  Count* self = static_cast<Count*>(v.as_object());
  if (self->current.is_absent()) return Ref();  // cleared by the cycle collector
  Ref next = binary_op(self->current, self->step, BinaryOp::Add);
  if (!next) return next;
  Ref result = Ref::borrow(self->current);
  replace_field(self->current, std::move(next));
  return result;
}
Ref count_repr(Value v) {
  Count* self = static_cast<Count*>(v.as_object());
  Ref current = repr(self->current);
  if (!current) return current;
  std::string name(type_short_name(type_of(v)));
  // The step is shown unless it is the int 1 (count(0, 1.0) shows it).
  if (self->step.is_small_int() && self->step.as_small_int() == 1) {
    return make_str(fmt::format("{}({})", name, as_str(current.get())->view()));
  }
  Ref step = repr(self->step);
  if (!step) return step;
  return make_str(fmt::format("{}({}, {})", name, as_str(current.get())->view(), as_str(step.get())->view()));
}

// ---- cycle(iterable)
Type* cycle_type;
struct Cycle : Object {
  Value source;  // the iterator, absent after its first pass
  Value saved;   // a list of the items seen
  size_t index;
};
using CycleFields = IteratorFields<Cycle, &Cycle::source, &Cycle::saved>;

Ref cycle_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("cycle", kwnames) || !check_count("cycle", nargs, 1, 1)) return Ref();
  Ref source = get_iter(args[0]);
  if (!source) return source;
  Ref saved = make_list();
  Cycle* self = CycleFields::allocate(type);
  self->source = source.release();
  self->saved = saved.release();
  return Ref::steal(self);
}
Ref cycle_next(Value v) {
  Cycle* self = static_cast<Cycle*>(v.as_object());
  if (self->saved.is_absent()) return Ref();  // cleared by the cycle collector
  if (!self->source.is_absent()) {
    Ref item = iter_next(self->source);
    if (item) {
      if (list_append(as_list(self->saved), item.get()) < 0) return Ref();
      return item;
    }
    if (error_pending()) return item;
    replace_field(self->source, Ref());
  }
  List* saved = as_list(self->saved);
  if (saved->size == 0) return Ref();
  if (self->index >= saved->size) self->index = 0;
  return Ref::borrow(saved->items[self->index++]);
}

// ---- repeat(object[, times])
Type* repeat_type;
struct Repeat : Object {
  Value element;
  int64_t remaining;  // -1: forever
};
using RepeatFields = IteratorFields<Repeat, &Repeat::element>;

Ref repeat_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_keyword_names("repeat", kwnames, {"object", "times"})) return Ref();
  size_t npos = positional_count(nargs, kwnames);
  if (npos > 2) return raise_format(type_error_type, "repeat() takes at most 2 arguments ({} given)", nargs);
  Value element = npos >= 1 ? args[0] : keyword_argument(args, nargs, kwnames, "object");
  Value times = npos >= 2 ? args[1] : keyword_argument(args, nargs, kwnames, "times");
  if (element.is_absent()) return raise(type_error_type, "repeat() missing required argument 'object' (pos 1)");
  int64_t remaining = -1;
  if (!times.is_absent()) {
    if (!is_int(times)) {
      return raise_format(type_error_type, "'{}' object cannot be interpreted as an integer", type_name_of(times));
    }
    if (!index_to_int64(times, remaining)) return Ref();
    if (remaining < 0) remaining = 0;
  }
  Repeat* self = RepeatFields::allocate(type);
  self->element = element;
  incref(element);
  self->remaining = remaining;
  return Ref::steal(self);
}
Ref repeat_next(Value v) {
  Repeat* self = static_cast<Repeat*>(v.as_object());
  if (self->remaining == 0) return Ref();
  if (self->remaining > 0) --self->remaining;
  return Ref::borrow(self->element);
}
Ref repeat_repr(Value v) {
  Repeat* self = static_cast<Repeat*>(v.as_object());
  Ref element = repr(self->element);
  if (!element) return element;
  std::string name(type_short_name(type_of(v)));
  if (self->remaining < 0) return make_str(fmt::format("{}({})", name, as_str(element.get())->view()));
  return make_str(fmt::format("{}({}, {})", name, as_str(element.get())->view(), self->remaining));
}

// ---- accumulate(iterable[, func], *, initial=None)
Type* accumulate_type;
struct Accumulate : Object {
  Value source, function, total, initial;  // function absent: +; initial absent once emitted
};
using AccumulateFields =
    IteratorFields<Accumulate, &Accumulate::source, &Accumulate::function, &Accumulate::total, &Accumulate::initial>;

Ref accumulate_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_keyword_names("accumulate", kwnames, {"iterable", "func", "initial"})) return Ref();
  size_t npos = positional_count(nargs, kwnames);
  if (npos > 2) return raise_format(type_error_type, "accumulate() takes at most 3 arguments ({} given)", nargs);
  Value iterable = npos >= 1 ? args[0] : keyword_argument(args, nargs, kwnames, "iterable");
  Value function = npos >= 2 ? args[1] : keyword_argument(args, nargs, kwnames, "func");
  Value initial = keyword_argument(args, nargs, kwnames, "initial");
  if (iterable.is_absent()) return raise(type_error_type, "accumulate() missing required argument 'iterable' (pos 1)");
  Ref source = get_iter(iterable);
  if (!source) return source;
  Accumulate* self = AccumulateFields::allocate(type);
  self->source = source.release();
  if (!function.is_absent() && !function.is_none()) {
    self->function = function;
    incref(function);
  }
  if (!initial.is_absent() && !initial.is_none()) {
    self->initial = initial;
    incref(initial);
  }
  return Ref::steal(self);
}
Ref accumulate_next(Value v) {
  Accumulate* self = static_cast<Accumulate*>(v.as_object());
  if (!self->initial.is_absent()) {
    Ref initial = Ref::steal(self->initial);
    self->initial = Value();
    replace_field(self->total, initial);
    return initial;
  }
  Ref item = iter_next(self->source);
  if (!item) return item;
  Ref total;
  if (self->total.is_absent()) {
    total = item;
  } else if (self->function.is_absent()) {
    total = binary_op(self->total, item.get(), BinaryOp::Add);
  } else {
    Value pair[2] = {self->total, item.get()};
    total = call(self->function, pair, 2);
  }
  if (!total) return total;
  replace_field(self->total, total);
  return total;
}

// ---- chain(*iterables), chain.from_iterable(iterable)
Type* chain_type;
struct Chain : Object {
  Value sources;  // iterator over the iterables; absent when all are done
  Value active;   // iterator over the current one
};
using ChainFields = IteratorFields<Chain, &Chain::sources, &Chain::active>;

Ref make_chain(Type* type, Value iterables) {
  Ref sources = get_iter(iterables);
  if (!sources) return sources;
  Chain* self = ChainFields::allocate(type);
  self->sources = sources.release();
  return Ref::steal(self);
}
Ref chain_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("chain", kwnames)) return Ref();
  Ref iterables = make_tuple(std::span<const Value>(args, nargs));
  if (!iterables) return iterables;
  return make_chain(type, iterables.get());
}
Ref chain_from_iterable(Value cls, const Value* args, size_t, Tuple*) {
  return make_chain(static_cast<Type*>(cls.as_object()), args[0]);
}
Ref chain_next(Value v) {
  Chain* self = static_cast<Chain*>(v.as_object());
  while (!self->sources.is_absent()) {
    if (self->active.is_absent()) {
      Ref iterable = iter_next(self->sources);
      if (!iterable) {
        if (error_pending()) return iterable;
        replace_field(self->sources, Ref());
        return Ref();
      }
      Ref active = get_iter(iterable.get());
      if (!active) return active;
      replace_field(self->active, active);
    }
    Ref item = iter_next(self->active);
    if (item || error_pending()) return item;
    replace_field(self->active, Ref());
  }
  return Ref();
}
const MethodDef chain_methods[] = {
    {"from_iterable", chain_from_iterable, Arity::kOneArg, 0, 0, false, MethodKind::kClass},
    {},
};

// ---- compress(data, selectors)
Type* compress_type;
struct Compress : Object {
  Value data, selectors;
};
using CompressFields = IteratorFields<Compress, &Compress::data, &Compress::selectors>;

Ref compress_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_keyword_names("compress", kwnames, {"data", "selectors"})) return Ref();
  size_t npos = positional_count(nargs, kwnames);
  Value data = npos >= 1 ? args[0] : keyword_argument(args, nargs, kwnames, "data");
  Value selectors = npos >= 2 ? args[1] : keyword_argument(args, nargs, kwnames, "selectors");
  if (npos > 2) return raise_format(type_error_type, "compress() takes at most 2 arguments ({} given)", nargs);
  if (data.is_absent()) return raise(type_error_type, "compress() missing required argument 'data' (pos 1)");
  if (selectors.is_absent()) return raise(type_error_type, "compress() missing required argument 'selectors' (pos 2)");
  Ref d = get_iter(data);
  if (!d) return d;
  Ref s = get_iter(selectors);
  if (!s) return s;
  Compress* self = CompressFields::allocate(type);
  self->data = d.release();
  self->selectors = s.release();
  return Ref::steal(self);
}
Ref compress_next(Value v) {
  Compress* self = static_cast<Compress*>(v.as_object());
  while (true) {
    Ref item = iter_next(self->data);
    if (!item) return item;
    Ref selector = iter_next(self->selectors);
    if (!selector) return selector;
    int keep = is_true(selector.get());
    if (keep < 0) return Ref();
    if (keep) return item;
  }
}

// ---- dropwhile, takewhile, filterfalse (predicate, iterable)
Type* dropwhile_type;
Type* takewhile_type;
Type* filterfalse_type;
struct PredicateIter : Object {
  Value predicate, source;
  bool switched;  // dropwhile: done dropping; takewhile: stopped
};
using PredicateFields = IteratorFields<PredicateIter, &PredicateIter::predicate, &PredicateIter::source>;

Ref make_predicate_iter(const char* name, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords(name, kwnames) || !check_count(name, nargs, 2, 2)) return Ref();
  Ref source = get_iter(args[1]);
  if (!source) return source;
  PredicateIter* self = PredicateFields::allocate(type);
  self->predicate = args[0];
  incref(args[0]);
  self->source = source.release();
  return Ref::steal(self);
}
Ref dropwhile_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  return make_predicate_iter("dropwhile", type, args, nargs, kwnames);
}
Ref takewhile_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  return make_predicate_iter("takewhile", type, args, nargs, kwnames);
}
Ref filterfalse_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  return make_predicate_iter("filterfalse", type, args, nargs, kwnames);
}
Ref dropwhile_next(Value v) {
  PredicateIter* self = static_cast<PredicateIter*>(v.as_object());
  while (true) {
    Ref item = iter_next(self->source);
    if (!item || self->switched) return item;
    Ref keep = call1(self->predicate, item.get());
    if (!keep) return keep;
    int t = is_true(keep.get());
    if (t < 0) return Ref();
    if (!t) {
      self->switched = true;
      return item;
    }
  }
}
Ref takewhile_next(Value v) {
  PredicateIter* self = static_cast<PredicateIter*>(v.as_object());
  if (self->switched) return Ref();
  Ref item = iter_next(self->source);
  if (!item) return item;
  Ref keep = call1(self->predicate, item.get());
  if (!keep) return keep;
  int t = is_true(keep.get());
  if (t < 0) return Ref();
  if (t) return item;
  self->switched = true;
  return Ref();
}
Ref filterfalse_next(Value v) {
  PredicateIter* self = static_cast<PredicateIter*>(v.as_object());
  while (true) {
    Ref item = iter_next(self->source);
    if (!item) return item;
    int t = predicate_true(self->predicate, item.get());
    if (t < 0) return Ref();
    if (!t) return item;
  }
}

// ---- islice(iterable, stop) / islice(iterable, start, stop[, step])
Type* islice_type;
struct Islice : Object {
  Value source;  // absent once exhausted
  int64_t next;  // index of the next item to yield
  int64_t stop;  // -1: None
  int64_t step;
  int64_t count;  // items consumed so far
};
using IsliceFields = IteratorFields<Islice, &Islice::source>;

constexpr int64_t kMaxSize = INT64_MAX;

// None or an int in [0, sys.maxsize]; false with ValueError `message` otherwise.
bool islice_index(Value v, int64_t fallback, int64_t& out, const char* message) {
  if (v.is_none()) {
    out = fallback;
    return true;
  }
  if (is_int(v) || type_of(v)->index != nullptr) {
    if (!index_to_int64(v, out)) {
      if (!error_matches(overflow_error_type)) return false;
      clear_error();
      out = kMaxSize;  // CPython clamps huge values to sys.maxsize
    }
    if (out >= 0) return true;
  } else {
    clear_error();
  }
  raise(value_error_type, message);
  return false;
}
Ref islice_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("islice", kwnames) || !check_count("islice", nargs, 2, 4)) return Ref();
  int64_t start = 0, stop = -1, step = 1;
  if (nargs == 2) {
    if (!islice_index(args[1], -1, stop,
                      "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")) {
      return Ref();
    }
  } else {
    const char* message = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    if (!islice_index(args[1], 0, start, message) || !islice_index(args[2], -1, stop, message)) return Ref();
    if (nargs == 4) {
      bool ok = islice_index(args[3], 1, step, "Step for islice() must be a positive integer or None.");
      if (ok && step == 0) {
        raise(value_error_type, "Step for islice() must be a positive integer or None.");
        ok = false;
      }
      if (!ok) {
        // CPython reports any bad step with the step message.
        if (error_matches(value_error_type)) {
          clear_error();
          raise(value_error_type, "Step for islice() must be a positive integer or None.");
        }
        return Ref();
      }
    }
  }
  Ref source = get_iter(args[0]);
  if (!source) return source;
  Islice* self = IsliceFields::allocate(type);
  self->source = source.release();
  self->next = start;
  self->stop = stop;
  self->step = step;
  return Ref::steal(self);
}
Ref islice_next(Value v) {
  Islice* self = static_cast<Islice*>(v.as_object());
  if (self->source.is_absent()) return Ref();
  while (self->count < self->next) {
    Ref skipped = iter_next(self->source);
    if (!skipped) {
      replace_field(self->source, Ref());
      return skipped;
    }
    ++self->count;
  }
  if (self->stop != -1 && self->count >= self->stop) {
    replace_field(self->source, Ref());
    return Ref();
  }
  Ref item = iter_next(self->source);
  if (!item) {
    replace_field(self->source, Ref());
    return item;
  }
  ++self->count;
  int64_t previous = self->next;
  self->next += self->step;
  if (self->next < previous || (self->stop != -1 && self->next > self->stop)) self->next = self->stop;
  return item;
}

// ---- pairwise(iterable)
Type* pairwise_type;
struct Pairwise : Object {
  Value source, previous;
};
using PairwiseFields = IteratorFields<Pairwise, &Pairwise::source, &Pairwise::previous>;

Ref pairwise_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("pairwise", kwnames) || !check_count("pairwise", nargs, 1, 1)) return Ref();
  Ref source = get_iter(args[0]);
  if (!source) return source;
  Pairwise* self = PairwiseFields::allocate(type);
  self->source = source.release();
  return Ref::steal(self);
}
Ref pairwise_next(Value v) {
  Pairwise* self = static_cast<Pairwise*>(v.as_object());
  if (self->source.is_absent()) return Ref();
  if (self->previous.is_absent()) {
    Ref first = iter_next(self->source);
    if (!first) {
      replace_field(self->source, Ref());
      return first;
    }
    replace_field(self->previous, first);
  }
  Ref item = iter_next(self->source);
  if (!item) {
    replace_field(self->source, Ref());
    replace_field(self->previous, Ref());
    return item;
  }
  Ref pair = make_tuple({self->previous, item.get()});
  replace_field(self->previous, item);
  return pair;
}

// ---- starmap(function, iterable)
Type* starmap_type;
struct Starmap : Object {
  Value function, source;
};
using StarmapFields = IteratorFields<Starmap, &Starmap::function, &Starmap::source>;

Ref starmap_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("starmap", kwnames) || !check_count("starmap", nargs, 2, 2)) return Ref();
  Ref source = get_iter(args[1]);
  if (!source) return source;
  Starmap* self = StarmapFields::allocate(type);
  self->function = args[0];
  incref(args[0]);
  self->source = source.release();
  return Ref::steal(self);
}
Ref starmap_next(Value v) {
  Starmap* self = static_cast<Starmap*>(v.as_object());
  Ref item = iter_next(self->source);
  if (!item) return item;
  Ref arguments = item;
  if (!is_instance_exact(item.get(), tuple_type)) {
    arguments = call1(value_of(tuple_type), item.get());
    if (!arguments) return arguments;
  }
  Tuple* t = as_tuple(arguments.get());
  return call(self->function, t->items, t->size);
}

// ---- zip_longest(*iterables, fillvalue=None)
Type* zip_longest_type;
struct ZipLongest : Object {
  Value sources;  // a list of iterators; an exhausted one is replaced by None
  Value fillvalue;
  size_t active;  // sources not exhausted yet
};
using ZipLongestFields = IteratorFields<ZipLongest, &ZipLongest::sources, &ZipLongest::fillvalue>;

Ref zip_longest_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  for (size_t k = 0; k < tuple_size(kwnames); ++k) {
    // CPython 3.11's message names no keyword here.
    if (as_str(kwnames->items[k])->view() != "fillvalue") {
      return raise(type_error_type, "zip_longest() got an unexpected keyword argument");
    }
  }
  size_t npos = positional_count(nargs, kwnames);
  Value fillvalue = keyword_argument(args, nargs, kwnames, "fillvalue");
  if (fillvalue.is_absent()) fillvalue = Value::none();
  Ref sources = make_list(npos);
  for (size_t i = 0; i < npos; ++i) {
    Ref it = get_iter(args[i]);
    if (!it) return it;
    list_append(as_list(sources.get()), it.get());
  }
  ZipLongest* self = ZipLongestFields::allocate(type);
  self->sources = sources.release();
  self->fillvalue = fillvalue;
  incref(fillvalue);
  self->active = npos;
  return Ref::steal(self);
}
Ref zip_longest_next(Value v) {
  ZipLongest* self = static_cast<ZipLongest*>(v.as_object());
  if (self->sources.is_absent()) return Ref();  // cleared by the cycle collector
  List* sources = as_list(self->sources);
  size_t n = sources->size;
  if (n == 0 || self->active == 0) return Ref();
  Ref result = make_tuple_uninitialized(n);
  for (size_t i = 0; i < n; ++i) {
    Value source = sources->items[i];
    Ref item;
    if (source.is_none()) {
      item = Ref::borrow(self->fillvalue);
    } else {
      item = iter_next(source);
      if (!item) {
        if (error_pending()) return item;
        if (--self->active == 0) return Ref();
        sources->items[i] = Value::none();
        decref(source);
        item = Ref::borrow(self->fillvalue);
      }
    }
    tuple_init_item(result.as<Tuple>(), i, item.release());
  }
  return result;
}

// ---- the module
struct SimpleType {
  Type** type;
  const char* name;
  size_t size;
  NewSlot new_;
  IterNextSlot next;
  void (*install)(Type*);
  const MethodDef* methods;
  ReprSlot repr = nullptr;
};

void make_simple_types() {
  if (count_type) return;
  const SimpleType table[] = {
      {&count_type, "count", sizeof(Count), count_new, count_next, CountFields::install, nullptr, count_repr},
      {&cycle_type, "cycle", sizeof(Cycle), cycle_new, cycle_next, CycleFields::install, nullptr},
      {&repeat_type, "repeat", sizeof(Repeat), repeat_new, repeat_next, RepeatFields::install, nullptr,
       repeat_repr},
      {&accumulate_type, "accumulate", sizeof(Accumulate), accumulate_new, accumulate_next,
       AccumulateFields::install, nullptr},
      {&chain_type, "chain", sizeof(Chain), chain_new, chain_next, ChainFields::install, chain_methods},
      {&compress_type, "compress", sizeof(Compress), compress_new, compress_next, CompressFields::install, nullptr},
      {&dropwhile_type, "dropwhile", sizeof(PredicateIter), dropwhile_new, dropwhile_next, PredicateFields::install,
       nullptr},
      {&takewhile_type, "takewhile", sizeof(PredicateIter), takewhile_new, takewhile_next, PredicateFields::install,
       nullptr},
      {&filterfalse_type, "filterfalse", sizeof(PredicateIter), filterfalse_new, filterfalse_next,
       PredicateFields::install, nullptr},
      {&islice_type, "islice", sizeof(Islice), islice_new, islice_next, IsliceFields::install, nullptr},
      {&pairwise_type, "pairwise", sizeof(Pairwise), pairwise_new, pairwise_next, PairwiseFields::install, nullptr},
      {&starmap_type, "starmap", sizeof(Starmap), starmap_new, starmap_next, StarmapFields::install, nullptr},
      {&zip_longest_type, "zip_longest", sizeof(ZipLongest), zip_longest_new, zip_longest_next,
       ZipLongestFields::install, nullptr},
  };
  for (const SimpleType& e : table) {
    *e.type = make_itertools_type(e.name, e.size, e.new_, e.next, e.methods, e.install, e.repr);
  }
}

Ref make_itertools_module() {
  make_simple_types();
  Ref m = make_module("itertools");
  Dict* d = as_module(m.get())->dict;
  for (Type* t : {count_type, cycle_type, repeat_type, accumulate_type, chain_type, compress_type, dropwhile_type,
                  takewhile_type, filterfalse_type, islice_type, pairwise_type, starmap_type, zip_longest_type}) {
    publish_itertools_type(d, t);
  }
  add_itertools_shared_state_types(d);
  add_itertools_combinatoric_types(d);
  return m;
}

}  // namespace

void register_itertools_module() { register_builtin_module("itertools", make_itertools_module); }

}  // namespace gyre::stdlib
