// Searching in str: find/rfind/index/rindex/count/startswith/endswith over an optional
// [start, end) range, replace, removeprefix/removesuffix.
//
// Invariants: UTF-8 in, UTF-8 out; positions, start and end are code-point indices with
// Python's semantics (absent = None; negative counts from the end; clamped to the text).
// Functions taking a TextInfo need measure(s) of the same s; the overloads without it
// measure s first. Searching is byte-wise, which finds exactly the code-point matches because
// UTF-8 is self-synchronising.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "vm/text/text_result.hpp"
#include "vm/text/utf8.hpp"

namespace gyre::text {

using Bound = std::optional<int64_t>;  // a start or end argument; absent is None

// s.find(sub, start, end) and s.rfind(...): the code-point index of the first (last) match
// inside s[start:end], or -1.
int64_t find(std::string_view s, const TextInfo& info, std::string_view sub, Bound start = {},
             Bound end = {});
int64_t rfind(std::string_view s, const TextInfo& info, std::string_view sub, Bound start = {},
              Bound end = {});
// s.index / s.rindex: as find / rfind, with ValueError "substring not found" for -1.
Result<int64_t> index(std::string_view s, const TextInfo& info, std::string_view sub,
                      Bound start = {}, Bound end = {});
Result<int64_t> rindex(std::string_view s, const TextInfo& info, std::string_view sub,
                       Bound start = {}, Bound end = {});
// s.count(sub, start, end): non-overlapping matches ("" matches between all code points).
int64_t count(std::string_view s, const TextInfo& info, std::string_view sub, Bound start = {},
              Bound end = {});
// s.startswith(prefix, start, end) / s.endswith(suffix, start, end), for one string (a tuple
// argument is a loop over its items).
bool startswith(std::string_view s, const TextInfo& info, std::string_view prefix,
                Bound start = {}, Bound end = {});
bool endswith(std::string_view s, const TextInfo& info, std::string_view suffix,
              Bound start = {}, Bound end = {});

inline int64_t find(std::string_view s, std::string_view sub, Bound start = {}, Bound end = {}) {
  return find(s, measure(s), sub, start, end);
}
inline int64_t rfind(std::string_view s, std::string_view sub, Bound start = {}, Bound end = {}) {
  return rfind(s, measure(s), sub, start, end);
}
inline Result<int64_t> index(std::string_view s, std::string_view sub, Bound start = {},
                             Bound end = {}) {
  return index(s, measure(s), sub, start, end);
}
inline Result<int64_t> rindex(std::string_view s, std::string_view sub, Bound start = {},
                              Bound end = {}) {
  return rindex(s, measure(s), sub, start, end);
}
inline int64_t count(std::string_view s, std::string_view sub, Bound start = {}, Bound end = {}) {
  return count(s, measure(s), sub, start, end);
}
inline bool startswith(std::string_view s, std::string_view prefix, Bound start = {},
                       Bound end = {}) {
  return startswith(s, measure(s), prefix, start, end);
}
inline bool endswith(std::string_view s, std::string_view suffix, Bound start = {},
                     Bound end = {}) {
  return endswith(s, measure(s), suffix, start, end);
}

// s.replace(old, new, count): the first `count` matches of old (all when count < 0) replaced;
// an empty old matches before every code point and at the end. OverflowError "replace string
// is too long" past 2**63 - 1 bytes.
Result<std::string> replace(std::string_view s, std::string_view old, std::string_view new_,
                            int64_t count = -1);

// s.removeprefix(prefix) / s.removesuffix(suffix): views into s.
std::string_view removeprefix(std::string_view s, std::string_view prefix);
std::string_view removesuffix(std::string_view s, std::string_view suffix);

// Byte offset of the first / last occurrence of `needle` in `hay`, or npos (bytes, no
// code-point bookkeeping; shared by split, partition and replace).
size_t find_bytes(std::string_view hay, std::string_view needle, size_t from = 0);
size_t rfind_bytes(std::string_view hay, std::string_view needle);

}  // namespace gyre::text
