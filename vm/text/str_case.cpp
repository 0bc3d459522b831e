#include "vm/text/str_case.hpp"

#include "vm/text/unicode_data.hpp"
#include "vm/text/utf8.hpp"

namespace gyre::text {
namespace {

constexpr char32_t kCapitalSigma = 0x3A3, kSmallSigma = 0x3C3, kFinalSigma = 0x3C2;

char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

void append_mapped(std::string& out, char32_t cp, CaseMapping mapping) {
  if (cp < 0x80) {
    auto c = static_cast<char>(cp);
    bool up = mapping == CaseMapping::Upper || mapping == CaseMapping::Title;
    out += up ? ascii_upper(c) : ascii_lower(c);
    return;
  }
  char32_t mapped[3];
  size_t n = map_case(cp, mapping, mapped);
  for (size_t i = 0; i < n; ++i) append_utf8(out, mapped[i]);
}

// CPython's handle_capital_sigma: the sigma at s[at, at + len) is final when a cased code
// point precedes it and none follows it, skipping case-ignorable code points both ways.
bool is_final_sigma(std::string_view s, size_t at, size_t len) {
  char32_t cp = 0;
  size_t i = at;
  bool found = false;
  while (i > 0) {
    i -= decode_before(s, i, cp);
    if (!has_flag(cp, kCaseIgnorable)) {
      found = true;
      break;
    }
  }
  if (!found || !has_flag(cp, kCased)) return false;
  for (i = at + len; i < s.size();) {
    i += decode(s, i, cp);
    if (!has_flag(cp, kCaseIgnorable)) return !has_flag(cp, kCased);
  }
  return true;
}

// Appends the lowercase of the code point cp at s[at, at + len), in context.
void append_lower(std::string& out, std::string_view s, size_t at, size_t len, char32_t cp) {
  if (cp == kCapitalSigma) {
    append_utf8(out, is_final_sigma(s, at, len) ? kFinalSigma : kSmallSigma);
  } else {
    append_mapped(out, cp, CaseMapping::Lower);
  }
}

template <class Convert>
std::string ascii_map(std::string_view s, Convert convert) {
  std::string out(s);
  for (char& c : out) c = convert(c);
  return out;
}

std::string map_each(std::string_view s, CaseMapping mapping) {
  std::string out;
  out.reserve(s.size());
  char32_t cp;
  for (size_t at = 0; at < s.size();) {
    size_t n = decode(s, at, cp);
    append_mapped(out, cp, mapping);
    at += n;
  }
  return out;
}

}  // namespace

std::string upper(std::string_view s) {
  if (is_ascii(s)) return ascii_map(s, ascii_upper);
  return map_each(s, CaseMapping::Upper);
}

std::string casefold(std::string_view s) {
  if (is_ascii(s)) return ascii_map(s, ascii_lower);
  return map_each(s, CaseMapping::Fold);
}

std::string lower(std::string_view s) {
  if (is_ascii(s)) return ascii_map(s, ascii_lower);
  std::string out;
  out.reserve(s.size());
  char32_t cp;
  for (size_t at = 0; at < s.size();) {
    size_t n = decode(s, at, cp);
    append_lower(out, s, at, n, cp);
    at += n;
  }
  return out;
}

std::string capitalize(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  char32_t cp;
  for (size_t at = 0; at < s.size();) {
    size_t n = decode(s, at, cp);
    if (at == 0) {
      append_mapped(out, cp, CaseMapping::Title);
    } else {
      append_lower(out, s, at, n, cp);
    }
    at += n;
  }
  return out;
}

std::string title(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool previous_is_cased = false;
  char32_t cp;
  for (size_t at = 0; at < s.size();) {
    size_t n = decode(s, at, cp);
    if (previous_is_cased) {
      append_lower(out, s, at, n, cp);
    } else {
      append_mapped(out, cp, CaseMapping::Title);
    }
    previous_is_cased = has_flag(cp, kCased);
    at += n;
  }
  return out;
}

std::string swapcase(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  char32_t cp;
  for (size_t at = 0; at < s.size();) {
    size_t n = decode(s, at, cp);
    uint16_t flags = char_flags(cp);
    if (flags & kUpper) {
      append_lower(out, s, at, n, cp);
    } else if (flags & kLower) {
      append_mapped(out, cp, CaseMapping::Upper);
    } else {
      out.append(s.substr(at, n));
    }
    at += n;
  }
  return out;
}

}  // namespace gyre::text
