// The int, bool and float type objects with minimal slots for immediates: repr, hash,
// comparison (mixed int/float exactly), bool. Arithmetic slots are filled by the number
// integration (vm/number). Hashes equal CPython's: hash(n) = n mod (2^61 - 1) with the sign
// kept and -1 -> -2; hash(x) for floats is _Py_HashDouble, so 1 == 1.0 == True hash equally.
#pragma once

#include <cstdint>

#include "vm/object.hpp"

namespace gyre::vm {

// An int from a C++ integer. Within 48 bits it is a small-int Value; bigger ones need the
// number library's heap int: until it is integrated, they raise OverflowError.
Ref make_int(int64_t i);
inline Ref make_float(double d) { return Ref::steal(Value::from_double(d)); }

bool is_int(Value v);  // isinstance(v, int), bools included
int64_t hash_int64(int64_t i);
int64_t hash_double(double d);  // CPython's _Py_HashDouble (NaN hashes by identity there; 0 here)

}  // namespace gyre::vm
