// The combinatoric iterators of itertools: product, permutations, combinations and
// combinations_with_replacement. Each materializes its input into a tuple of pools and walks
// an index vector; the orders are those of CPython's documentation (lexicographic in the
// input positions), so results match item for item.
#include <vector>

#include "stdlib/call_arguments.hpp"
#include "stdlib/itertools_internal.hpp"
#include "stdlib/native_iterator.hpp"
#include "vm/abstract.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/numbers.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"

namespace gyre::stdlib {

using namespace gyre::vm;

namespace {

enum class Kind : uint8_t { kProduct, kPermutations, kCombinations, kCombinationsWithReplacement };

struct Combinatoric : Object {
  Value pools;  // a tuple of tuples: product's pools; the one pool of the others
  std::vector<size_t>* indices;
  std::vector<size_t>* cycles;  // permutations only
  size_t r;                     // length of each result
  bool started, stopped;
  Kind kind;
};
using CombinatoricFields = IteratorFields<Combinatoric, &Combinatoric::pools>;

Type* product_type;
Type* permutations_type;
Type* combinations_type;
Type* cwr_type;

void combinatoric_dealloc(Object* o) {
  Combinatoric* self = static_cast<Combinatoric*>(o);
  delete self->indices;
  delete self->cycles;
  CombinatoricFields::dealloc(o);
}

Combinatoric* make_combinatoric(Type* type, Kind kind, Ref pools, size_t r) {
  Combinatoric* self = CombinatoricFields::allocate(type);
  self->pools = pools.release();
  self->indices = new std::vector<size_t>();
  self->kind = kind;
  self->r = r;
  return self;
}

Tuple* pool_at(Combinatoric* self, size_t i) { return as_tuple(as_tuple(self->pools)->items[i]); }

Ref as_pool(Value iterable) { return call1(value_of(tuple_type), iterable); }

// r: an int >= 0 (CPython's messages), or None for `none_value` (permutations' default).
bool read_r(Value v, bool none_allowed, size_t none_value, size_t& out) {
  if (none_allowed && (v.is_absent() || v.is_none())) {
    out = none_value;
    return true;
  }
  if (!is_int(v)) {
    if (none_allowed) {
      raise(type_error_type, "Expected int as r");
    } else {
      raise_format(type_error_type, "'{}' object cannot be interpreted as an integer", type_name_of(v));
    }
    return false;
  }
  int64_t r;
  if (!index_to_int64(v, r)) return false;
  if (r < 0) {
    raise(value_error_type, "r must be non-negative");
    return false;
  }
  out = static_cast<size_t>(r);
  return true;
}

// ---- constructors
Ref product_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_keyword_names("product", kwnames, {"repeat"})) return Ref();
  size_t npos = positional_count(nargs, kwnames);
  int64_t repeat = 1;
  Value repeat_arg = keyword_argument(args, nargs, kwnames, "repeat");
  if (!repeat_arg.is_absent()) {
    if (!is_int(repeat_arg)) {
      return raise_format(type_error_type, "'{}' object cannot be interpreted as an integer", type_name_of(repeat_arg));
    }
    if (!index_to_int64(repeat_arg, repeat)) return Ref();
    if (repeat < 0) return raise(value_error_type, "repeat argument cannot be negative");
  }
  std::vector<Ref> pools;
  for (size_t i = 0; i < npos; ++i) {
    Ref pool = as_pool(args[i]);
    if (!pool) return pool;
    pools.push_back(std::move(pool));
  }
  size_t n = pools.size() * static_cast<size_t>(repeat);
  Ref all = make_tuple_uninitialized(n);
  for (size_t i = 0; i < n; ++i) {
    Value pool = pools[i % pools.size()].get();
    incref(pool);
    tuple_init_item(all.as<Tuple>(), i, pool);
  }
  Combinatoric* self = make_combinatoric(type, Kind::kProduct, std::move(all), n);
  self->indices->assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    if (pool_at(self, i)->size == 0) self->stopped = true;
  }
  return Ref::steal(self);
}

// The one-pool constructors: (iterable, r) with CPython's argument errors.
Ref one_pool_new(const char* name, Kind kind, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_keyword_names(name, kwnames, {"iterable", "r"})) return Ref();
  size_t npos = positional_count(nargs, kwnames);
  if (npos > 2) return raise_format(type_error_type, "{}() takes at most 2 arguments ({} given)", name, nargs);
  Value iterable = npos >= 1 ? args[0] : keyword_argument(args, nargs, kwnames, "iterable");
  Value r_arg = npos >= 2 ? args[1] : keyword_argument(args, nargs, kwnames, "r");
  if (iterable.is_absent()) return raise_format(type_error_type, "{}() missing required argument 'iterable' (pos 1)", name);
  bool is_permutations = kind == Kind::kPermutations;
  if (r_arg.is_absent() && !is_permutations) {
    return raise_format(type_error_type, "{}() missing required argument 'r' (pos 2)", name);
  }
  Ref pool = as_pool(iterable);
  if (!pool) return pool;
  size_t n = as_tuple(pool.get())->size;
  size_t r;
  if (!read_r(r_arg, is_permutations, n, r)) return Ref();
  Ref pools = make_tuple({pool.get()});
  Combinatoric* self = make_combinatoric(type, kind, std::move(pools), r);
  switch (kind) {
    case Kind::kPermutations:
      if (r > n) self->stopped = true;
      self->indices->resize(n);
      for (size_t i = 0; i < n; ++i) (*self->indices)[i] = i;
      self->cycles = new std::vector<size_t>();
      for (size_t i = 0; i < r && i < n; ++i) self->cycles->push_back(n - i);
      break;
    case Kind::kCombinations:
      if (r > n) self->stopped = true;
      self->indices->resize(r);
      for (size_t i = 0; i < r; ++i) (*self->indices)[i] = i;
      break;
    default:  // with replacement
      if (n == 0 && r > 0) self->stopped = true;
      self->indices->assign(r, 0);
      break;
  }
  return Ref::steal(self);
}
Ref permutations_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  return one_pool_new("permutations", Kind::kPermutations, type, args, nargs, kwnames);
}
Ref combinations_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  return one_pool_new("combinations", Kind::kCombinations, type, args, nargs, kwnames);
}
Ref cwr_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  return one_pool_new("combinations_with_replacement", Kind::kCombinationsWithReplacement, type, args, nargs,
                      kwnames);
}

// ---- stepping: advance the indices to the next result; false when there is none.
bool advance_product(Combinatoric* self) {
  std::vector<size_t>& indices = *self->indices;
  for (size_t i = indices.size(); i-- > 0;) {
    if (++indices[i] < pool_at(self, i)->size) return true;
    indices[i] = 0;
  }
  return false;
}
bool advance_permutations(Combinatoric* self, size_t n) {
  std::vector<size_t>& indices = *self->indices;
  std::vector<size_t>& cycles = *self->cycles;
  for (size_t i = self->r; i-- > 0;) {
    if (--cycles[i] == 0) {
      // Rotate indices[i:] left by one.
      size_t first = indices[i];
      for (size_t j = i; j + 1 < n; ++j) indices[j] = indices[j + 1];
      indices[n - 1] = first;
      cycles[i] = n - i;
    } else {
      std::swap(indices[i], indices[n - cycles[i]]);
      return true;
    }
  }
  return false;
}
bool advance_combinations(Combinatoric* self, size_t n) {
  std::vector<size_t>& indices = *self->indices;
  size_t r = self->r;
  size_t i = r;
  while (i-- > 0) {
    if (indices[i] != i + n - r) break;
    if (i == 0) return false;
  }
  if (r == 0) return false;
  ++indices[i];
  for (size_t j = i + 1; j < r; ++j) indices[j] = indices[j - 1] + 1;
  return true;
}
bool advance_cwr(Combinatoric* self, size_t n) {
  std::vector<size_t>& indices = *self->indices;
  size_t r = self->r;
  size_t i = r;
  while (i-- > 0) {
    if (indices[i] != n - 1) break;
    if (i == 0) return false;
  }
  if (r == 0) return false;
  size_t value = indices[i] + 1;
  for (size_t j = i; j < r; ++j) indices[j] = value;
  return true;
}

Ref combinatoric_next(Value v) {
  Combinatoric* self = static_cast<Combinatoric*>(v.as_object());
  if (self->stopped || self->pools.is_absent()) return Ref();
  size_t n = self->kind == Kind::kProduct ? 0 : pool_at(self, 0)->size;
  if (self->started) {
    bool more = false;
    switch (self->kind) {
      case Kind::kProduct: more = advance_product(self); break;
      case Kind::kPermutations: more = advance_permutations(self, n); break;
      case Kind::kCombinations: more = advance_combinations(self, n); break;
      case Kind::kCombinationsWithReplacement: more = advance_cwr(self, n); break;
    }
    if (!more) {
      self->stopped = true;
      return Ref();
    }
  }
  self->started = true;
  Ref result = make_tuple_uninitialized(self->r);
  for (size_t i = 0; i < self->r; ++i) {
    Tuple* pool = pool_at(self, self->kind == Kind::kProduct ? i : 0);
    Value item = pool->items[(*self->indices)[i]];
    incref(item);
    tuple_init_item(result.as<Tuple>(), i, item);
  }
  return result;
}

Type* combinatoric_type(const char* name, NewSlot new_) {
  return make_itertools_type(name, sizeof(Combinatoric), new_, combinatoric_next, nullptr, [](Type* t) {
    CombinatoricFields::install(t);
    t->dealloc = combinatoric_dealloc;
  });
}

}  // namespace

void add_itertools_combinatoric_types(Dict* d) {
  if (!product_type) {
    product_type = combinatoric_type("product", product_new);
    permutations_type = combinatoric_type("permutations", permutations_new);
    combinations_type = combinatoric_type("combinations", combinations_new);
    cwr_type = combinatoric_type("combinations_with_replacement", cwr_new);
  }
  for (Type* t : {product_type, permutations_type, combinations_type, cwr_type}) publish_itertools_type(d, t);
}

}  // namespace gyre::stdlib
