// Adjacent string literals -> one Constant (str or bytes) or a JoinedStr (when any is an
// f-string), and the parsing of f-string replacement fields' expressions.
#include <fmt/format.h>

#include "parser/grammar_state.hpp"
#include "parser/lexical.hpp"
#include "parser/literals.hpp"

namespace gyre::parser {
namespace {

struct fstring_expression : pegtl::seq<external<match_star_expressions>, lex::NEWLINE,
                                       lex::ENDMARKER> {};

class JoinedStrBuilder {
 public:
  JoinedStrBuilder(Frame& f, uint32_t token_begin, size_t body_source_offset)
      : f_(f), token_begin_(token_begin), body_source_offset_(body_source_offset) {}

  void set_body(uint32_t token_begin, size_t body_source_offset) {
    token_begin_ = token_begin;
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
    auto* c = f_.make<ast::Constant>();
    c->value.type = ast::ConstantValue::Type::Str;
    c->value.text = std::move(pending_);
    if (kind_u_ && !emitted_constant_) c->kind = "u";
    emitted_constant_ = true;
    pending_.clear();
    out.push_back(c);
  }

 private:
  ast::Node* formatted_value(const FStringPart& part) {
    auto* v = f_.make<ast::FormattedValue>();
    v->value = parse_fstring_expression(f_.st, part.expression,
                                        body_source_offset_ + part.expression_offset);
    char conversion = part.conversion;
    if (!part.debug_text.empty() && conversion == 0 && !part.has_format_spec) conversion = 'r';
    v->conversion = conversion ? conversion : -1;
    if (part.has_format_spec) {
      auto* spec = f_.make<ast::JoinedStr>();
      JoinedStrBuilder inner(f_, token_begin_, body_source_offset_);
      inner.add_parts(part.format_spec, spec->values);
      inner.flush(spec->values);
      v->format_spec = spec;
    }
    return v;
  }

  Frame& f_;
  uint32_t token_begin_;
  size_t body_source_offset_;
  std::string pending_;
  bool kind_u_ = false;
  bool emitted_constant_ = false;
};

}  // namespace

void reduce_strings(Frame& f) {
  bool any_bytes = false, any_text = false, any_format = false;
  for (size_t i = 0; i < f.size(); ++i) {
    StringParts parts = split_string_token(f.text(f[i]));
    (parts.prefix.bytes ? any_bytes : any_text) = true;
    any_format |= parts.prefix.format;
  }
  if (any_bytes && any_text) f.st.raise("cannot mix bytes and nonbytes literals", f.begin(), f.end());

  auto decode = [&](const Item& token, const StringParts& parts, std::string& out) {
    if (auto err = decode_string_body(parts.body, parts.prefix, out)) {
      uint32_t at = token.begin + static_cast<uint32_t>(parts.body_offset + err->offset);
      f.st.raise(err->msg, token.begin, token.end);
      (void)at;
    }
  };

  StringParts first = split_string_token(f.text(f[0]));
  if (!any_format) {
    auto* c = f.make<ast::Constant>();
    c->value.type = any_bytes ? ast::ConstantValue::Type::Bytes : ast::ConstantValue::Type::Str;
    for (size_t i = 0; i < f.size(); ++i) {
      StringParts parts = split_string_token(f.text(f[i]));
      decode(f[i], parts, c->value.text);
    }
    if (first.prefix.unicode && f.text(f[0])[0] == 'u') c->kind = "u";  // CPython: lowercase only
    f.result(c);
    return;
  }

  auto* joined = f.make<ast::JoinedStr>();
  JoinedStrBuilder builder(f, f[0].begin, 0);
  if (first.prefix.unicode && f.text(f[0])[0] == 'u') builder.set_first_kind_u();
  for (size_t i = 0; i < f.size(); ++i) {
    StringParts parts = split_string_token(f.text(f[i]));
    if (!parts.prefix.format) {
      std::string text;
      decode(f[i], parts, text);
      builder.add_literal(text);
      continue;
    }
    builder.set_body(f[i].begin, f.st.source_offset(f[i].begin) + parts.body_offset);
    std::vector<FStringPart> pieces;
    if (auto err = split_fstring(parts.body, parts.prefix.raw, pieces)) {
      f.st.raise(err->msg, f[i].begin, f[i].end);
    }
    builder.add_parts(pieces, joined->values);
  }
  builder.flush(joined->values);
  f.result(joined);
}

ast::Node* parse_fstring_expression(State& outer, std::string_view expression,
                                    uint32_t source_offset) {
  // CPython 3.11 parses a replacement field as "(expression)" on its own.
  std::string text = "(" + std::string(expression) + ")";
  Layout layout = lay_out(text);
  int shift = static_cast<int>(source_offset) - 1;
  if (layout.error) {
    SyntaxErrorInfo e = outer.make_error(layout.error->msg, layout.error->offset + shift,
                                         layout.error->offset + shift, "SyntaxError");
    e.msg = "f-string: " + layout.error->msg;
    throw GrammarError{e};
  }
  State st(layout, outer.map, outer.tree, shift);
  st.in_fstring = true;
  Input in(layout.text, "<f-string>");
  if (!match_rule<fstring_expression>(in, st)) raise_invalid_syntax(st);
  return st.stack.back().node;
}

}  // namespace gyre::parser
