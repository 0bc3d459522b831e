// Python int bit operations: & | ^ ~ << >> and int.bit_length(). Negative ints behave as
// infinite two's complement (GMP's mpz_and/ior/xor/com semantics, which are Python's).
//
// Invariants: shifts by a negative count are ValueError "negative shift count"; a left shift
// whose result could not be allocated is MemoryError (as CPython's 1 << 2**62); a right shift by
// any huge count gives 0 or -1.
#pragma once

#include <cstdint>

#include "vm/number/int.hpp"
#include "vm/number/number_error.hpp"

namespace gyre::vm::number {

Int bit_and(IntView a, IntView b);
Int bit_or(IntView a, IntView b);
Int bit_xor(IntView a, IntView b);
Int bit_invert(IntView a);  // ~a == -a - 1
Result<Int> left_shift(IntView a, IntView count);
Result<Int> right_shift(IntView a, IntView count);  // floor(a / 2**count)
uint64_t bit_length(IntView a);                     // of abs(a); 0 for 0

}  // namespace gyre::vm::number
