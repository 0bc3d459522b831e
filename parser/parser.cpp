// parse(): source text -> AST. Normalises newlines, checks the encoding, runs the layout
// pre-pass, then the grammar; turns every failure into CPython's SyntaxError.
#include "parser/parser.hpp"

#include <fmt/format.h>

#include "parser/encoding.hpp"
#include "parser/grammar_state.hpp"
#include "parser/large_stack.hpp"
#include "parser/layout.hpp"
#include "parser/statements.hpp"
#include "parser/unicode.hpp"

namespace gyre::parser {
namespace {

// Universal newlines: "\r\n" and "\r" become "\n", as CPython's tokenizer reads them.
std::string normalise_newlines(std::string_view source) {
  std::string out;
  out.reserve(source.size());
  for (size_t i = 0; i < source.size(); ++i) {
    if (source[i] == '\r') {
      out += '\n';
      if (i + 1 < source.size() && source[i + 1] == '\n') ++i;
    } else {
      out += source[i];
    }
  }
  return out;
}

SyntaxErrorInfo layout_error(const LayoutError& le, const SourceMap& map) {
  SyntaxErrorInfo e;
  e.type = le.type;
  e.msg = le.msg;
  map.describe(e, le.offset, le.end_offset > le.offset ? le.end_offset : le.offset,
               le.char_columns);
  if (le.no_caret) e.offset = e.end_offset = 0;
  return e;
}

// Which error to report, as CPython's _PyPegen_set_syntax_error decides: a tokenizer error the
// parser reached; else "unexpected indent" as it stands; else a tokenizer error that raises
// on its own (CPython tokenizes the rest of the file after a parser error); else an unclosed
// bracket if the parser reached the end or failed on a later line; else the parser's error.
std::optional<SyntaxErrorInfo> choose_error(std::optional<SyntaxErrorInfo> parser_error,
                                            const Layout& layout, const SourceMap& map,
                                            const State& st) {
  bool reached = layout.error && (!parser_error || st.furthest >= layout.error_at);
  if (reached) return layout_error(*layout.error, map);
  if (!parser_error) return std::nullopt;
  bool unexpected_indent = parser_error->type == "IndentationError" &&
                           parser_error->msg.starts_with("unexpected ");
  if (unexpected_indent) return parser_error;
  if (layout.error && layout.error->wins) return layout_error(*layout.error, map);
  if (layout.at_end) {
    int failed_line, bracket_line, col;
    map.locate(layout.source_offset(std::min<uint32_t>(st.furthest, layout.text.size() - 1)),
               failed_line, col);
    map.locate(layout.at_end->offset, bracket_line, col);
    if (st.at_end_of_file(std::max(st.furthest, st.furthest_probed)) || failed_line > bracket_line) {
      return layout_error(*layout.at_end, map);
    }
  }
  return parser_error;
}

// Whether `error` (the one choose_error picked) is only the end of input coming too early.
Incomplete incompleteness(const SyntaxErrorInfo& error, bool grammar_failed, const Layout& layout,
                          const State& st) {
  using Open = Layout::OpenAtEnd;
  // The grammar failed at the end of input, and no tokenizer error took precedence.
  bool grammar_at_end = grammar_failed && !layout.error && st.at_end_of_file(st.furthest);
  // The source ended inside something: the error reported is that one (an unclosed bracket,
  // an unterminated triple-quoted string, "unexpected EOF" after a backslash), or the
  // grammar's at the end of input (`def f():` + `return (`).
  switch (layout.open_at_end) {
    case Open::TripleQuote:
      if (error.msg.starts_with("unterminated triple-quoted")) return Incomplete::TripleQuote;
      break;
    case Open::Bracket:
      if (error.msg.ends_with("was never closed") || grammar_at_end) return Incomplete::Bracket;
      break;
    case Open::Backslash:
      if (error.msg == "unexpected EOF while parsing" || grammar_at_end) return Incomplete::Backslash;
      break;
    case Open::None:
      break;
  }
  return grammar_at_end ? Incomplete::Statement : Incomplete::No;
}

}  // namespace

ParseResult parse(std::string_view raw_source, std::string_view filename, Mode mode,
                  Origin origin) {
  ParseResult result;
  DecodedSource decoded;
  if (auto err = decode_source(raw_source, filename, decoded)) {
    result.error = std::move(err);
    result.error->filename = std::string(filename);
    return result;
  }
  std::string source = normalise_newlines(decoded.utf8);
  bool from_string = origin == Origin::String;
  SourceMap map(source, decoded.declared || from_string, decoded.bom, !from_string);
  Layout layout = lay_out(source);
  auto tree = std::make_unique<ast::Tree>();
  State st(layout, map, *tree);
  st.warnings = &result.warnings;
  Input in(layout.text, std::string(filename));
  std::optional<SyntaxErrorInfo> grammar_error;
  try {
    run_on_large_stack([&] {
      bool ok = mode == Mode::Eval          ? match_eval(in, st)
                : mode == Mode::Interactive ? match_interactive(in, st)
                                            : match_file(in, st);
      if (!ok) raise_invalid_syntax(st);
    });
  } catch (GrammarError& e) {
    grammar_error = std::move(e.info);
  }
  bool grammar_failed = grammar_error.has_value();
  if (auto error = choose_error(std::move(grammar_error), layout, map, st)) {
    result.incomplete = incompleteness(*error, grammar_failed, layout, st);
    result.error = std::move(error);
    result.error->filename = std::string(filename);
    return result;
  }
  tree->root = st.stack.back().node;
  result.tree = std::move(tree);
  result.source = std::move(source);
  return result;
}

}  // namespace gyre::parser
