// str as a sequence: len(s), s[i], s[start:stop:step], s * n, `sub in s` and comparison.
//
// Invariants: text is UTF-8 in, UTF-8 out (see utf8.hpp for the exact form); every index and
// length is in code points, with Python's semantics (negative indices count from the end,
// slice bounds are clamped). Functions that take a TextInfo need measure(s) of the same s
// (what the str object caches); the overloads without it measure s first.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "vm/text/text_result.hpp"
#include "vm/text/utf8.hpp"

namespace gyre::text {

// len(s).
inline size_t length(std::string_view s) { return count_code_points(s); }

// s[index]; IndexError "string index out of range".
Result<std::string> get_item(std::string_view s, const TextInfo& info, int64_t index);
inline Result<std::string> get_item(std::string_view s, int64_t index) {
  return get_item(s, measure(s), index);
}

// A slice resolved against a sequence length, as PySlice_Unpack + PySlice_AdjustIndices do:
// the code points taken are start, start + step, ... (`count` of them).
struct SliceBounds {
  int64_t start = 0, stop = 0, step = 1;
  size_t count = 0;
};
// Absent bounds are Python's None; ValueError "slice step cannot be zero".
Result<SliceBounds> adjust_slice(size_t length, std::optional<int64_t> start,
                                 std::optional<int64_t> stop, std::optional<int64_t> step);

// s[start:stop:step].
Result<std::string> slice(std::string_view s, const TextInfo& info, std::optional<int64_t> start,
                          std::optional<int64_t> stop, std::optional<int64_t> step = {});
inline Result<std::string> slice(std::string_view s, std::optional<int64_t> start,
                                 std::optional<int64_t> stop, std::optional<int64_t> step = {}) {
  return slice(s, measure(s), start, stop, step);
}
// The code points of `bounds` (from adjust_slice(info.length, ...)) of s.
std::string take_slice(std::string_view s, const TextInfo& info, const SliceBounds& bounds);

// s * count (count <= 0 gives ""); OverflowError "repeated string is too long" when the result
// would exceed 2**63 - 1 code points, as CPython's limit.
Result<std::string> repeat(std::string_view s, int64_t count);

// sub in s.
bool contains(std::string_view s, std::string_view sub);

// Python's ordering of str: by code point, which for this encoding is the byte order
// (std::string_view's compare is unsigned, like memcmp). Negative, zero or positive.
inline int compare(std::string_view a, std::string_view b) { return a.compare(b); }

}  // namespace gyre::text
