// Ints from the decimal digits of a literal (the compiler's constants).
#pragma once

#include <string_view>

#include "vm/object.hpp"

namespace gyre::vm {

// The int whose decimal digits are `digits` (no sign, no underscores: the parser's form).
// Until heap ints are integrated, values beyond the 48-bit immediates raise OverflowError.
Ref int_from_decimal(std::string_view digits);

}  // namespace gyre::vm
