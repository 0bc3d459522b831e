// Comparisons and hashes of Python ints: int with int, int with float (exactly, as CPython's
// float_richcompare: 2**53 + 1 > 2.0**53 even though float(2**53 + 1) == 2.0**53), and hash()
// of an int of any size (CPython's: |x| mod 2**61 - 1 with the sign of x, -1 becoming -2).
//
// Invariants: hash(int) == hash(float) whenever the values are equal (float_hash in
// float_ops.hpp uses the same modulus), so dict keys 1 and 1.0 collide as in Python.
#pragma once

#include <compare>
#include <cstdint>

#include "vm/number/int.hpp"

namespace gyre::vm::number {

inline constexpr int64_t kHashModulus = (int64_t{1} << 61) - 1;  // _PyHASH_MODULUS

std::strong_ordering compare(IntView a, IntView b);
// Unordered when b is NaN; infinities compare beyond every int.
std::partial_ordering compare_with_float(IntView a, double b);
int64_t hash_int(IntView a);

}  // namespace gyre::vm::number
