// The expression grammar (Python 3.11's, less nothing) and the reductions that build its AST.
// Rule names follow CPython's Grammar/python.gram where a rule has a counterpart there.
// Left-recursive rules of that grammar are written as repetitions and folded in Reduce.
#include <fmt/format.h>

#include "parser/diagnostics.hpp"
#include "parser/grammar_state.hpp"
#include "parser/lexical.hpp"
#include "parser/literals.hpp"

namespace gyre::parser {
namespace expr {

using namespace pegtl;
using namespace lex;
using ast::Node;
using ast::NodeList;

// Roles an item can carry in Item::code, where a rule needs to tell its children apart.
enum Role : int {
  kPlain = 0,
  // parenthesized / bracketed atoms
  kShapeEmpty = 1, kShapeGroup, kShapeTuple, kShapeComprehension, kShapeList, kShapeDict,
  kShapeSet,
  // commas, colons
  kComma, kColon,
  // call arguments
  kBareGenexp,
  // parameters
  kDefault, kSlash, kBareStar, kVararg, kKwarg,
  // dict items
  kDoubleStarred,
  kAsync,
  // operator tokens start here: code = kOpBase + operator enum value
  kBinOpBase = 100, kUnaryOpBase = 200, kCmpOpBase = 300,
};

// A rule that succeeds as R and pushes a token item with the given code.
template <int Code, typename R>
struct code_tok : seq<R> {};
// Marks which alternative of a bracketed form matched (consumes nothing).
template <int Code>
struct shape : success {};
// Gives the node pushed by R a role code (e.g. a parameter's default value).
template <int Code, typename R>
struct role : seq<R> {};

struct name_item : NAME {};  // pushes its text as a token

template <typename Op>
constexpr int binop_code(Op op) {
  return kBinOpBase + static_cast<int>(op);
}

// ---- forward declarations -------------------------------------------------------------------
struct expression;
struct named_expression;
struct star_named_expression;
struct star_expressions;
struct bitwise_or;
struct disjunction;
struct yield_expr;
struct for_if_clauses;
struct primary;
struct arguments;
struct slices;
struct factor;
struct star_targets;
template <bool Annotations>
struct parameters;

// ---- atoms ----------------------------------------------------------------------------------
struct name_atom : NAME {};
struct true_atom : kw_true {};
struct false_atom : kw_false {};
struct none_atom : kw_none {};
struct ellipsis_atom : ellipsis {};
struct number_atom : NUMBER {};
struct string_item : STRING {};
struct strings : plus<string_item> {};

struct star_named_list : seq<star_named_expression, star<comma, star_named_expression>, opt<comma>> {};

struct paren_atom
    : seq<lpar, sor<seq<rpar, shape<kShapeEmpty>>, seq<yield_expr, rpar, shape<kShapeGroup>>,
                    seq<star_named_expression,
                        sor<seq<for_if_clauses, rpar, shape<kShapeComprehension>>,
                            seq<comma, opt<star_named_list>, rpar, shape<kShapeTuple>>,
                            seq<rpar, shape<kShapeGroup>>>>>> {};

struct list_atom
    : seq<lsqb, sor<seq<rsqb, shape<kShapeList>>,
                    seq<star_named_expression,
                        sor<seq<for_if_clauses, rsqb, shape<kShapeComprehension>>,
                            seq<opt<comma, opt<star_named_list>>,
                                sor<seq<rsqb, shape<kShapeList>>,
                                    diag::unparenthesized_comprehension_target>>>>>> {};

using double_starred = role<kDoubleStarred, seq<doublestar, bitwise_or>>;
// Dict keys after the first are read without the missing-comma diagnostic, so that `{1: 2, 3 4}`
// gets CPython's "':' expected after dictionary key".
template <typename R>
struct quietly {
  using rule_t = quietly;
  using subs_t = empty_list;
  template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class>
  static bool match(Input& in, State& st) {
    bool saved = st.no_invalid;
    st.no_invalid = true;
    bool ok = match_rule<R>(in, st);
    st.no_invalid = saved;
    return ok;
  }
};
struct dict_entry
    : sor<double_starred,
          seq<quietly<expression>, sor<colon, diag::missing_dict_colon>, expression>> {};
struct dict_rest : seq<star<comma, dict_entry>, opt<comma>> {};
struct set_rest : seq<opt<comma, opt<star_named_list>>> {};
struct brace_atom
    : seq<lbrace,
          sor<seq<rbrace, shape<kShapeDict>>,
              seq<double_starred, opt<diag::dict_unpacking_comprehension>, dict_rest, rbrace,
                  shape<kShapeDict>>,
              seq<star_named_expression,
                  sor<seq<diag::not_starred, colon, expression,
                          sor<seq<for_if_clauses, rbrace, shape<kShapeComprehension>>,
                              seq<dict_rest, rbrace, shape<kShapeDict>>>>,
                      seq<for_if_clauses, rbrace, shape<kShapeComprehension>>,
                      seq<set_rest, sor<seq<rbrace, shape<kShapeSet>>,
                                        diag::unparenthesized_comprehension_target>>>>>> {};

// strings before names: a string's prefix letters would otherwise read as a name.
struct atom : sor<strings, name_atom, true_atom, false_atom, none_atom, number_atom, paren_atom,
                  list_atom, brace_atom, ellipsis_atom> {};

// ---- primaries ------------------------------------------------------------------------------
struct attr_trailer : seq<dot, name_item> {};
struct call_trailer : seq<lpar, opt<arguments>, rpar> {};
struct class_arguments : seq<lpar, opt<arguments>, rpar> {};
struct subscript_trailer : seq<lsqb, slices, rsqb> {};
struct trailer : sor<attr_trailer, call_trailer, subscript_trailer> {};
struct primary : seq<atom, star<trailer>> {};

using slice_colon = code_tok<kColon, colon>;
struct slice_tail : seq<slice_colon, opt<expression>, opt<slice_colon, opt<expression>>> {};
struct slice_item : sor<seq<named_expression, opt<slice_tail>>, slice_tail> {};
struct starred_expression : seq<asterisk, expression> {};
struct slice_element : sor<starred_expression, slice_item> {};
using slice_comma = code_tok<kComma, comma>;
struct slices : seq<slice_element, star<slice_comma, slice_element>, opt<slice_comma>> {};

// ---- call arguments -------------------------------------------------------------------------
struct keyword_argument : seq<name_item, equal, expression, opt<diag::keyword_genexp>> {};
struct double_star_argument : seq<doublestar, expression> {};
// A positional argument; with a comprehension after it, a bare generator expression.
struct walrus;
struct argument_expression : sor<walrus, expression> {};
struct positional_argument
    : seq<argument_expression, opt<diag::kwarg_tail>, opt<for_if_clauses>> {};
struct argument
    : sor<keyword_argument, starred_expression, double_star_argument, positional_argument> {};
struct arguments : seq<argument, star<comma, argument>, opt<comma>> {};

// ---- operators ------------------------------------------------------------------------------
struct await_expr : seq<kw_await, primary> {};
struct await_primary : sor<await_expr, primary> {};
struct power : seq<await_primary, opt<doublestar, factor>> {};
struct unary_op : sor<code_tok<kUnaryOpBase + int(ast::UnaryOperator::UAdd), plus_sign>,
                      code_tok<kUnaryOpBase + int(ast::UnaryOperator::USub), minus_sign>,
                      code_tok<kUnaryOpBase + int(ast::UnaryOperator::Invert), tilde>> {};
struct unary_expr : seq<unary_op, factor> {};
struct factor : sor<unary_expr, power> {};

#define GYRE_BINOP(op_enum, token) code_tok<kBinOpBase + int(ast::BinOperator::op_enum), token>
struct term_op : sor<GYRE_BINOP(Mult, asterisk), GYRE_BINOP(Div, slash),
                     GYRE_BINOP(FloorDiv, doubleslash), GYRE_BINOP(Mod, percent),
                     GYRE_BINOP(MatMult, at_sign)> {};
struct term : seq<factor, star<term_op, factor>> {};
struct sum_op : sor<GYRE_BINOP(Add, plus_sign), GYRE_BINOP(Sub, minus_sign)> {};
struct sum : seq<term, star<sum_op, term>> {};
struct shift_op : sor<GYRE_BINOP(LShift, leftshift), GYRE_BINOP(RShift, rightshift)> {};
struct shift_expr : seq<sum, star<shift_op, sum>> {};
struct bitwise_and : seq<shift_expr, star<GYRE_BINOP(BitAnd, amper), shift_expr>> {};
struct bitwise_xor : seq<bitwise_and, star<GYRE_BINOP(BitXor, circumflex), bitwise_and>> {};
struct bitwise_or : seq<bitwise_xor, star<GYRE_BINOP(BitOr, vbar), bitwise_xor>> {};
#undef GYRE_BINOP

struct not_in_tok : seq<kw_not, kw_in> {};
struct is_not_tok : seq<kw_is, kw_not> {};
#define GYRE_CMPOP(op_enum, token) code_tok<kCmpOpBase + int(ast::CmpOperator::op_enum), token>
struct compare_op
    : sor<GYRE_CMPOP(Eq, eqequal), GYRE_CMPOP(NotEq, notequal), GYRE_CMPOP(LtE, lessequal),
          GYRE_CMPOP(Lt, less), GYRE_CMPOP(GtE, greaterequal), GYRE_CMPOP(Gt, greater),
          GYRE_CMPOP(NotIn, not_in_tok), GYRE_CMPOP(In, kw_in),
          GYRE_CMPOP(IsNot, is_not_tok), GYRE_CMPOP(Is, kw_is)> {};
#undef GYRE_CMPOP
struct comparison : seq<bitwise_or, star<compare_op, bitwise_or>> {};
struct not_expr;
struct inversion : sor<not_expr, comparison> {};
struct not_expr : seq<kw_not, inversion> {};
struct conjunction : seq<inversion, star<kw_and, inversion>> {};
struct disjunction : seq<conjunction, star<kw_or, conjunction>> {};

struct lambdef : seq<kw_lambda, opt<parameters<false>>, colon, expression> {};
struct conditional
    : seq<disjunction, opt<sor<seq<kw_if, disjunction, sor<seq<kw_else, expression>, diag::missing_else>>,
                               diag::expression_tail>>> {};
struct expression : sor<lambdef, conditional> {};

struct walrus : seq<name_item, colonequal, expression> {};
struct named_expression : sor<walrus, seq<expression, opt<diag::named_tail>>> {};
struct starred_bitwise_or : seq<asterisk, bitwise_or> {};
struct star_named_expression : sor<starred_bitwise_or, named_expression> {};
struct star_expression : sor<starred_bitwise_or, expression> {};
using expr_comma = code_tok<kComma, comma>;
struct star_expressions : seq<star_expression, star<expr_comma, star_expression>, opt<expr_comma>> {};

struct yield_from : seq<kw_yield, kw_from, expression> {};
struct yield_value : seq<kw_yield, opt<star_expressions>> {};
struct yield_expr : sor<yield_from, yield_value> {};
struct yield_or_star_expressions : sor<yield_expr, star_expressions> {};

// ---- comprehensions and targets -------------------------------------------------------------
struct target_item;
struct starred_target : seq<asterisk, target_item> {};
struct target_item : sor<starred_target, primary> {};
using target_comma = code_tok<kComma, comma>;
struct star_targets : seq<target_item, star<target_comma, target_item>, opt<target_comma>> {};
struct single_target : seq<target_item> {};

struct comp_if : seq<kw_if, disjunction> {};
struct comp_for : seq<opt<code_tok<kAsync, kw_async>>, kw_for,
                      sor<seq<star_targets, kw_in>, diag::invalid_for_target>, disjunction,
                      star<comp_if>> {};
struct for_if_clauses : plus<comp_for> {};

// ---- parameters (def and lambda) ------------------------------------------------------------
template <bool Annotations>
struct param_arg : seq<name_item, std::conditional_t<Annotations, opt<colon, expression>, success>> {};
template <bool Annotations>
struct param : seq<param_arg<Annotations>, opt<role<kDefault, seq<equal, expression>>>> {};
// *args may be annotated with a starred expression (PEP 646: `*args: *Ts`).
struct star_annotation : sor<starred_expression, expression> {};
template <bool Annotations>
struct vararg_arg
    : seq<name_item, std::conditional_t<Annotations, opt<colon, star_annotation>, success>> {};
template <bool Annotations>
struct star_param
    : sor<role<kVararg, seq<asterisk, vararg_arg<Annotations>>>, code_tok<kBareStar, asterisk>> {};
template <bool Annotations>
using kwarg_param = role<kKwarg, seq<doublestar, param_arg<Annotations>>>;
using param_default = role<kDefault, seq<equal, expression>>;
template <bool Annotations>
struct param_item
    : sor<diag::parenthesized_parameters<!Annotations>, seq<kwarg_param<Annotations>, opt<param_default>>,
          seq<star_param<Annotations>, opt<param_default>>, code_tok<kSlash, slash>,
          param<Annotations>> {};
template <bool Annotations>
struct parameters
    : seq<param_item<Annotations>, star<comma, param_item<Annotations>>, opt<comma>> {};

// ---- del targets ----------------------------------------------------------------------------
struct del_targets : seq<primary, star<target_comma, primary>, opt<target_comma>> {};

}  // namespace expr

// =================================================================================================
// Reductions
// =================================================================================================
using namespace expr;
using ast::Node;
using ast::NodeList;

namespace {

template <typename T>
T* make_at(State& st, uint32_t begin, uint32_t end) {
  return st.tree.make<T>(st.position(begin, end));
}

ast::Name* make_name(Frame& f, const Item& token, ast::Ctx ctx) {
  auto* n = make_at<ast::Name>(f.st, token.begin, token.end);
  n->id = f.st.identifier(token);
  n->ctx = ctx;
  return n;
}

ast::Tuple* make_tuple(Frame& f, NodeList elts, ast::Ctx ctx = ast::Ctx::Load) {
  auto* t = f.make<ast::Tuple>();
  t->elts = std::move(elts);
  t->ctx = ctx;
  return t;
}

// Folds [operand, op, operand, op, operand ...] into left-nested BinOps.
void fold_binary(Frame& f) {
  if (f.size() == 1) return;
  Node* left = f[0].node;
  for (size_t i = 1; i + 1 < f.size(); i += 2) {
    auto* b = make_at<ast::BinOp>(f.st, f.begin(), f[i + 1].end);
    b->left = left;
    b->op = static_cast<ast::BinOperator>(f[i].code - kBinOpBase);
    b->right = f[i + 1].node;
    left = b;
  }
  f.result(left);
}

void bool_chain(Frame& f, ast::BoolOperator op) {
  if (f.size() == 1) return;
  auto* b = f.make<ast::BoolOp>();
  b->op = op;
  b->values = f.nodes();
  f.result(b);
}

ast::comprehension* as_comprehension(Node* n) { return n->as<ast::comprehension>(); }

// A comprehension's element may not be starred.
void no_starred_element(Frame& f) {
  if (f[0].node->is(ast::Kind::Starred))
    f.st.raise_at_node("iterable unpacking cannot be used in comprehension", f[0].node);
}

NodeList comprehensions_from(Frame& f, size_t from) {
  NodeList gens;
  for (size_t i = from; i < f.size(); ++i) {
    if (f[i].tag == Item::Tag::Node && as_comprehension(f[i].node)) gens.push_back(f[i].node);
  }
  return gens;
}

}  // namespace

template <int Code, typename R>
struct Reduce<code_tok<Code, R>> {
  static void apply(Frame& f) { f.result_token(Code); }
};
template <int Code>
struct Reduce<shape<Code>> {
  static void apply(Frame& f) { f.result_token(Code); }
};
template <int Code, typename R>
struct Reduce<role<Code, R>> {
  static void apply(Frame& f) {
    // The role's value is its last node (for `=` default: the expression; for `*a`: the arg).
    Item item = f.back();
    item.code = Code;
    item.begin = f.begin();
    f.st.stack.resize(f.st.stack.size() - f.size());
    f.st.stack.push_back(item);
  }
};
template <>
struct Reduce<name_item> {
  static void apply(Frame& f) { f.result_token(kPlain); }
};

template <>
struct Reduce<name_atom> {
  static void apply(Frame& f) {
    auto* n = f.make<ast::Name>();
    n->id = f.st.identifier(f.begin(), f.end());
    n->ctx = ast::Ctx::Load;
    f.result(n);
  }
};

template <ast::ConstantValue::Type T>
void constant_result(Frame& f) {
  auto* c = f.make<ast::Constant>();
  c->value.type = T;
  f.result(c);
}
template <>
struct Reduce<true_atom> {
  static void apply(Frame& f) { constant_result<ast::ConstantValue::Type::True>(f); }
};
template <>
struct Reduce<false_atom> {
  static void apply(Frame& f) { constant_result<ast::ConstantValue::Type::False>(f); }
};
template <>
struct Reduce<none_atom> {
  static void apply(Frame& f) { constant_result<ast::ConstantValue::Type::None>(f); }
};
template <>
struct Reduce<ellipsis_atom> {
  static void apply(Frame& f) { constant_result<ast::ConstantValue::Type::Ellipsis>(f); }
};

// `1if x else y`: CPython's tokenizer accepts a keyword glued to a number, with a warning.
void warn_if_glued_to_keyword(Frame& f) {
  uint32_t end = f.end();
  if (end >= f.st.layout.text.size() || !lex::ident_byte(f.st.layout.text[end])) return;
  std::string_view number = f.st.text(f.begin(), end);
  const char* kind = "decimal";
  if (number.size() > 1 && number[0] == '0') {
    char p = number[1] | 0x20;
    kind = p == 'x' ? "hexadecimal" : p == 'o' ? "octal" : p == 'b' ? "binary" : kind;
  }
  if ((number.back() | 0x20) == 'j') kind = "imaginary";
  f.st.warn(fmt::format("invalid {} literal", kind), end);
}

template <>
struct Reduce<number_atom> {
  static void apply(Frame& f) {
    auto* c = f.make<ast::Constant>();
    if (auto err = decode_number(f.st.text(f.begin(), f.end()), c->value)) {
      uint32_t at = f.begin() + static_cast<uint32_t>(err->offset);
      uint32_t end = err->end_offset ? f.begin() + static_cast<uint32_t>(*err->end_offset) : at;
      if (err->msg == "invalid syntax") f.st.raise(err->msg, at, end);  // a parser error
      f.st.raise_tokenizer_error(err->msg, at, end);
    }
    warn_if_glued_to_keyword(f);
    f.result(c);
  }
};

template <>
struct Reduce<string_item> {
  static void apply(Frame& f) { f.result_token(kPlain); }
};

void reduce_strings(Frame& f);  // strings.cpp
template <>
struct Reduce<strings> {
  static void apply(Frame& f) { reduce_strings(f); }
};

template <>
struct Reduce<paren_atom> {
  static void apply(Frame& f) {
    int shape_code = f.back().code;
    switch (shape_code) {
      case kShapeEmpty:
        f.result(make_tuple(f, {}));
        return;
      case kShapeGroup: {
        Node* inner = f[0].node;
        if (inner->is(ast::Kind::Starred)) f.st.raise_at_node("cannot use starred expression here", inner);
        f.result(inner);  // a group is not a node: positions stay the inner expression's
        return;
      }
      case kShapeTuple:
        f.result(make_tuple(f, f.nodes()));
        return;
      default: {
        no_starred_element(f);
        auto* g = f.make<ast::GeneratorExp>();
        g->elt = f[0].node;
        g->generators = comprehensions_from(f, 1);
        f.result(g);
      }
    }
  }
};

template <>
struct Reduce<list_atom> {
  static void apply(Frame& f) {
    if (f.back().code == kShapeComprehension) {
      no_starred_element(f);
      auto* l = f.make<ast::ListComp>();
      l->elt = f[0].node;
      l->generators = comprehensions_from(f, 1);
      f.result(l);
      return;
    }
    auto* l = f.make<ast::List>();
    l->elts = f.nodes();
    l->ctx = ast::Ctx::Load;
    f.result(l);
  }
};

template <>
struct Reduce<brace_atom> {
  static void apply(Frame& f) {
    int shape_code = f.back().code;
    if (shape_code == kShapeSet) {
      auto* s = f.make<ast::Set>();
      s->elts = f.nodes();
      f.result(s);
      return;
    }
    if (shape_code == kShapeComprehension) {
      NodeList gens = comprehensions_from(f, 1);
      bool is_dict = f.size() >= 3 && !as_comprehension(f[1].node);
      if (is_dict) {
        auto* d = f.make<ast::DictComp>();
        d->key = f[0].node;
        d->value = f[1].node;
        d->generators = std::move(gens);
        f.result(d);
      } else {
        no_starred_element(f);
        auto* s = f.make<ast::SetComp>();
        s->elt = f[0].node;
        s->generators = std::move(gens);
        f.result(s);
      }
      return;
    }
    auto* d = f.make<ast::Dict>();
    for (size_t i = 0; i + 1 < f.size();) {
      if (f[i].code == kDoubleStarred) {
        d->keys.push_back(nullptr);
        d->values.push_back(f[i].node);
        i += 1;
      } else {
        d->keys.push_back(f[i].node);
        d->values.push_back(f[i + 1].node);
        i += 2;
      }
    }
    f.result(d);
  }
};

// ---- primaries ------------------------------------------------------------------------------
template <>
struct Reduce<attr_trailer> {
  static void apply(Frame& f) {
    auto* a = f.make<ast::Attribute>();
    a->attr = f.st.identifier(f[0]);
    a->ctx = ast::Ctx::Load;
    f.result(a);
  }
};

// Sorts the argument items of a call (or class bases) into positional and keyword arguments,
// raising CPython's errors for a bad order. `close` is the closing parenthesis.
void sort_arguments(Frame& f, bool genexp_allowed, ast::NodeList& args, ast::NodeList& keywords) {
  bool seen_keyword = false, seen_double_star = false;
  uint32_t close = f.end() - 1;  // CPython points at the argument's star, or at the ')'
  for (size_t i = 0; i < f.size(); ++i) {
    Node* n = f[i].node;
    if (f[i].code == kBareGenexp) {
      if (!genexp_allowed) f.st.raise("invalid syntax", f[i].aux, token_end(f.st, f[i].aux));
      if (f.size() > 1) f.st.raise_at_node("Generator expression must be parenthesized", n);
      n->pos = f.pos();  // a sole generator argument takes the call's parentheses
    }
    if (auto* k = n->as<ast::keyword>()) {
      if (k->arg.data() == nullptr) seen_double_star = true;
      else seen_keyword = true;
      keywords.push_back(n);
      continue;
    }
    if (n->is(ast::Kind::Starred)) {
      if (seen_double_star)
        f.st.raise("iterable argument unpacking follows keyword argument unpacking", f[i].begin,
                   f[i].begin);
    } else if (seen_double_star) {
      f.st.raise("positional argument follows keyword argument unpacking", close, close);
    } else if (seen_keyword) {
      f.st.raise("positional argument follows keyword argument", close, close);
    }
    args.push_back(n);
  }
}

template <>
struct Reduce<call_trailer> {
  static void apply(Frame& f) {
    auto* c = f.make<ast::Call>();
    sort_arguments(f, true, c->args, c->keywords);
    f.result(c);
  }
};

// A class's bases and keywords, as a Call without a function (class_def_raw takes them apart).
template <>
struct Reduce<class_arguments> {
  static void apply(Frame& f) {
    auto* c = f.make<ast::Call>();
    sort_arguments(f, false, c->args, c->keywords);
    f.result(c);
  }
};

template <>
struct Reduce<subscript_trailer> {
  static void apply(Frame& f) {
    auto* s = f.make<ast::Subscript>();
    s->slice = f[0].node;
    s->ctx = ast::Ctx::Load;
    f.result(s);
  }
};

template <>
struct Reduce<primary> {
  static void apply(Frame& f) {
    if (f.size() == 1) return;
    Node* current = f[0].node;
    for (size_t i = 1; i < f.size(); ++i) {
      Node* t = f[i].node;
      t->pos = f.st.position(f.begin(), f[i].end);
      if (auto* a = t->as<ast::Attribute>()) a->value = current;
      else if (auto* c = t->as<ast::Call>()) c->func = current;
      else if (auto* s = t->as<ast::Subscript>()) s->value = current;
      current = t;
    }
    f.result(current);
  }
};

template <>
struct Reduce<slice_item> {
  static void apply(Frame& f) {
    if (f.size() == 1 && f[0].tag == Item::Tag::Node) return;
    auto* s = f.make<ast::Slice>();
    int colons = 0;
    for (size_t i = 0; i < f.size(); ++i) {
      if (f[i].tag == Item::Tag::Token) {
        ++colons;
        continue;
      }
      Node*& slot = colons == 0 ? s->lower : colons == 1 ? s->upper : s->step;
      slot = f[i].node;
    }
    f.result(s);
  }
};

template <>
struct Reduce<starred_expression> {
  static void apply(Frame& f) {
    auto* s = f.make<ast::Starred>();
    s->value = f[0].node;
    s->ctx = ast::Ctx::Load;
    f.result(s);
  }
};
template <>
struct Reduce<starred_bitwise_or> : Reduce<starred_expression> {};

template <>
struct Reduce<slices> {
  static void apply(Frame& f) {
    // a[x] is x itself; a[*x] (like a[x,]) is a tuple.
    if (f.size() == 1 && !f[0].node->is(ast::Kind::Starred)) return;
    f.result(make_tuple(f, f.nodes()));
  }
};

template <>
struct Reduce<keyword_argument> {
  static void apply(Frame& f) {
    auto* k = f.make<ast::keyword>();
    k->arg = f.st.identifier(f[0]);
    k->value = f[1].node;
    f.result(k);
  }
};
template <>
struct Reduce<double_star_argument> {
  static void apply(Frame& f) {
    auto* k = f.make<ast::keyword>();
    k->value = f[0].node;
    f.result(k);
  }
};
template <>
struct Reduce<positional_argument> {
  static void apply(Frame& f) {
    if (f.size() == 1) return;
    auto* g = f.make<ast::GeneratorExp>();
    g->elt = f[0].node;
    g->generators = comprehensions_from(f, 1);
    f.result(g);
    f.back().code = kBareGenexp;
    f.back().aux = f[1].begin;  // where its `for` is
  }
};

// ---- operators ------------------------------------------------------------------------------
template <>
struct Reduce<await_expr> {
  static void apply(Frame& f) {
    auto* a = f.make<ast::Await>();
    a->value = f[0].node;
    f.result(a);
  }
};
template <>
struct Reduce<power> {
  static void apply(Frame& f) {
    if (f.size() == 1) return;
    auto* b = f.make<ast::BinOp>();
    b->left = f[0].node;
    b->op = ast::BinOperator::Pow;
    b->right = f[1].node;
    f.result(b);
  }
};
template <>
struct Reduce<unary_expr> {
  static void apply(Frame& f) {
    auto* u = f.make<ast::UnaryOp>();
    u->op = static_cast<ast::UnaryOperator>(f[0].code - kUnaryOpBase);
    u->operand = f[1].node;
    f.result(u);
  }
};
template <>
struct Reduce<not_expr> {
  static void apply(Frame& f) {
    auto* u = f.make<ast::UnaryOp>();
    u->op = ast::UnaryOperator::Not;
    u->operand = f[0].node;
    f.result(u);
  }
};
#define GYRE_FOLD(rule)                                  \
  template <>                                            \
  struct Reduce<rule> {                                  \
    static void apply(Frame& f) { fold_binary(f); }      \
  };
GYRE_FOLD(term)
GYRE_FOLD(sum)
GYRE_FOLD(shift_expr)
GYRE_FOLD(bitwise_and)
GYRE_FOLD(bitwise_xor)
GYRE_FOLD(bitwise_or)
#undef GYRE_FOLD

template <>
struct Reduce<comparison> {
  static void apply(Frame& f) {
    if (f.size() == 1) return;
    auto* c = f.make<ast::Compare>();
    c->left = f[0].node;
    for (size_t i = 1; i + 1 < f.size(); i += 2) {
      c->ops.push_back(static_cast<ast::CmpOperator>(f[i].code - kCmpOpBase));
      c->comparators.push_back(f[i + 1].node);
    }
    f.result(c);
  }
};
template <>
struct Reduce<conjunction> {
  static void apply(Frame& f) { bool_chain(f, ast::BoolOperator::And); }
};
template <>
struct Reduce<disjunction> {
  static void apply(Frame& f) { bool_chain(f, ast::BoolOperator::Or); }
};

template <>
struct Reduce<conditional> {
  static void apply(Frame& f) {
    if (f.size() == 1) return;
    auto* e = f.make<ast::IfExp>();
    e->body = f[0].node;
    e->test = f[1].node;
    e->orelse = f[2].node;
    f.result(e);
  }
};

ast::arguments* build_arguments(Frame& f, size_t from, size_t to);

template <>
struct Reduce<lambdef> {
  static void apply(Frame& f) {
    auto* l = f.make<ast::Lambda>();
    l->args = f.size() > 1 ? f[0].node : f.st.tree.make<ast::arguments>();
    l->body = f.back().node;
    f.result(l);
  }
};

template <>
struct Reduce<walrus> {
  static void apply(Frame& f) {
    auto* n = f.make<ast::NamedExpr>();
    n->target = make_name(f, f[0], ast::Ctx::Store);
    n->value = f[1].node;
    f.result(n);
  }
};

template <>
struct Reduce<star_expressions> {
  static void apply(Frame& f) {
    if (f.size() == 1) return;
    f.result(make_tuple(f, f.nodes()));
  }
};

template <>
struct Reduce<yield_from> {
  static void apply(Frame& f) {
    auto* y = f.make<ast::YieldFrom>();
    y->value = f[0].node;
    f.result(y);
  }
};
template <>
struct Reduce<yield_value> {
  static void apply(Frame& f) {
    auto* y = f.make<ast::Yield>();
    y->value = f.size() ? f[0].node : nullptr;
    f.result(y);
  }
};

template <>
struct Reduce<starred_target> {
  static void apply(Frame& f) {
    auto* s = f.make<ast::Starred>();
    s->value = f[0].node;
    s->ctx = ast::Ctx::Store;
    f.result(s);
  }
};

template <>
struct Reduce<star_targets> {
  static void apply(Frame& f) {
    Node* target = f[0].node;
    if (f.size() > 1) target = make_tuple(f, f.nodes());
    set_context(f.st, target, ast::Ctx::Store);
    f.result(target);
  }
};

template <>
struct Reduce<single_target> {
  static void apply(Frame& f) { set_context(f.st, f[0].node, ast::Ctx::Store); }
};

template <>
struct Reduce<del_targets> {
  static void apply(Frame& f) {
    NodeList targets = f.nodes();
    for (Node* t : targets) set_context(f.st, t, ast::Ctx::Del);
    f.result_list(std::move(targets));
  }
};

template <>
struct Reduce<comp_for> {
  static void apply(Frame& f) {
    auto* c = f.st.tree.make<ast::comprehension>();
    size_t i = 0;
    if (f[0].tag == Item::Tag::Token) {
      c->is_async = 1;
      i = 1;
    }
    c->target = f[i].node;
    c->iter = f[i + 1].node;
    for (size_t j = i + 2; j < f.size(); ++j) c->ifs.push_back(f[j].node);
    f.result(c);
  }
};

template <bool A>
struct Reduce<param_arg<A>> {
  static void apply(Frame& f) {
    auto* a = f.make<ast::Arg>();
    a->arg = f.st.identifier(f[0]);
    if (f.size() > 1) a->annotation = f[1].node;
    f.result(a);
  }
};

template <bool A>
struct Reduce<vararg_arg<A>> : Reduce<param_arg<A>> {};

template <bool A>
struct Reduce<parameters<A>> {
  static void apply(Frame& f) {
    ast::arguments* args = build_arguments(f, 0, f.size());
    f.result(args);
  }
};

// Builds an `arguments` node from parameter items, checking their order as CPython does.
ast::arguments* build_arguments(Frame& f, size_t from, size_t to) {
  auto* args = f.st.tree.make<ast::arguments>();
  enum Phase { kPositional, kKeywordOnly, kDone } phase = kPositional;
  bool seen_default = false, seen_slash = false, bare_star_pending = false;
  uint32_t bare_star_at = 0;
  Node* last_param = nullptr;
  for (size_t i = from; i < to; ++i) {
    Item& it = f[i];
    if (it.tag == Item::Tag::Token && it.code == kSlash) {
      if (seen_slash) f.st.raise("/ may appear only once", it.begin, it.begin);
      if (phase != kPositional) f.st.raise("/ must be ahead of *", it.begin, it.begin);
      if (args->args.empty()) {
        bool more = i + 1 < to;  // CPython: "/," first is its own error; "/" alone is not
        f.st.raise(more ? "at least one argument must precede /" : "invalid syntax", it.begin,
                   more ? it.begin : it.end);
      }
      seen_slash = true;
      args->posonlyargs = std::move(args->args);
      args->args.clear();
      continue;
    }
    if (phase == kDone) f.st.raise("arguments cannot follow var-keyword argument", it.begin, it.begin);
    if (it.tag == Item::Tag::Token && it.code == kBareStar) {
      if (phase != kPositional) f.st.raise("* argument may appear only once", it.begin, it.begin);
      phase = kKeywordOnly;
      bare_star_pending = true;
      bare_star_at = it.begin;
      continue;
    }
    if (it.code == kVararg) {
      if (phase != kPositional) f.st.raise("* argument may appear only once", it.begin, it.begin);
      if (i + 1 < to && f[i + 1].code == kDefault)
        f.st.raise("var-positional argument cannot have default value", f[i + 1].begin,
                   f[i + 1].begin);
      args->vararg = it.node;
      phase = kKeywordOnly;
      continue;
    }
    if (it.code == kKwarg) {
      if (bare_star_pending) f.st.raise("named arguments must follow bare *", bare_star_at, bare_star_at);
      if (i + 1 < to && f[i + 1].code == kDefault)
        f.st.raise("var-keyword argument cannot have default value", f[i + 1].begin,
                   f[i + 1].begin);
      args->kwarg = it.node;
      phase = kDone;
      continue;
    }
    // A plain parameter, maybe followed by its default.
    Node* default_value = nullptr;
    if (i + 1 < to && f[i + 1].code == kDefault) default_value = f[++i].node;
    last_param = it.node;
    if (phase == kKeywordOnly) {
      bare_star_pending = false;
      args->kwonlyargs.push_back(it.node);
      args->kw_defaults.push_back(default_value);
    } else {
      if (default_value) {
        seen_default = true;
        args->defaults.push_back(default_value);
      } else if (seen_default) {
        f.st.raise_at_node("non-default argument follows default argument", it.node);
      }
      args->args.push_back(it.node);
    }
  }
  (void)last_param;
  if (bare_star_pending) f.st.raise("named arguments must follow bare *", bare_star_at, bare_star_at);
  return args;
}

// ---- entry points ---------------------------------------------------------------------------
bool match_expression(Input& in, State& st) { return match_rule<expression>(in, st); }
bool match_named_expression(Input& in, State& st) { return match_rule<named_expression>(in, st); }
bool match_star_expressions(Input& in, State& st) { return match_rule<star_expressions>(in, st); }
bool match_yield_or_star_expressions(Input& in, State& st) {
  return match_rule<yield_or_star_expressions>(in, st);
}
bool match_star_targets(Input& in, State& st) { return match_rule<star_targets>(in, st); }
bool match_star_target(Input& in, State& st) { return match_rule<single_target>(in, st); }
bool match_arguments(Input& in, State& st) { return match_rule<arguments>(in, st); }
bool match_parameters(Input& in, State& st) { return match_rule<parameters<true>>(in, st); }
bool match_name(Input& in, State& st) { return match_rule<name_item>(in, st); }
bool match_bitwise_or(Input& in, State& st) { return match_rule<bitwise_or>(in, st); }
bool match_del_targets(Input& in, State& st) { return match_rule<del_targets>(in, st); }
bool match_for_if_clauses(Input& in, State& st) { return match_rule<for_if_clauses>(in, st); }
bool match_class_arguments(Input& in, State& st) { return match_rule<class_arguments>(in, st); }

}  // namespace gyre::parser
