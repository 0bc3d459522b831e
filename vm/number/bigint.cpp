// BigInt (see bigint.hpp).
#include "vm/number/bigint.hpp"

#include <cmath>
#include <string>

namespace gyre::vm::number {

BigInt::BigInt(int64_t v) { mpz_init_set_si(value_, v); }

BigInt BigInt::from_uint64(uint64_t v) {
  BigInt out;
  mpz_set_ui(out.value_, v);
  return out;
}

Result<BigInt> BigInt::from_double(double d) {
  if (std::isinf(d)) return overflow_error(messages::kInfinityToInteger);
  if (std::isnan(d)) return value_error(messages::kNaNToInteger);
  BigInt out;
  mpz_set_d(out.value_, d);  // truncates toward zero, exactly
  return out;
}

std::optional<BigInt> BigInt::from_digits(std::string_view text, int base) {
  if (base < 2 || base > 36) return std::nullopt;
  std::string_view digits = text.starts_with('-') ? text.substr(1) : text;
  if (digits.empty()) return std::nullopt;
  for (char c : digits) {
    int d = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'a' && c <= 'z' ? c - 'a' + 10
            : c >= 'A' && c <= 'Z' ? c - 'A' + 10
                                   : 99;
    if (d >= base) return std::nullopt;
  }
  BigInt out;
  const std::string nul_terminated(text);
  if (mpz_set_str(out.value_, nul_terminated.c_str(), base) != 0) return std::nullopt;
  return out;
}

bool BigInt::fits_int64() const { return mpz_fits_slong_p(value_); }
int64_t BigInt::to_int64() const { return mpz_get_si(value_); }

}  // namespace gyre::vm::number
