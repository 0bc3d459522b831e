// The int, bool and float types (vm/numbers.cpp), wired to the number library (vm/number).
// Ints within 48 bits are immediates, larger ones heap objects holding a GMP BigInt; make_int
// picks the form, so every int value has exactly one. Hashes equal CPython's: hash(n) = n mod
// (2^61 - 1) with the sign kept and -1 -> -2; floats use _Py_HashDouble, so 1 == 1.0 == True
// hash equally.
#pragma once

#include <cstdint>

#include <string_view>

#include "vm/number/int.hpp"
#include "vm/object.hpp"

namespace gyre::vm {

// An int from a C++ integer.
Ref make_int(int64_t i);
// The int of a number-library result: an immediate when it fits, else a heap int.
Ref make_int(number::Int&& i);
// The int whose decimal digits are `digits` (the compiler's literals: no sign, no underscores).
Ref int_from_decimal(std::string_view digits);
// A view of an int (bools included) for the number library; false when `v` is not an int.
bool int_view(Value v, number::IntView& out);
inline Ref make_float(double d) { return Ref::steal(Value::from_double(d)); }

// An instance of a float subclass: floats themselves are immediates, so a subclass instance
// is a heap object holding the value (with its type, and the __dict__ after it).
struct FloatObject : Object {
  double value;
};
bool is_float(Value v);  // isinstance(v, float)
// The value of a float or float-subclass instance (precondition: is_float(v)).
inline double float_value(Value v) {
  return v.is_double() ? v.as_double() : static_cast<const FloatObject*>(v.as_object())->value;
}

bool is_int(Value v);  // isinstance(v, int), bools included
// The exact int equal to `v` (precondition: is_int(v)): v itself for an int, a copy of the
// value for a bool or an int-subclass instance.
Ref exact_int(Value v);
int64_t hash_int64(int64_t i);
int64_t hash_double(double d);  // CPython's _Py_HashDouble (NaN hashes by identity there; 0 here)

}  // namespace gyre::vm
