// Python float arithmetic (see float_ops.hpp); follows CPython 3.11's Objects/floatobject.c.
#include "vm/number/float_ops.hpp"

#include <cmath>

#include "vm/format/double_to_string.hpp"
#include "vm/number/int_compare.hpp"

namespace gyre::vm::number {

namespace {

bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

// float_divmod's core, for a nonzero b.
FloatDivMod divmod_nonzero(double a, double b) {
  double mod = std::fmod(a, b);
  double div = (a - mod) / b;  // exact up to rounding: a - mod is a multiple of b
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) {  // give the remainder the sign of the divisor
      mod += b;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, b);
  }
  double floordiv;
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;  // div was a hair below an integer
  } else {
    floordiv = std::copysign(0.0, a / b);
  }
  return {floordiv, mod};
}

}  // namespace

Result<double> float_true_divide(double a, double b) {
  if (b == 0.0) return zero_division_error(messages::kFloatDivisionByZero);
  return a / b;
}

Result<double> float_floor_divide(double a, double b) {
  if (b == 0.0) return zero_division_error(messages::kFloatFloorDivisionByZero);
  return divmod_nonzero(a, b).quotient;
}

Result<double> float_modulo(double a, double b) {
  if (b == 0.0) return zero_division_error(messages::kFloatModulo);
  double mod = std::fmod(a, b);
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = std::copysign(0.0, b);
  }
  return mod;
}

Result<FloatDivMod> float_divmod(double a, double b) {
  if (b == 0.0) return zero_division_error(messages::kFloatDivmod);
  return divmod_nonzero(a, b);
}

Result<double> float_power(double a, double b) {
  if (b == 0.0) return 1.0;  // x ** 0 is 1, even for a NaN x
  if (std::isnan(a)) return a;
  if (std::isnan(b)) return a == 1.0 ? 1.0 : b;  // 1 ** nan is 1
  if (std::isinf(b)) {
    const double m = std::fabs(a);
    if (m == 1.0) return 1.0;
    if ((b > 0.0) == (m > 1.0)) return std::fabs(b);  // inf
    return 0.0;
  }
  if (std::isinf(a)) {
    const bool odd = is_odd_integer(b);
    if (b > 0.0) return odd ? a : std::fabs(a);
    return odd ? std::copysign(0.0, a) : 0.0;
  }
  if (a == 0.0) {
    if (b < 0.0) return zero_division_error(messages::kZeroNegativePower);
    return is_odd_integer(b) ? a : 0.0;  // keeps the sign of -0.0 for odd powers
  }
  bool negate_result = false;
  if (a < 0.0) {
    if (b != std::floor(b)) return Error{ErrorKind::ComplexResult, {}};
    a = -a;
    negate_result = is_odd_integer(b);
  }
  if (a == 1.0) return negate_result ? -1.0 : 1.0;
  double result = std::pow(a, b);
  if (std::isinf(result)) return overflow_error(messages::kFloatRangeError);
  return negate_result ? -result : result;
}

std::optional<int64_t> float_hash(double x) {
  if (std::isinf(x)) return x > 0 ? 314159 : -314159;
  if (std::isnan(x)) return std::nullopt;
  int exponent;
  double mantissa = std::frexp(x, &exponent);
  int64_t sign = 1;
  if (mantissa < 0) {
    sign = -1;
    mantissa = -mantissa;
  }
  // Take 28 bits of the mantissa at a time, keeping x * 2**-e mod 2**61 - 1 (a rotation of
  // 61-bit values multiplies by a power of two modulo the Mersenne prime).
  constexpr int kBits = 61;
  constexpr uint64_t kModulus = static_cast<uint64_t>(kHashModulus);
  uint64_t h = 0;
  while (mantissa != 0.0) {
    h = ((h << 28) & kModulus) | h >> (kBits - 28);
    mantissa *= 268435456.0;  // 2**28
    exponent -= 28;
    const uint64_t top = static_cast<uint64_t>(mantissa);
    mantissa -= static_cast<double>(top);
    h += top;
    if (h >= kModulus) h -= kModulus;
  }
  exponent = exponent >= 0 ? exponent % kBits : kBits - 1 - ((-1 - exponent) % kBits);
  h = ((h << exponent) & kModulus) | h >> (kBits - exponent);
  const int64_t result = static_cast<int64_t>(h) * sign;
  return result == -1 ? -2 : result;
}

std::string float_repr(double x) {
  format::detail::DoubleFlags flags;
  flags.add_dot_0 = true;
  return format::detail::double_to_string(x, 'r', 0, flags);
}

}  // namespace gyre::vm::number
