// Set algebra: | & - ^ (and their in-place forms on set), union/intersection/difference/
// symmetric_difference and their _update forms, issubset/issuperset/isdisjoint.
//
// Each operation builds its result in the same steps as CPython 3.11's Objects/setobject.c
// (which set is copied, which one is iterated, which keys are added in which order), because
// that decides the result's slot layout and so its iteration order.
#include "vm/set_algebra.hpp"

#include <utility>

#include "vm/abstract.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/native_function.hpp"
#include "vm/set.hpp"
#include "vm/singletons.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

namespace {

bool is_exact_dict(Value v) { return type_of(v) == dict_type; }

// An empty set, or frozenset when `like` is not a set (CPython's make_new_set_basetype).
Ref new_like(Value like) { return is_subtype(type_of(like), set_type) ? make_set() : make_frozenset(); }

// new_like(like) filled from `iterable`.
Ref new_like_from(Value like, Value iterable) {
  Ref r = new_like(like);
  if (set_update(as_set(r.get()), iterable) < 0) return Ref();
  return r;
}

Ref copy_of(Value s) { return new_like_from(s, s); }

// Calls f(key, hash) -> int (negative: stop with error) for every item of `iterable`, hashing
// items that do not come from a set.
template <typename F>
int for_each_hashed(Value iterable, F&& f) {
  if (is_set_or_frozenset(iterable)) {
    Ref hold = Ref::borrow(iterable);
    size_t pos = 0;
    const SetEntry* e;
    while (set_table_next(as_set(iterable)->table, pos, e)) {
      Ref key = Ref::borrow(e->key);
      if (f(key.get(), e->hash) < 0) return -1;
    }
    return 0;
  }
  Ref it = get_iter(iterable);
  if (!it) return -1;
  while (true) {
    Ref item = iter_next(it.get());
    if (!item) return error_pending() ? -1 : 0;
    int64_t h = hash(item.get());
    if (h == -1 || f(item.get(), h) < 0) return -1;
  }
}

// CPython's set_intersection: iterates the smaller of two sets (or the iterable) and keeps the
// items found in the other.
Ref intersection(Value so, Value other) {
  if (so == other) return copy_of(so);
  Ref result = new_like(so);
  SetTable& out = as_set(result.get())->table;
  Value lookup_in = so, iterated = other;
  if (is_set_or_frozenset(other) && set_size(as_set(other)) > set_size(as_set(so))) std::swap(lookup_in, iterated);
  SetTable& in = as_set(lookup_in)->table;
  int r = for_each_hashed(iterated, [&](Value key, int64_t h) {
    int c = set_table_contains(in, key, h);
    return c <= 0 ? c : set_table_add(out, key, h);
  });
  return r < 0 ? Ref() : result;
}

Ref intersection_multi(Value so, const Value* args, size_t nargs) {
  if (nargs == 0) return copy_of(so);
  Ref result = Ref::borrow(so);
  for (size_t i = 0; i < nargs && result; ++i) result = intersection(result.get(), args[i]);
  return result;
}

// so becomes `result` (CPython swaps the two sets' tables).
void take_table(Value so, Ref result) {
  set_table_swap(as_set(so)->table, as_set(result.get())->table);
  as_set(so)->hash_ = 0;
}

// CPython's set_difference_update_internal.
int difference_update(Value so, Value other) {
  SetTable& t = as_set(so)->table;
  if (so == other) {
    set_table_clear(t);
    return 0;
  }
  Ref removed = Ref::borrow(other);
  // Against a much larger set, only the common items need visiting.
  if (is_set_or_frozenset(other) && (set_size(as_set(other)) >> 3) > t.used) {
    removed = intersection(so, other);
    if (!removed) return -1;
  }
  int r = for_each_hashed(removed.get(), [&](Value key, int64_t h) { return set_table_discard(t, key, h); });
  if (r < 0) return -1;
  // More than a quarter of the slots dummies: rebuild without them.
  if (t.fill - t.used > t.mask / 4) set_table_resize(t, set_table_growth(t.used));
  return 0;
}

Ref copy_and_difference(Value so, Value other) {
  Ref result = copy_of(so);
  if (!result || difference_update(result.get(), other) < 0) return Ref();
  return result;
}

// CPython's set_difference: copies `so` and removes when `other` is much smaller, else adds the
// items of `so` missing from `other` to a new set.
Ref difference(Value so, Value other) {
  size_t other_size;
  if (is_set_or_frozenset(other)) {
    other_size = set_size(as_set(other));
  } else if (is_exact_dict(other)) {
    other_size = dict_size(as_dict(other));
  } else {
    return copy_and_difference(so, other);
  }
  if ((set_size(as_set(so)) >> 2) > other_size) return copy_and_difference(so, other);
  Ref result = new_like(so);
  SetTable& out = as_set(result.get())->table;
  bool other_is_dict = is_exact_dict(other);
  int r = for_each_hashed(so, [&](Value key, int64_t h) {
    int c;
    if (other_is_dict) {
      int64_t ix = table_lookup(as_dict(other)->table, key, h);
      c = ix == -2 ? -1 : ix >= 0;
    } else {
      c = set_table_contains(as_set(other)->table, key, h);
    }
    return c != 0 ? c : set_table_add(out, key, h);
  });
  return r < 0 ? Ref() : result;
}

Ref difference_multi(Value so, const Value* args, size_t nargs) {
  if (nargs == 0) return copy_of(so);
  Ref result = difference(so, args[0]);
  for (size_t i = 1; i < nargs && result; ++i)
    if (difference_update(result.get(), args[i]) < 0) return Ref();
  return result;
}

// CPython's set_symmetric_difference_update: each item of `other` is removed when present,
// added when not.
int symmetric_difference_update(Value so, Value other) {
  SetTable& t = as_set(so)->table;
  if (so == other) {
    set_table_clear(t);
    return 0;
  }
  auto toggle = [&](Value key, int64_t h) {
    int r = set_table_discard(t, key, h);
    return r != 0 ? r : set_table_add(t, key, h);
  };
  if (is_exact_dict(other)) {
    Ref hold = Ref::borrow(other);
    size_t pos = 0;
    Value key;
    int64_t h;
    while (dict_next_hashed(as_dict(other), pos, key, h)) {
      Ref k = Ref::borrow(key);
      if (toggle(k.get(), h) < 0) return -1;
    }
    return 0;
  }
  // A non-set is first made a set (dropping its duplicates, which would toggle twice).
  Ref items = is_set_or_frozenset(other) ? Ref::borrow(other) : new_like_from(so, other);
  if (!items) return -1;
  return for_each_hashed(items.get(), toggle);
}

Ref symmetric_difference(Value so, Value other) {
  Ref result = new_like_from(so, other);
  if (!result || symmetric_difference_update(result.get(), so) < 0) return Ref();
  return result;
}

Ref union_multi(Value so, const Value* args, size_t nargs) {
  Ref result = copy_of(so);
  for (size_t i = 0; i < nargs && result; ++i) {
    if (args[i] == so) continue;
    if (set_update(as_set(result.get()), args[i]) < 0) return Ref();
  }
  return result;
}

// ---- operators: both operands sets or frozensets, else NotImplemented

Ref s_or(Value a, Value b) {
  if (!is_set_or_frozenset(a) || !is_set_or_frozenset(b)) return new_not_implemented();
  return union_multi(a, &b, 1);
}
Ref s_and(Value a, Value b) {
  if (!is_set_or_frozenset(a) || !is_set_or_frozenset(b)) return new_not_implemented();
  return intersection(a, b);
}
Ref s_sub(Value a, Value b) {
  if (!is_set_or_frozenset(a) || !is_set_or_frozenset(b)) return new_not_implemented();
  return difference(a, b);
}
Ref s_xor(Value a, Value b) {
  if (!is_set_or_frozenset(a) || !is_set_or_frozenset(b)) return new_not_implemented();
  return symmetric_difference(a, b);
}

Ref s_ior(Value a, Value b) {
  if (!is_set_or_frozenset(b)) return new_not_implemented();
  if (set_update(as_set(a), b) < 0) return Ref();
  return Ref::borrow(a);
}
Ref s_iand(Value a, Value b) {
  if (!is_set_or_frozenset(b)) return new_not_implemented();
  Ref r = intersection(a, b);
  if (!r) return r;
  take_table(a, std::move(r));
  return Ref::borrow(a);
}
Ref s_isub(Value a, Value b) {
  if (!is_set_or_frozenset(b)) return new_not_implemented();
  if (difference_update(a, b) < 0) return Ref();
  return Ref::borrow(a);
}
Ref s_ixor(Value a, Value b) {
  if (!is_set_or_frozenset(b)) return new_not_implemented();
  if (symmetric_difference_update(a, b) < 0) return Ref();
  return Ref::borrow(a);
}

// 1 when every item of `items` (any iterable) is in the set `s`, 0 when one is not, -1 error.
int all_in(Value items, Value s) {
  SetTable& in = as_set(s)->table;
  bool missing = false;
  int r = for_each_hashed(items, [&](Value key, int64_t h) {
    int c = set_table_contains(in, key, h);
    if (c == 0) missing = true;
    return c <= 0 ? -1 : 0;  // stop at the first missing item
  });
  return missing ? 0 : r < 0 ? -1 : 1;
}

// Is every item of the set a in the set b?
int subset(Value a, Value b) {
  if (set_size(as_set(a)) > set_size(as_set(b))) return 0;
  return all_in(a, b);
}

Ref bool_or_error(int r) { return r < 0 ? Ref() : new_bool(r); }

}  // namespace

Ref set_union(Value s, const Value* a, size_t n, Tuple*) { return union_multi(s, a, n); }
Ref set_intersection(Value s, const Value* a, size_t n, Tuple*) { return intersection_multi(s, a, n); }
Ref set_difference(Value s, const Value* a, size_t n, Tuple*) { return difference_multi(s, a, n); }
Ref set_symmetric_difference(Value s, const Value* a, size_t, Tuple*) { return symmetric_difference(s, a[0]); }

Ref set_issubset(Value s, const Value* a, size_t, Tuple*) {
  Ref other = Ref::borrow(a[0]);
  if (!is_set_or_frozenset(a[0])) {
    other = make_set();
    if (set_update(as_set(other.get()), a[0]) < 0) return Ref();
  }
  return bool_or_error(subset(s, other.get()));
}
Ref set_issuperset(Value s, const Value* a, size_t, Tuple*) {
  if (is_set_or_frozenset(a[0])) return bool_or_error(subset(a[0], s));
  return bool_or_error(all_in(a[0], s));
}
Ref set_isdisjoint(Value s, const Value* a, size_t, Tuple*) {
  Value other = a[0];
  if (s == other) return new_bool(set_size(as_set(s)) == 0);
  // Iterate the smaller set, look up in the larger.
  Value lookup_in = s, iterated = other;
  if (is_set_or_frozenset(other) && set_size(as_set(other)) > set_size(as_set(s))) std::swap(lookup_in, iterated);
  SetTable& in = as_set(lookup_in)->table;
  int found = 0;
  int r = for_each_hashed(iterated, [&](Value key, int64_t h) {
    found = set_table_contains(in, key, h);
    return found != 0 ? -1 : 0;  // stop at the first common item
  });
  if (r < 0 && found <= 0) return Ref();
  return new_bool(found == 0);
}

Ref set_intersection_update(Value s, const Value* a, size_t n, Tuple*) {
  Ref r = intersection_multi(s, a, n);
  if (!r) return r;
  take_table(s, std::move(r));
  return new_none();
}
Ref set_difference_update(Value s, const Value* a, size_t n, Tuple*) {
  for (size_t i = 0; i < n; ++i)
    if (difference_update(s, a[i]) < 0) return Ref();
  return new_none();
}
Ref set_symmetric_difference_update(Value s, const Value* a, size_t, Tuple*) {
  if (symmetric_difference_update(s, a[0]) < 0) return Ref();
  return new_none();
}

void add_set_algebra(Type* type, bool mutable_set) {
  type->binary[static_cast<int>(BinaryOp::Or)] = s_or;
  type->binary[static_cast<int>(BinaryOp::And)] = s_and;
  type->binary[static_cast<int>(BinaryOp::Sub)] = s_sub;
  type->binary[static_cast<int>(BinaryOp::Xor)] = s_xor;
  if (mutable_set) {
    type->inplace[static_cast<int>(BinaryOp::Or)] = s_ior;
    type->inplace[static_cast<int>(BinaryOp::And)] = s_iand;
    type->inplace[static_cast<int>(BinaryOp::Sub)] = s_isub;
    type->inplace[static_cast<int>(BinaryOp::Xor)] = s_ixor;
  }
}

}  // namespace gyre::vm
