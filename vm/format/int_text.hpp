// Integers as digit strings and as floats, for the formatting code: _PyLong_Format without its
// prefix (GMP for big values, std::to_chars for machine ones) and PyLong_AsDouble's correctly
// rounded conversion (int_to_double, declared in format_spec.hpp).
#pragma once

#include <gmp.h>

#include <cstdint>
#include <string>

namespace gyre::format::detail {

// The sign and the lower-case digits of an integer in base 2, 8, 10 or 16.
struct IntDigits {
  bool negative = false;
  std::string digits;
};
IntDigits int_digits(mpz_srcptr value, int base);
IntDigits int_digits(int64_t value, int base);

}  // namespace gyre::format::detail
