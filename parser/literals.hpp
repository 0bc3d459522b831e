// Decoding of literal tokens: numbers, strings and bytes (escape sequences, prefixes), and the
// splitting of f-string bodies into literal text and replacement fields. Pure functions; the
// grammar calls them from its actions and turns a LiteralError into a SyntaxError.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parser/ast.hpp"

namespace gyre::parser {

// An error inside a literal, at `offset` bytes from the start of the token given to the decoder.
// For decode_number, `offset` is where CPython puts the caret (SyntaxError.offset - 1, relative to
// the token); `end_offset`, when set, is CPython's exclusive end of a range error (only "leading
// zeros in decimal integer literals ..." and a leftover "invalid syntax"): the error covers
// [offset, end_offset). Without end_offset, CPython's end_offset equals its offset (one caret).
//
// String and f-string errors: `offset` is informative only (where in the body the problem
// is). CPython 3.11 reports "(unicode error) ...", "(value error) ..." and every "f-string: ..."
// error raised while splitting an f-string at the parser's lookahead token, i.e. the token
// *after* the last of the adjacent string literals (`x = '\x' + 1`: at '+'; `x = '\x'\n`: at the
// NEWLINE, offset 9 = end_offset), never inside the string; "bytes can only contain ASCII
// literal characters" covers the bytes token itself. CPython decodes the adjacent literals one
// token at a time, checking "cannot mix bytes and nonbytes literals" after decoding each token
// from the second on: `'a' b'\x'` reports the \x error, `'a' b'a'` the mix.
struct LiteralError {
  std::string msg;  // CPython's text, e.g. "(unicode error) 'unicodeescape' codec can't ..."
  size_t offset = 0;
  std::optional<size_t> end_offset = std::nullopt;
  // CPython reports the error with the line only, without columns (SyntaxError.offset 0, no
  // caret): decode_number's "Exceeds the limit (4300 digits) for integer string conversion ...".
  bool no_columns = false;
};

// A numeric token as the grammar matched it (digits, underscores, prefixes, '.', exponent,
// trailing 'j'/'J'), e.g. "0x_ff", "1_000.5e-3", "10j". Produces an Int (decimal digits, via
// GMP for big values), Float or Complex constant.
//
// `token` is validated exactly as CPython's tokenizer scans a number, with its messages and caret
// positions ("invalid decimal literal", "invalid hexadecimal literal", "invalid digit '8' in
// octal literal", "leading zeros in decimal integer literals are not permitted; use an 0o prefix
// for octal integers", "invalid imaginary literal", ...). When CPython's NUMBER token would stop
// before the end of `token` (see number_token_length: "1j.imag", "1.2.3", "1if"), the result is
// LiteralError{"invalid syntax", <where CPython's token ends>, <token end>}: the grammar should
// cut its number token with number_token_length instead. Out-of-range floats become inf or 0.0,
// as in CPython. Decimal int literals of more than 4300 digits are an error, as in CPython
// 3.11.7 (its default int max_str_digits; LiteralError::no_columns is set).
std::optional<LiteralError> decode_number(std::string_view token, ast::ConstantValue& out);

// How many bytes CPython's tokenizer takes as one NUMBER token from `text`, which starts with a
// digit (or '.' and a digit) and may run on past the number. CPython stops before a '.' that
// cannot continue the number ("1j.imag", "0x1.real", "1..real", "1.2.3" -> "1j", "0x1", "1.",
// "1.2"), before a non-ASCII character ("1é" -> "1"), and before a keyword glued to the number
// ("1if x else y", "1or 2", "0x1for" -> "0x1f"; CPython 3.11 accepts these with a
// DeprecationWarning). For a malformed number ("1abc", "0x", "1_", "09") it returns the length
// up to where the grammar's token would reach anyway (identifier characters, '.', and a sign
// after an exponent 'e'), so that decode_number sees the whole thing and reports CPython's error.
size_t number_token_length(std::string_view text);

// Prefix letters of a string token, case-insensitive: r, b, u, f in CPython's legal
// combinations (rb, br, fr, rf, ...).
struct StringPrefix {
  bool raw = false, bytes = false, unicode = false, format = false;
};

// Splits a whole string token (prefix, quotes and body, e.g. `rb'\d'` or `"""x"""`) into its
// prefix and the body between the quotes. `body_offset` is where the body starts in the token.
// A quote part of three quotes is triple-quoted only if the token is long enough to close it
// (`''` is an empty single-quoted string, `''''''` an empty triple-quoted one).
struct StringParts {
  StringPrefix prefix;
  std::string_view body;
  size_t body_offset = 0;
};
StringParts split_string_token(std::string_view token);

// Decodes the body of a non-f string: escape sequences (\n \t \\ \' \" \a \b \f \v \r \ooo \xhh,
// and for str also \uXXXX \UXXXXXXXX \N{NAME}), backslash-newline, raw strings left alone.
// Bytes bodies with non-ASCII characters are an error ("bytes can only contain ASCII literal
// characters"). Unknown escapes are kept as written (CPython only warns).
//
// The decoded text is APPENDED to `out` (adjacent literals can share one string). Str is UTF-8,
// with lone surrogates (from \ud800 etc.) as 3-byte WTF-8 sequences; octal escapes above \377
// give that code point in str and are masked to a byte (& 0xFF) in bytes, as in CPython 3.11.
// Error messages are CPython's, including its "position a-b" (counted, as CPython does, in its
// intermediate buffer where every non-ASCII character takes 10 bytes, so they can differ from
// byte offsets in `body`): "(unicode error) 'unicodeescape' codec can't decode bytes in position
// 0-1: truncated \xXX escape" (and \uXXXX, \UXXXXXXXX, "illegal Unicode character", "malformed
// \N character escape", "unknown Unicode character name"), "(value error) invalid \x escape at
// position 0" for bytes. LiteralError::offset is the body offset of the offending escape (or of
// the first non-ASCII byte of a bytes body). \N{...} knows every name of Unicode 14.0 (CPython
// 3.11's database) and the formal aliases, case-insensitively; not named sequences.
std::optional<LiteralError> decode_string_body(std::string_view body, const StringPrefix& prefix,
                                               std::string& out);

// One piece of an f-string body.
struct FStringPart {
  enum class Type { Literal, Field };
  Type type = Type::Literal;
  std::string literal;          // Literal: decoded text (escapes processed unless raw)
  std::string_view expression;  // Field: the expression source, exactly as written
  size_t expression_offset = 0; // Field: byte offset of `expression` in the body
  char conversion = 0;          // Field: 0, 's', 'r' or 'a'
  std::string debug_text;       // Field with `=`: the text before and including '=' (and the
                                // whitespace around it), which CPython emits as a literal
  bool has_format_spec = false; // Field: ':' present
  std::vector<FStringPart> format_spec;  // Field: the spec, itself split into parts
};

// Splits an f-string body into parts with CPython 3.11's rules: '{{' and '}}' are literal
// braces, '{' expr ['='] ['!' conv] [':' spec] '}', nested fields in the spec (at most two
// levels), and CPython's errors ("f-string: expecting '}'", "f-string: single '}' is not
// allowed", "f-string: empty expression not allowed", "f-string: invalid conversion character:
// expected 's', 'r', or 'a'", "f-string expression part cannot include a backslash",
// "f-string expression part cannot include '#'", ...).
//
// Details (all as CPython 3.11's Parser/string_parser.c):
// - Parts are APPENDED to `parts`. Adjacent literal text is merged into one Literal part
//   ("a{{b" gives one Literal "a{b"); empty literals are dropped. A Field's `debug_text` is NOT
//   merged into the preceding Literal: the caller appends it to its pending literal text.
// - A Field with `=` and neither conversion nor format spec gets conversion 'r' here already.
// - The expression ends at a top-level '!', ':', '=' or '}' (not inside brackets or strings;
//   '!=', '==', '<=', '>=' do not end it). `expression` excludes the '='; an expression of
//   only whitespace is "f-string: empty expression not allowed", or "f-string: expression
//   required before '!'" (':' / '=') when a '!', ':' or '=' follows.
// - Format specs are split with the same rules one level down (no '{{' escapes there; a
//   second level of fields is "f-string: expressions nested too deeply").
// - On error the parts found so far are left in `parts`, including a last, incomplete Field
//   (and incomplete nested format_spec Fields) whose expression CPython had already compiled
//   when it met the error: CPython compiles each field's expression as soon as its end is
//   found, before looking at '=', '!', ':' and the rest of the string. To report errors in
//   CPython's order, parse the expressions of all returned Fields depth-first in order (field
//   expression before its format_spec) and report the first syntax error among them, and only
//   if there is none report the returned LiteralError.
// - Literal text is decoded like decode_string_body (so its errors can be returned too),
//   except that "\N{...}" is skipped as a whole when looking for '{', and that "\{" is a
//   backslash followed by a brace (CPython only warns).
std::optional<LiteralError> split_fstring(std::string_view body, bool raw,
                                          std::vector<FStringPart>& parts);

}  // namespace gyre::parser
