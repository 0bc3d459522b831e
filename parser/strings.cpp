// Adjacent string literals -> one Constant (str or bytes) or a JoinedStr (when any is an
// f-string), and the parsing of f-string replacement fields' expressions.
#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "parser/grammar_state.hpp"
#include "parser/lexical.hpp"
#include "parser/literals.hpp"

namespace gyre::parser {
namespace {

struct fstring_expression : pegtl::seq<external<match_star_expressions>, lex::NEWLINE,
                                       lex::ENDMARKER> {};

// Collects the values of a JoinedStr: literal text is merged until a field interrupts it.
class JoinedStrBuilder {
 public:
  explicit JoinedStrBuilder(Frame& f) : f_(f) {}

  // The f-string token being split: its laid-out range and where its body starts in the source.
  void set_token(const Item& token, size_t body_source_offset) {
    token_ = token;
    body_source_offset_ = body_source_offset;
  }
  void add_literal(const std::string& text) { pending_ += text; }
  void set_first_kind_u() { kind_u_ = true; }

  void add_parts(const std::vector<FStringPart>& parts, ast::NodeList& out) {
    for (const FStringPart& part : parts) {
      if (part.type == FStringPart::Type::Literal) {
        pending_ += part.literal;
        continue;
      }
      pending_ += part.debug_text;
      flush(out);
      out.push_back(formatted_value(part));
    }
  }

  void flush(ast::NodeList& out) {
    if (pending_.empty()) return;
    auto* c = f_.st.tree.make<ast::Constant>(node_position());
    c->value.type = ast::ConstantValue::Type::Str;
    c->value.text = std::move(pending_);
    if (kind_u_ && !emitted_constant_) c->kind = "u";
    emitted_constant_ = true;
    pending_.clear();
    out.push_back(c);
  }

  // Parses the expressions of `parts` depth-first, as CPython compiles them while splitting,
  // so that their syntax errors come before an error the split found later.
  void check_expressions(const std::vector<FStringPart>& parts) {
    for (const FStringPart& part : parts) {
      if (part.type != FStringPart::Type::Field) continue;
      parse_fstring_expression(f_.st, part.expression,
                               body_source_offset_ + part.expression_offset);
      check_expressions(part.format_spec);
    }
  }

 private:
  // CPython positions the nodes of a JoinedStr at the whole run of adjacent literals, except
  // that a format spec of plain text is one Constant at the spec's own token.
  ast::Position node_position() const { return token_position_ ? *token_position_ : f_.pos(); }

  ast::Node* formatted_value(const FStringPart& part) {
    auto* v = f_.st.tree.make<ast::FormattedValue>(node_position());
    v->value = parse_fstring_expression(f_.st, part.expression,
                                        body_source_offset_ + part.expression_offset);
    v->conversion = part.conversion ? part.conversion : -1;
    if (part.has_format_spec) {
      // CPython gives a format spec the position of its own string token.
      auto* spec = f_.st.tree.make<ast::JoinedStr>(f_.st.position(token_.begin, token_.end));
      JoinedStrBuilder inner(f_);
      inner.set_token(token_, body_source_offset_);
      bool plain_text = std::all_of(part.format_spec.begin(), part.format_spec.end(),
                                    [](const FStringPart& p) { return p.type == FStringPart::Type::Literal; });
      if (plain_text) inner.token_position_ = spec->pos;
      inner.add_parts(part.format_spec, spec->values);
      inner.flush(spec->values);
      v->format_spec = spec;
    }
    return v;
  }

  Frame& f_;
  std::optional<ast::Position> token_position_;
  Item token_;
  size_t body_source_offset_ = 0;
  std::string pending_;
  bool kind_u_ = false;
  bool emitted_constant_ = false;
};

}  // namespace

// Adjacent string tokens, decoded one by one in CPython's order: a token's own errors first,
// then "cannot mix bytes and nonbytes literals" against the first token. Errors found while
// decoding point at the token after the strings, as CPython's do.
void reduce_strings(Frame& f) {
  uint32_t lookahead = f.next();
  auto fail = [&](const LiteralError& err, const Item& token) {
    if (err.msg.starts_with("bytes can only contain")) f.st.raise(err.msg, token.begin, token.end);
    f.st.raise(err.msg, lookahead, lookahead);
  };

  StringParts first = split_string_token(f.text(f[0]));
  bool any_format = false;
  for (size_t i = 0; i < f.size(); ++i) any_format |= split_string_token(f.text(f[i])).prefix.format;
  bool kind_u = first.prefix.unicode && f.text(f[0])[0] == 'u';  // CPython: lowercase u only

  auto* joined = any_format ? f.make<ast::JoinedStr>() : nullptr;
  JoinedStrBuilder builder(f);
  if (kind_u) builder.set_first_kind_u();
  std::string text;  // the value, when no token is an f-string

  for (size_t i = 0; i < f.size(); ++i) {
    StringParts parts = split_string_token(f.text(f[i]));
    if (parts.prefix.format) {
      builder.set_token(f[i], f.st.source_offset(f[i].begin) + parts.body_offset);
      std::vector<FStringPart> pieces;
      if (auto err = split_fstring(parts.body, parts.prefix.raw, pieces)) {
        builder.check_expressions(pieces);
        fail(*err, f[i]);
      }
      builder.add_parts(pieces, joined->values);
    } else {
      std::string decoded;
      if (auto err = decode_string_body(parts.body, parts.prefix, decoded)) fail(*err, f[i]);
      if (joined) builder.add_literal(decoded);
      else text += decoded;
    }
    if (i > 0 && parts.prefix.bytes != first.prefix.bytes) {
      f.st.raise("cannot mix bytes and nonbytes literals", lookahead, lookahead);
    }
  }

  if (joined) {
    builder.flush(joined->values);
    f.result(joined);
    return;
  }
  auto* c = f.make<ast::Constant>();
  c->value.type = first.prefix.bytes ? ast::ConstantValue::Type::Bytes : ast::ConstantValue::Type::Str;
  c->value.text = std::move(text);
  if (kind_u) c->kind = "u";
  f.result(c);
}

ast::Node* parse_fstring_expression(State& outer, std::string_view expression,
                                    uint32_t source_offset) {
  // CPython 3.11 parses a replacement field as "(expression)" on its own.
  std::string text = "(" + std::string(expression) + ")";
  Layout layout = lay_out(text);
  int shift = static_cast<int>(source_offset) - 1;
  if (layout.error) {
    SourceMap quoted(text);
    State st(layout, outer.map, outer.tree, shift);
    st.in_fstring = true;
    st.fstring_map = &quoted;
    uint32_t at = layout.error->offset + shift;
    SyntaxErrorInfo e = st.make_error(layout.error->msg, at, at, layout.error->type.c_str(),
                                      layout.error->char_columns);
    e.msg = layout.error->msg;  // a tokenizer error inside the field has no "f-string: " prefix
    throw GrammarError{e};
  }
  SourceMap quoted(text);
  State st(layout, outer.map, outer.tree, shift);
  st.in_fstring = true;
  st.fstring_map = &quoted;
  st.warnings = outer.warnings;
  Input in(layout.text, "<f-string>");
  if (!match_rule<fstring_expression>(in, st)) raise_invalid_syntax(st);
  return st.stack.back().node;
}

}  // namespace gyre::parser
