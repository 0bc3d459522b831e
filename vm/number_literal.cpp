#include "vm/number_literal.hpp"

#include <charconv>

#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/numbers.hpp"

namespace gyre::vm {

Ref int_from_decimal(std::string_view digits) {
  int64_t value = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec == std::errc() && end == digits.data() + digits.size() && Value::fits_small_int(value)) {
    return Ref::steal(Value::from_small_int(value));
  }
  return raise(overflow_error_type, "int literal too large (heap ints are not integrated yet)");
}

}  // namespace gyre::vm
