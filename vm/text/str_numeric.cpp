#include "vm/text/str_numeric.hpp"

#include "vm/text/unicode_data.hpp"
#include "vm/text/utf8.hpp"

namespace gyre::text {

std::string decimal_and_space_to_ascii(std::string_view s) {
  if (is_ascii(s)) return std::string(s);
  std::string out;
  out.reserve(s.size());
  char32_t cp;
  for (size_t at = 0; at < s.size();) {
    at += decode(s, at, cp);
    if (cp < 0x7F) {
      out += static_cast<char>(cp);
    } else if (is_space(cp)) {
      out += ' ';
    } else if (int digit = decimal_value(cp); digit >= 0) {
      out += static_cast<char>('0' + digit);
    } else {
      out += '?';
      break;
    }
  }
  return out;
}

}  // namespace gyre::text
