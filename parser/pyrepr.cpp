// repr() of str, bytes, float and imaginary literals, byte for byte as CPython 3.11
// (unicode_repr, bytes_repr, float_repr and complex_repr in Objects/).
#include "parser/pyrepr.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <iterator>

#include "parser/unicode.hpp"

namespace gyre {
namespace {

struct CodePointRange {
  char32_t first, end;
};
#define GYRE_UNICODE_PRINTABLE_TABLE
#include "parser/unicode_tables.inc"
#undef GYRE_UNICODE_PRINTABLE_TABLE

// Decodes one code point of WTF-8 text at `i`: UTF-8 that may hold surrogates (ED A0..BF xx).
// A byte that starts no valid sequence decodes as U+DC80..U+DCFF (like Python's
// surrogateescape), one byte long.
size_t decode_wtf8(std::string_view text, size_t i, char32_t& cp) {
  const auto byte = [&](size_t k) -> unsigned { return static_cast<unsigned char>(text[k]); };
  const unsigned b0 = byte(i);
  size_t len;
  char32_t min;
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  } else if ((b0 & 0xE0) == 0xC0) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    cp = 0xDC00 + b0;
    return 1;
  }
  if (i + len <= text.size()) {
    char32_t value = cp;
    bool ok = true;
    for (size_t k = 1; k < len && ok; ++k) {
      ok = (byte(i + k) & 0xC0) == 0x80;
      value = (value << 6) | (byte(i + k) & 0x3F);
    }
    if (ok && value >= min && value <= 0x10FFFF) {
      cp = value;
      return len;
    }
  }
  cp = 0xDC00 + b0;
  return 1;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

constexpr char kHex[] = "0123456789abcdef";

void append_hex_escape(std::string& out, char kind, char32_t cp, int digits) {
  out += '\\';
  out += kind;
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 0xF];
}

// PyOS_double_to_string(x, 'r', 0, add_dot_0 ? Py_DTSF_ADD_DOT_0 : 0): the shortest digits
// that round-trip, in exponent form when the decimal point position is <= -4 or > 16.
std::string format_repr(double x, bool add_dot_0) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  char buf[64];
  auto result = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  std::string_view sci(buf, result.ptr - buf);  // "-d.ddde+XX"
  std::string out;
  if (sci.front() == '-') {
    out += '-';
    sci.remove_prefix(1);
  }
  const size_t e = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, e)) {
    if (c != '.') digits += c;
  }
  const int exponent = std::atoi(std::string(sci.substr(e + 1)).c_str());
  const int decpt = exponent + 1;  // value = 0.digits * 10**decpt
  const int ndigits = static_cast<int>(digits.size());
  if (decpt <= -4 || decpt > 16) {
    out += digits[0];
    if (ndigits > 1) {
      out += '.';
      out += digits.substr(1);
    }
    const int exp10 = decpt - 1;
    out += exp10 < 0 ? "e-" : "e+";
    const int magnitude = std::abs(exp10);
    if (magnitude < 10) out += '0';
    out += std::to_string(magnitude);
  } else if (decpt <= 0) {
    out += "0.";
    out.append(-decpt, '0');
    out += digits;
  } else if (decpt >= ndigits) {
    out += digits;
    out.append(decpt - ndigits, '0');
    if (add_dot_0) out += ".0";
  } else {
    out += digits.substr(0, decpt);
    out += '.';
    out += digits.substr(decpt);
  }
  return out;
}

}  // namespace

namespace parser {

bool is_printable(char32_t cp) {
  auto it = std::upper_bound(std::begin(kPrintableRanges), std::end(kPrintableRanges), cp,
                             [](char32_t v, const CodePointRange& r) { return v < r.first; });
  return it != std::begin(kPrintableRanges) && cp < (it - 1)->end;
}

}  // namespace parser

namespace text {

std::string repr_str(std::string_view utf8) {
  bool single = false, dbl = false;
  for (char c : utf8) {
    single |= c == '\'';
    dbl |= c == '"';
  }
  const char quote = single && !dbl ? '"' : '\'';
  std::string out;
  out.reserve(utf8.size() + 2);
  out += quote;
  for (size_t i = 0; i < utf8.size();) {
    char32_t cp;
    i += decode_wtf8(utf8, i, cp);
    if (cp == static_cast<char32_t>(quote) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < ' ' || cp == 0x7F) {
      append_hex_escape(out, 'x', cp, 2);
    } else if (cp < 0x7F || parser::is_printable(cp)) {
      append_utf8(out, cp);
    } else if (cp < 0x100) {
      append_hex_escape(out, 'x', cp, 2);
    } else if (cp < 0x10000) {
      append_hex_escape(out, 'u', cp, 4);
    } else {
      append_hex_escape(out, 'U', cp, 8);
    }
  }
  out += quote;
  return out;
}

std::string repr_bytes(std::string_view raw) {
  bool single = false, dbl = false;
  for (char c : raw) {
    single |= c == '\'';
    dbl |= c == '"';
  }
  const char quote = single && !dbl ? '"' : '\'';
  std::string out = "b";
  out += quote;
  for (char ch : raw) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < ' ' || c >= 0x7F) {
      append_hex_escape(out, 'x', c, 2);
    } else {
      out += ch;
    }
  }
  out += quote;
  return out;
}

std::string repr_float(double x) { return format_repr(x, true); }

std::string repr_imaginary(double imag) { return format_repr(imag, false) + "j"; }

}  // namespace text
}  // namespace gyre
