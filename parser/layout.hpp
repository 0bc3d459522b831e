// The layout pre-pass: the part of Python's tokenizer that a PEG over characters cannot do
// well. It turns source text into "laid-out text" for the grammar:
//
// - Logical lines end in a NEWLINE marker; blank and comment-only lines are gone; comments are
//   dropped; indentation is replaced by INDENT/DEDENT markers (CPython's indentation stack,
//   tabs to multiples of 8, TabError and "unindent does not match" checks); the text ends with
//   DEDENTs back to column 0 and an END marker.
// - Inside brackets and after a backslash continuation, newlines stay as plain '\n' (the
//   grammar's whitespace rule skips them), so implicit joining needs no grammar support.
// - String literals are found here, once (prefixes, quotes, escapes, triple quotes spanning
//   lines); the grammar asks `string_end()` instead of re-lexing them.
// - Tokenizer errors (unterminated strings, bracket mismatches, bad indentation, invalid
//   characters) are detected here. CPython lets any tokenizer error in the file win over a
//   parser error, so a layout error is reported without parsing at all.
//
// Invariants: marker bytes never occur in laid-out text outside string tokens (a source byte
// with such a value outside a string is an "invalid non-printable character" error), and every
// laid-out offset maps back to a source offset through `source_offset()`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gyre::parser {

namespace marker {
constexpr char kNewline = '\x01';
constexpr char kIndent = '\x02';
constexpr char kDedent = '\x03';
constexpr char kEnd = '\x04';
inline bool is_marker(char c) { return c >= kNewline && c <= kEnd; }
}  // namespace marker

// An error found by the pre-pass, positioned in the source.
struct LayoutError {
  std::string type = "SyntaxError";  // or IndentationError / TabError
  std::string msg;
  uint32_t offset = 0;      // source byte offset of the caret
  uint32_t end_offset = 0;  // source byte offset where the caret range ends (== offset: one caret)
  int lineno_override = 0;  // report this line instead of offset's line (0: use offset's)
  bool no_caret = false;    // CPython prints no caret for this error
  bool char_columns = true; // reported by CPython's tokenizer, in characters (else the parser's)
  // CPython's tokenizer raises this one itself (invalid characters, literals, brackets), so it
  // wins even over a parser error earlier in the file. The others (indentation, a bad line
  // continuation) are only reported if the parser reaches them.
  bool wins = true;
};

struct Layout {
  std::string text;  // the laid-out text (see above)
  std::optional<LayoutError> error;  // the first tokenizer error; the text ends there
  uint32_t error_at = 0;             // laid-out offset of the END marker that replaced the rest
  // An error CPython reports only if parsing reaches the end of input (or fails on a line after
  // the unclosed bracket): "'(' was never closed", "unexpected EOF while parsing".
  std::optional<LayoutError> at_end;
  // What the source ended inside of, when it ended in the middle of a token or logical line.
  enum class OpenAtEnd : uint8_t { None, Bracket, Backslash, TripleQuote };
  OpenAtEnd open_at_end = OpenAtEnd::None;

  // Byte offset in the source of laid-out offset `t`.
  uint32_t source_offset(uint32_t t) const;
  // If a string token starts at laid-out offset `t`, its end (exclusive); otherwise 0.
  uint32_t string_end(uint32_t t) const;

  // Runs mapping laid-out text to source: text[t] comes from source[src + (t - text_offset)].
  struct Segment {
    uint32_t text_offset, source_offset;
  };
  std::vector<Segment> segments;
  struct StringToken {
    uint32_t start, end;
  };
  std::vector<StringToken> strings;  // sorted by start
  std::vector<uint8_t> depth;        // depth[t]: brackets open around laid-out offset t
};

// `source` must already have universal newlines ('\r\n' and '\r' turned into '\n') and no BOM.
Layout lay_out(std::string_view source);

}  // namespace gyre::parser
