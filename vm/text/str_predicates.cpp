#include "vm/text/str_predicates.hpp"

#include "vm/text/unicode_data.hpp"
#include "vm/text/utf8.hpp"

namespace gyre::text {
namespace {

// Non-empty, and every code point has one of `flags`.
bool all_have(std::string_view s, uint16_t flags) {
  if (s.empty()) return false;
  char32_t cp;
  for (size_t at = 0; at < s.size();) {
    at += decode(s, at, cp);
    if (!has_flag(cp, flags)) return false;
  }
  return true;
}

// At least one code point has `cased`, and none has any of `other_cases` (islower, isupper).
bool cased_only_as(std::string_view s, uint16_t cased, uint16_t other_cases) {
  bool found = false;
  char32_t cp;
  for (size_t at = 0; at < s.size();) {
    at += decode(s, at, cp);
    uint16_t flags = char_flags(cp);
    if (flags & other_cases) return false;
    if (flags & cased) found = true;
  }
  return found;
}

}  // namespace

bool isalpha(std::string_view s) { return all_have(s, kAlpha); }
bool isalnum(std::string_view s) { return all_have(s, kAlpha | kDecimal | kDigit | kNumeric); }
bool isdecimal(std::string_view s) { return all_have(s, kDecimal); }
bool isdigit(std::string_view s) { return all_have(s, kDigit); }
bool isnumeric(std::string_view s) { return all_have(s, kNumeric); }
bool isspace(std::string_view s) { return all_have(s, kSpace); }

bool isprintable(std::string_view s) { return s.empty() || all_have(s, kPrintable); }

bool isascii(std::string_view s) { return is_ascii(s); }

bool islower(std::string_view s) { return cased_only_as(s, kLower, kUpper | kTitle); }
bool isupper(std::string_view s) { return cased_only_as(s, kUpper, kLower | kTitle); }

bool istitle(std::string_view s) {
  bool cased = false, previous_is_cased = false;
  char32_t cp;
  for (size_t at = 0; at < s.size();) {
    at += decode(s, at, cp);
    uint16_t flags = char_flags(cp);
    if (flags & (kUpper | kTitle)) {
      if (previous_is_cased) return false;
      previous_is_cased = cased = true;
    } else if (flags & kLower) {
      if (!previous_is_cased) return false;
      previous_is_cased = cased = true;
    } else {
      previous_is_cased = false;
    }
  }
  return cased;
}

bool isidentifier(std::string_view s) {
  if (s.empty()) return false;
  char32_t cp;
  size_t at = decode(s, 0, cp);
  if (!has_flag(cp, kIdStart)) return false;
  while (at < s.size()) {
    at += decode(s, at, cp);
    if (!has_flag(cp, kIdContinue)) return false;
  }
  return true;
}

}  // namespace gyre::text
