// parser::ParseResult::incomplete: whether a failed parse is only input that ended too early
// (the REPL then reads another line). Expectations from python3's codeop.compile_command(src,
// "<stdin>", "single"): None (incomplete) or a SyntaxError; a complete statement parses.
#include <gtest/gtest.h>

#include <string>

#include "parser/parser.hpp"

namespace {

using gyre::parser::Incomplete;

Incomplete incompleteness(const std::string& source, bool* parsed = nullptr) {
  auto result = gyre::parser::parse(source, "<stdin>", gyre::parser::Mode::Interactive,
                                    gyre::parser::Origin::String);
  if (parsed) *parsed = !result.error.has_value();
  if (!result.error) {
    EXPECT_EQ(result.incomplete, Incomplete::No) << source;
  }
  return result.incomplete;
}

TEST(ParserIncomplete, CompleteStatementsParse) {
  bool parsed = false;
  EXPECT_EQ(incompleteness("x = 1\n", &parsed), Incomplete::No);
  EXPECT_TRUE(parsed);
  EXPECT_EQ(incompleteness("x = (1,\n2)\n", &parsed), Incomplete::No);
  EXPECT_TRUE(parsed);
  // A compound statement parses once its block is there; the REPL waits for a blank line.
  EXPECT_EQ(incompleteness("if x:\n    pass\n", &parsed), Incomplete::No);
  EXPECT_TRUE(parsed);
}

TEST(ParserIncomplete, BlockStatementsAtEndOfInput) {
  EXPECT_EQ(incompleteness("if x:\n"), Incomplete::Statement);
  EXPECT_EQ(incompleteness("if x:"), Incomplete::Statement);
  EXPECT_EQ(incompleteness("@dec\n"), Incomplete::Statement);
  EXPECT_EQ(incompleteness("class A:\n"), Incomplete::Statement);
  EXPECT_EQ(incompleteness("for i in y:\n"), Incomplete::Statement);
  EXPECT_EQ(incompleteness("try:\n    pass\n"), Incomplete::Statement);
  EXPECT_EQ(incompleteness("if x:\n    pass\nelse:\n"), Incomplete::Statement);
  EXPECT_EQ(incompleteness("if x:\n\n"), Incomplete::Statement);
  EXPECT_EQ(incompleteness("def f():\n\n"), Incomplete::Statement);
}

TEST(ParserIncomplete, OpenBracketsStringsAndContinuations) {
  EXPECT_EQ(incompleteness("x = (1,\n"), Incomplete::Bracket);
  EXPECT_EQ(incompleteness("x = (1,\n2\n"), Incomplete::Bracket);
  EXPECT_EQ(incompleteness("def f():\n    return (\n"), Incomplete::Bracket);
  EXPECT_EQ(incompleteness("s = '''abc\n"), Incomplete::TripleQuote);
  EXPECT_EQ(incompleteness("s = '''abc\ndef\n"), Incomplete::TripleQuote);
  EXPECT_EQ(incompleteness("s = f\"\"\"abc\n"), Incomplete::TripleQuote);
  EXPECT_EQ(incompleteness("x = 1 + \\\n"), Incomplete::Backslash);
  EXPECT_EQ(incompleteness("x = 1 + \\"), Incomplete::Backslash);
}

TEST(ParserIncomplete, RealErrorsAreNotIncomplete) {
  EXPECT_EQ(incompleteness("x = = 1\n"), Incomplete::No);
  EXPECT_EQ(incompleteness("x = 1 +\n"), Incomplete::No);
  EXPECT_EQ(incompleteness("x = (1, ]\n"), Incomplete::No);
  EXPECT_EQ(incompleteness("'abc\n"), Incomplete::No);
  EXPECT_EQ(incompleteness("lambda:\n"), Incomplete::No);
  EXPECT_EQ(incompleteness("  x = 1\n"), Incomplete::No);  // unexpected indent
  EXPECT_EQ(incompleteness("if x:\n    pass\n  else:\n"), Incomplete::No);
  // An error before an open bracket at the end is still an error.
  EXPECT_EQ(incompleteness("x = = (1,\n"), Incomplete::No);
}

}  // namespace
