// Splitting and joining str: split/rsplit (on a separator, or on runs of whitespace when sep is
// None), splitlines, partition/rpartition and join.
//
// Invariants: UTF-8 in; the pieces returned are views into the text split (valid as long as
// it is). Whitespace is str.isspace's (unicode_data.hpp kSpace); line boundaries are those of
// str.splitlines: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029. maxsplit < 0 means no
// limit, as in Python.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "vm/text/text_result.hpp"

namespace gyre::text {

using Pieces = std::vector<std::string_view>;

// s.split(sep, maxsplit) / s.rsplit(sep, maxsplit); an absent sep is None (whitespace
// splitting). ValueError "empty separator" for sep == "".
Result<Pieces> split(std::string_view s, std::optional<std::string_view> sep = {},
                     int64_t maxsplit = -1);
Result<Pieces> rsplit(std::string_view s, std::optional<std::string_view> sep = {},
                      int64_t maxsplit = -1);

// s.splitlines(keepends).
Pieces splitlines(std::string_view s, bool keepends = false);

// s.partition(sep) / s.rpartition(sep): (head, sep, tail); ValueError "empty separator".
Result<std::array<std::string_view, 3>> partition(std::string_view s, std::string_view sep);
Result<std::array<std::string_view, 3>> rpartition(std::string_view s, std::string_view sep);

// sep.join(items).
std::string join(std::string_view sep, std::span<const std::string_view> items);
std::string join(std::string_view sep, std::span<const std::string> items);

}  // namespace gyre::text
