// repr() of str, bytes, float and imaginary literals, byte for byte as CPython 3.11
// (unicode_repr, bytes_repr, float_repr and complex_repr in Objects/).
#include "vm/text/pyrepr.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <iterator>

#include "vm/text/utf8.hpp"
#include "vm/text/wtf8.hpp"

namespace gyre {
namespace {

struct CodePointRange {
  char32_t first, end;
};
#include "vm/text/printable_ranges.inc"

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

namespace text {

bool is_printable(char32_t cp) {
  auto it = std::upper_bound(std::begin(kPrintableRanges), std::end(kPrintableRanges), cp,
                             [](char32_t v, const CodePointRange& r) { return v < r.first; });
  return it != std::begin(kPrintableRanges) && cp < (it - 1)->end;
}


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
    } else if (cp < 0x7F || is_printable(cp)) {
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
