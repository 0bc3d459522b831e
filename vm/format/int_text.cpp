// Integers as digit strings and floats (see int_text.hpp).
#include "vm/format/int_text.hpp"

#include <charconv>
#include <cmath>

#include "vm/format/format_spec.hpp"

namespace gyre::format {
namespace detail {

IntDigits int_digits(mpz_srcptr value, int base) {
  IntDigits out;
  out.negative = mpz_sgn(value) < 0;
  out.digits.resize(mpz_sizeinbase(value, base) + 2);
  mpz_get_str(out.digits.data(), base, value);  // lower case, with a '-' when negative
  out.digits.resize(out.digits.find('\0'));
  if (out.negative) out.digits.erase(0, 1);
  return out;
}

IntDigits int_digits(int64_t value, int base) {
  IntDigits out;
  out.negative = value < 0;
  const uint64_t magnitude = out.negative ? 0 - static_cast<uint64_t>(value) : value;
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof buf, magnitude, base);
  out.digits.assign(buf, res.ptr);
  return out;
}

}  // namespace detail

std::optional<double> int_to_double(mpz_srcptr value) {
  const size_t bits = mpz_sizeinbase(value, 2);
  if (bits <= 53) return mpz_get_d(value);  // exact
  // Keep the top 53 bits and round the rest half to even, with a sticky bit for the tail.
  const mp_bitcnt_t shift = bits - 53;
  mpz_t top;
  mpz_init(top);
  mpz_abs(top, value);
  const bool round_bit = mpz_tstbit(top, shift - 1);
  const bool sticky = mpz_scan1(top, 0) < shift - 1;
  mpz_fdiv_q_2exp(top, top, shift);
  if (round_bit && (sticky || mpz_odd_p(top))) mpz_add_ui(top, top, 1);
  const double mantissa = mpz_get_d(top);  // at most 2**53: exact
  mpz_clear(top);
  if (shift > 1100) return std::nullopt;
  const double result = std::ldexp(mantissa, static_cast<int>(shift));
  if (std::isinf(result)) return std::nullopt;
  return mpz_sgn(value) < 0 ? -result : result;
}

}  // namespace gyre::format
