// Python int arithmetic (see int_arith.hpp).
#include "vm/number/int_arith.hpp"

#include <cmath>
#include <cstdlib>

#include "vm/number/float_ops.hpp"
#include "vm/number/int_bits.hpp"
#include "vm/number/int_string.hpp"
#include "vm/number/mpz_arg.hpp"

namespace gyre::vm::number {

using detail::MpzArg;

namespace {

// Results larger than this many bits are refused with MemoryError instead of being attempted
// (CPython would try, and fail or take hours).
constexpr uint64_t kMaxResultBits = uint64_t{1} << 32;

template <class Op>
Int big_binary(IntView a, IntView b, Op op) {
  MpzArg x(a), y(b);
  BigInt out;
  op(out.get_mut(), x.get(), y.get());
  return Int::from_big(std::move(out));
}

template <class Op>
Int big_unary(IntView a, Op op) {
  MpzArg x(a);
  BigInt out;
  op(out.get_mut(), x.get());
  return Int::from_big(std::move(out));
}

uint64_t magnitude(int64_t v) { return v < 0 ? 0 - static_cast<uint64_t>(v) : v; }

}  // namespace

Int add(IntView a, IntView b) {
  int64_t r;
  if (a.is_small() && b.is_small() && !__builtin_add_overflow(a.small(), b.small(), &r)) {
    return Int::from_int64(r);
  }
  return big_binary(a, b, mpz_add);
}

Int subtract(IntView a, IntView b) {
  int64_t r;
  if (a.is_small() && b.is_small() && !__builtin_sub_overflow(a.small(), b.small(), &r)) {
    return Int::from_int64(r);
  }
  return big_binary(a, b, mpz_sub);
}

Int multiply(IntView a, IntView b) {
  int64_t r;
  if (a.is_small() && b.is_small() && !__builtin_mul_overflow(a.small(), b.small(), &r)) {
    return Int::from_int64(r);
  }
  return big_binary(a, b, mpz_mul);
}

Int negate(IntView a) {
  if (a.is_small() && a.small() != INT64_MIN) return Int::from_int64(-a.small());
  return big_unary(a, mpz_neg);
}

Int absolute(IntView a) { return a.sign() < 0 ? negate(a) : Int::from_view(a); }

Result<IntDivMod> divmod(IntView a, IntView b) {
  if (b.sign() == 0) return zero_division_error(messages::kIntDivisionByZero);
  if (a.is_small() && b.is_small() && !(a.small() == INT64_MIN && b.small() == -1)) {
    int64_t q = a.small() / b.small(), r = a.small() % b.small();
    if (r != 0 && ((r < 0) != (b.small() < 0))) {
      q -= 1;
      r += b.small();
    }
    return IntDivMod{Int::from_int64(q), Int::from_int64(r)};
  }
  MpzArg x(a), y(b);
  BigInt q, r;
  mpz_fdiv_qr(q.get_mut(), r.get_mut(), x, y);
  return IntDivMod{Int::from_big(std::move(q)), Int::from_big(std::move(r))};
}

Result<Int> floor_divide(IntView a, IntView b) {
  auto r = divmod(a, b);
  if (!r) return r.error();
  return std::move(r.value().quotient);
}

Result<Int> modulo(IntView a, IntView b) {
  if (b.sign() == 0) return zero_division_error(messages::kIntModuloByZero);
  auto r = divmod(a, b);
  if (!r) return r.error();
  return std::move(r.value().remainder);
}

Result<double> true_divide(IntView a, IntView b) {
  if (b.sign() == 0) return zero_division_error(messages::kDivisionByZero);
  constexpr uint64_t kExact = uint64_t{1} << 53;  // every int up to this is a double exactly
  if (a.is_small() && b.is_small() && magnitude(a.small()) <= kExact &&
      magnitude(b.small()) <= kExact) {
    return static_cast<double>(a.small()) / static_cast<double>(b.small());
  }
  const bool negative = (a.sign() < 0) != (b.sign() < 0);
  const double zero = negative ? -0.0 : 0.0;
  if (a.sign() == 0) return zero;
  MpzArg x(a), y(b);
  BigInt num, den;
  mpz_abs(num.get_mut(), x);
  mpz_abs(den.get_mut(), y);
  const int64_t diff = static_cast<int64_t>(mpz_sizeinbase(num.get(), 2)) -
                       static_cast<int64_t>(mpz_sizeinbase(den.get(), 2));
  // The quotient lies in (2**(diff-1), 2**(diff+1)).
  if (diff > 1025) return overflow_error(messages::kIntDivisionTooLarge);
  if (diff < -1080) return zero;  // below half the smallest subnormal, 2**-1075
  // Scale so that the integer quotient has 55 or 56 bits, then round it to 53 bits (fewer for
  // a subnormal result) half to even, the remainder acting as a sticky bit.
  const int64_t scale = 55 - diff;
  if (scale >= 0) {
    mpz_mul_2exp(num.get_mut(), num.get(), scale);
  } else {
    mpz_mul_2exp(den.get_mut(), den.get(), -scale);
  }
  BigInt q, r;
  mpz_tdiv_qr(q.get_mut(), r.get_mut(), num.get(), den.get());
  const int64_t q_bits = static_cast<int64_t>(mpz_sizeinbase(q.get(), 2));
  // The lowest kept bit is worth 2**(drop - scale), which must not be below 2**-1074.
  const int64_t drop = std::max(q_bits - 53, scale - 1074);
  const bool round_bit = mpz_tstbit(q.get(), drop - 1);
  const bool sticky = r.sign() != 0 || mpz_scan1(q.get(), 0) < static_cast<mp_bitcnt_t>(drop - 1);
  mpz_fdiv_q_2exp(q.get_mut(), q.get(), drop);
  if (round_bit && (sticky || mpz_odd_p(q.get()))) mpz_add_ui(q.get_mut(), q.get(), 1);
  const double result = std::ldexp(mpz_get_d(q.get()), static_cast<int>(drop - scale));
  if (std::isinf(result)) return overflow_error(messages::kIntDivisionTooLarge);
  return negative ? -result : result;
}

Result<IntOrFloat> power(IntView base, IntView exponent) {
  if (exponent.sign() < 0) {
    auto x = to_double(base);
    if (!x) return x.error();
    auto y = to_double(exponent);
    if (!y) return y.error();
    auto r = float_power(*x, *y);
    if (!r) return r.error();
    return IntOrFloat(*r);
  }
  int64_t small_base = 0;
  const bool base_fits = base.to_int64(small_base);
  if (base_fits && (small_base == 0 || small_base == 1)) {
    return IntOrFloat(Int::from_int64(exponent.sign() == 0 ? 1 : small_base));
  }
  if (base_fits && small_base == -1) {
    const bool odd = exponent.is_small() ? (exponent.small() & 1) : mpz_odd_p(exponent.big().get());
    return IntOrFloat(Int::from_int64(odd ? -1 : 1));
  }
  int64_t e = 0;
  if (!exponent.to_int64(e)) return memory_error();
  const uint64_t base_bits = bit_length(base);
  if (base_bits > 1 && static_cast<uint64_t>(e) > kMaxResultBits / (base_bits - 1)) {
    return memory_error();
  }
  if (base_fits) {  // square-and-multiply in machine words while nothing overflows
    int64_t result = 1, b = small_base;
    uint64_t n = static_cast<uint64_t>(e);
    bool overflow = false;
    while (n != 0 && !overflow) {
      if (n & 1) overflow = __builtin_mul_overflow(result, b, &result);
      n >>= 1;
      if (n != 0 && !overflow) overflow = __builtin_mul_overflow(b, b, &b);
    }
    if (!overflow) return IntOrFloat(Int::from_int64(result));
  }
  MpzArg x(base);
  BigInt out;
  mpz_pow_ui(out.get_mut(), x, static_cast<unsigned long>(e));
  return IntOrFloat(Int::from_big(std::move(out)));
}

Result<Int> power_mod(IntView base, IntView exponent, IntView modulus) {
  if (modulus.sign() == 0) return value_error(messages::kPowModulusZero);
  MpzArg b(base), e(exponent), m(modulus);
  BigInt abs_modulus, base_value, exp_value;
  mpz_abs(abs_modulus.get_mut(), m);
  if (mpz_cmp_ui(abs_modulus.get(), 1) == 0) return Int();
  mpz_set(base_value.get_mut(), b);
  mpz_set(exp_value.get_mut(), e);
  if (exp_value.sign() < 0) {
    if (mpz_invert(base_value.get_mut(), base_value.get(), abs_modulus.get()) == 0) {
      return value_error(messages::kNotInvertible);
    }
    mpz_neg(exp_value.get_mut(), exp_value.get());
  }
  BigInt out;
  mpz_powm(out.get_mut(), base_value.get(), exp_value.get(), abs_modulus.get());  // in [0, |m|)
  if (modulus.sign() < 0 && out.sign() != 0) mpz_sub(out.get_mut(), out.get(), abs_modulus.get());
  return Int::from_big(std::move(out));
}

Int round_int(IntView a, IntView ndigits) {
  if (ndigits.sign() >= 0 || a.sign() == 0) return Int::from_view(a);
  MpzArg x(a);
  int64_t n = 0;
  // 10**n > 2 * |a| rounds to 0: so does any n beyond the digit count of a plus one.
  const uint64_t digits = mpz_sizeinbase(x, 10);
  if (!ndigits.to_int64(n) || magnitude(n) > digits + 1) return Int();
  BigInt power_of_ten, q, r;
  mpz_ui_pow_ui(power_of_ten.get_mut(), 10, magnitude(n));
  mpz_fdiv_qr(q.get_mut(), r.get_mut(), x, power_of_ten.get());
  mpz_mul_2exp(r.get_mut(), r.get(), 1);
  const int cmp = mpz_cmp(r.get(), power_of_ten.get());
  if (cmp > 0 || (cmp == 0 && mpz_odd_p(q.get()))) mpz_add_ui(q.get_mut(), q.get(), 1);
  mpz_mul(q.get_mut(), q.get(), power_of_ten.get());
  return Int::from_big(std::move(q));
}

}  // namespace gyre::vm::number
