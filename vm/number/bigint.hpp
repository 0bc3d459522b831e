// BigInt: an owning RAII wrapper over GMP's mpz_t, the payload of a heap int object.
//
// Invariants: a BigInt always holds an initialized mpz_t (a moved-from BigInt is 0, still valid);
// copying copies the value. BigInt knows nothing of Python's small-int range: Int (int.hpp) is
// the canonical small-or-big form. GMP's own functions apply to get() / get_mut().
#pragma once

#include <gmp.h>

#include <cstdint>
#include <optional>
#include <string_view>

#include "vm/number/number_error.hpp"

namespace gyre::vm::number {

class BigInt {
 public:
  BigInt() { mpz_init(value_); }
  explicit BigInt(int64_t v);
  static BigInt from_uint64(uint64_t v);
  // int(x) for a float: truncates toward zero. OverflowError "cannot convert float infinity to
  // integer", ValueError "cannot convert float NaN to integer".
  static Result<BigInt> from_double(double d);
  // Plain digits in `base` (2..36, either case), with an optional leading '-'; no spaces,
  // prefixes or underscores (Python's rules are parse_int's, int_string.hpp). nullopt when
  // `text` is not such a number.
  static std::optional<BigInt> from_digits(std::string_view text, int base);

  BigInt(const BigInt& other) { mpz_init_set(value_, other.value_); }
  BigInt(BigInt&& other) noexcept {
    mpz_init(value_);  // does not allocate (GMP >= 6.2)
    mpz_swap(value_, other.value_);
  }
  BigInt& operator=(const BigInt& other) {
    if (this != &other) mpz_set(value_, other.value_);
    return *this;
  }
  BigInt& operator=(BigInt&& other) noexcept {
    mpz_swap(value_, other.value_);
    return *this;
  }
  ~BigInt() { mpz_clear(value_); }

  mpz_srcptr get() const { return value_; }
  mpz_ptr get_mut() { return value_; }

  int sign() const { return mpz_sgn(value_); }  // -1, 0 or 1
  bool fits_int64() const;
  int64_t to_int64() const;  // precondition: fits_int64()
  uint64_t bit_length() const { return sign() == 0 ? 0 : mpz_sizeinbase(value_, 2); }

  bool operator==(const BigInt& other) const { return mpz_cmp(value_, other.value_) == 0; }

 private:
  mpz_t value_;
};

}  // namespace gyre::vm::number
