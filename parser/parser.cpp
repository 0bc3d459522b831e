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
  if (layout.error) {
    result.error = layout_error(*layout.error, map);
    result.error->filename = std::string(filename);
    return result;
  }

  auto tree = std::make_unique<ast::Tree>();
  State st(layout, map, *tree);
  st.warnings = &result.warnings;
  Input in(layout.text, std::string(filename));
  try {
    run_on_large_stack([&] {
      bool ok = mode == Mode::Eval          ? match_eval(in, st)
                : mode == Mode::Interactive ? match_interactive(in, st)
                                            : match_file(in, st);
      if (!ok) raise_invalid_syntax(st);
    });
  } catch (GrammarError& e) {
    result.error = std::move(e.info);
    // CPython then reads on to the end: an unclosed bracket wins if the parse reached the end
    // of input or failed on a line after the bracket.
    if (layout.at_end) {
      int failed_line, bracket_line, col;
      map.locate(layout.source_offset(std::min<uint32_t>(st.furthest, layout.text.size() - 1)),
                 failed_line, col);
      map.locate(layout.at_end->offset, bracket_line, col);
      if (st.at_end_of_file(st.furthest) || failed_line > bracket_line) {
        result.error = layout_error(*layout.at_end, map);
      }
    }
    result.error->filename = std::string(filename);
    return result;
  }
  tree->root = st.stack.back().node;
  result.tree = std::move(tree);
  result.source = std::move(source);
  return result;
}

}  // namespace gyre::parser
