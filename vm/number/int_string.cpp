// Python ints as text and back (see int_string.hpp).
#include "vm/number/int_string.hpp"

#include <fmt/format.h>

#include <charconv>

#include "vm/format/format_spec.hpp"
#include "vm/number/mpz_arg.hpp"
#include "vm/number/text_input.hpp"
#include "vm/text/str_numeric.hpp"

namespace gyre::vm::number {

using detail::MpzArg;

namespace {

bool is_power_of_two(int base) { return (base & (base - 1)) == 0; }

// The value of an ASCII digit in bases up to 36; 99 for anything else.
int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

Error str_digits_limit(int64_t max_str_digits) {
  return value_error(fmt::format(
      "Exceeds the limit ({} digits) for integer string conversion; use "
      "sys.set_int_max_str_digits() to increase the limit",
      max_str_digits));
}

}  // namespace

Result<std::string> to_string(IntView a, int base, int64_t max_str_digits) {
  const bool limited = max_str_digits > 0 && !is_power_of_two(base);
  std::string out;
  if (a.is_small()) {
    const int64_t v = a.small();
    const uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : v;
    char buf[72];
    const auto end = std::to_chars(buf, buf + sizeof buf, m, base).ptr;
    if (limited && end - buf > max_str_digits) return str_digits_limit(max_str_digits);
    if (v < 0) out.push_back('-');
    out.append(buf, end);
    return out;
  }
  mpz_srcptr x = a.big().get();
  const size_t estimate = mpz_sizeinbase(x, base);  // exact or one too many
  if (limited && estimate - 1 > static_cast<uint64_t>(max_str_digits)) {
    return str_digits_limit(max_str_digits);
  }
  out.resize(estimate + 2);
  mpz_get_str(out.data(), base, x);
  out.resize(out.find('\0'));
  const size_t digits = out.size() - (out[0] == '-');
  if (limited && digits > static_cast<uint64_t>(max_str_digits)) {
    return str_digits_limit(max_str_digits);
  }
  return out;
}

std::string to_prefixed_string(IntView a, int base) {
  std::string digits = *to_string(a, base, 0);
  const char* prefix = base == 16 ? "0x" : base == 8 ? "0o" : "0b";
  const size_t at = digits[0] == '-' ? 1 : 0;
  digits.insert(at, prefix);
  return digits;
}

Result<Int> parse_int(std::string_view text, int base, ReprFunction repr, TextSource source,
                      int64_t max_str_digits) {
  if ((base != 0 && base < 2) || base > 36) return value_error(messages::kIntBase);
  std::string ascii;
  std::string_view s = text;
  if (source == TextSource::Str) {
    ascii = text::decimal_and_space_to_ascii(text);
    s = ascii;
  }
  auto invalid = [&]() -> Error {
    return value_error(fmt::format("invalid literal for int() with base {}: {}", base,
                                   detail::input_repr_200(text, repr)));
  };
  // The steps of CPython's PyLong_FromString, in its order (which decides which error wins).
  auto at = [&](size_t i) { return i < s.size() ? s[i] : '\0'; };
  size_t i = 0;
  while (i < s.size() && detail::is_ascii_space(s[i])) ++i;
  bool negative = false;
  if (at(i) == '+' || at(i) == '-') negative = s[i++] == '-';
  int radix = base;
  bool error_if_nonzero = false;  // base 0 with a leading 0: only zeros are allowed ("00")
  if (radix == 0) {
    const char next = at(i + 1) | 0x20;  // lower case for letters
    if (at(i) != '0') {
      radix = 10;
    } else if (next == 'x') {
      radix = 16;
    } else if (next == 'o') {
      radix = 8;
    } else if (next == 'b') {
      radix = 2;
    } else {
      error_if_nonzero = true;
      radix = 10;
    }
  }
  if (at(i) == '0') {
    const char next = at(i + 1) | 0x20;
    if ((radix == 16 && next == 'x') || (radix == 8 && next == 'o') ||
        (radix == 2 && next == 'b')) {
      i += 2;
      if (at(i) == '_') ++i;  // one underscore may follow the prefix
    }
  }
  if (at(i) == '_') return invalid();
  std::string digits;
  char prev = '\0';
  for (; i < s.size() && (digit_value(s[i]) < radix || s[i] == '_'); ++i) {
    if (s[i] == '_') {
      if (prev == '_') return invalid();
    } else {
      digits.push_back(s[i]);
    }
    prev = s[i];
  }
  if (prev == '_') return invalid();
  if (max_str_digits > 0 && !is_power_of_two(radix) &&
      digits.size() > static_cast<uint64_t>(max_str_digits)) {
    return value_error(fmt::format(
        "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use "
        "sys.set_int_max_str_digits() to increase the limit",
        max_str_digits, digits.size()));
  }
  if (digits.empty()) return invalid();
  while (i < s.size() && detail::is_ascii_space(s[i])) ++i;
  if (i != s.size()) return invalid();

  Int value;
  if (radix == 10 && digits.size() <= 18) {
    int64_t v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    value = Int::from_int64(negative ? -v : v);
  } else {
    BigInt big;
    mpz_set_str(big.get_mut(), digits.c_str(), radix);
    if (negative) mpz_neg(big.get_mut(), big.get());
    value = Int::from_big(std::move(big));
  }
  if (error_if_nonzero && value.sign() != 0) {
    return invalid();
  }
  return value;
}

Result<double> to_double(IntView a) {
  if (a.is_small()) return static_cast<double>(a.small());  // correctly rounded by the hardware
  auto d = format::int_to_double(a.big().get());
  if (!d) return overflow_error(messages::kIntTooLargeForFloat);
  return *d;
}

}  // namespace gyre::vm::number
