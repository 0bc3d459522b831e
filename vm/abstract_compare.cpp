// Rich comparison with reflected operands (do_richcompare in CPython's Objects/object.c).
#include "vm/abstract.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/fast_paths.hpp"
#include "vm/runtime.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

namespace {

// Numbers and exact strs compare here without the slot protocol (sorting and min/max spend
// their time in these); -1 when the general path must decide. Strs are UTF-8, whose byte
// order is code point order.
int compare_common(Value a, Value b, CompareOp op) {
  int fast = fast_compare(op, a, b);
  if (fast >= 0 || !is_str_exact(a) || !is_str_exact(b)) return fast;
  return compare_result(as_str(a)->view().compare(as_str(b)->view()), op);
}

}  // namespace

Ref rich_compare(Value a, Value b, CompareOp op) {
  int common = compare_common(a, b, op);
  if (common >= 0) return new_bool(common);
  RecursionGuard guard(" in comparison");
  if (!guard.ok()) return Ref();
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  bool checked_reverse = false;
  // A subclass's reflected method takes precedence over the base's.
  if (ta != tb && is_subtype(tb, ta) && tb->richcompare != nullptr) {
    checked_reverse = true;
    Ref r = tb->richcompare(b, a, reflected(op));
    if (!r || !is_not_implemented(r.get())) return r;
  }
  if (ta->richcompare != nullptr) {
    Ref r = ta->richcompare(a, b, op);
    if (!r || !is_not_implemented(r.get())) return r;
  }
  if (!checked_reverse && tb->richcompare != nullptr) {
    Ref r = tb->richcompare(b, a, reflected(op));
    if (!r || !is_not_implemented(r.get())) return r;
  }
  switch (op) {
    case CompareOp::Eq: return new_bool(a == b);
    case CompareOp::Ne: return new_bool(a != b);
    default:
      return raise_format(type_error_type, "'{}' not supported between instances of '{}' and '{}'",
                          compare_op_symbol(op), type_name(ta), type_name(tb));
  }
}

int rich_compare_bool(Value a, Value b, CompareOp op) {
  // Identity implies equality (PyObject_RichCompareBool). Floats are immediates, so identical
  // bits stand for "the same object": a NaN found in a container equals itself, as in CPython
  // when the same float object is stored.
  if (a == b) {
    if (op == CompareOp::Eq) return 1;
    if (op == CompareOp::Ne) return 0;
  }
  int common = compare_common(a, b, op);
  if (common >= 0) return common;
  Ref r = rich_compare(a, b, op);
  if (!r) return -1;
  if (r.get().is_bool()) return r.get().is_true();
  return is_true(r.get());
}

}  // namespace gyre::vm
