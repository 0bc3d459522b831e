#include "parser/layout.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "parser/literals.hpp"
#include "parser/unicode.hpp"

namespace gyre::parser {

uint32_t Layout::source_offset(uint32_t t) const {
  auto it = std::upper_bound(segments.begin(), segments.end(), t,
                             [](uint32_t v, const Segment& s) { return v < s.text_offset; });
  if (it == segments.begin()) return t;
  --it;
  return it->source_offset + (t - it->text_offset);
}

uint32_t Layout::string_end(uint32_t t) const {
  auto it = std::lower_bound(strings.begin(), strings.end(), t,
                             [](const StringToken& s, uint32_t v) { return s.start < v; });
  return it != strings.end() && it->start == t ? it->end : 0;
}

namespace {

constexpr size_t kMaxBracketDepth = 200;  // CPython's MAXLEVEL
constexpr size_t kMaxIndentDepth = 100;   // CPython's MAXINDENT

bool is_ascii_ident_char(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Is `word` a legal string prefix (r, u, b, f, br, rb, fr, rf in any case)?
bool is_string_prefix(std::string_view word) {
  if (word.size() > 2) return false;
  bool r = false, b = false, u = false, f = false;
  for (char c : word) {
    switch (c | 0x20) {
      case 'r': if (r) return false; r = true; break;
      case 'b': if (b) return false; b = true; break;
      case 'u': if (u) return false; u = true; break;
      case 'f': if (f) return false; f = true; break;
      default: return false;
    }
  }
  if (u) return word.size() == 1;
  return !(b && f);
}

class LayoutBuilder {
 public:
  explicit LayoutBuilder(std::string_view source) : src_(source) {}

  Layout build() {
    while (pos_ < src_.size() && !out_.error) {
      if (!start_logical_line()) continue;
      scan_logical_line();
    }
    if (out_.error) {
      out_.error_at = out_.text.size();
      emit(marker::kEnd, out_.error->offset);
    } else {
      finish();
    }
    return std::move(out_);
  }

 private:
  struct Bracket {
    char c;
    uint32_t offset;
  };

  // --- output -------------------------------------------------------------------------------
  void copy(size_t from, size_t to) {
    if (from >= to) return;
    uint32_t t = out_.text.size();
    bool contiguous = !out_.segments.empty() &&
                      out_.segments.back().source_offset + (t - out_.segments.back().text_offset) ==
                          from;
    if (!contiguous) out_.segments.push_back({t, static_cast<uint32_t>(from)});
    out_.text.append(src_.substr(from, to - from));
    out_.depth.resize(out_.text.size(), static_cast<uint8_t>(brackets_.size()));
  }
  void emit(char m, size_t source_offset) {
    out_.segments.push_back({static_cast<uint32_t>(out_.text.size()),
                             static_cast<uint32_t>(source_offset)});
    out_.text.push_back(m);
    out_.depth.push_back(static_cast<uint8_t>(brackets_.size()));
  }
  void fail(std::string type, std::string msg, size_t offset, size_t end_offset = 0) {
    if (out_.error) return;
    LayoutError e;
    e.type = std::move(type);
    e.msg = std::move(msg);
    e.offset = offset;
    e.end_offset = std::max(end_offset, offset);
    out_.error = std::move(e);
  }
  int line_of(size_t offset) const {
    return 1 + static_cast<int>(std::count(src_.begin(), src_.begin() + offset, '\n'));
  }

  // --- lines --------------------------------------------------------------------------------
  // Measures the indentation of a physical line, skips it if blank, and emits INDENT/DEDENT
  // markers. Returns false when the line was blank (or the source ended).
  bool start_logical_line() {
    int col = 0, alt = 0;
    // As CPython's tokenizer: a backslash continuation inside the indentation is skipped, and
    // the column of the first one is the line's indentation.
    int continued_col = -1, continued_alt = -1;
    while (pos_ < src_.size()) {
      char c = src_[pos_];
      if (c == '\\' && pos_ + 1 < src_.size() && src_[pos_ + 1] == '\n') {
        if (continued_col < 0) continued_col = col, continued_alt = alt;
        pos_ += 2;
        continue;
      }
      if (c == ' ') {
        ++col, ++alt;
      } else if (c == '\t') {
        col = (col / 8 + 1) * 8;
        ++alt;
      } else if (c == '\f') {
        col = alt = 0;
      } else {
        break;
      }
      ++pos_;
    }
    if (pos_ >= src_.size()) return false;
    if (src_[pos_] == '#' || src_[pos_] == '\n') {
      size_t nl = src_.find('\n', pos_);
      pos_ = nl == std::string_view::npos ? src_.size() : nl + 1;
      return false;
    }
    if (continued_col >= 0) col = continued_col, alt = continued_alt;
    indent_to(col, alt);
    return !out_.error;
  }

  void indent_to(int col, int alt) {
    if (col == indents_.back()) {
      if (alt != alt_indents_.back()) tab_error();
    } else if (col > indents_.back()) {
      if (indents_.size() >= kMaxIndentDepth) {
        fail("IndentationError", "too many levels of indentation", pos_);
        out_.error->no_caret = true;
        out_.error->wins = false;
        return;
      }
      if (alt <= alt_indents_.back()) {
        tab_error();
        return;
      }
      indents_.push_back(col);
      alt_indents_.push_back(alt);
      emit(marker::kIndent, pos_);
    } else {
      while (indents_.size() > 1 && col < indents_.back()) {
        indents_.pop_back();
        alt_indents_.pop_back();
        emit(marker::kDedent, pos_);
      }
      if (col != indents_.back()) {
        // CPython's tokenizer reports this one at the end of the line.
        size_t eol = src_.find('\n', pos_);
        fail("IndentationError", "unindent does not match any outer indentation level",
             eol == std::string_view::npos ? src_.size() : eol);
        out_.error->wins = false;
        return;
      }
      if (alt != alt_indents_.back()) tab_error();
    }
  }
  void tab_error() {
    fail("TabError", "inconsistent use of tabs and spaces in indentation", pos_);
    out_.error->no_caret = true;
    out_.error->wins = false;
  }

  // Copies one logical line (through its physical continuations) and ends it with NEWLINE.
  void scan_logical_line() {
    while (!out_.error) {
      if (pos_ >= src_.size()) {
        end_of_input_in_line();
        return;
      }
      unsigned char c = src_[pos_];
      switch (c) {
        case ' ':
        case '\t':
        case '\f':
          copy(pos_, pos_ + 1);
          ++pos_;
          break;
        case '#': {
          // CPython's NEWLINE token starts at a comment that ends the line.
          comment_start_ = pos_;
          size_t nl = src_.find('\n', pos_);
          pos_ = nl == std::string_view::npos ? src_.size() : nl;
          break;
        }
        case '\n':
          if (!brackets_.empty()) {
            copy(pos_, pos_ + 1);
            ++pos_;
            break;
          }
          emit(marker::kNewline, newline_start(pos_));
          ++pos_;
          return;
        case '\\':
          continuation();
          break;
        case '(':
        case '[':
        case '{':
          if (brackets_.size() >= kMaxBracketDepth) {
            fail("SyntaxError", "too many nested parentheses", pos_);
            return;
          }
          brackets_.push_back({static_cast<char>(c), static_cast<uint32_t>(pos_)});
          copy(pos_, pos_ + 1);
          ++pos_;
          break;
        case ')':
        case ']':
        case '}':
          close_bracket(c);
          break;
        case '\'':
        case '"':
          string_token(pos_, pos_);
          break;
        default:
          if (c >= '0' && c <= '9') {
            number();
          } else if (c == '.' && pos_ + 1 < src_.size() && src_[pos_ + 1] >= '0' &&
                     src_[pos_ + 1] <= '9') {
            number();
          } else if (is_ascii_ident_char(c) || c >= 0x80) {
            word();
          } else if (c < 0x20 || c == 0x7f) {
            fail("SyntaxError", fmt::format("invalid non-printable character U+{:04X}", c), pos_);
          } else {
            copy(pos_, pos_ + 1);
            ++pos_;
          }
      }
    }
  }

  // The source ended inside a logical line: end it, unless a bracket is still open or a
  // backslash asked for more, which is an error if the parser gets this far.
  void end_of_input_in_line() {
    if (out_.at_end) return;
    if (!brackets_.empty()) {
      const Bracket& b = brackets_.back();
      defer(fmt::format("'{}' was never closed", b.c), b.offset);
      out_.open_at_end = Layout::OpenAtEnd::Bracket;
      return;
    }
    emit(marker::kNewline, newline_start(src_.size()));
  }
  // Where the NEWLINE ending at `eol` starts: at a comment just before it, else at `eol`.
  size_t newline_start(size_t eol) {
    size_t start = comment_start_ != kNoComment && src_.find('\n', comment_start_) >= eol
                       ? comment_start_
                       : eol;
    comment_start_ = kNoComment;
    return start;
  }
  void defer(std::string msg, size_t offset) {
    LayoutError e;
    e.msg = std::move(msg);
    e.offset = e.end_offset = offset;
    e.char_columns = false;  // raised by CPython's parser, not its tokenizer
    out_.at_end = std::move(e);
  }

  void continuation() {
    if (pos_ + 1 < src_.size() && src_[pos_ + 1] == '\n') {
      if (pos_ + 2 >= src_.size()) {
        defer("unexpected EOF while parsing", pos_ + 1);
        out_.open_at_end = Layout::OpenAtEnd::Backslash;
        pos_ = src_.size();
        return;
      }
      copy(pos_, pos_ + 2);
      pos_ += 2;
      return;
    }
    if (pos_ + 1 >= src_.size()) {
      defer("unexpected EOF while parsing", pos_ + 1);
      out_.open_at_end = Layout::OpenAtEnd::Backslash;
      pos_ = src_.size();
      return;
    }
    fail("SyntaxError", "unexpected character after line continuation character", pos_ + 1);
    out_.error->wins = false;
  }

  void close_bracket(char c) {
    if (brackets_.empty()) {
      fail("SyntaxError", fmt::format("unmatched '{}'", c), pos_);
      return;
    }
    const Bracket& open = brackets_.back();
    char want = open.c == '(' ? ')' : open.c == '[' ? ']' : '}';
    if (c != want) {
      int open_line = line_of(open.offset);
      if (open_line != line_of(pos_)) {
        fail("SyntaxError",
             fmt::format("closing parenthesis '{}' does not match opening parenthesis '{}' on "
                         "line {}",
                         c, open.c, open_line),
             pos_);
      } else {
        fail("SyntaxError",
             fmt::format("closing parenthesis '{}' does not match opening parenthesis '{}'", c,
                         open.c),
             pos_);
      }
      return;
    }
    brackets_.pop_back();
    copy(pos_, pos_ + 1);
    ++pos_;
  }

  // A number token, cut where CPython's tokenizer cuts it. The tokenizer's own errors in it
  // ("invalid decimal literal", ...) are found here, as CPython's tokenizer finds them.
  void number() {
    size_t len = number_token_length(src_.substr(pos_));
    ast::ConstantValue value;
    if (auto err = decode_number(src_.substr(pos_, len), value)) {
      if (err->msg != "invalid syntax" && !err->no_columns) {
        size_t at = pos_ + err->offset;
        fail("SyntaxError", err->msg, at, err->end_offset ? pos_ + *err->end_offset : at);
        return;
      }
    }
    copy(pos_, pos_ + len);
    pos_ += len;
  }

  // An identifier, or the prefix of a string literal.
  void word() {
    size_t end = pos_;
    while (end < src_.size()) {
      unsigned char c = src_[end];
      if (is_ascii_ident_char(c)) {
        ++end;
      } else if (c >= 0x80) {
        char32_t cp;
        size_t len = decode_utf8(src_, end, cp);
        if (len == 0 || !is_identifier_char(cp, end == pos_)) {
          if (end == pos_) invalid_character(end, cp, len);
          break;
        }
        end += len;
      } else {
        break;
      }
    }
    if (out_.error) return;
    if (end < src_.size() && (src_[end] == '\'' || src_[end] == '"') &&
        is_string_prefix(src_.substr(pos_, end - pos_))) {
      string_token(pos_, end);
      return;
    }
    copy(pos_, end);
    pos_ = end;
  }

  void invalid_character(size_t at, char32_t cp, size_t len) {
    if (len == 0) {
      fail("SyntaxError", "invalid UTF-8", at);  // parse() rejects invalid UTF-8 before us
    } else if (!is_printable(cp)) {
      fail("SyntaxError", fmt::format("invalid non-printable character U+{:04X}", (uint32_t)cp),
           at);
    } else {
      fail("SyntaxError",
           fmt::format("invalid character '{}' (U+{:04X})", src_.substr(at, len), (uint32_t)cp),
           at);
    }
  }

  // A string literal whose prefix starts at `start` and whose opening quote is at `quote_at`.
  void string_token(size_t start, size_t quote_at) {
    char q = src_[quote_at];
    bool triple = quote_at + 2 < src_.size() && src_[quote_at + 1] == q && src_[quote_at + 2] == q;
    size_t i = quote_at + (triple ? 3 : 1);
    while (true) {
      if (i >= src_.size()) {
        if (triple) {
          fail("SyntaxError",
               fmt::format("unterminated triple-quoted string literal (detected at line {})",
                           line_of(src_.size()) - (src_.back() == '\n' ? 1 : 0)),
               start);
          out_.open_at_end = Layout::OpenAtEnd::TripleQuote;
        } else {
          fail("SyntaxError",
               fmt::format("unterminated string literal (detected at line {})", line_of(i)),
               start);
        }
        return;
      }
      char c = src_[i];
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '\n' && !triple) {
        fail("SyntaxError",
             fmt::format("unterminated string literal (detected at line {})", line_of(start)),
             start);
        return;
      }
      if (c == q) {
        if (!triple) {
          ++i;
          break;
        }
        if (i + 2 < src_.size() && src_[i + 1] == q && src_[i + 2] == q) {
          i += 3;
          break;
        }
      }
      ++i;
    }
    uint32_t t = out_.text.size();
    copy(start, i);
    out_.strings.push_back({t, static_cast<uint32_t>(out_.text.size())});
    pos_ = i;
  }

  void finish() {
    while (indents_.size() > 1) {
      indents_.pop_back();
      emit(marker::kDedent, src_.size());
    }
    emit(marker::kEnd, src_.size());
  }

  std::string_view src_;
  size_t pos_ = 0;
  Layout out_;
  std::vector<int> indents_{0}, alt_indents_{0};
  std::vector<Bracket> brackets_;
  static constexpr size_t kNoComment = ~size_t{0};
  size_t comment_start_ = kNoComment;  // the comment last skipped on this line
};

}  // namespace

Layout lay_out(std::string_view source) { return LayoutBuilder(source).build(); }

}  // namespace gyre::parser
