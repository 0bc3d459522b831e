// The number library in one include: Python's int and float semantics as plain functions over
// int64_t / BigInt (Int, IntView) and double, independent of the object model. See README.md.
#pragma once

#include "vm/number/bigint.hpp"
#include "vm/number/float_convert.hpp"
#include "vm/number/float_ops.hpp"
#include "vm/number/int.hpp"
#include "vm/number/int_arith.hpp"
#include "vm/number/int_bits.hpp"
#include "vm/number/int_compare.hpp"
#include "vm/number/int_string.hpp"
#include "vm/number/number_error.hpp"
