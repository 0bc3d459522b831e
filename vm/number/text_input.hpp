// Helpers shared by int() and float() parsing (internal to vm/number): ASCII whitespace as
// Py_ISSPACE, and the repr of the original argument as CPython's error messages show it.
#pragma once

#include <string>
#include <string_view>

#include "vm/number/number_error.hpp"

namespace gyre::vm::number::detail {

inline bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// int()'s "%.200R": the repr of the argument (str or bytes) cut to 200 code points.
std::string input_repr_200(std::string_view text, ReprFunction repr);

}  // namespace gyre::vm::number::detail
