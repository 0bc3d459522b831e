#include "vm/text/str_strip.hpp"

#include <bitset>

#include "vm/text/unicode_data.hpp"
#include "vm/text/utf8.hpp"

namespace gyre::text {
namespace {

// Which code points are stripped: whitespace, or the code points of `chars`.
class StripSet {
 public:
  explicit StripSet(std::optional<std::string_view> chars) : chars_(chars) {
    if (!chars_) return;
    for (unsigned char c : *chars_) {
      if (c < 0x80) ascii_.set(c);
    }
    non_ascii_ = !is_ascii(*chars_);
  }

  bool contains(char32_t cp) const {
    if (!chars_) return is_space(cp);
    if (cp < 0x80) return ascii_.test(cp);
    if (!non_ascii_) return false;
    char32_t other;
    for (size_t at = 0; at < chars_->size();) {
      at += decode(*chars_, at, other);
      if (other == cp) return true;
    }
    return false;
  }

 private:
  std::optional<std::string_view> chars_;
  std::bitset<128> ascii_;
  bool non_ascii_ = false;
};

enum Sides { kLeft = 1, kRight = 2, kBoth = 3 };

std::string_view strip_sides(std::string_view s, std::optional<std::string_view> chars,
                             int sides) {
  StripSet set(chars);
  size_t from = 0, to = s.size(), n;
  char32_t cp;
  if (sides & kLeft) {
    while (from < to) {
      n = decode(s, from, cp);
      if (!set.contains(cp)) break;
      from += n;
    }
  }
  if (sides & kRight) {
    while (to > from) {
      n = decode_before(s, to, cp);
      if (!set.contains(cp)) break;
      to -= n;
    }
  }
  return s.substr(from, to - from);
}

}  // namespace

std::string_view strip(std::string_view s, std::optional<std::string_view> chars) {
  return strip_sides(s, chars, kBoth);
}
std::string_view lstrip(std::string_view s, std::optional<std::string_view> chars) {
  return strip_sides(s, chars, kLeft);
}
std::string_view rstrip(std::string_view s, std::optional<std::string_view> chars) {
  return strip_sides(s, chars, kRight);
}

}  // namespace gyre::text
