// Set algebra: | & - ^ (and their in-place forms on set), union/intersection/difference/
// symmetric_difference and their _update forms, issubset/issuperset/isdisjoint.
#include "vm/set_algebra.hpp"

#include <vector>

#include "vm/abstract.hpp"
#include "vm/errors.hpp"
#include "vm/native_function.hpp"
#include "vm/set.hpp"
#include "vm/singletons.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

namespace {

enum class SetOp { Union, Intersection, Difference, SymmetricDifference };

// A new set (or frozenset, like `like`) with the items of `s`.
Ref copy_like(Value like, Set* s) {
  Ref r = type_of(like) == frozenset_type ? make_frozenset() : make_set();
  size_t pos = 0;
  Value item;
  while (set_next(s, pos, item)) {
    if (set_add(as_set(r.get()), item) < 0) return Ref();
  }
  return r;
}

// Items of `other` (any iterable) as a temporary set.
Ref as_temporary_set(Value other) {
  if (is_set_or_frozenset(other)) return Ref::borrow(other);
  Ref s = make_set();
  if (!s || set_update(as_set(s.get()), other) < 0) return Ref();
  return s;
}

Ref combine(Value self, Value other_set, SetOp op) {
  Set* a = as_set(self);
  Set* b = as_set(other_set);
  Ref r = type_of(self) == frozenset_type ? make_frozenset() : make_set();
  Set* out = as_set(r.get());
  size_t pos = 0;
  Value item;
  switch (op) {
    case SetOp::Union:
      while (set_next(a, pos, item)) if (set_add(out, item) < 0) return Ref();
      pos = 0;
      while (set_next(b, pos, item)) if (set_add(out, item) < 0) return Ref();
      break;
    case SetOp::Intersection:
      while (set_next(a, pos, item)) {
        int c = set_contains(b, item);
        if (c < 0 || (c && set_add(out, item) < 0)) return Ref();
      }
      break;
    case SetOp::Difference:
      while (set_next(a, pos, item)) {
        int c = set_contains(b, item);
        if (c < 0 || (!c && set_add(out, item) < 0)) return Ref();
      }
      break;
    case SetOp::SymmetricDifference:
      while (set_next(a, pos, item)) {
        int c = set_contains(b, item);
        if (c < 0 || (!c && set_add(out, item) < 0)) return Ref();
      }
      pos = 0;
      while (set_next(b, pos, item)) {
        int c = set_contains(a, item);
        if (c < 0 || (!c && set_add(out, item) < 0)) return Ref();
      }
      break;
  }
  return r;
}

Ref binary(Value a, Value b, SetOp op) {
  if (!is_set_or_frozenset(a) || !is_set_or_frozenset(b)) return new_not_implemented();
  return combine(a, b, op);
}
Ref s_or(Value a, Value b) { return binary(a, b, SetOp::Union); }
Ref s_and(Value a, Value b) { return binary(a, b, SetOp::Intersection); }
Ref s_sub(Value a, Value b) { return binary(a, b, SetOp::Difference); }
Ref s_xor(Value a, Value b) { return binary(a, b, SetOp::SymmetricDifference); }

// In place: self becomes the result (its identity kept).
Ref replace_contents(Value self, Ref result) {
  if (!result) return result;
  Set* s = as_set(self);
  std::vector<Value> items;
  size_t pos = 0;
  Value item;
  while (set_next(s, pos, item)) items.push_back(item);
  for (Value v : items) {
    incref(v);
    set_discard(s, v);
    decref(v);
  }
  if (set_update(s, result.get()) < 0) return Ref();
  return Ref::borrow(self);
}
Ref inplace(Value a, Value b, SetOp op) {
  if (!is_set_or_frozenset(b)) return new_not_implemented();
  return replace_contents(a, combine(a, b, op));
}
Ref s_ior(Value a, Value b) { return inplace(a, b, SetOp::Union); }
Ref s_iand(Value a, Value b) { return inplace(a, b, SetOp::Intersection); }
Ref s_isub(Value a, Value b) { return inplace(a, b, SetOp::Difference); }
Ref s_ixor(Value a, Value b) { return inplace(a, b, SetOp::SymmetricDifference); }

// Methods taking any number of iterables.
Ref method(Value self, const Value* args, size_t nargs, SetOp op) {
  Ref result = copy_like(self, as_set(self));
  if (!result) return result;
  for (size_t i = 0; i < nargs; ++i) {
    Ref other = as_temporary_set(args[i]);
    if (!other) return other;
    result = combine(result.get(), other.get(), op);
    if (!result) return result;
  }
  return result;
}
Ref m_union(Value self, const Value* a, size_t n, Tuple*) { return method(self, a, n, SetOp::Union); }
Ref m_intersection(Value self, const Value* a, size_t n, Tuple*) { return method(self, a, n, SetOp::Intersection); }
Ref m_difference(Value self, const Value* a, size_t n, Tuple*) { return method(self, a, n, SetOp::Difference); }
Ref m_symmetric_difference(Value self, const Value* a, size_t, Tuple*) {
  return method(self, a, 1, SetOp::SymmetricDifference);
}
Ref update_method(Value self, const Value* args, size_t nargs, SetOp op) {
  Ref r = method(self, args, nargs, op);
  if (!r) return r;
  if (!replace_contents(self, r)) return Ref();
  return new_none();
}
Ref m_intersection_update(Value self, const Value* a, size_t n, Tuple*) { return update_method(self, a, n, SetOp::Intersection); }
Ref m_difference_update(Value self, const Value* a, size_t n, Tuple*) { return update_method(self, a, n, SetOp::Difference); }
Ref m_symmetric_difference_update(Value self, const Value* a, size_t, Tuple*) {
  return update_method(self, a, 1, SetOp::SymmetricDifference);
}
// Is every item of a in b?
int subset(Set* a, Set* b) {
  size_t pos = 0;
  Value item;
  while (set_next(a, pos, item)) {
    int c = set_contains(b, item);
    if (c <= 0) return c;
  }
  return 1;
}
Ref m_issubset(Value self, const Value* args, size_t, Tuple*) {
  Ref other = as_temporary_set(args[0]);
  if (!other) return other;
  int r = subset(as_set(self), as_set(other.get()));
  return r < 0 ? Ref() : new_bool(r);
}
Ref m_issuperset(Value self, const Value* args, size_t, Tuple*) {
  Ref other = as_temporary_set(args[0]);
  if (!other) return other;
  int r = subset(as_set(other.get()), as_set(self));
  return r < 0 ? Ref() : new_bool(r);
}
Ref m_isdisjoint(Value self, const Value* args, size_t, Tuple*) {
  Ref other = as_temporary_set(args[0]);
  if (!other) return other;
  Ref both = combine(self, other.get(), SetOp::Intersection);
  if (!both) return both;
  return new_bool(set_size(as_set(both.get())) == 0);
}

}  // namespace

Ref set_union(Value s, const Value* a, size_t n, Tuple* k) { return m_union(s, a, n, k); }
Ref set_intersection(Value s, const Value* a, size_t n, Tuple* k) { return m_intersection(s, a, n, k); }
Ref set_difference(Value s, const Value* a, size_t n, Tuple* k) { return m_difference(s, a, n, k); }
Ref set_symmetric_difference(Value s, const Value* a, size_t n, Tuple* k) { return m_symmetric_difference(s, a, n, k); }
Ref set_issubset(Value s, const Value* a, size_t n, Tuple* k) { return m_issubset(s, a, n, k); }
Ref set_issuperset(Value s, const Value* a, size_t n, Tuple* k) { return m_issuperset(s, a, n, k); }
Ref set_isdisjoint(Value s, const Value* a, size_t n, Tuple* k) { return m_isdisjoint(s, a, n, k); }
Ref set_intersection_update(Value s, const Value* a, size_t n, Tuple* k) { return m_intersection_update(s, a, n, k); }
Ref set_difference_update(Value s, const Value* a, size_t n, Tuple* k) { return m_difference_update(s, a, n, k); }
Ref set_symmetric_difference_update(Value s, const Value* a, size_t n, Tuple* k) {
  return m_symmetric_difference_update(s, a, n, k);
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
