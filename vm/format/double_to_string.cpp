// PyOS_double_to_string and format_float_short of CPython 3.11 (see double_to_string.hpp).
#include "vm/format/double_to_string.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string_view>

namespace gyre::format::detail {
namespace {

// What _Py_dg_dtoa returns: value = 0.<digits> * 10**decpt, trailing zeros removed. Zero is
// "0" with decpt 1; a value that rounds to nothing in fixed mode is "" with decpt -ndigits.
struct Digits {
  std::string digits;
  int64_t decpt = 1;
};

// Splits "d.ddde+XX" (as printed by to_chars or fmt) into digits and decimal point position.
Digits from_scientific(std::string_view sci) {
  Digits d;
  const size_t e = sci.find('e');
  for (char c : sci.substr(0, e)) {
    if (c != '.') d.digits += c;
  }
  d.decpt = std::atoll(std::string(sci.substr(e + 1)).c_str()) + 1;
  while (!d.digits.empty() && d.digits.back() == '0') d.digits.pop_back();
  return d;
}

// dtoa mode 0: the shortest digits that round-trip.
Digits shortest_digits(double magnitude) {
  if (magnitude == 0) return {"0", 1};
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof buf, magnitude, std::chars_format::scientific);
  return from_scientific(std::string_view(buf, res.ptr - buf));
}

// dtoa mode 2: `count` (>= 1) significant digits, correctly rounded.
Digits significant_digits(double magnitude, int64_t count) {
  if (magnitude == 0) return {"0", 1};
  return from_scientific(fmt::format("{:.{}e}", magnitude, count - 1));
}

// dtoa mode 3: `count` (>= 0) digits after the decimal point, correctly rounded.
Digits fixed_digits(double magnitude, int64_t count) {
  if (magnitude == 0) return {"0", 1};
  const std::string text = fmt::format("{:.{}f}", magnitude, count);
  const size_t dot = std::min(text.find('.'), text.size());
  Digits d;
  d.digits = text.substr(0, dot);
  if (dot < text.size()) d.digits += text.substr(dot + 1);
  d.decpt = static_cast<int64_t>(dot);
  const size_t first = d.digits.find_first_not_of('0');
  if (first == std::string::npos) return {"", -count};
  d.digits.erase(0, first);
  d.decpt -= static_cast<int64_t>(first);
  while (d.digits.back() == '0') d.digits.pop_back();
  return d;
}

// format_float_short after the dtoa call: places the decimal point, pads with zeros and adds
// the exponent. `code` is e, f, g or r.
std::string place_digits(const Digits& d, bool negative, char code, int64_t precision, bool upper,
                         DoubleFlags flags) {
  const std::string& digits = d.digits;
  const int64_t digits_len = static_cast<int64_t>(digits.size());
  int64_t decpt = d.decpt;
  int64_t vdigits_end = digits_len;
  bool use_exp = false;
  switch (code) {
    case 'e':
      use_exp = true;
      vdigits_end = precision;
      break;
    case 'f':
      vdigits_end = decpt + precision;
      break;
    case 'g':
      use_exp = decpt <= -4 || decpt > (flags.add_dot_0 ? precision - 1 : precision);
      if (flags.alternate) vdigits_end = precision;
      break;
    default:  // 'r': exponent from 1e16 on
      use_exp = decpt <= -4 || decpt > 16;
      break;
  }
  int64_t exponent = 0;
  if (use_exp) {
    exponent = decpt - 1;
    decpt = 1;
  }
  const int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  vdigits_end = std::max(vdigits_end, !use_exp && flags.add_dot_0 ? decpt + 1 : decpt);

  std::string out;
  if (negative && !(flags.no_neg_zero && (digits.empty() || digits == "0"))) {
    out += '-';
  } else if (flags.always_sign) {
    out += '+';
  }
  if (decpt <= 0) {
    out.append(decpt - vdigits_start, '0');
    out += '.';
    out.append(-decpt, '0');
    out += digits;
  } else if (decpt <= digits_len) {
    out.append(digits, 0, decpt);
    out += '.';
    out.append(digits, decpt);
  } else {
    out += digits;
  }
  if (digits_len < decpt) {
    out.append(decpt - digits_len, '0');
    out += '.';
    out.append(vdigits_end - decpt, '0');
  } else {
    out.append(vdigits_end - digits_len, '0');
  }
  if (out.back() == '.' && !flags.alternate) out.pop_back();
  if (use_exp) {
    out += upper ? 'E' : 'e';
    out += exponent < 0 ? '-' : '+';
    if (std::abs(exponent) < 10) out += '0';
    out += std::to_string(std::abs(exponent));
  }
  return out;
}

}  // namespace

std::string double_to_string(double value, char code, int64_t precision, DoubleFlags flags) {
  const bool upper = code == 'E' || code == 'F' || code == 'G';
  const char lower = upper ? static_cast<char>(code - 'A' + 'a') : code;
  if (!std::isfinite(value)) {
    std::string out;
    const bool negative = std::signbit(value) && !std::isnan(value);
    if (negative) {
      out += '-';
    } else if (flags.always_sign) {
      out += '+';
    }
    out += std::isnan(value) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    return out;
  }
  const bool negative = std::signbit(value);
  const double magnitude = std::fabs(value);
  switch (lower) {
    case 'e':
      return place_digits(significant_digits(magnitude, precision + 1), negative, 'e',
                          precision + 1, upper, flags);
    case 'f':
      return place_digits(fixed_digits(magnitude, precision), negative, 'f', precision, upper,
                          flags);
    case 'g':
      precision = std::max<int64_t>(precision, 1);
      return place_digits(significant_digits(magnitude, precision), negative, 'g', precision, upper,
                          flags);
    default:
      return place_digits(shortest_digits(magnitude), negative, 'r', 0, upper, flags);
  }
}

}  // namespace gyre::format::detail
