// Tests for format_syntax_error: every expected string is what python3 (CPython 3.11.7) wrote
// on stderr. The "python3 NAME.py" cases ran tests/syntax/NAME.py (the SyntaxError attributes
// captured with a sys.excepthook wrapper; CPython prints the script's absolute path, shortened
// here to the file name); the others are SyntaxError objects built by hand and printed by
// python3's sys.__excepthook__ (the same C code). Invisible characters are escaped.
#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "parser/syntax_error.hpp"

namespace {

using gyre::parser::format_syntax_error;
using gyre::parser::SyntaxErrorInfo;

SyntaxErrorInfo info(std::string type, std::string msg, std::string filename, int lineno,
                     int offset, int end_lineno, int end_offset, std::string text) {
  SyntaxErrorInfo e;
  e.type = std::move(type);
  e.msg = std::move(msg);
  e.filename = std::move(filename);
  e.lineno = lineno;
  e.offset = offset;
  e.end_lineno = end_lineno;
  e.end_offset = end_offset;
  e.text = std::move(text);
  return e;
}

}  // namespace

// (python3 invalid_syntax_two_names.py)
TEST(FormatSyntaxError, InvalidSyntaxUnderlinesToken) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "invalid_syntax_two_names.py", 2, 5, 2, 8,
                      "foo bar\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"invalid_syntax_two_names.py\", line 2\n"
            "    foo bar\n"
            "        ^^^\n"
            "SyntaxError: invalid syntax\n");
}

// offset points at the newline (python3 invalid_syntax_trailing_operator.py)
TEST(FormatSyntaxError, CaretAfterLastCharacter) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "invalid_syntax_trailing_operator.py", 1, 8, 1, 8,
                      "x = 1 +\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"invalid_syntax_trailing_operator.py\", line 1\n"
            "    x = 1 +\n"
            "           ^\n"
            "SyntaxError: invalid syntax\n");
}

// (python3 forgot_comma_multiline_call.py)
TEST(FormatSyntaxError, IndentedLineIsStripped) {
  const auto e = info("SyntaxError", "invalid syntax. Perhaps you forgot a comma?",
                      "forgot_comma_multiline_call.py", 3, 5, 3, 15,
                      "    beta gamma,\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"forgot_comma_multiline_call.py\", line 3\n"
            "    beta gamma,\n"
            "    ^^^^^^^^^^\n"
            "SyntaxError: invalid syntax. Perhaps you forgot a comma?\n");
}

// (python3 expected_colon_if.py)
TEST(FormatSyntaxError, ExpectedColon) {
  const auto e = info("SyntaxError", "expected ':'",
                      "expected_colon_if.py", 1, 5, 1, 5,
                      "if x\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"expected_colon_if.py\", line 1\n"
            "    if x\n"
            "        ^\n"
            "SyntaxError: expected ':'\n");
}

// IndentationError: end_offset is never used, one caret (python3 expected_indent_if.py)
TEST(FormatSyntaxError, IndentationErrorIgnoresEndOffset) {
  const auto e = info("IndentationError", "expected an indented block after 'if' statement on line 1",
                      "expected_indent_if.py", 2, 1, 2, 5,
                      "pass\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"expected_indent_if.py\", line 2\n"
            "    pass\n"
            "    ^\n"
            "IndentationError: expected an indented block after 'if' statement on line 1\n");
}

// offset 0 at EOF: the line, no caret (python3 expected_indent_at_eof.py)
TEST(FormatSyntaxError, OffsetZeroPrintsNoCaret) {
  const auto e = info("IndentationError", "expected an indented block after 'if' statement on line 1",
                      "expected_indent_at_eof.py", 1, 0, 1, -1,
                      "if x:\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"expected_indent_at_eof.py\", line 1\n"
            "    if x:\n"
            "IndentationError: expected an indented block after 'if' statement on line 1\n");
}

// (python3 expected_indent_at_eof_no_newline.py)
TEST(FormatSyntaxError, TextWithoutNewlineGetsOne) {
  const auto e = info("IndentationError", "expected an indented block after function definition on line 1",
                      "expected_indent_at_eof_no_newline.py", 1, 0, 1, -1,
                      "def f():");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"expected_indent_at_eof_no_newline.py\", line 1\n"
            "    def f():\n"
            "IndentationError: expected an indented block after function definition on line 1\n");
}

// (python3 expected_indent_comment_only_body.py)
TEST(FormatSyntaxError, CommentOnlyBody) {
  const auto e = info("IndentationError", "expected an indented block after 'while' statement on line 1",
                      "expected_indent_comment_only_body.py", 2, 0, 2, -1,
                      "    # nothing here\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"expected_indent_comment_only_body.py\", line 2\n"
            "    # nothing here\n"
            "IndentationError: expected an indented block after 'while' statement on line 1\n");
}

// offset inside the stripped indentation: no caret (python3 unexpected_indent.py)
TEST(FormatSyntaxError, UnexpectedIndentCaretLeftOfText) {
  const auto e = info("IndentationError", "unexpected indent",
                      "unexpected_indent.py", 2, 4, 2, -1,
                      "    y = 2\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"unexpected_indent.py\", line 2\n"
            "    y = 2\n"
            "IndentationError: unexpected indent\n");
}

// (python3 unexpected_indent_tabs.py)
TEST(FormatSyntaxError, UnexpectedIndentWithTabs) {
  const auto e = info("IndentationError", "unexpected indent",
                      "unexpected_indent_tabs.py", 2, 2, 2, -1,
                      "\t\ty = 2\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"unexpected_indent_tabs.py\", line 2\n"
            "    y = 2\n"
            "IndentationError: unexpected indent\n");
}

// offset past the end of the line is clipped (python3 unindent_mismatch.py)
TEST(FormatSyntaxError, UnindentMismatchCaretPastEnd) {
  const auto e = info("IndentationError", "unindent does not match any outer indentation level",
                      "unindent_mismatch.py", 3, 10, 3, -1,
                      "    z = 2\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"unindent_mismatch.py\", line 3\n"
            "    z = 2\n"
            "         ^\n"
            "IndentationError: unindent does not match any outer indentation level\n");
}

// (python3 tab_error_mixed.py)
TEST(FormatSyntaxError, TabError) {
  const auto e = info("TabError", "inconsistent use of tabs and spaces in indentation",
                      "tab_error_mixed.py", 3, 1, 3, 0,
                      "\tz = 2\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"tab_error_mixed.py\", line 3\n"
            "    z = 2\n"
            "TabError: inconsistent use of tabs and spaces in indentation\n");
}

// (python3 unterminated_string_single.py)
TEST(FormatSyntaxError, UnterminatedStringTextHasNoNewline) {
  const auto e = info("SyntaxError", "unterminated string literal (detected at line 1)",
                      "unterminated_string_single.py", 1, 5, 1, 5,
                      "x = 'hello");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"unterminated_string_single.py\", line 1\n"
            "    x = 'hello\n"
            "        ^\n"
            "SyntaxError: unterminated string literal (detected at line 1)\n");
}

// (python3 unterminated_triple_string.py)
TEST(FormatSyntaxError, UnterminatedTripleQuotedString) {
  const auto e = info("SyntaxError", "unterminated triple-quoted string literal (detected at line 2)",
                      "unterminated_triple_string.py", 1, 5, 1, 5,
                      "x = \"\"\"hello");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"unterminated_triple_string.py\", line 1\n"
            "    x = \"\"\"hello\n"
            "        ^\n"
            "SyntaxError: unterminated triple-quoted string literal (detected at line 2)\n");
}

// end_offset 0 is "absent": one caret (python3 never_closed_paren.py)
TEST(FormatSyntaxError, NeverClosedEndOffsetZero) {
  const auto e = info("SyntaxError", "'(' was never closed",
                      "never_closed_paren.py", 1, 6, 1, 0,
                      "print(1, 2\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"never_closed_paren.py\", line 1\n"
            "    print(1, 2\n"
            "         ^\n"
            "SyntaxError: '(' was never closed\n");
}

// (python3 never_closed_paren_no_newline.py)
TEST(FormatSyntaxError, NeverClosedAtEofWithoutNewline) {
  const auto e = info("SyntaxError", "'(' was never closed",
                      "never_closed_paren_no_newline.py", 1, 2, 1, 0,
                      "f(");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"never_closed_paren_no_newline.py\", line 1\n"
            "    f(\n"
            "     ^\n"
            "SyntaxError: '(' was never closed\n");
}

// (python3 never_closed_paren_later_lines.py)
TEST(FormatSyntaxError, NeverClosedReportedOnOpeningLine) {
  const auto e = info("SyntaxError", "'(' was never closed",
                      "never_closed_paren_later_lines.py", 1, 5, 1, 0,
                      "x = (1 +\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"never_closed_paren_later_lines.py\", line 1\n"
            "    x = (1 +\n"
            "        ^\n"
            "SyntaxError: '(' was never closed\n");
}

// (python3 mismatched_paren_multiline.py)
TEST(FormatSyntaxError, MismatchedParenOnLaterLine) {
  const auto e = info("SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
                      "mismatched_paren_multiline.py", 3, 6, 3, 6,
                      "    2]");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"mismatched_paren_multiline.py\", line 3\n"
            "    2]\n"
            "     ^\n"
            "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1\n");
}

// (python3 unmatched_brace.py)
TEST(FormatSyntaxError, UnmatchedAtColumnOne) {
  const auto e = info("SyntaxError", "unmatched '}'",
                      "unmatched_brace.py", 1, 1, 1, 1,
                      "}");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"unmatched_brace.py\", line 1\n"
            "    }\n"
            "    ^\n"
            "SyntaxError: unmatched '}'\n");
}

// (python3 forgot_comma_tuple_strings.py)
TEST(FormatSyntaxError, ForgotCommaLongRange) {
  const auto e = info("SyntaxError", "invalid syntax. Perhaps you forgot a comma?",
                      "forgot_comma_tuple_strings.py", 1, 6, 1, 19,
                      "t = ('a' 'b' 'c' d)\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"forgot_comma_tuple_strings.py\", line 1\n"
            "    t = ('a' 'b' 'c' d)\n"
            "         ^^^^^^^^^^^^^\n"
            "SyntaxError: invalid syntax. Perhaps you forgot a comma?\n");
}

// (python3 assign_to_call_maybe_eq.py)
TEST(FormatSyntaxError, CannotAssignToFunctionCall) {
  const auto e = info("SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?",
                      "assign_to_call_maybe_eq.py", 1, 1, 1, 4,
                      "f() = 1\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"assign_to_call_maybe_eq.py\", line 1\n"
            "    f() = 1\n"
            "    ^^^\n"
            "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n");
}

// end_lineno > lineno: carets run to the end of the first line (python3 async_for_outside_async.py)
TEST(FormatSyntaxError, MultiLineRangeHighlightsToEndOfFirstLine) {
  const auto e = info("SyntaxError", "'async for' outside async function",
                      "async_for_outside_async.py", 2, 5, 3, 13,
                      "    async for x in y:\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"async_for_outside_async.py\", line 2\n"
            "    async for x in y:\n"
            "    ^^^^^^^^^^^^^^^^^\n"
            "SyntaxError: 'async for' outside async function\n");
}

// (python3 too_many_nested_blocks.py)
TEST(FormatSyntaxError, MultiLineRangeFromDeepIndentation) {
  const auto e = info("SyntaxError", "too many statically nested blocks",
                      "too_many_nested_blocks.py", 21, 81, 22, 89,
                      "                                                                                for i20 in x:\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"too_many_nested_blocks.py\", line 21\n"
            "    for i20 in x:\n"
            "    ^^^^^^^^^^^^^\n"
            "SyntaxError: too many statically nested blocks\n");
}

// (python3 default_except_not_last.py)
TEST(FormatSyntaxError, MultiLineRangeStartingAtColumnOne) {
  const auto e = info("SyntaxError", "default 'except:' must be last",
                      "default_except_not_last.py", 3, 1, 4, 9,
                      "except:\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"default_except_not_last.py\", line 3\n"
            "    except:\n"
            "    ^^^^^^^\n"
            "SyntaxError: default 'except:' must be last\n");
}

// (python3 future_unknown_feature.py)
TEST(FormatSyntaxError, EndOffsetAbsent) {
  const auto e = info("SyntaxError", "future feature spam is not defined",
                      "future_unknown_feature.py", 1, 1, 1, 0,
                      "from __future__ import spam\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"future_unknown_feature.py\", line 1\n"
            "    from __future__ import spam\n"
            "    ^\n"
            "SyntaxError: future feature spam is not defined\n");
}

// (python3 unexpected_eof_backslash.py)
TEST(FormatSyntaxError, UnexpectedEofWhileParsing) {
  const auto e = info("SyntaxError", "unexpected EOF while parsing",
                      "unexpected_eof_backslash.py", 1, 10, 1, -1,
                      "x = 1 + \\\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"unexpected_eof_backslash.py\", line 1\n"
            "    x = 1 + \\\n"
            "             ^\n"
            "SyntaxError: unexpected EOF while parsing\n");
}

// (python3 unexpected_eof_backslash_no_newline.py)
TEST(FormatSyntaxError, UnexpectedEofWithoutNewline) {
  const auto e = info("SyntaxError", "unexpected EOF while parsing",
                      "unexpected_eof_backslash_no_newline.py", 1, 10, 1, -1,
                      "x = 1 + \\");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"unexpected_eof_backslash_no_newline.py\", line 1\n"
            "    x = 1 + \\\n"
            "             ^\n"
            "SyntaxError: unexpected EOF while parsing\n");
}

// (python3 invalid_syntax_decorator_at_eof.py)
TEST(FormatSyntaxError, DecoratorAtEofNoCaret) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "invalid_syntax_decorator_at_eof.py", 1, 0, 1, 0,
                      "@decorator\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"invalid_syntax_decorator_at_eof.py\", line 1\n"
            "    @decorator\n"
            "SyntaxError: invalid syntax\n");
}

// (python3 null_byte.py)
TEST(FormatSyntaxError, NullBytes) {
  const auto e = info("SyntaxError", "source code cannot contain null bytes",
                      "null_byte.py", 1, 0, 1, 0,
                      "x = 1");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"null_byte.py\", line 1\n"
            "    x = 1\n"
            "SyntaxError: source code cannot contain null bytes\n");
}

// lineno 0 (CPython: None): no File line, no text (python3 invalid_utf8.py)
TEST(FormatSyntaxError, NoLocationPrintsMessageOnly) {
  const auto e = info("SyntaxError", "Non-UTF-8 code starting with '\\xff' in file invalid_utf8.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                      "", 0, 0, 0, 0,
                      "");
  EXPECT_EQ(format_syntax_error(e),
            "SyntaxError: Non-UTF-8 code starting with '\\xff' in file invalid_utf8.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n");
}

// (python3 unknown_encoding.py)
TEST(FormatSyntaxError, UnknownEncodingMessageOnly) {
  const auto e = info("SyntaxError", "encoding problem: klingon",
                      "", 0, 0, 0, 0,
                      "");
  EXPECT_EQ(format_syntax_error(e),
            "SyntaxError: encoding problem: klingon\n");
}

// offsets count characters, not bytes (python3 invalid_syntax_non_ascii_before.py)
TEST(FormatSyntaxError, NonAsciiBeforeOffset) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "invalid_syntax_non_ascii_before.py", 1, 21, 1, 23,
                      "s = 'héllo wörld' 42 + +\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"invalid_syntax_non_ascii_before.py\", line 1\n"
            "    s = 'héllo wörld' 42 + +\n"
            "                        ^^\n"
            "SyntaxError: invalid syntax\n");
}

// (python3 invalid_syntax_non_ascii_line.py)
TEST(FormatSyntaxError, NonAsciiIdentifierLine) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "invalid_syntax_non_ascii_line.py", 1, 13, 1, 14,
                      "größe = 1 2\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"invalid_syntax_non_ascii_line.py\", line 1\n"
            "    größe = 1 2\n"
            "                ^\n"
            "SyntaxError: invalid syntax\n");
}

// (python3 unmatched_paren_non_ascii_line.py)
TEST(FormatSyntaxError, WideCharactersBeforeOffset) {
  const auto e = info("SyntaxError", "unmatched ')'",
                      "unmatched_paren_non_ascii_line.py", 1, 28, 1, 28,
                      "s = 'Grüße, 世界'; t = é + + )");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"unmatched_paren_non_ascii_line.py\", line 1\n"
            "    s = 'Grüße, 世界'; t = é + + )\n"
            "                               ^\n"
            "SyntaxError: unmatched ')'\n");
}

// (python3 invalid_character_euro.py)
TEST(FormatSyntaxError, InvalidCharacterEuro) {
  const auto e = info("SyntaxError", "invalid character '€' (U+20AC)",
                      "invalid_character_euro.py", 1, 11, 1, 11,
                      "price = 5 € 2");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"invalid_character_euro.py\", line 1\n"
            "    price = 5 € 2\n"
            "              ^\n"
            "SyntaxError: invalid character '€' (U+20AC)\n");
}

// (python3 invalid_character_emoji.py)
TEST(FormatSyntaxError, InvalidCharacterAstral) {
  const auto e = info("SyntaxError", "invalid character '😀' (U+1F600)",
                      "invalid_character_emoji.py", 1, 7, 1, 7,
                      "x = 1 😀");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"invalid_character_emoji.py\", line 1\n"
            "    x = 1 😀\n"
            "          ^\n"
            "SyntaxError: invalid character '😀' (U+1F600)\n");
}

// (python3 bytes_non_ascii.py)
TEST(FormatSyntaxError, NonAsciiInsideRange) {
  const auto e = info("SyntaxError", "bytes can only contain ASCII literal characters",
                      "bytes_non_ascii.py", 1, 5, 1, 13,
                      "b = b'café'\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"bytes_non_ascii.py\", line 1\n"
            "    b = b'café'\n"
            "        ^^^^^^^^\n"
            "SyntaxError: bytes can only contain ASCII literal characters\n");
}

// (python3 invalid_nonprintable_nbsp.py)
TEST(FormatSyntaxError, NonPrintableCharacterPrintedAsIs) {
  const auto e = info("SyntaxError", "invalid non-printable character U+00A0",
                      "invalid_nonprintable_nbsp.py", 1, 4, 1, 4,
                      "x =\302\2401");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"invalid_nonprintable_nbsp.py\", line 1\n"
            "    x =\302\2401\n"
            "       ^\n"
            "SyntaxError: invalid non-printable character U+00A0\n");
}

// (python3 invalid_nonprintable_control.py)
TEST(FormatSyntaxError, ControlCharacterPrintedAsIs) {
  const auto e = info("SyntaxError", "invalid non-printable character U+0001",
                      "invalid_nonprintable_control.py", 1, 7, 1, 7,
                      "x = 1 \001");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"invalid_nonprintable_control.py\", line 1\n"
            "    x = 1 \001\n"
            "          ^\n"
            "SyntaxError: invalid non-printable character U+0001\n");
}

// a tab is one column and is printed as is (python3 forgot_comma_tabs_in_line.py)
TEST(FormatSyntaxError, TabsInsideLineCountAsOneColumn) {
  const auto e = info("SyntaxError", "invalid syntax. Perhaps you forgot a comma?",
                      "forgot_comma_tabs_in_line.py", 1, 12, 1, 15,
                      "x = [1,\t2,\t3 4]\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"forgot_comma_tabs_in_line.py\", line 1\n"
            "    x = [1,\t2,\t3 4]\n"
            "               ^^^\n"
            "SyntaxError: invalid syntax. Perhaps you forgot a comma?\n");
}

// (python3 invalid_syntax_indented_tab_body.py)
TEST(FormatSyntaxError, TabIndentationStripped) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "invalid_syntax_indented_tab_body.py", 2, 6, 2, 7,
                      "\ty = = 1\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"invalid_syntax_indented_tab_body.py\", line 2\n"
            "    y = = 1\n"
            "        ^\n"
            "SyntaxError: invalid syntax\n");
}

// (python3 invalid_syntax_form_feed_indent.py)
TEST(FormatSyntaxError, FormFeedStripped) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "invalid_syntax_form_feed_indent.py", 1, 8, 1, 9,
                      "\fx = 1 2\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"invalid_syntax_form_feed_indent.py\", line 1\n"
            "    x = 1 2\n"
            "          ^\n"
            "SyntaxError: invalid syntax\n");
}

// CPython keeps the BOM in the text (offset 3, not 5) (python3 invalid_syntax_bom.py)
TEST(FormatSyntaxError, ByteOrderMarkKeptInText) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "invalid_syntax_bom.py", 1, 3, 1, 4,
                      "\357\273\277x = = 1\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"invalid_syntax_bom.py\", line 1\n"
            "    \357\273\277x = = 1\n"
            "      ^\n"
            "SyntaxError: invalid syntax\n");
}

// (python3 invalid_syntax_crlf.py)
TEST(FormatSyntaxError, CrlfSource) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "invalid_syntax_crlf.py", 2, 5, 2, 6,
                      "y = = 2\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"invalid_syntax_crlf.py\", line 2\n"
            "    y = = 2\n"
            "        ^\n"
            "SyntaxError: invalid syntax\n");
}

// (python3 forgot_comma_trailing_whitespace.py)
TEST(FormatSyntaxError, TrailingWhitespaceKept) {
  const auto e = info("SyntaxError", "invalid syntax. Perhaps you forgot a comma?",
                      "forgot_comma_trailing_whitespace.py", 1, 6, 1, 9,
                      "x = (1 2)    \n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"forgot_comma_trailing_whitespace.py\", line 1\n"
            "    x = (1 2)    \n"
            "         ^^^\n"
            "SyntaxError: invalid syntax. Perhaps you forgot a comma?\n");
}

// (python3 invalid_syntax_long_line.py)
TEST(FormatSyntaxError, LongLine) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "invalid_syntax_long_line.py", 1, 397, 1, 406,
                      "value = item_0 + item_1 + item_2 + item_3 + item_4 + item_5 + item_6 + item_7 + item_8 + item_9 + item_10 + item_11 + item_12 + item_13 + item_14 + item_15 + item_16 + item_17 + item_18 + item_19 + item_20 + item_21 + item_22 + item_23 + item_24 + item_25 + item_26 + item_27 + item_28 + item_29 + item_30 + item_31 + item_32 + item_33 + item_34 + item_35 + item_36 + item_37 + item_38 + item_39 item_last\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"invalid_syntax_long_line.py\", line 1\n"
            "    value = item_0 + item_1 + item_2 + item_3 + item_4 + item_5 + item_6 + item_7 + item_8 + item_9 + item_10 + item_11 + item_12 + item_13 + item_14 + item_15 + item_16 + item_17 + item_18 + item_19 + item_20 + item_21 + item_22 + item_23 + item_24 + item_25 + item_26 + item_27 + item_28 + item_29 + item_30 + item_31 + item_32 + item_33 + item_34 + item_35 + item_36 + item_37 + item_38 + item_39 item_last\n"
            "                                                                                                                                                                                                                                                                                                                                                                                                                ^^^^^^^^^\n"
            "SyntaxError: invalid syntax\n");
}

// 3.11 reports f-string expression errors against "(expr)" (python3 fstring_multiline_error.py)
TEST(FormatSyntaxError, FStringErrorShowsParenthesizedExpression) {
  const auto e = info("SyntaxError", "f-string: invalid syntax",
                      "fstring_multiline_error.py", 2, 5, 2, 6,
                      "(x +)\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"fstring_multiline_error.py\", line 2\n"
            "    (x +)\n"
            "        ^\n"
            "SyntaxError: f-string: invalid syntax\n");
}

// (python3 fstring_single_close_brace.py)
TEST(FormatSyntaxError, FStringSingleBrace) {
  const auto e = info("SyntaxError", "f-string: single '}' is not allowed",
                      "fstring_single_close_brace.py", 1, 13, 1, 13,
                      "s = f'a } b'\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"fstring_single_close_brace.py\", line 1\n"
            "    s = f'a } b'\n"
            "                ^\n"
            "SyntaxError: f-string: single '}' is not allowed\n");
}

// (python3 return_outside_function.py)
TEST(FormatSyntaxError, ReturnOutsideFunction) {
  const auto e = info("SyntaxError", "'return' outside function",
                      "return_outside_function.py", 2, 1, 2, 9,
                      "return x\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"return_outside_function.py\", line 2\n"
            "    return x\n"
            "    ^^^^^^^^\n"
            "SyntaxError: 'return' outside function\n");
}

// (python3 leading_zeros_underscore.py)
TEST(FormatSyntaxError, LeadingZeros) {
  const auto e = info("SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                      "leading_zeros_underscore.py", 1, 5, 1, 8,
                      "x = 00_7");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"leading_zeros_underscore.py\", line 1\n"
            "    x = 00_7\n"
            "        ^^^\n"
            "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers\n");
}

// (python3 too_many_indentation_levels.py)
TEST(FormatSyntaxError, TooManyIndentationLevels) {
  const auto e = info("IndentationError", "too many levels of indentation",
                      "too_many_indentation_levels.py", 101, 1, 101, 0,
                      "                                                                                                    pass\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"too_many_indentation_levels.py\", line 101\n"
            "    pass\n"
            "IndentationError: too many levels of indentation\n");
}

// offset clipped to the line; caret count still end_offset - offset (printed by python3's sys.__excepthook__)
TEST(FormatSyntaxError, OffsetAndEndBeyondLine) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "x.py", 1, 20, 1, 25,
                      "abc\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line 1\n"
            "    abc\n"
            "       ^\n"
            "SyntaxError: invalid syntax\n");
}

// (printed by python3's sys.__excepthook__)
TEST(FormatSyntaxError, EndOffsetClippedToLineSize) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "x.py", 1, 1, 1, 50,
                      "abc\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line 1\n"
            "    abc\n"
            "    ^^^^\n"
            "SyntaxError: invalid syntax\n");
}

// the clip uses the UTF-8 byte length while offsets are characters (printed by python3's sys.__excepthook__)
TEST(FormatSyntaxError, EndOffsetClippedInBytes) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "x.py", 1, 1, 1, 50,
                      "ééé\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line 1\n"
            "    ééé\n"
            "    ^^^^^^^\n"
            "SyntaxError: invalid syntax\n");
}

// end_lineno > lineno: end_offset becomes the byte size of the text (printed by python3's sys.__excepthook__)
TEST(FormatSyntaxError, MultiLineEndUsesByteLength) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "x.py", 2, 5, 4, 2,
                      "    é = (1,\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line 2\n"
            "    é = (1,\n"
            "    ^^^^^^^^\n"
            "SyntaxError: invalid syntax\n");
}

// (printed by python3's sys.__excepthook__)
TEST(FormatSyntaxError, MultiLineEndWithoutNewline) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "x.py", 2, 1, 3, 1,
                      "abc");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line 2\n"
            "    abc\n"
            "    ^^\n"
            "SyntaxError: invalid syntax\n");
}

// lines of a multi-line text before the offset are skipped (printed by python3's sys.__excepthook__)
TEST(FormatSyntaxError, EmbeddedNewlineBeforeOffset) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "x.py", 1, 10, 1, 12,
                      "if x:\n    y = (\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line 1\n"
            "        y = (\n"
            "       ^^\n"
            "SyntaxError: invalid syntax\n");
}

// the rest of a multi-line text is printed as is (printed by python3's sys.__excepthook__)
TEST(FormatSyntaxError, EmbeddedNewlineAfterOffset) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "x.py", 1, 2, 1, 3,
                      "ab\n  cd\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line 1\n"
            "    ab\n"
            "  cd\n"
            "     ^\n"
            "SyntaxError: invalid syntax\n");
}

// (printed by python3's sys.__excepthook__)
TEST(FormatSyntaxError, EmptyText) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "x.py", 3, 1, 3, 2,
                      "");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line 3\n"
            "    \n"
            "    ^\n"
            "SyntaxError: invalid syntax\n");
}

// (printed by python3's sys.__excepthook__)
TEST(FormatSyntaxError, EmptyMessage) {
  const auto e = info("SyntaxError", "",
                      "x.py", 1, 1, 1, 2,
                      "x\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line 1\n"
            "    x\n"
            "    ^\n"
            "SyntaxError\n");
}

// (printed by python3's sys.__excepthook__)
TEST(FormatSyntaxError, IndentationErrorWithEndOffset) {
  const auto e = info("IndentationError", "unexpected indent",
                      "x.py", 1, 5, 1, 9,
                      "abc def ghi\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line 1\n"
            "    abc def ghi\n"
            "        ^\n"
            "IndentationError: unexpected indent\n");
}

// (printed by python3's sys.__excepthook__)
TEST(FormatSyntaxError, TabErrorWithCaret) {
  const auto e = info("TabError", "inconsistent use of tabs and spaces in indentation",
                      "x.py", 2, 3, 2, 7,
                      "\t  x = 1\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line 2\n"
            "    x = 1\n"
            "TabError: inconsistent use of tabs and spaces in indentation\n");
}

// (printed by python3's sys.__excepthook__)
TEST(FormatSyntaxError, OffsetZeroWithEndOffset) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "x.py", 1, 0, 1, 5,
                      "abc\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line 1\n"
            "    abc\n"
            "SyntaxError: invalid syntax\n");
}

// (printed by python3's sys.__excepthook__)
TEST(FormatSyntaxError, NegativeOffset) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "x.py", 1, -3, 1, 2,
                      "abc\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line 1\n"
            "    abc\n"
            "SyntaxError: invalid syntax\n");
}

// (printed by python3's sys.__excepthook__)
TEST(FormatSyntaxError, OffsetInsideStrippedWhitespace) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "x.py", 1, 2, 1, 6,
                      " \f\t x = 1\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line 1\n"
            "    x = 1\n"
            "SyntaxError: invalid syntax\n");
}

// (printed by python3's sys.__excepthook__)
TEST(FormatSyntaxError, OffsetJustAfterIndentation) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "x.py", 1, 5, 1, 6,
                      " \f\t x = 1\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line 1\n"
            "    x = 1\n"
            "    ^\n"
            "SyntaxError: invalid syntax\n");
}

// (printed by python3's sys.__excepthook__)
TEST(FormatSyntaxError, OffsetOnePastEndWithoutNewline) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "x.py", 1, 4, 1, 4,
                      "abc");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line 1\n"
            "    abc\n"
            "       ^\n"
            "SyntaxError: invalid syntax\n");
}

// (printed by python3's sys.__excepthook__)
TEST(FormatSyntaxError, WhitespaceOnlyText) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "x.py", 1, 3, 1, 4,
                      "    \n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line 1\n"
            "    \n"
            "SyntaxError: invalid syntax\n");
}

// (printed by python3's sys.__excepthook__)
TEST(FormatSyntaxError, EndOffsetMinusOne) {
  const auto e = info("SyntaxError", "unexpected EOF while parsing",
                      "x.py", 1, 3, 1, -1,
                      "ab\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line 1\n"
            "    ab\n"
            "      ^\n"
            "SyntaxError: unexpected EOF while parsing\n");
}

// (printed by python3's sys.__excepthook__)
TEST(FormatSyntaxError, NonAsciiFilename) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "/tmp/dossier été/café.py", 7, 2, 7, 3,
                      "a b\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"/tmp/dossier été/café.py\", line 7\n"
            "    a b\n"
            "     ^\n"
            "SyntaxError: invalid syntax\n");
}

// (printed by python3's sys.__excepthook__)
TEST(FormatSyntaxError, StringFilename) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "<string>", 1, 1, 1, 2,
                      "?\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"<string>\", line 1\n"
            "    ?\n"
            "    ^\n"
            "SyntaxError: invalid syntax\n");
}

// (printed by python3's sys.__excepthook__)
TEST(FormatSyntaxError, BigLineNumber) {
  const auto e = info("SyntaxError", "invalid syntax",
                      "x.py", 123456, 1, 123456, 2,
                      "$\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line 123456\n"
            "    $\n"
            "    ^\n"
            "SyntaxError: invalid syntax\n");
}

// lineno 0 means no location even if other fields are set
TEST(FormatSyntaxError, NoLocationIgnoresOtherFields) {
  const auto e = info("SyntaxError", "encoding problem: utf-42",
                      "x.py", 0, 3, 0, 5,
                      "abc\n");
  EXPECT_EQ(format_syntax_error(e),
            "SyntaxError: encoding problem: utf-42\n");
}
