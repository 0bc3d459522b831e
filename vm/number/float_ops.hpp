// Python float arithmetic where it differs from C's: / // % divmod ** (Objects/floatobject.c
// of CPython 3.11), and hash() of a float (_Py_HashDouble). + - * and comparisons are C's.
//
// Invariants: // and % follow Python's sign rules (the remainder has the sign of the divisor,
// x == (x // y) * y + x % y up to rounding; math.fmod is C's fmod); a zero divisor is
// ZeroDivisionError with CPython's message per operation; ** follows float_pow's special cases
// and reports ComplexResult (not an exception) for a negative base and a fractional exponent.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "vm/number/number_error.hpp"

namespace gyre::vm::number {

Result<double> float_true_divide(double a, double b);   // "float division by zero"
Result<double> float_floor_divide(double a, double b);  // "float floor division by zero"
Result<double> float_modulo(double a, double b);        // "float modulo"
struct FloatDivMod {
  double quotient;
  double remainder;
};
Result<FloatDivMod> float_divmod(double a, double b);  // "float divmod()"
// a ** b: ZeroDivisionError "0.0 cannot be raised to a negative power", OverflowError
// "(34, 'Numerical result out of range')", ComplexResult for (-8.0) ** (1/3).
Result<double> float_power(double a, double b);

// hash(x). nullopt for a NaN, whose hash is its object's identity hash in 3.11 (the caller
// hashes the pointer, as _Py_HashPointer).
std::optional<int64_t> float_hash(double x);

// repr(x) / str(x): '1.0', '1e+16', 'inf', 'nan' (vm/format's 'r' style).
std::string float_repr(double x);

}  // namespace gyre::vm::number
