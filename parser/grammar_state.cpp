#include "parser/grammar_state.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "parser/literals.hpp"
#include "parser/unicode.hpp"

namespace gyre::parser {

SourceMap::SourceMap(std::string_view source, bool char_offsets, bool bom, bool from_file)
    : source_(source), char_offsets_(char_offsets), bom_(bom), from_file_(from_file) {
  line_starts_.push_back(0);
  for (uint32_t i = 0; i < source.size(); ++i) {
    if (source[i] == '\n') line_starts_.push_back(i + 1);
  }
}

void SourceMap::locate(uint32_t offset, int& line, int& col) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t index = (it - line_starts_.begin()) - 1;
  line = static_cast<int>(index) + 1;
  col = static_cast<int>(offset - line_starts_[index]);
}

std::string_view SourceMap::line_text(int line) const {
  if (line < 1 || static_cast<size_t>(line) > line_starts_.size()) return {};
  uint32_t begin = line_starts_[line - 1];
  if (begin >= source_.size()) return {};
  size_t end = source_.find('\n', begin);
  if (end == std::string_view::npos) end = source_.size();
  return source_.substr(begin, end - begin);
}

int SourceMap::error_offset(int line, int col, bool chars) const {
  if (!char_offsets_ && !chars) return col + 1;
  std::string_view text = line_text(line);
  size_t prefix = std::min<size_t>(col, text.size());
  if (bom_ && line == 1 && !chars) {
    // CPython measures the column without the BOM but converts it on the line with the BOM.
    size_t bytes = prefix >= 3 ? prefix - 3 : 0;
    return static_cast<int>(count_code_points(text.substr(0, bytes))) + (prefix >= 3 ? 1 : 0) + 1;
  }
  return static_cast<int>(count_code_points(text.substr(0, prefix))) + 1;
}

void SourceMap::describe_eof(SyntaxErrorInfo& e) const {
  int last = static_cast<int>(line_starts_.size());
  if (last > 1 && line_starts_.back() >= source_.size()) --last;  // the file ends with '\n'
  e.lineno = e.end_lineno = last;
  e.text = std::string(line_text(last)) + "\n";
  if (bom_ && last == 1) e.text = "\xEF\xBB\xBF" + e.text;
  e.offset = e.end_offset = 0;
}

void SourceMap::describe(SyntaxErrorInfo& e, uint32_t begin, uint32_t end, bool chars) const {
  int col = 0;
  locate(begin, e.lineno, col);
  if (from_file_ && (static_cast<size_t>(e.lineno) > line_starts_.size() ||
                     (begin >= source_.size() && line_starts_[e.lineno - 1] >= source_.size() &&
                      e.lineno > 1))) {
    describe_eof(e);
    return;
  }
  std::string_view line = line_text(e.lineno);
  e.text = std::string(line);
  if (bom_ && e.lineno == 1) e.text = "\xEF\xBB\xBF" + e.text;
  e.text += '\n';
  e.offset = error_offset(e.lineno, col, chars);
  if (end > begin) {
    int end_col = 0;
    locate(end, e.end_lineno, end_col);
    e.end_offset = error_offset(e.end_lineno, end_col, chars);
  } else {
    e.end_lineno = e.lineno;
    e.end_offset = e.offset;
  }
}

uint32_t SourceMap::offset_of(int line, int col) const {
  if (line < 1) return 0;
  if (static_cast<size_t>(line) > line_starts_.size()) return source_.size();
  return line_starts_[line - 1] + col;
}

State::State(const Layout& layout, const SourceMap& map, ast::Tree& tree, int source_shift)
    : layout(layout), map(map), tree(tree), source_shift(source_shift),
      base(layout.text.data()) {
  ws_begin.resize(layout.text.size() + 1);
  for (uint32_t i = 0; i < ws_begin.size(); ++i) ws_begin[i] = i;
}

ast::Ident State::identifier(uint32_t begin, uint32_t end) const {
  std::string_view spelt = text(begin, end);
  bool ascii = std::all_of(spelt.begin(), spelt.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  return tree.intern(ascii ? std::string(spelt) : normalize_identifier(spelt));
}

ast::Position State::position(uint32_t begin, uint32_t end) const {
  ast::Position p;
  map.locate(source_offset(begin), p.lineno, p.col_offset);
  uint32_t src_end = end > begin ? source_offset(end - 1) + 1 : source_offset(begin);
  map.locate(src_end, p.end_lineno, p.end_col_offset);
  // An end just past the last character of a line belongs to that line, not the next.
  if (end > begin && p.end_col_offset == 0 && p.end_lineno > p.lineno) {
    --p.end_lineno;
    p.end_col_offset = static_cast<int>(map.line_text(p.end_lineno).size()) + 1;
  }
  return p;
}

SyntaxErrorInfo State::make_error(const std::string& msg, uint32_t src_begin, uint32_t src_end,
                                  const char* type, bool chars) const {
  SyntaxErrorInfo e;
  e.type = type;
  e.msg = in_fstring ? "f-string: " + msg : msg;
  if (!in_fstring || !fstring_map) {
    map.describe(e, src_begin, src_end, chars);
    return e;
  }
  // Errors inside an f-string field quote CPython's "(expression)" text, not the source line;
  // only their line numbers are the file's.
  int line_shift, col;
  map.locate(source_shift, line_shift, col);
  fstring_map->describe(e, src_begin - source_shift, src_end - source_shift, chars);
  if (e.lineno > 1) e.offset = e.end_offset = 0;  // CPython: no caret there
  e.lineno += line_shift - 1;
  e.end_lineno += line_shift - 1;
  return e;
}

void State::warn(const std::string& msg, uint32_t t) {
  if (!warnings || no_invalid) return;
  uint32_t at = source_offset(t);
  for (const SyntaxWarningInfo& w : *warnings) {
    if (w.offset == at) return;  // the same token, reduced again after backtracking
  }
  SyntaxWarningInfo w;
  w.msg = msg;
  w.offset = at;
  int col;
  map.locate(at, w.lineno, col);
  // Python's warning display shows the line only when it can read it from the file.
  if (map.from_file()) w.line = std::string(map.line_text(w.lineno));
  warnings->push_back(std::move(w));
}

bool State::at_end_of_file(uint32_t t) const {
  if (t >= layout.text.size()) return true;
  char c = layout.text[t];
  return c == marker::kEnd || (c == marker::kDedent && layout.source_offset(t) >= map.source().size());
}

void State::raise(const std::string& msg, uint32_t begin, uint32_t end, const char* type) const {
  if (!in_fstring && map.from_file() && at_end_of_file(begin)) {
    SyntaxErrorInfo e;
    e.type = type;
    e.msg = msg;
    map.describe_eof(e);
    throw GrammarError{e};
  }
  uint32_t src_begin = source_offset(begin);
  uint32_t src_end = end > begin ? source_offset(end - 1) + 1 : src_begin;
  // A NEWLINE token that starts at a comment spans the comment.
  std::string_view source = map.source();
  if (end > begin && layout.text[begin] == marker::kNewline && src_begin < source.size() &&
      source[src_begin] == '#') {
    size_t eol = source.find('\n', src_begin);
    src_end = eol == std::string_view::npos ? source.size() : eol;
  }
  throw GrammarError{make_error(msg, src_begin, src_end, type)};
}

void State::raise_tokenizer_error(const std::string& msg, uint32_t begin, uint32_t end) const {
  uint32_t src_begin = source_offset(begin);
  uint32_t src_end = end > begin ? source_offset(end - 1) + 1 : src_begin;
  throw GrammarError{make_error(msg, src_begin, src_end, "SyntaxError", true)};
}

void State::raise_at_node(const std::string& msg, const ast::Node* node) const {
  uint32_t begin = map.offset_of(node->pos.lineno, node->pos.col_offset);
  uint32_t end = map.offset_of(node->pos.end_lineno, node->pos.end_col_offset);
  throw GrammarError{make_error(msg, begin, end, "SyntaxError")};
}

ast::NodeList Frame::nodes() {
  ast::NodeList out;
  for (size_t i = 0; i < size(); ++i) {
    if ((*this)[i].tag == Item::Tag::Node) out.push_back((*this)[i].node);
  }
  return out;
}

// CPython's _PyPegen_get_expr_name.
const char* expression_name(const ast::Node* n) {
  using K = ast::Kind;
  switch (n->kind) {
    case K::Attribute: return "attribute";
    case K::Subscript: return "subscript";
    case K::Starred: return "starred";
    case K::Name: return "name";
    case K::List: return "list";
    case K::Tuple: return "tuple";
    case K::Lambda: return "lambda";
    case K::Call: return "function call";
    case K::BoolOp:
    case K::BinOp:
    case K::UnaryOp: return "expression";
    case K::GeneratorExp: return "generator expression";
    case K::Yield:
    case K::YieldFrom: return "yield expression";
    case K::Await: return "await expression";
    case K::ListComp: return "list comprehension";
    case K::SetComp: return "set comprehension";
    case K::DictComp: return "dict comprehension";
    case K::Dict: return "dict literal";
    case K::Set: return "set display";
    case K::JoinedStr:
    case K::FormattedValue: return "f-string expression";
    case K::Constant: {
      using T = ast::ConstantValue::Type;
      switch (static_cast<const ast::Constant*>(n)->value.type) {
        case T::None: return "None";
        case T::True: return "True";
        case T::False: return "False";
        case T::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    }
    case K::Compare: return "comparison";
    case K::IfExp: return "conditional expression";
    case K::NamedExpr: return "named expression";
    default: return "expression";
  }
}

void set_context(State& st, ast::Node* node, ast::Ctx ctx, const ast::Node* maybe_comparison) {
  using K = ast::Kind;
  switch (node->kind) {
    case K::Name: static_cast<ast::Name*>(node)->ctx = ctx; return;
    case K::Attribute: static_cast<ast::Attribute*>(node)->ctx = ctx; return;
    case K::Subscript: static_cast<ast::Subscript*>(node)->ctx = ctx; return;
    case K::Starred: {
      auto* s = static_cast<ast::Starred*>(node);
      if (ctx == ast::Ctx::Del) st.raise_at_node("cannot delete starred", node);
      s->ctx = ctx;
      set_context(st, s->value, ctx);
      return;
    }
    case K::Tuple: {
      auto* t = static_cast<ast::Tuple*>(node);
      t->ctx = ctx;
      for (ast::Node* e : t->elts) set_context(st, e, ctx, maybe_comparison);
      return;
    }
    case K::List: {
      auto* l = static_cast<ast::List*>(node);
      l->ctx = ctx;
      for (ast::Node* e : l->elts) set_context(st, e, ctx);
      return;
    }
    default: break;
  }
  const char* name = expression_name(node);
  if (ctx == ast::Ctx::Del) st.raise_at_node(fmt::format("cannot delete {}", name), node);
  bool excluded = node->is(K::List) || node->is(K::Tuple) || node->is(K::GeneratorExp) ||
                  (node->is(K::Constant) && std::string_view(name) != "literal" &&
                   std::string_view(name) != "ellipsis");
  if (node == maybe_comparison && !excluded) {
    st.raise_at_node(
        fmt::format("cannot assign to {} here. Maybe you meant '==' instead of '='?", name),
        node);
  }
  st.raise_at_node(fmt::format("cannot assign to {}", name), node);
}

uint32_t token_end(const State& st, uint32_t t) {
  const std::string& text = st.layout.text;
  if (t >= text.size()) return t;
  if (uint32_t end = st.layout.string_end(t)) return end;
  auto ident = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || static_cast<unsigned char>(c) >= 0x80;
  };
  if (marker::is_marker(text[t])) return t + 1;
  bool digit_next = t + 1 < text.size() && text[t + 1] >= '0' && text[t + 1] <= '9';
  if ((text[t] >= '0' && text[t] <= '9') || (text[t] == '.' && digit_next)) {
    return t + static_cast<uint32_t>(number_token_length(std::string_view(text).substr(t)));
  }
  if (ident(text[t])) {
    uint32_t e = t;
    while (e < text.size() && (ident(text[e]) || (text[e] == '.' && text[t] >= '0' && text[t] <= '9'))) ++e;
    return e;
  }
  static const char* const kOperators[] = {"**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=",
                                           "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<",
                                           "<=", "==", ">=", ">>", "@=", "^=", "|="};
  std::string_view rest(text.data() + t, text.size() - t);
  for (const char* op : kOperators) {
    if (rest.starts_with(op)) return t + static_cast<uint32_t>(std::string_view(op).size());
  }
  return t + 1;
}

void raise_too_deep(const State&) {
  SyntaxErrorInfo e;
  e.type = "MemoryError";  // CPython: "parser stack overflow" surfaces as a bare MemoryError
  throw GrammarError{e};
}

void raise_invalid_syntax(const State& st) {
  uint32_t t = std::min<uint32_t>(st.furthest, st.layout.text.size() - 1);
  char c = st.layout.text[t];
  if (c == marker::kIndent || c == marker::kDedent) {
    SyntaxErrorInfo e = st.make_error(c == marker::kIndent ? "unexpected indent" : "unexpected unindent",
                                      st.source_offset(t), st.source_offset(t), "IndentationError");
    e.offset = e.end_offset = 0;  // INDENT tokens have no column: CPython prints no caret
    e.end_lineno = 0;
    throw GrammarError{e};
  }
  if (!st.map.from_file() && st.at_end_of_file(t)) {
    // Source from a string: the end-of-file token has no column.
    SyntaxErrorInfo e = st.make_error("invalid syntax", st.source_offset(t), st.source_offset(t),
                                      "SyntaxError");
    e.offset = e.end_offset = 0;
    throw GrammarError{e};
  }
  st.raise("invalid syntax", t, token_end(st, t));
}

}  // namespace gyre::parser
