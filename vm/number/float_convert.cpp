// Conversions of Python floats (see float_convert.hpp).
#include "vm/number/float_convert.hpp"

#include <charconv>
#include <cmath>
#include <cstring>
#include <string>

#include "vm/number/mpz_arg.hpp"
#include "vm/number/text_input.hpp"
#include "vm/text/str_numeric.hpp"

namespace gyre::vm::number {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool equals_ignoring_case(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((s[i] | 0x20) != lower[i]) return false;
  }
  return true;
}

// Reads a decimal number without sign ("12.5e-3", ".5", "5.") that has already been checked
// for syntax, correctly rounded. Overflow gives inf and underflow 0.0, as _Py_dg_strtod;
// `overflowed` reports the former.
double read_decimal(std::string_view s, bool& overflowed) {
  overflowed = false;
  double value = 0.0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value,
                                         std::chars_format::general);
  (void)end;
  if (ec != std::errc::result_out_of_range) return value;
  // Out of range: the decimal exponent k of the value (it lies in [10**(k-1), 10**k)) tells
  // overflow (k > 0) from underflow.
  int64_t integer_digits = 0, digit_index = 0, first_nonzero = -1;
  bool seen_point = false;
  size_t i = 0;
  for (; i < s.size() && s[i] != 'e' && s[i] != 'E'; ++i) {
    if (s[i] == '.') {
      seen_point = true;
      continue;
    }
    if (!seen_point) ++integer_digits;
    if (first_nonzero < 0 && s[i] != '0') first_nonzero = digit_index;
    ++digit_index;
  }
  int64_t exponent = integer_digits - first_nonzero;
  if (i < s.size()) {  // the exponent, saturated
    size_t j = i + 1;
    bool negative = false;
    if (j < s.size() && (s[j] == '+' || s[j] == '-')) negative = s[j++] == '-';
    int64_t e = 0;
    for (; j < s.size(); ++j) e = std::min<int64_t>(e * 10 + (s[j] - '0'), 1'000'000'000);
    exponent += negative ? -e : e;
  }
  overflowed = exponent > 0;
  return overflowed ? HUGE_VAL : 0.0;
}

// Is `s` digits [. digits] [e [sign] digits] with at least one mantissa digit?
bool is_decimal_syntax(std::string_view s) {
  size_t i = 0, mantissa_digits = 0;
  while (i < s.size() && is_digit(s[i])) ++i, ++mantissa_digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && is_digit(s[i])) ++i, ++mantissa_digits;
  }
  if (mantissa_digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    const size_t start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i == start) return false;
  }
  return i == s.size();
}

// x as m * 2**e with an integer m (|m| < 2**53) and an exact split; x finite.
void split_double(double x, int64_t& mantissa, int& exponent) {
  const double fraction = std::frexp(x, &exponent);
  mantissa = static_cast<int64_t>(std::ldexp(fraction, 53));
  exponent -= 53;
  if (mantissa == 0) {
    exponent = 0;
    return;
  }
  const int zeros = __builtin_ctzll(static_cast<uint64_t>(mantissa < 0 ? -mantissa : mantissa));
  mantissa >>= zeros;  // exact: only zero bits leave (arithmetic shift keeps the sign)
  exponent += zeros;
}

}  // namespace

Result<double> parse_float(std::string_view text, ReprFunction repr, TextSource source) {
  std::string ascii;
  std::string_view s = text;
  if (source == TextSource::Str) {
    ascii = text::decimal_and_space_to_ascii(text);
    s = ascii;
  }
  auto invalid = [&]() -> Error {
    return value_error("could not convert string to float: " + repr(text));
  };
  // _Py_string_to_number_with_underscores: an underscore needs a digit on each side.
  std::string without_underscores;
  if (s.find('_') != std::string_view::npos) {
    char prev = '\0';
    for (char c : s) {
      if (c == '_') {
        if (!is_digit(prev)) return invalid();
      } else {
        without_underscores.push_back(c);
        if (prev == '_' && !is_digit(c)) return invalid();
      }
      prev = c;
    }
    if (prev == '_') return invalid();
    s = without_underscores;
  }
  while (!s.empty() && detail::is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && detail::is_ascii_space(s.back())) s.remove_suffix(1);
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  double value;
  if (equals_ignoring_case(s, "inf") || equals_ignoring_case(s, "infinity")) {
    value = HUGE_VAL;
  } else if (equals_ignoring_case(s, "nan")) {
    value = std::nan("");
  } else if (is_decimal_syntax(s)) {
    bool overflowed;
    value = read_decimal(s, overflowed);
  } else {
    return invalid();
  }
  return negative ? -value : value;
}

Result<Int> float_to_int(double x, FloatRounding mode) {
  if (std::isinf(x)) return overflow_error(messages::kInfinityToInteger);
  if (std::isnan(x)) return value_error(messages::kNaNToInteger);
  double whole = x;
  switch (mode) {
    case FloatRounding::Truncate: whole = std::trunc(x); break;
    case FloatRounding::Floor: whole = std::floor(x); break;
    case FloatRounding::Ceiling: whole = std::ceil(x); break;
    case FloatRounding::HalfEven:
      whole = std::round(x);  // half away from zero, then fix the ties
      if (std::fabs(x - whole) == 0.5) whole = 2.0 * std::round(x / 2.0);
      break;
  }
  constexpr double kLimit = 9.2e18;  // comfortably inside int64
  if (whole > -kLimit && whole < kLimit) return Int::from_int64(static_cast<int64_t>(whole));
  auto big = BigInt::from_double(whole);
  return Int::from_big(std::move(big).value());
}

Result<double> float_round(double x, IntView ndigits) {
  if (!std::isfinite(x)) return x;
  // CPython's bounds: beyond them x rounds to itself or to a zero of its sign.
  constexpr int64_t kMaxDigits = 323;   // (DBL_MANT_DIG - DBL_MIN_EXP) * log10(2)
  constexpr int64_t kMinDigits = -308;  // -(DBL_MAX_EXP + 1) * log10(2)
  int64_t n = 0;
  if (!ndigits.to_int64(n)) n = ndigits.sign() > 0 ? kMaxDigits + 1 : kMinDigits - 1;
  if (n > kMaxDigits) return x;
  if (n < kMinDigits) return 0.0 * x;
  // N = round-half-even(|x| * 10**n) exactly, with |x| = m * 2**e.
  int64_t m;
  int e;
  split_double(std::fabs(x), m, e);
  BigInt num = BigInt::from_uint64(static_cast<uint64_t>(m)), den(1), power_of_ten;
  mpz_ui_pow_ui(power_of_ten.get_mut(), 10, static_cast<unsigned long>(n < 0 ? -n : n));
  mpz_mul(n >= 0 ? num.get_mut() : den.get_mut(), n >= 0 ? num.get() : den.get(),
          power_of_ten.get());
  if (e >= 0) {
    mpz_mul_2exp(num.get_mut(), num.get(), e);
  } else {
    mpz_mul_2exp(den.get_mut(), den.get(), -e);
  }
  BigInt q, r;
  mpz_fdiv_qr(q.get_mut(), r.get_mut(), num.get(), den.get());
  mpz_mul_2exp(r.get_mut(), r.get(), 1);
  const int cmp = mpz_cmp(r.get(), den.get());
  if (cmp > 0 || (cmp == 0 && mpz_odd_p(q.get()))) mpz_add_ui(q.get_mut(), q.get(), 1);
  // Read "N e-n" back, correctly rounded, with x's sign (round(-0.4) is -0.0).
  std::string decimal(mpz_sizeinbase(q.get(), 10) + 2, '\0');
  mpz_get_str(decimal.data(), 10, q.get());
  decimal.resize(std::strlen(decimal.c_str()));
  decimal += "e" + std::to_string(-n);
  bool overflowed;
  const double rounded = read_decimal(decimal, overflowed);
  if (overflowed) return overflow_error(messages::kRoundedTooLarge);
  return std::copysign(rounded, x);
}

bool float_is_integer(double x) { return std::isfinite(x) && std::floor(x) == x; }

Result<IntRatio> float_as_integer_ratio(double x) {
  if (std::isinf(x)) return overflow_error(messages::kInfinityToRatio);
  if (std::isnan(x)) return value_error(messages::kNaNToRatio);
  int64_t m;
  int e;
  split_double(x, m, e);  // m is odd unless e >= 0 or x == 0: the ratio is in lowest terms
  BigInt numerator(m), denominator(1);
  if (e >= 0) {
    mpz_mul_2exp(numerator.get_mut(), numerator.get(), e);
  } else {
    mpz_mul_2exp(denominator.get_mut(), denominator.get(), -e);
  }
  return IntRatio{Int::from_big(std::move(numerator)), Int::from_big(std::move(denominator))};
}

}  // namespace gyre::vm::number
