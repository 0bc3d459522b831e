// Raising the errors the pure libraries report by value (vm/text, vm/format, vm/number) as the
// Python exceptions they name. Each returns an absent Ref, for `return raise_...(r.error());`.
#pragma once

#include "vm/format/format_spec.hpp"
#include "vm/number/number_error.hpp"
#include "vm/object.hpp"
#include "vm/text/text_result.hpp"

namespace gyre::vm {

Ref raise_text_error(const text::Error& e);
Ref raise_format_error(const format::FormatError& e);
Ref raise_number_error(const number::Error& e);

}  // namespace gyre::vm
