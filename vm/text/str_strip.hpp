// str.strip / lstrip / rstrip: removing whitespace (chars absent, Python's None) or any of the
// code points of `chars` from the ends of a str.
//
// Invariants: UTF-8 in; the result is a view into s (valid as long as s is). Whitespace is
// str.isspace's (unicode_data.hpp kSpace).
#pragma once

#include <optional>
#include <string_view>

namespace gyre::text {

std::string_view strip(std::string_view s, std::optional<std::string_view> chars = {});
std::string_view lstrip(std::string_view s, std::optional<std::string_view> chars = {});
std::string_view rstrip(std::string_view s, std::optional<std::string_view> chars = {});

}  // namespace gyre::text
