#include "vm/text/str_search.hpp"

#include <string.h>  // memmem (POSIX.1-2024) and memrchr (GNU, BSD)

#include <limits>
#include <vector>

namespace gyre::text {
namespace {

constexpr int64_t kMax = std::numeric_limits<int64_t>::max();

// CPython's ADJUST_INDICES: end clamped to the length, negative bounds counted from the end.
struct Window {
  int64_t start, end;
};
Window adjust(const TextInfo& info, Bound start, Bound end) {
  auto len = static_cast<int64_t>(info.length);
  int64_t s = start.value_or(0), e = end.value_or(kMax);
  if (e > len) {
    e = len;
  } else if (e < 0) {
    e += len;
    if (e < 0) e = 0;
  }
  if (s < 0) {
    s += len;
    if (s < 0) s = 0;
  }
  return {s, e};
}

// The window [start, end) of s in bytes, and its start in code points; absent when it cannot
// hold `sub` (end - start < len(sub)), where every search fails.
struct ByteWindow {
  size_t from, to;
  int64_t start;  // code points
};
std::optional<ByteWindow> byte_window(std::string_view s, const TextInfo& info,
                                      std::string_view sub, Bound start, Bound end) {
  Window w = adjust(info, start, end);
  if (w.end - w.start < static_cast<int64_t>(count_code_points(sub))) return std::nullopt;
  size_t from = byte_offset(s, info, static_cast<size_t>(w.start));
  size_t to = byte_offset(s, info, static_cast<size_t>(w.end));
  return ByteWindow{from, to, w.start};
}

// Code-point index of byte offset `at` of the window.
int64_t index_in(std::string_view s, const TextInfo& info, const ByteWindow& w, size_t at) {
  if (info.ascii) return static_cast<int64_t>(at);
  return w.start + static_cast<int64_t>(count_code_points(s.substr(w.from, at - w.from)));
}

}  // namespace

size_t find_bytes(std::string_view hay, std::string_view needle, size_t from) {
  if (from > hay.size()) return std::string_view::npos;
  if (needle.empty()) return from;
  const void* hit = memmem(hay.data() + from, hay.size() - from, needle.data(), needle.size());
  return hit ? static_cast<size_t>(static_cast<const char*>(hit) - hay.data())
             : std::string_view::npos;
}

size_t rfind_bytes(std::string_view hay, std::string_view needle) {
  if (needle.size() > hay.size()) return std::string_view::npos;
  if (needle.empty()) return hay.size();
  // Candidates end with the needle's last byte: memrchr finds them from the right.
  size_t last = needle.size() - 1, end = hay.size();  // candidates end before hay[end]
  while (end > last) {
    const void* hit = memrchr(hay.data() + last, needle[last], end - last);
    if (!hit) break;
    size_t at = static_cast<size_t>(static_cast<const char*>(hit) - hay.data()) - last;
    if (hay.compare(at, last, needle.data(), last) == 0) return at;
    end = at + last;
  }
  return std::string_view::npos;
}

int64_t find(std::string_view s, const TextInfo& info, std::string_view sub, Bound start,
             Bound end) {
  auto w = byte_window(s, info, sub, start, end);
  if (!w) return -1;
  size_t at = find_bytes(s.substr(0, w->to), sub, w->from);
  return at == std::string_view::npos ? -1 : index_in(s, info, *w, at);
}

int64_t rfind(std::string_view s, const TextInfo& info, std::string_view sub, Bound start,
              Bound end) {
  auto w = byte_window(s, info, sub, start, end);
  if (!w) return -1;
  size_t at = rfind_bytes(s.substr(w->from, w->to - w->from), sub);
  return at == std::string_view::npos ? -1 : index_in(s, info, *w, w->from + at);
}

Result<int64_t> index(std::string_view s, const TextInfo& info, std::string_view sub,
                      Bound start, Bound end) {
  int64_t at = find(s, info, sub, start, end);
  if (at < 0) return errors::kSubstringNotFound;
  return at;
}

Result<int64_t> rindex(std::string_view s, const TextInfo& info, std::string_view sub,
                       Bound start, Bound end) {
  int64_t at = rfind(s, info, sub, start, end);
  if (at < 0) return errors::kSubstringNotFound;
  return at;
}

int64_t count(std::string_view s, const TextInfo& info, std::string_view sub, Bound start,
              Bound end) {
  Window win = adjust(info, start, end);
  auto w = byte_window(s, info, sub, start, end);
  if (!w) return 0;
  if (sub.empty()) return win.end - win.start + 1;
  std::string_view hay = s.substr(0, w->to);
  int64_t n = 0;
  for (size_t at = find_bytes(hay, sub, w->from); at != std::string_view::npos;
       at = find_bytes(hay, sub, at + sub.size())) {
    ++n;
  }
  return n;
}

bool startswith(std::string_view s, const TextInfo& info, std::string_view prefix, Bound start,
                Bound end) {
  auto w = byte_window(s, info, prefix, start, end);
  return w && w->to - w->from >= prefix.size() && s.substr(w->from, prefix.size()) == prefix;
}

bool endswith(std::string_view s, const TextInfo& info, std::string_view suffix, Bound start,
              Bound end) {
  auto w = byte_window(s, info, suffix, start, end);
  return w && w->to - w->from >= suffix.size() &&
         s.substr(w->to - suffix.size(), suffix.size()) == suffix;
}

Result<std::string> replace(std::string_view s, std::string_view old, std::string_view new_,
                            int64_t count) {
  auto limit = count < 0 ? std::numeric_limits<uint64_t>::max() : static_cast<uint64_t>(count);
  // Byte offsets of the matches replaced.
  std::vector<size_t> matches;
  if (old.empty()) {
    // Before every code point, and at the end.
    char32_t cp;
    for (size_t at = 0; matches.size() < limit; at += decode(s, at, cp)) {
      matches.push_back(at);
      if (at == s.size()) break;
    }
  } else {
    for (size_t at = find_bytes(s, old); matches.size() < limit && at != std::string_view::npos;
         at = find_bytes(s, old, at + old.size())) {
      matches.push_back(at);
    }
  }
  if (matches.empty()) return std::string(s);
  uint64_t n = matches.size(), kept = s.size() - n * old.size();
  if (!new_.empty() && n > (static_cast<uint64_t>(kMax) - kept) / new_.size()) {
    return errors::kReplaceTooLong;
  }
  check_result_size(kept + n * new_.size());
  std::string out;
  out.reserve(kept + n * new_.size());
  size_t copied = 0;
  for (size_t at : matches) {
    out.append(s.substr(copied, at - copied));
    out.append(new_);
    copied = at + old.size();
  }
  out.append(s.substr(copied));
  return out;
}

std::string_view removeprefix(std::string_view s, std::string_view prefix) {
  return s.starts_with(prefix) ? s.substr(prefix.size()) : s;
}

std::string_view removesuffix(std::string_view s, std::string_view suffix) {
  return s.ends_with(suffix) ? s.substr(0, s.size() - suffix.size()) : s;
}

}  // namespace gyre::text
