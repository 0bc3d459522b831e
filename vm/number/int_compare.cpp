// Comparisons and hashes of Python ints (see int_compare.hpp).
#include "vm/number/int_compare.hpp"

#include <cmath>

#include "vm/number/mpz_arg.hpp"

namespace gyre::vm::number {

using detail::MpzArg;

std::strong_ordering compare(IntView a, IntView b) {
  if (a.is_small() && b.is_small()) return a.small() <=> b.small();
  MpzArg x(a), y(b);
  return mpz_cmp(x, y) <=> 0;
}

std::partial_ordering compare_with_float(IntView a, double b) {
  if (std::isnan(b)) return std::partial_ordering::unordered;
  if (std::isinf(b)) return b > 0 ? std::partial_ordering::less : std::partial_ordering::greater;
  constexpr int64_t kExact = int64_t{1} << 53;
  if (a.is_small() && a.small() >= -kExact && a.small() <= kExact) {
    return static_cast<double>(a.small()) <=> b;  // both exact
  }
  // Compare with floor(b), which is an integer held exactly: a > floor(b) means a >= floor(b) + 1
  // > b; a < floor(b) means a < b; a == floor(b) leaves b's fractional part to decide.
  const double floor_b = std::floor(b);
  MpzArg x(a);
  mpz_t f;
  mpz_init_set_d(f, floor_b);
  const int cmp = mpz_cmp(x, f);
  mpz_clear(f);
  if (cmp > 0) return std::partial_ordering::greater;
  if (cmp < 0) return std::partial_ordering::less;
  return floor_b == b ? std::partial_ordering::equivalent : std::partial_ordering::less;
}

int64_t hash_int(IntView a) {
  uint64_t residue;  // |a| mod 2**61 - 1
  if (a.is_small()) {
    const int64_t v = a.small();
    residue = (v < 0 ? 0 - static_cast<uint64_t>(v) : v) % kHashModulus;
  } else {
    residue = mpz_tdiv_ui(a.big().get(), kHashModulus);  // of the absolute value
  }
  const int64_t h = a.sign() < 0 ? -static_cast<int64_t>(residue) : static_cast<int64_t>(residue);
  return h == -1 ? -2 : h;
}

}  // namespace gyre::vm::number
