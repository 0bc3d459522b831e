#include "parser/diagnostics.hpp"

namespace gyre::parser {

namespace {
struct parenthesized_names
    : pegtl::seq<lex::lpar, lex::NAME, pegtl::star<lex::comma, lex::NAME>, pegtl::opt<lex::comma>,
                 lex::rpar> {};
}  // namespace

bool match_parenthesized_names(Input& in, State& st) {
  return match_rule<parenthesized_names>(in, st);
}

namespace diag {

bool starts_expression(const Input& in) {
  if (in.empty()) return false;
  char c = *in.current();
  if (lex::ident_byte(c) && !(c >= '0' && c <= '9')) {
    std::string_view r = rest(in);
    size_t n = 0;
    while (n < r.size() && lex::ident_byte(r[n])) ++n;
    std::string_view word = r.substr(0, n);
    if (!lex::is_keyword(word)) return true;
    return word == "True" || word == "False" || word == "None" || word == "not" ||
           word == "lambda" || word == "await";
  }
  if (c >= '0' && c <= '9') return true;
  if (c == '.') return rest(in).starts_with("...") || (in.size() > 1 && in.current()[1] >= '0' && in.current()[1] <= '9');
  return c == '\'' || c == '"' || c == '(' || c == '[' || c == '{' || c == '-' || c == '+' ||
         c == '~';
}

bool is_bitwise_or_level(const ast::Node* node) {
  using K = ast::Kind;
  switch (node->kind) {
    case K::Compare:
    case K::BoolOp:
    case K::IfExp:
    case K::Lambda:
    case K::NamedExpr:
    case K::Starred:
      return false;
    case K::UnaryOp:
      return static_cast<const ast::UnaryOp*>(node)->op != ast::UnaryOperator::Not;
    default:
      return true;
  }
}

namespace {

bool is_name(const Item& item, std::string_view id) {
  auto* n = item.node ? item.node->as<ast::Name>() : nullptr;
  return n && n->id == id;
}

// The first word of the source text at laid-out offset t.
std::string_view word_at(const State& st, uint32_t t) {
  uint32_t e = t;
  while (e < st.layout.text.size() && lex::ident_byte(st.layout.text[e])) ++e;
  return st.text(t, e);
}

bool is_constant(const ast::Node* n, ast::ConstantValue::Type type) {
  auto* c = n->as<ast::Constant>();
  return c && c->value.type == type;
}

}  // namespace

void expression_tail::run(Input& in, State& st, Item a) {
  if (!a.node) return;
  if (at_walrus(in) && !a.node->is(ast::Kind::Name)) {
    st.raise_at_node(fmt::format("cannot use assignment expressions with {}", expression_name(a.node)),
                     a.node);
  }
  bool legacy = is_name(a, "print") || is_name(a, "exec");
  if (legacy) {
    if (!in.empty() && *in.current() == '(') return;
    uint32_t end = probe(in, st, match_star_expressions);
    if (end == 0) return;
    std::string_view id = a.node->as<ast::Name>()->id;
    st.raise(fmt::format("Missing parentheses in call to '{}'. Did you mean {}(...)?", id, id),
             a.begin, end);
  }
  // "Perhaps you forgot a comma?": inside brackets, an expression right after another.
  if (a.end == 0 || st.layout.depth[a.end - 1] == 0 || !starts_expression(in)) return;
  std::string_view first = word_at(st, a.begin);
  if (first == "match" || first == "case" || first == "_") return;  // soft keywords
  bool first_is_name = !first.empty() && !(first[0] >= '0' && first[0] <= '9') &&
                       st.layout.string_end(a.begin) == 0 && !lex::is_keyword(first);
  if (first_is_name) {
    uint32_t next = a.begin + static_cast<uint32_t>(first.size());
    const std::string& text = st.layout.text;
    while (next < text.size() && (text[next] == ' ' || text[next] == '\t' || text[next] == '\f' ||
                                  text[next] == '\n' || text[next] == '\\')) {
      ++next;
    }
    if (st.layout.string_end(next)) return;  // NAME STRING: not a missing comma
  }
  uint32_t end = probe(in, st, match_expression);
  if (end == 0) return;
  st.raise("invalid syntax. Perhaps you forgot a comma?", a.begin, end);
}

void missing_else::run(Input& in, State& st, Item b) {
  if (rest(in).starts_with(":") || at_word(in, "else")) return;
  // The stack holds [a, b]: the body and the condition of the unfinished if-expression.
  const Item& a = st.stack[st.stack.size() - 2];
  st.raise("expected 'else' after 'if' expression", a.begin, b.end);
}

void named_tail::run(Input& in, State& st, Item a) {
  if (!a.node || !at_single_equal(in)) return;
  using T = ast::ConstantValue::Type;
  bool is_name_target = a.node->is(ast::Kind::Name);
  bool excluded = a.node->is(ast::Kind::List) || a.node->is(ast::Kind::Tuple) ||
                  a.node->is(ast::Kind::GeneratorExp) || is_constant(a.node, T::True) ||
                  is_constant(a.node, T::False) || is_constant(a.node, T::None);
  if (!is_name_target && (excluded || !is_bitwise_or_level(a.node))) return;
  uint32_t end = probe(in, st, [](Input& i, State& s) {
    skip_equal(i, s);
    if (!match_bitwise_or(i, s)) return false;
    return !at_single_equal(i) && !rest(i).starts_with("==") && !at_walrus(i);
  });
  if (end == 0) return;
  if (is_name_target) {
    st.raise("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a.begin, end);
  }
  st.raise_at_node(fmt::format("cannot assign to {} here. Maybe you meant '==' instead of '='?",
                               expression_name(a.node)),
                   a.node);
}

void kwarg_tail::run(Input& in, State& st, Item a) {
  // NAME '=' is a keyword argument whose value failed to parse: a plain syntax error.
  if (!a.node || !at_single_equal(in) || a.node->is(ast::Kind::Name)) return;
  uint32_t equal_end = st.offset(in.current()) + 1;
  using T = ast::ConstantValue::Type;
  if (is_constant(a.node, T::True) || is_constant(a.node, T::False) ||
      is_constant(a.node, T::None)) {
    st.raise(fmt::format("cannot assign to {}", expression_name(a.node)), a.begin, equal_end);
  }
  st.raise("expression cannot contain assignment, perhaps you meant \"==\"?", a.begin, equal_end);
}

void keyword_genexp::run(Input& in, State& st, Item) {
  if (!at_word(in, "for") && !at_word(in, "async")) return;
  // keyword_argument's frame: [name, value]; the error covers `name=`.
  const Item& name = st.stack[st.stack.size() - 2];
  uint32_t equal = name.end;
  while (equal < st.layout.text.size() && st.layout.text[equal] != '=') ++equal;
  st.raise("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", name.begin, equal + 1);
}

void missing_dict_colon::run(Input& in, State& st, Item key) {
  if (rest(in).starts_with(":")) return;
  st.raise("':' expected after dictionary key", key.end - 1, key.end - 1);
}

void unparenthesized_comprehension_target::run(Input& in, State& st, Item last) {
  if (!at_word(in, "for") && !at_word(in, "async")) return;
  // At least two elements, and a real comprehension after them.
  if (st.stack.size() - st.marks.back().height < 2) return;
  if (!probe(in, st, match_for_if_clauses)) return;
  uint32_t first = st.stack[st.marks.back().height].begin;
  st.raise("did you forget parentheses around the comprehension target?", first, last.end);
}

void dict_unpacking_comprehension::run(Input& in, State& st, Item first) {
  if (!at_word(in, "for") && !at_word(in, "async")) return;
  st.raise("dict unpacking cannot be used in dict comprehension", first.begin, first.begin + 2);
}

}  // namespace diag
}  // namespace gyre::parser
