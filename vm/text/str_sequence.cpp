#include "vm/text/str_sequence.hpp"

#include <algorithm>
#include <limits>

#include "vm/text/str_search.hpp"

namespace gyre::text {
namespace {

constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
constexpr int64_t kMin = std::numeric_limits<int64_t>::min();

// PySlice_AdjustIndices for one bound.
int64_t adjust_bound(int64_t value, int64_t length, int64_t step) {
  if (value < 0) {
    value += length;
    if (value < 0) value = step < 0 ? -1 : 0;
  } else if (value >= length) {
    value = step < 0 ? length - 1 : length;
  }
  return value;
}

}  // namespace

Result<std::string> get_item(std::string_view s, const TextInfo& info, int64_t index) {
  auto length = static_cast<int64_t>(info.length);
  if (index < 0) index += length;
  if (index < 0 || index >= length) return errors::kIndexOutOfRange;
  size_t at = byte_offset(s, info, static_cast<size_t>(index));
  char32_t cp;
  return std::string(s.substr(at, decode(s, at, cp)));
}

Result<SliceBounds> adjust_slice(size_t length, std::optional<int64_t> start,
                                 std::optional<int64_t> stop, std::optional<int64_t> step) {
  SliceBounds b;
  b.step = step.value_or(1);
  if (b.step == 0) return errors::kZeroStep;
  if (b.step < -kMax) b.step = -kMax;
  auto len = static_cast<int64_t>(length);
  b.start = adjust_bound(start.value_or(b.step < 0 ? kMax : 0), len, b.step);
  b.stop = adjust_bound(stop.value_or(b.step < 0 ? kMin : kMax), len, b.step);
  if (b.step < 0) {
    if (b.stop < b.start) b.count = static_cast<size_t>((b.start - b.stop - 1) / -b.step + 1);
  } else if (b.start < b.stop) {
    b.count = static_cast<size_t>((b.stop - b.start - 1) / b.step + 1);
  }
  return b;
}

std::string take_slice(std::string_view s, const TextInfo& info, const SliceBounds& b) {
  std::string out;
  if (b.count == 0) return out;
  auto start = static_cast<size_t>(b.start);
  if (b.step == 1) {
    size_t from = byte_offset(s, info, start);
    size_t to = info.ascii ? from + b.count : skip_forward(s, from, b.count);
    return std::string(s.substr(from, to - from));
  }
  if (info.ascii) {
    out.reserve(b.count);
    for (int64_t i = 0, at = b.start; i < static_cast<int64_t>(b.count); ++i, at += b.step) {
      out += s[static_cast<size_t>(at)];
    }
    return out;
  }
  out.reserve(std::min<uint64_t>(s.size(), uint64_t{b.count} * 4));
  char32_t cp;
  if (b.step > 0) {
    size_t at = byte_offset(s, info, start);
    auto gap = static_cast<size_t>(b.step - 1);
    for (size_t i = 0; i < b.count && at < s.size(); ++i) {
      size_t n = decode(s, at, cp);
      out.append(s.substr(at, n));
      at = skip_forward(s, at + n, gap);
    }
  } else {
    size_t end = byte_offset(s, info, start + 1);  // just after the first code point taken
    auto gap = static_cast<size_t>(-(b.step + 1));
    for (size_t i = 0; i < b.count && end > 0; ++i) {
      size_t n = decode_before(s, end, cp);
      out.append(s.substr(end - n, n));
      end = skip_backward(s, end - n, gap);
    }
  }
  return out;
}

Result<std::string> slice(std::string_view s, const TextInfo& info, std::optional<int64_t> start,
                          std::optional<int64_t> stop, std::optional<int64_t> step) {
  Result<SliceBounds> bounds = adjust_slice(info.length, start, stop, step);
  if (!bounds) return bounds.error();
  return take_slice(s, info, *bounds);
}

bool contains(std::string_view s, std::string_view sub) {
  return find_bytes(s, sub) != std::string_view::npos;
}

Result<std::string> repeat(std::string_view s, int64_t count) {
  std::string out;
  if (count <= 0 || s.empty()) return out;
  auto n = static_cast<uint64_t>(count);
  if (length(s) > static_cast<uint64_t>(kMax) / n) return errors::kRepeatTooLong;
  check_result_size(0, n, s.size());
  if (s.size() == 1) return std::string(n, s[0]);
  out.reserve(s.size() * n);
  out.append(s);
  // Doubling: each append copies what is already there.
  while (out.size() * 2 <= s.size() * n) out.append(out);
  out.append(out.data(), s.size() * n - out.size());
  return out;
}

}  // namespace gyre::text
