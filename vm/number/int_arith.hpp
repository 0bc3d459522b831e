// Python int arithmetic (Objects/longobject.c semantics): + - * // % divmod ** pow(a, b, m),
// true division, unary - and abs, round(x, ndigits). Machine-word fast paths (with overflow
// checks) fall back to GMP.
//
// Invariants: floor division and modulo round toward negative infinity (the remainder has the
// sign of the divisor); results are canonical Ints (int.hpp); errors are Python's (CPython 3.11
// messages), returned, never thrown.
#pragma once

#include <variant>

#include "vm/number/int.hpp"
#include "vm/number/number_error.hpp"

namespace gyre::vm::number {

Int add(IntView a, IntView b);
Int subtract(IntView a, IntView b);
Int multiply(IntView a, IntView b);
Int negate(IntView a);
Int absolute(IntView a);

// a // b, a % b, divmod(a, b): ZeroDivisionError "integer division or modulo by zero"
// ("integer modulo by zero" for a % b).
Result<Int> floor_divide(IntView a, IntView b);
Result<Int> modulo(IntView a, IntView b);
struct IntDivMod {
  Int quotient;
  Int remainder;
};
Result<IntDivMod> divmod(IntView a, IntView b);

// a / b, correctly rounded (round-half-even of the exact quotient, subnormals included):
// ZeroDivisionError "division by zero", OverflowError "integer division result too large for a
// float". -1 / 10**400 is -0.0, as in CPython.
Result<double> true_divide(IntView a, IntView b);

// a ** b. A negative exponent gives a float (both converted with to_double, then float_power:
// 0 ** -1 is ZeroDivisionError "0.0 cannot be raised to a negative power"). A result too large
// to allocate is MemoryError.
using IntOrFloat = std::variant<Int, double>;
Result<IntOrFloat> power(IntView base, IntView exponent);

// pow(base, exponent, modulus): the result has the sign of the modulus (or is 0). ValueError
// "pow() 3rd argument cannot be 0"; a negative exponent uses the modular inverse, ValueError
// "base is not invertible for the given modulus" when there is none.
Result<Int> power_mod(IntView base, IntView exponent, IntView modulus);

// round(a, ndigits) for an int: itself when ndigits >= 0, else rounded half to even to a
// multiple of 10**-ndigits (round(1250, -2) == 1200).
Int round_int(IntView a, IntView ndigits);

}  // namespace gyre::vm::number
