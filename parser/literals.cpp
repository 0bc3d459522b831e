// Number and string literal decoding with CPython 3.11's rules and messages: the number scan
// follows tok_get() in Parser/tokenizer.c, string bodies follow decode_unicode_with_escapes()
// in Parser/string_parser.c, _PyUnicode_DecodeUnicodeEscapeInternal() and
// _PyBytes_DecodeEscape(). (f-strings: fstring.cpp.)
#include "parser/literals.hpp"

#include "parser/unicode.hpp"

#include <fmt/format.h>
#include <gmp.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

namespace gyre::parser {
namespace {

struct CodePointRange {
  char32_t first, end;
};
struct NameAlias {
  const char* name;
  char32_t code;
};
#define GYRE_UNICODE_NAME_TABLES
#include "parser/unicode_tables.inc"
#undef GYRE_UNICODE_NAME_TABLES

// ---------------------------------------------------------------------------------------------
// Numbers

constexpr int kEnd = -1;  // what the scanner reads past the end of the token
constexpr size_t kMaxStrDigits = 4300;  // sys.int_info.default_max_str_digits

bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_xdigit(int c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
// CPython's is_potential_identifier_char.
bool is_potential_identifier_char(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_' || c >= 128;
}

// Scans a number the way tok_get() does, with tok_nextc()/tok_backup() as next()/backup() on a
// cursor that may run past the end of the token (reading kEnd there, like the character after
// a token, which is never part of a number).
class NumberScanner {
 public:
  explicit NumberScanner(std::string_view text) : text_(text) {}

  // Returns CPython's error, or nullopt with end() the length of CPython's NUMBER token.
  std::optional<LiteralError> scan() {
    int c = next();
    if (c == '.') return fraction(next());
    if (c != '0') {
      c = decimal_tail();
      if (error_) return error_;
      if (c == '.') return fraction(next());
      return exponent_and_rest(c);
    }
    c = next();
    if (c == 'x' || c == 'X') {
      c = next();
      do {
        if (c == '_') c = next();
        if (!is_xdigit(c)) {
          backup();
          return fail("invalid hexadecimal literal");
        }
        do c = next();
        while (is_xdigit(c));
      } while (c == '_');
      if (!verify_end(c, "hexadecimal")) return error_;
    } else if (c == 'o' || c == 'O' || c == 'b' || c == 'B') {
      const bool octal = c == 'o' || c == 'O';
      const char* kind = octal ? "octal" : "binary";
      const int limit = octal ? '8' : '2';
      c = next();
      do {
        if (c == '_') c = next();
        if (c < '0' || c >= limit) {
          if (is_digit(c)) {
            return fail(fmt::format("invalid digit '{}' in {} literal", char(c), kind));
          }
          backup();
          return fail(fmt::format("invalid {} literal", kind));
        }
        do c = next();
        while (c >= '0' && c < limit);
      } while (c == '_');
      if (is_digit(c)) {
        return fail(fmt::format("invalid digit '{}' in {} literal", char(c), kind));
      }
      if (!verify_end(c, kind)) return error_;
    } else {
      // "0", "00", "0_0", and floats / imaginaries with leading zeros.
      bool nonzero = false;
      while (true) {
        if (c == '_') {
          c = next();
          if (!is_digit(c)) {
            backup();
            return fail("invalid decimal literal");
          }
        }
        if (c != '0') break;
        c = next();
      }
      const size_t zeros_end = cur_;
      if (is_digit(c)) {
        nonzero = true;
        c = decimal_tail();
        if (error_) return error_;
      }
      if (c == '.') return fraction(next());
      if (c == 'e' || c == 'E') return exponent_and_rest(c);
      if (c == 'j' || c == 'J') return imaginary();
      if (nonzero) {
        backup();
        return LiteralError{
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
            "octal integers",
            0, zeros_end - 1};
      }
      if (!verify_end(c, "decimal")) return error_;
    }
    backup();
    return std::nullopt;
  }

  size_t end() const { return cur_; }

 private:
  int next() {
    int c = cur_ < text_.size() ? static_cast<unsigned char>(text_[cur_]) : kEnd;
    ++cur_;
    return c;
  }
  void backup() { --cur_; }

  // syntaxerror(): CPython's caret is on the character before the cursor.
  std::optional<LiteralError> fail(std::string msg) {
    error_ = LiteralError{std::move(msg), cur_ > 0 ? cur_ - 1 : 0};
    return error_;
  }

  // tok_decimal_tail(): digits with single underscores between them.
  int decimal_tail() {
    int c;
    while (true) {
      do c = next();
      while (is_digit(c));
      if (c != '_') break;
      c = next();
      if (!is_digit(c)) {
        backup();
        fail("invalid decimal literal");
        return 0;
      }
    }
    return c;
  }

  // From the `fraction:` label; c is the character after the '.'.
  std::optional<LiteralError> fraction(int c) {
    if (is_digit(c)) {
      c = decimal_tail();
      if (error_) return error_;
    }
    return exponent_and_rest(c);
  }

  // An optional exponent (the `exponent:` label when c is 'e'), then 'j' or the end.
  std::optional<LiteralError> exponent_and_rest(int c) {
    if (c == 'e' || c == 'E') {
      const int e = c;
      c = next();
      if (c == '+' || c == '-') {
        c = next();
        if (!is_digit(c)) {
          backup();
          return fail("invalid decimal literal");
        }
      } else if (!is_digit(c)) {
        backup();
        if (!verify_end(e, "decimal")) return error_;
        backup();  // the number ends before the 'e' ("1else")
        return std::nullopt;
      }
      c = decimal_tail();
      if (error_) return error_;
    }
    if (c == 'j' || c == 'J') return imaginary();
    if (!verify_end(c, "decimal")) return error_;
    backup();
    return std::nullopt;
  }

  std::optional<LiteralError> imaginary() {
    int c = next();
    if (!verify_end(c, "imaginary")) return error_;
    backup();
    return std::nullopt;
  }

  // lookahead(): are the next characters `rest` followed by a non-identifier character?
  bool lookahead(const char* rest) {
    size_t start = cur_;
    bool match = true;
    for (const char* p = rest; *p; ++p) {
      if (next() != *p) {
        match = false;
        break;
      }
    }
    if (match) match = !is_potential_identifier_char(next());
    cur_ = start;
    return match;
  }

  // verify_end_of_number(): c, just read, follows a complete number. A keyword that can follow
  // a number in valid code ends the number (with a DeprecationWarning in CPython 3.11); other
  // ASCII identifier characters are an error.
  bool verify_end(int c, const char* kind) {
    bool keyword = false;
    if (c == 'a') {
      keyword = lookahead("nd");
    } else if (c == 'e') {
      keyword = lookahead("lse");
    } else if (c == 'f') {
      keyword = lookahead("or");
    } else if (c == 'i') {
      int c2 = next();
      keyword = c2 == 'f' || c2 == 'n' || c2 == 's';
      backup();
    } else if (c == 'o') {
      keyword = lookahead("r");
    } else if (c == 'n') {
      keyword = lookahead("ot");
    }
    if (keyword) return true;
    if (c >= 0 && c < 128 && is_potential_identifier_char(c)) {
      backup();
      fail(fmt::format("invalid {} literal", kind));
      return false;
    }
    return true;
  }

  std::string_view text_;
  size_t cur_ = 0;
  std::optional<LiteralError> error_;
};

std::string without_underscores(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c != '_') out += c;
  }
  return out;
}

// A decimal float ("1.5", ".5", "5.", "1e-5", digits only, no sign), correctly rounded as
// CPython's _Py_dg_strtod; overflow gives inf and underflow 0.0 as in CPython.
double parse_float(const std::string& text) {
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value,
                                   std::chars_format::general);
  if (ec == std::errc::result_out_of_range) {
    // Decimal exponent of the leading nonzero digit decides between overflow and underflow.
    long long exponent = 0;
    size_t e = text.find_first_of("eE");
    if (e != std::string::npos) {
      exponent = std::clamp(std::strtoll(text.c_str() + e + 1, nullptr, 10), -1000000000LL,
                            1000000000LL);
    }
    std::string_view mantissa = std::string_view(text).substr(0, e);
    size_t dot = mantissa.find('.');
    std::string_view int_part = mantissa.substr(0, dot);
    size_t first = int_part.find_first_not_of('0');
    long long magnitude;
    if (first != std::string_view::npos) {
      magnitude = static_cast<long long>(int_part.size() - first);
    } else {
      std::string_view frac = dot == std::string_view::npos ? "" : mantissa.substr(dot + 1);
      size_t nz = frac.find_first_not_of('0');
      magnitude = nz == std::string_view::npos ? -1000000 : -static_cast<long long>(nz);
    }
    return magnitude + exponent > 0 ? std::numeric_limits<double>::infinity() : 0.0;
  }
  return value;
}

}  // namespace

size_t number_token_length(std::string_view text) {
  // How far the grammar's token reaches: identifier characters, '.', and '+'/'-' after an 'e'
  // of a non-hex number (CPython's tokenizer reads the sign, then reports a missing digit after
  // it: `1e+` is "invalid decimal literal" at the sign's end).
  size_t reach = 0;
  bool hex = text.size() > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
  while (reach < text.size()) {
    unsigned char c = text[reach];
    if (is_potential_identifier_char(c) || c == '.') {
      ++reach;
    } else if ((c == '+' || c == '-') && !hex && reach > 0 &&
               (text[reach - 1] == 'e' || text[reach - 1] == 'E')) {
      ++reach;
    } else {
      break;
    }
  }
  std::string_view token = text.substr(0, reach);
  NumberScanner scanner(token);
  if (scanner.scan()) return reach;
  return scanner.end();
}

std::optional<LiteralError> decode_number(std::string_view token, ast::ConstantValue& out) {
  NumberScanner scanner(token);
  if (auto error = scanner.scan()) return error;
  if (scanner.end() < token.size()) {
    // CPython's tokenizer would go on with more tokens here ("1j.5x" is NUMBER "1j", NUMBER
    // ".5x"), and a tokenizer error among them beats the parser's "invalid syntax".
    for (size_t p = scanner.end(); p < token.size();) {
      const unsigned char c = token[p];
      if (is_digit(c) || (c == '.' && p + 1 < token.size() && is_digit(token[p + 1]))) {
        NumberScanner next(token.substr(p));
        if (auto error = next.scan()) {
          error->offset += p;
          if (error->end_offset) *error->end_offset += p;
          return error;
        }
        p += next.end();
      } else if (is_potential_identifier_char(c)) {
        while (p < token.size() &&
               is_potential_identifier_char(static_cast<unsigned char>(token[p]))) {
          ++p;
        }
      } else {
        ++p;  // '.', '+', '-'
      }
    }
    return LiteralError{"invalid syntax", scanner.end(), token.size()};
  }

  std::string digits = without_underscores(token);
  int base = 10;
  if (digits.size() > 1 && digits[0] == '0' && std::strchr("xXoObB", digits[1])) {
    const char letter = static_cast<char>(digits[1] | 0x20);
    base = letter == 'x' ? 16 : letter == 'o' ? 8 : 2;
    digits.erase(0, 2);
  } else {
    const bool imaginary = digits.back() == 'j' || digits.back() == 'J';
    if (imaginary) digits.pop_back();
    if (imaginary || digits.find_first_of(".eE") != std::string::npos) {
      out.type = imaginary ? ast::ConstantValue::Type::Complex : ast::ConstantValue::Type::Float;
      out.number = parse_float(digits);
      out.text.clear();
      return std::nullopt;
    }
  }
  if (base == 10 && digits.size() > kMaxStrDigits &&
      digits.find_first_not_of('0') != std::string::npos) {
    // CPython 3.11.7 converts decimal literals with int(), which has a length limit.
    LiteralError error{fmt::format("Exceeds the limit ({} digits) for integer string conversion: "
                                   "value has {} digits; use sys.set_int_max_str_digits() to "
                                   "increase the limit - Consider hexadecimal for huge integer "
                                   "literals to avoid decimal conversion limits.",
                                   kMaxStrDigits, digits.size()),
                       0};
    error.no_columns = true;
    return error;
  }
  mpz_t value;
  mpz_init(value);
  mpz_set_str(value, digits.c_str(), base);
  std::string text(mpz_sizeinbase(value, 10) + 2, '\0');
  mpz_get_str(text.data(), 10, value);
  text.resize(std::strlen(text.c_str()));
  mpz_clear(value);
  out.type = ast::ConstantValue::Type::Int;
  out.text = std::move(text);
  out.number = 0;
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Strings

StringParts split_string_token(std::string_view token) {
  StringParts parts;
  size_t i = 0;
  while (i < token.size() && token[i] != '\'' && token[i] != '"') {
    switch (token[i]) {
      case 'r': case 'R': parts.prefix.raw = true; break;
      case 'b': case 'B': parts.prefix.bytes = true; break;
      case 'u': case 'U': parts.prefix.unicode = true; break;
      case 'f': case 'F': parts.prefix.format = true; break;
      default: break;
    }
    ++i;
  }
  if (i >= token.size()) {
    parts.body_offset = token.size();
    parts.body = token.substr(token.size());
    return parts;
  }
  const char quote = token[i];
  const size_t rest = token.size() - i;
  const size_t quotes =
      (rest >= 6 && token[i + 1] == quote && token[i + 2] == quote) ? 3 : 1;
  parts.body_offset = i + quotes;
  parts.body = rest >= 2 * quotes ? token.substr(i + quotes, rest - 2 * quotes)
                                  : token.substr(token.size());
  return parts;
}

namespace {

// The character name table (names -> code points), built on first use.
class NameTable {
 public:
  static const NameTable& get() {
    static const NameTable table;
    return table;
  }
  std::optional<char32_t> find(const std::string& upper_name) const {
    auto it = names_.find(upper_name);
    if (it == names_.end()) return std::nullopt;
    return it->second;
  }

 private:
  NameTable() {
    names_.reserve(kCharacterNameCount + std::size(kNameAliases));
    const std::string_view data(kCharacterNames, sizeof(kCharacterNames) - 1);
    const std::string_view prefix_chars(kNamePrefixChars);
    std::string name;
    char32_t cp = 0;
    bool first = true;
    size_t i = 0;
    while (i < data.size()) {
      if (data[i] == '~') {
        ++i;
        cp = 0;
        while (i < data.size() && (is_digit(data[i]) || (data[i] >= 'A' && data[i] <= 'F'))) {
          char c = data[i++];
          cp = cp * 16 + (is_digit(c) ? c - '0' : c - 'A' + 10);
        }
      } else if (!first) {
        ++cp;
      }
      first = false;
      size_t shared = prefix_chars.find(data[i++]);
      name.resize(shared);
      while (i < data.size() && data[i] != '~' &&
             prefix_chars.find(data[i]) == std::string_view::npos) {
        name += data[i++];
      }
      names_.emplace(name, cp);
    }
    for (const NameAlias& alias : kNameAliases) names_.emplace(alias.name, alias.code);
  }
  std::unordered_map<std::string, char32_t> names_;
};

// Longest jamo short name of `table` at the start of `text` (CPython's find_syllable); the
// empty name matches when nothing longer does.
int find_syllable(std::string_view text, size_t& len, const char* const* table, int count) {
  int found = -1;
  size_t best = 0;
  for (int i = 0; i < count; ++i) {
    size_t n = std::strlen(table[i]);
    if (found >= 0 && n <= best) continue;
    if (text.substr(0, n) == table[i]) {
      best = n;
      found = i;
    }
  }
  len = best;
  return found;
}

// CPython's _getcode() for "\N{name}" (no named sequences).
std::optional<char32_t> lookup_name(std::string_view name) {
  constexpr std::string_view kHangul = "HANGUL SYLLABLE ";
  constexpr std::string_view kIdeograph = "CJK UNIFIED IDEOGRAPH-";
  if (name.substr(0, kHangul.size()) == kHangul) {
    std::string_view rest = name.substr(kHangul.size());
    size_t len;
    int l = find_syllable(rest, len, kHangulL, std::size(kHangulL));
    rest.remove_prefix(len);
    int v = find_syllable(rest, len, kHangulV, std::size(kHangulV));
    rest.remove_prefix(len);
    int t = find_syllable(rest, len, kHangulT, std::size(kHangulT));
    rest.remove_prefix(len);
    if (l < 0 || v < 0 || t < 0 || !rest.empty()) return std::nullopt;
    return static_cast<char32_t>(0xAC00 + (l * 21 + v) * 28 + t);
  }
  if (name.substr(0, kIdeograph.size()) == kIdeograph) {
    std::string_view hex = name.substr(kIdeograph.size());
    if (hex.size() != 4 && hex.size() != 5) return std::nullopt;
    char32_t cp = 0;
    for (char c : hex) {
      if (is_digit(c)) {
        cp = cp * 16 + (c - '0');
      } else if (c >= 'A' && c <= 'F') {
        cp = cp * 16 + (c - 'A' + 10);
      } else {
        return std::nullopt;
      }
    }
    for (const CodePointRange& r : kUnifiedIdeographRanges) {
      if (cp >= r.first && cp < r.end) return cp;
    }
    return std::nullopt;
  }
  std::string upper(name);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return NameTable::get().find(upper);
}

int hex_value(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// decode_unicode_with_escapes(): the body is first rewritten as CPython does (every non-ASCII
// character as "\UXXXXXXXX", a backslash before a non-ASCII character or at the end as
// "\u005c"), then decoded as 'unicode_escape'; error positions refer to the rewritten buffer.
std::optional<LiteralError> decode_unicode_escapes(std::string_view body, std::string& out) {
  std::string buf;
  std::vector<uint32_t> origin;  // origin[k]: offset in `body` that produced buf[k]
  buf.reserve(body.size() + 16);
  origin.reserve(body.size() + 16);
  auto put = [&](std::string_view text, size_t from) {
    buf += text;
    origin.insert(origin.end(), text.size(), static_cast<uint32_t>(from));
  };
  for (size_t i = 0; i < body.size();) {
    if (body[i] == '\\') {
      put("\\", i);
      ++i;
      if (i >= body.size() || static_cast<unsigned char>(body[i]) >= 0x80) {
        put("u005c", i - 1);
        if (i >= body.size()) break;
      }
    }
    if (static_cast<unsigned char>(body[i]) >= 0x80) {
      char32_t cp;
      size_t len = decode_wtf8(body, i, cp);
      put(fmt::format("\\U{:08x}", static_cast<uint32_t>(cp)), i);
      i += len;
    } else {
      put(body.substr(i, 1), i);
      ++i;
    }
  }

  const size_t end = buf.size();
  size_t s = 0;
  while (s < end) {
    unsigned char c = buf[s++];
    if (c != '\\') {
      out += static_cast<char>(c);
      continue;
    }
    const size_t start = s - 1;
    const char* message = nullptr;
    char32_t ch = 0;
    if (s >= end) {
      message = "\\ at end of string";
    } else {
      c = buf[s++];
      switch (c) {
        case '\n': continue;
        case '\\': out += '\\'; continue;
        case '\'': out += '\''; continue;
        case '"': out += '"'; continue;
        case 'b': out += '\b'; continue;
        case 'f': out += '\f'; continue;
        case 't': out += '\t'; continue;
        case 'n': out += '\n'; continue;
        case 'r': out += '\r'; continue;
        case 'v': out += '\v'; continue;
        case 'a': out += '\a'; continue;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
          ch = c - '0';
          if (s < end && buf[s] >= '0' && buf[s] <= '7') {
            ch = (ch << 3) + (buf[s++] - '0');
            if (s < end && buf[s] >= '0' && buf[s] <= '7') ch = (ch << 3) + (buf[s++] - '0');
          }
          append_utf8(out, ch);  // above 0o377: that code point (CPython only warns)
          continue;
        case 'x': case 'u': case 'U': {
          int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
          message = c == 'x'   ? "truncated \\xXX escape"
                    : c == 'u' ? "truncated \\uXXXX escape"
                               : "truncated \\UXXXXXXXX escape";
          bool ok = true;
          for (; count; ++s, --count) {
            int digit = s < end ? hex_value(static_cast<unsigned char>(buf[s])) : -1;
            if (digit < 0) {
              ok = false;
              break;
            }
            ch = (ch << 4) + digit;
          }
          if (!ok) break;
          if (ch > 0x10FFFF) {
            message = "illegal Unicode character";
            break;
          }
          append_utf8(out, ch);
          continue;
        }
        case 'N': {
          message = "malformed \\N character escape";
          if (s >= end || buf[s] != '{') break;
          const size_t name_start = ++s;
          while (s < end && buf[s] != '}') ++s;
          if (s >= end) break;
          if (s == name_start) break;
          std::string_view name(buf.data() + name_start, s - name_start);
          ++s;
          if (auto cp = lookup_name(name)) {
            append_utf8(out, *cp);
            continue;
          }
          message = "unknown Unicode character name";
          break;
        }
        default:
          out += '\\';  // unknown escape: kept (CPython only warns)
          out += static_cast<char>(c);
          continue;
      }
    }
    // An error: bytes [start, s) of the rewritten buffer.
    std::string msg =
        s - start == 1
            ? fmt::format("(unicode error) 'unicodeescape' codec can't decode byte 0x{:02x} in "
                          "position {}: {}",
                          static_cast<unsigned char>(buf[start]), start, message)
            : fmt::format("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                          "{}-{}: {}",
                          start, s - 1, message);
    return LiteralError{std::move(msg), origin[start]};
  }
  return std::nullopt;
}

// _PyBytes_DecodeEscape() on an ASCII body.
std::optional<LiteralError> decode_bytes_escapes(std::string_view body, std::string& out) {
  const size_t end = body.size();
  size_t s = 0;
  while (s < end) {
    if (body[s] != '\\') {
      out += body[s++];
      continue;
    }
    ++s;
    if (s == end) return LiteralError{"(value error) Trailing \\ in string", s - 1};
    char c = body[s++];
    switch (c) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 't': out += '\t'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 'v': out += '\v'; break;
      case 'a': out += '\a'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        unsigned value = c - '0';
        if (s < end && body[s] >= '0' && body[s] <= '7') {
          value = (value << 3) + (body[s++] - '0');
          if (s < end && body[s] >= '0' && body[s] <= '7') value = (value << 3) + (body[s++] - '0');
        }
        out += static_cast<char>(value & 0xFF);  // above 0o377: masked (CPython only warns)
        break;
      }
      case 'x':
        if (s + 1 < end) {
          int d1 = hex_value(static_cast<unsigned char>(body[s]));
          int d2 = hex_value(static_cast<unsigned char>(body[s + 1]));
          if (d1 >= 0 && d2 >= 0) {
            out += static_cast<char>((d1 << 4) + d2);
            s += 2;
            break;
          }
        }
        return LiteralError{fmt::format("(value error) invalid \\x escape at position {}", s - 2),
                            s - 2};
      default:
        out += '\\';  // unknown escape: kept (CPython only warns)
        --s;
        break;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<LiteralError> decode_string_body(std::string_view body, const StringPrefix& prefix,
                                               std::string& out) {
  const bool plain = prefix.raw || body.find('\\') == std::string_view::npos;
  if (prefix.bytes) {
    for (size_t i = 0; i < body.size(); ++i) {
      if (static_cast<unsigned char>(body[i]) >= 0x80) {
        return LiteralError{"bytes can only contain ASCII literal characters", i};
      }
    }
    if (plain) {
      out += body;
      return std::nullopt;
    }
    return decode_bytes_escapes(body, out);
  }
  if (plain) {
    out += body;
    return std::nullopt;
  }
  return decode_unicode_escapes(body, out);
}

}  // namespace gyre::parser
