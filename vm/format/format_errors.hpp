// Error helpers shared by the format-spec implementation files (internal to vm/format).
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "vm/format/format_spec.hpp"

namespace gyre::format::detail {

// A presentation type as CPython's messages show it: the character itself for printable ASCII
// other than space, else "\x<hex>".
std::string presentation_char(char32_t type);

// ValueError("Unknown format code 'q' for object of type 'int'").
FormatResult unknown_format_code(char32_t type, std::string_view type_name);

// Runs `body`, turning a failed allocation (a huge width or precision) into MemoryError.
FormatResult memory_guard(const std::function<FormatResult()>& body);

}  // namespace gyre::format::detail
