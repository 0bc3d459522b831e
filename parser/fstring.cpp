// Splitting of f-string bodies into literal text and replacement fields, following CPython
// 3.11's Parser/string_parser.c (fstring_find_literal, fstring_find_expr,
// _PyPegen_FstringParser_ConcatFstring), with its error messages and its order of checks.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "parser/literals.hpp"

namespace gyre::parser {
namespace {

constexpr size_t kMaxNesting = 200;  // CPython's MAXLEVEL

class FStringSplitter {
 public:
  FStringSplitter(std::string_view body, bool raw) : s_(body), raw_(raw) {}

  std::optional<LiteralError> split(std::vector<FStringPart>& parts) {
    concat(0, parts);
    return error_;
  }

 private:
  // The character at `i`; past the end, CPython reads the closing quote, which is none of the
  // characters the callers test for.
  char at(size_t i) const { return i < s_.size() ? s_[i] : '\0'; }

  bool fail(std::string msg, size_t offset) {
    error_ = LiteralError{std::move(msg), offset};
    return false;
  }

  // Appends literal text, merged with a Literal part just before it.
  static void add_literal(std::vector<FStringPart>& parts, std::string text) {
    if (text.empty()) return;
    if (!parts.empty() && parts.back().type == FStringPart::Type::Literal) {
      parts.back().literal += text;
      return;
    }
    FStringPart part;
    part.type = FStringPart::Type::Literal;
    part.literal = std::move(text);
    parts.push_back(std::move(part));
  }

  // _PyPegen_FstringParser_ConcatFstring: literals and fields up to the end of the body
  // (level 0) or the '}' closing a format spec (level 1 and 2).
  bool concat(int level, std::vector<FStringPart>& parts) {
    while (true) {
      int result = find_literal(level, parts);
      if (result < 0) return false;
      if (result == 1) continue;  // a doubled brace: go on with the literal
      if (pos_ >= s_.size() || s_[pos_] == '}') break;
      if (!find_expr(level, parts)) return false;
    }
    if (level == 0 && pos_ + 1 < s_.size()) {
      return fail("f-string: unexpected end of string", pos_);  // unreachable, as in CPython
    }
    if (level != 0 && at(pos_) != '}') return fail("f-string: expecting '}'", pos_);
    return true;
  }

  // fstring_find_literal: literal text up to a '{' (or a '}' ending a format spec). Returns 1
  // after a doubled brace at level 0 (the literal includes one brace), 0 otherwise, -1 on error.
  int find_literal(int level, std::vector<FStringPart>& parts) {
    const size_t literal_start = pos_;
    const size_t end = s_.size();
    size_t s = pos_;
    size_t literal_end;
    int result = 0;
    while (true) {
      if (s >= end) {
        pos_ = literal_end = s;
        break;
      }
      char ch = s_[s++];
      if (!raw_ && ch == '\\' && s < end) {
        ch = s_[s++];
        if (ch == 'N') {
          // "\N{...}" is one escape: its braces do not start a field. (Like CPython, the
          // character after a "\N" is skipped even if it is not '{'.)
          if (s < end && s_[s++] == '{') {
            while (s < end && s_[s++] != '}') {
            }
          }
          continue;
        }
        // "\{" is a backslash and a brace (CPython warns about the invalid escape).
      }
      if (ch == '{' || ch == '}') {
        if (level == 0) {
          if (s < end && s_[s] == ch) {
            literal_end = s;  // keep one of the two braces
            pos_ = s + 1;
            result = 1;
            break;
          }
          if (ch == '}') {
            pos_ = s - 1;
            fail("f-string: single '}' is not allowed", s - 1);
            return -1;
          }
        }
        pos_ = literal_end = s - 1;
        break;
      }
    }
    if (literal_end > literal_start) {
      std::string_view piece = s_.substr(literal_start, literal_end - literal_start);
      std::string text;
      if (raw_) {
        text.assign(piece);
      } else if (auto error = decode_string_body(piece, StringPrefix{}, text)) {
        fail(error->msg, literal_start + error->offset);
        return -1;
      }
      add_literal(parts, std::move(text));
    }
    return result;
  }

  static bool is_expression_space(char c) {  // what fstring_compile_expr skips
    return c == ' ' || c == '\t' || c == '\n' || c == '\f';
  }
  static bool is_py_space(char c) {  // Py_ISSPACE
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
  }

  // fstring_find_expr: a replacement field starting at the '{' at pos_.
  bool find_expr(int level, std::vector<FStringPart>& parts) {
    const size_t end = s_.size();
    if (level >= 2) return fail("f-string: expressions nested too deeply", pos_);
    ++pos_;  // '{'
    const size_t expr_start = pos_;
    char quote = 0;       // inside a string of the expression: its quote character
    int string_type = 0;  // 1 or 3 quotes
    std::vector<char> brackets;
    for (; pos_ < end; ++pos_) {
      const char ch = s_[pos_];
      if (ch == '\\') return fail("f-string expression part cannot include a backslash", pos_);
      if (quote) {
        if (ch == quote) {
          if (string_type == 3) {
            if (pos_ + 2 < end && s_[pos_ + 1] == ch && s_[pos_ + 2] == ch) {
              pos_ += 2;
              quote = 0;
              string_type = 0;
            }
          } else {
            quote = 0;
            string_type = 0;
          }
        }
        continue;
      }
      if (ch == '\'' || ch == '"') {
        if (pos_ + 2 < end && s_[pos_ + 1] == ch && s_[pos_ + 2] == ch) {
          string_type = 3;
          pos_ += 2;
        } else {
          string_type = 1;
        }
        quote = ch;
      } else if (ch == '[' || ch == '{' || ch == '(') {
        if (brackets.size() >= kMaxNesting) {
          return fail("f-string: too many nested parenthesis", pos_);
        }
        brackets.push_back(ch);
      } else if (ch == '#') {
        return fail("f-string expression part cannot include '#'", pos_);
      } else if (brackets.empty() &&
                 (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
        if (pos_ + 1 < end && s_[pos_ + 1] == '=' && ch != ':' && ch != '}') {
          ++pos_;  // "!=", "==", "<=", ">=" do not end the expression
          continue;
        }
        if (ch == '>' || ch == '<') continue;
        break;
      } else if (ch == ']' || ch == '}' || ch == ')') {
        if (brackets.empty()) return fail(fmt::format("f-string: unmatched '{}'", ch), pos_);
        const char opening = brackets.back();
        brackets.pop_back();
        if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
              (opening == '{' && ch == '}'))) {
          return fail(fmt::format("f-string: closing parenthesis '{}' does not match opening "
                                  "parenthesis '{}'",
                                  ch, opening),
                      pos_);
        }
      }
    }
    const size_t expr_end = pos_;
    if (quote) return fail("f-string: unterminated string", pos_);
    if (!brackets.empty()) {
      return fail(fmt::format("f-string: unmatched '{}'", brackets.back()), pos_);
    }
    if (pos_ >= end) return fail("f-string: expecting '}'", pos_);

    // CPython compiles the expression here, before looking at what follows it.
    size_t k = expr_start;
    while (k < expr_end && is_expression_space(s_[k])) ++k;
    if (k == expr_end) {
      const char next = s_[expr_end];
      if (next == '!' || next == ':' || next == '=') {
        return fail(fmt::format("f-string: expression required before '{}'", next), expr_end);
      }
      return fail("f-string: empty expression not allowed", expr_end);
    }
    const size_t index = parts.size();
    {
      FStringPart field;
      field.type = FStringPart::Type::Field;
      field.expression = s_.substr(expr_start, expr_end - expr_start);
      field.expression_offset = expr_start;
      parts.push_back(std::move(field));
    }

    bool debug = false;
    if (s_[pos_] == '=') {
      ++pos_;
      while (pos_ < end && is_py_space(s_[pos_])) ++pos_;
      if (pos_ >= end) return fail("f-string: expecting '}'", pos_);
      parts[index].debug_text.assign(s_.substr(expr_start, pos_ - expr_start));
      debug = true;
    }
    if (s_[pos_] == '!') {
      ++pos_;
      if (pos_ >= end) return fail("f-string: expecting '}'", pos_);
      const char conversion = s_[pos_++];
      if (conversion != 's' && conversion != 'r' && conversion != 'a') {
        return fail("f-string: invalid conversion character: expected 's', 'r', or 'a'", pos_ - 1);
      }
      parts[index].conversion = conversion;
    }
    if (at(pos_) == ':') {
      ++pos_;
      if (pos_ >= end) return fail("f-string: expecting '}'", pos_);
      parts[index].has_format_spec = true;
      std::vector<FStringPart> spec;
      bool ok = concat(level + 1, spec);
      parts[index].format_spec = std::move(spec);
      if (!ok) return false;
    }
    if (at(pos_) != '}') return fail("f-string: expecting '}'", pos_);
    ++pos_;
    if (debug && !parts[index].has_format_spec && parts[index].conversion == 0) {
      parts[index].conversion = 'r';
    }
    return true;
  }

  std::string_view s_;
  bool raw_;
  size_t pos_ = 0;
  std::optional<LiteralError> error_;
};

}  // namespace

std::optional<LiteralError> split_fstring(std::string_view body, bool raw,
                                          std::vector<FStringPart>& parts) {
  return FStringSplitter(body, raw).split(parts);
}

}  // namespace gyre::parser
