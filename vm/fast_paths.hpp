// The small-int and float fast paths of the interpreter loop's arithmetic, comparisons and
// conditional jumps (always inlined into the loop).
#pragma once

#include <cstdint>

#include "vm/abstract.hpp"
#include "vm/slots.hpp"
#include "vm/value.hpp"

namespace gyre::vm {

inline int64_t floor_div(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}
inline int64_t floor_mod(int64_t a, int64_t b) {
  int64_t m = a % b;
  if (m != 0 && ((m < 0) != (b < 0))) m += b;
  return m;
}

// Small-int and float fast paths of BINARY_OP; absent when the general path must run.
[[gnu::always_inline]] inline Value fast_binary(uint32_t op, Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_small_int(), y = b.as_small_int(), r;
    switch (static_cast<BinaryOp>(op >= kBinaryOpCount ? op - kBinaryOpCount : op)) {
      case BinaryOp::Add: r = x + y; break;
      case BinaryOp::Sub: r = x - y; break;
      case BinaryOp::Mul:
        if (__builtin_mul_overflow(x, y, &r)) return Value();
        break;
      case BinaryOp::FloorDiv:
        if (y == 0) return Value();
        r = floor_div(x, y);
        break;
      case BinaryOp::Mod:
        if (y == 0) return Value();
        r = floor_mod(x, y);
        break;
      case BinaryOp::And: r = x & y; break;
      case BinaryOp::Or: r = x | y; break;
      case BinaryOp::Xor: r = x ^ y; break;
      case BinaryOp::LShift:
        if (y < 0 || y > 16) return Value();
        r = x << y;
        break;
      case BinaryOp::RShift:
        if (y < 0) return Value();
        r = y >= 63 ? (x < 0 ? -1 : 0) : (x >> y);
        break;
      default: return Value();
    }
    return Value::fits_small_int(r) ? Value::from_small_int(r) : Value();
  }
  if (a.is_double() || b.is_double()) {
    double x, y;
    if (a.is_double()) x = a.as_double();
    else if (a.is_small_int()) x = static_cast<double>(a.as_small_int());
    else return Value();
    if (b.is_double()) y = b.as_double();
    else if (b.is_small_int()) y = static_cast<double>(b.as_small_int());
    else return Value();
    switch (static_cast<BinaryOp>(op >= kBinaryOpCount ? op - kBinaryOpCount : op)) {
      case BinaryOp::Add: return Value::from_double(x + y);
      case BinaryOp::Sub: return Value::from_double(x - y);
      case BinaryOp::Mul: return Value::from_double(x * y);
      case BinaryOp::TrueDiv:
        if (y == 0) return Value();
        return Value::from_double(x / y);
      default: return Value();
    }
  }
  return Value();
}

[[gnu::always_inline]] inline int fast_compare(CompareOp op, Value a, Value b) {
  double x, y;
  if (a.is_small_int() && b.is_small_int()) {
    int64_t i = a.as_small_int(), j = b.as_small_int();
    switch (op) {
      case CompareOp::Lt: return i < j;
      case CompareOp::Le: return i <= j;
      case CompareOp::Eq: return i == j;
      case CompareOp::Ne: return i != j;
      case CompareOp::Gt: return i > j;
      case CompareOp::Ge: return i >= j;
    }
  }
  if (a.is_double() && b.is_double()) {
    x = a.as_double();
    y = b.as_double();
  } else if (a.is_double() && b.is_small_int()) {
    x = a.as_double();
    y = static_cast<double>(b.as_small_int());
  } else if (a.is_small_int() && b.is_double()) {
    x = static_cast<double>(a.as_small_int());
    y = b.as_double();
  } else {
    return -1;
  }
  switch (op) {
    case CompareOp::Lt: return x < y;
    case CompareOp::Le: return x <= y;
    case CompareOp::Eq: return x == y;
    case CompareOp::Ne: return x != y;
    case CompareOp::Gt: return x > y;
    case CompareOp::Ge: return x >= y;
  }
  return -1;
}

// Truth of v for the conditional jumps, with the bool fast path; -1 = error.
inline int truth(Value v) {
  if (v.is_bool()) return v.is_true();
  if (v.is_none()) return 0;
  if (v.is_small_int()) return v.as_small_int() != 0;
  return is_true(v);
}

}  // namespace gyre::vm
