// The statement grammar (Python 3.11's, less `match`) and its reductions; the file, eval and
// interactive entry rules. Expressions come from expressions.cpp through `external` rules.
#include <fmt/format.h>

#include "parser/diagnostics.hpp"
#include "parser/grammar_state.hpp"
#include "parser/lexical.hpp"
#include "parser/statements.hpp"

namespace gyre::parser {
namespace stmt {

using namespace pegtl;
using namespace lex;
using ast::Node;
using ast::NodeList;

struct expression : external<match_expression> {};
struct named_expression : external<match_named_expression> {};
struct star_expressions : external<match_star_expressions> {};
struct yield_or_star : external<match_yield_or_star_expressions> {};
struct star_targets : external<match_star_targets> {};
struct star_target : external<match_star_target> {};
struct arguments : external<match_arguments> {};
struct parameters : external<match_parameters> {};
struct name : external<match_name> {};  // pushes a token item
struct del_targets : external<match_del_targets> {};

enum Role : int {
  kPlain = 0, kAssign = 1, kAnnotate, kAsync, kReturns, kDecorator, kElse, kFinally, kStar,
  kLevel1, kLevel3, kImportStar, kAs,
  kAugBase = 100,
};
enum Clause : int {
  kIf, kElif, kElse_, kWhile, kFor, kWith, kTry, kExcept, kExceptStar, kFinally_, kFunction, kClass
};

template <int Code, typename R>
struct code_tok : seq<R> {};
template <int Code, typename R>
struct role : seq<R> {};

// "expected ':'" when a compound statement's header ends without its colon.
struct missing_colon {
  using rule_t = missing_colon;
  using subs_t = empty_list;
  template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class>
  static bool match(Input& in, State& st) {
    if (in.empty() || *in.current() != marker::kNewline) return false;
    uint32_t at = st.offset(in.current());
    st.raise("expected ':'", at, at + 1);
  }
};
struct require_colon : sor<colon, missing_colon> {};

// Where CPython's grammar forces a token (`&&':'`): whatever stands there instead is an error.
template <char C>
struct forced {
  using rule_t = forced;
  using subs_t = empty_list;
  template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class>
  static bool match(Input& in, State& st) {
    if (!in.empty() && *in.current() == C && !(C == ':' && in.size() > 1 && in.current()[1] == '=')) {
      in.bump(1);
      ws::match<apply_mode::action, rewind_mode::required, nothing, Control>(in, st);
      return true;
    }
    uint32_t at = st.offset(in.current());
    st.raise(fmt::format("expected '{}'", C), at, token_end(st, at));
  }
};
using forced_colon = forced<':'>;
using forced_lpar = forced<'('>;

// `except A, B:`
struct multiple_exception_types {
  using rule_t = multiple_exception_types;
  using subs_t = empty_list;
  template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class>
  static bool match(Input& in, State& st) {
    if (st.no_invalid || in.empty() || *in.current() != ',') return false;
    uint32_t begin = st.stack.back().begin;
    uint32_t end = diag::probe(in, st, [](Input& i, State& s) {
      i.bump(1);
      ws::match<apply_mode::action, rewind_mode::required, nothing, Control>(i, s);
      return match_star_expressions(i, s);
    });
    if (end == 0) return false;
    st.raise("multiple exception types must be parenthesized", begin, end);
  }
};

// An `except` clause after `except*` ones, or the other way round.
template <bool Star>
struct mixed_except {
  using rule_t = mixed_except;
  using subs_t = empty_list;
  template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class>
  static bool match(Input& in, State& st) {
    if (!diag::at_word(in, "except")) return false;
    const char* p = in.current() + 6;
    while (p < in.end() && (*p == ' ' || *p == '\t')) ++p;
    bool next_is_star = p < in.end() && *p == '*';
    if (next_is_star == Star) return false;
    uint32_t at = st.offset(in.current());
    st.raise("cannot have both 'except' and 'except*' on the same 'try'", at, at + 6);
  }
};

// "expected an indented block after ..." when a block's NEWLINE is not followed by INDENT.
template <int C>
struct missing_indent {
  using rule_t = missing_indent;
  using subs_t = empty_list;
  template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class>
  static bool match(Input& in, State& st) {
    if (!in.empty() && *in.current() == marker::kIndent) return false;  // the block failed inside
    static const char* const what[] = {
        "'if' statement", "'elif' statement", "'else' statement", "'while' statement",
        "'for' statement", "'with' statement", "'try' statement", "'except' statement",
        "'except*' statement", "'finally' statement", "function definition", "class definition"};
    // marks: [..., clause, block]; the clause rule started at its keyword.
    uint32_t clause_begin = st.marks[st.marks.size() - 2].begin;
    int line = st.position(clause_begin, clause_begin).lineno;
    uint32_t at = st.offset(in.current());
    st.raise(fmt::format("expected an indented block after {} on line {}", what[C], line), at,
             at + 1, "IndentationError");
  }
};

struct statement;
struct statements : plus<statement> {};
struct simple_stmts;
template <int C>
struct block : sor<seq<NEWLINE, sor<seq<INDENT, statements, DEDENT>, missing_indent<C>>>,
                   simple_stmts> {};

// ---- simple statements ----------------------------------------------------------------------
#define GYRE_AUG(op_enum, ...) \
  code_tok<kAugBase + int(ast::BinOperator::op_enum), seq<string<__VA_ARGS__>, ws>>
struct augassign
    : sor<GYRE_AUG(Add, '+', '='), GYRE_AUG(Sub, '-', '='),
          GYRE_AUG(Mult, '*', '='), GYRE_AUG(MatMult, '@', '='),
          GYRE_AUG(Div, '/', '='), GYRE_AUG(Mod, '%', '='),
          GYRE_AUG(BitAnd, '&', '='), GYRE_AUG(BitOr, '|', '='),
          GYRE_AUG(BitXor, '^', '='), GYRE_AUG(LShift, '<', '<', '='),
          GYRE_AUG(RShift, '>', '>', '='), GYRE_AUG(Pow, '*', '*', '='),
          GYRE_AUG(FloorDiv, '/', '/', '=')> {};
#undef GYRE_AUG
struct annotation_tail : seq<code_tok<kAnnotate, colon>, expression, opt<equal, yield_or_star>> {};
struct augassign_tail : seq<augassign, yield_or_star> {};
struct assign_tail : plus<code_tok<kAssign, equal>, yield_or_star> {};
struct expr_stmt : seq<yield_or_star, opt<sor<annotation_tail, augassign_tail, assign_tail>>> {};

struct return_stmt : seq<kw_return, opt<star_expressions>> {};
struct raise_stmt : seq<kw_raise, opt<expression, opt<kw_from, expression>>> {};
struct pass_stmt : kw_pass {};
struct break_stmt : kw_break {};
struct continue_stmt : kw_continue {};
struct global_stmt : seq<kw_global, name, star<comma, name>> {};
struct nonlocal_stmt : seq<kw_nonlocal, name, star<comma, name>> {};
struct del_stmt
    : seq<kw_del, sor<seq<del_targets, at<sor<semi, NEWLINE>>>, diag::invalid_del_targets>> {};
struct assert_stmt : seq<kw_assert, expression, opt<comma, expression>> {};

struct dotted_name : seq<name, star<dot, name>> {};
struct dotted_as_name : seq<dotted_name, opt<kw_as, name>> {};
struct import_name : seq<kw_import, dotted_as_name, star<comma, dotted_as_name>> {};
struct import_as_name : seq<name, opt<kw_as, name>> {};
struct import_as_names : seq<import_as_name, star<comma, import_as_name>> {};
struct trailing_comma_error {
  using rule_t = trailing_comma_error;
  using subs_t = empty_list;
  template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class>
  static bool match(Input& in, State& st) {
    uint32_t at = st.offset(in.current());
    st.raise("trailing comma not allowed without surrounding parentheses", at, at + 1);
  }
};
using import_star = code_tok<kImportStar, seq<one<'*'>, ws>>;
struct import_targets
    : sor<seq<lpar, import_as_names, opt<comma>, rpar>,
          seq<import_as_names, opt<seq<comma, at<NEWLINE>>, trailing_comma_error>>, import_star> {};
struct import_dots : sor<code_tok<kLevel3, ellipsis>, code_tok<kLevel1, seq<one<'.'>, ws>>> {};
struct import_from
    : seq<kw_from, sor<seq<star<import_dots>, dotted_name, kw_import>, seq<plus<import_dots>, kw_import>>,
          import_targets> {};

struct simple_stmt
    : sor<return_stmt, import_name, import_from, raise_stmt, pass_stmt, del_stmt, assert_stmt,
          break_stmt, continue_stmt, global_stmt, nonlocal_stmt, expr_stmt> {};
struct simple_stmts : seq<simple_stmt, star<semi, simple_stmt>, opt<semi>, NEWLINE> {};

// ---- compound statements --------------------------------------------------------------------
using async_tok = code_tok<kAsync, kw_async>;
struct else_block : seq<kw_else, forced_colon, block<kElse_>> {};
struct elif_stmt;
struct elif_stmt
    : seq<kw_elif, named_expression, require_colon, block<kElif>, opt<sor<elif_stmt, else_block>>> {};
struct if_stmt
    : seq<kw_if, named_expression, require_colon, block<kIf>, opt<sor<elif_stmt, else_block>>> {};
struct while_stmt : seq<kw_while, named_expression, require_colon, block<kWhile>, opt<else_block>> {};
struct for_stmt : seq<opt<async_tok>, kw_for, sor<seq<star_targets, kw_in>, diag::invalid_for_target>,
                      star_expressions, require_colon, block<kFor>, opt<else_block>> {};

struct with_item : seq<expression, opt<kw_as, star_target>> {};
struct with_items : seq<with_item, star<comma, with_item>> {};
struct parenthesized_with_items : seq<lpar, with_items, opt<comma>, rpar, at<colon>> {};
struct with_stmt : seq<opt<async_tok>, kw_with, sor<parenthesized_with_items, with_items>,
                       require_colon, block<kWith>> {};

struct except_block
    : seq<kw_except, opt<expression, opt<multiple_exception_types>, opt<kw_as, name>>,
          require_colon, block<kExcept>> {};
struct except_star_block
    : seq<kw_except, code_tok<kStar, asterisk>, expression, opt<kw_as, name>, require_colon,
          block<kExceptStar>> {};
struct finally_block : seq<kw_finally, forced_colon, block<kFinally_>> {};
struct missing_handlers {
  using rule_t = missing_handlers;
  using subs_t = empty_list;
  template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class>
  static bool match(Input& in, State& st) {
    // A malformed `except` clause is a plain syntax error; only a missing one is this.
    if (diag::at_word(in, "except") || diag::at_word(in, "finally")) return false;
    uint32_t at = st.offset(in.current());
    st.raise("expected 'except' or 'finally' block", at, at);
  }
};
struct try_stmt
    : seq<kw_try, forced_colon, block<kTry>,
          sor<finally_block,
              seq<plus<except_star_block>, opt<mixed_except<true>>, opt<else_block>,
                  opt<finally_block>>,
              seq<plus<except_block>, opt<mixed_except<false>>, opt<else_block>,
                  opt<finally_block>>,
              missing_handlers>> {};

using returns = role<kReturns, seq<arrow, expression>>;
struct function_def_raw : seq<opt<async_tok>, kw_def, name, forced_lpar, opt<parameters>, rpar,
                              opt<returns>, forced_colon, block<kFunction>> {};
struct class_arguments : external<match_class_arguments> {};
struct class_def_raw : seq<kw_class, name, opt<class_arguments>, require_colon, block<kClass>> {};
using decorator = role<kDecorator, seq<at_sign, named_expression, NEWLINE>>;
struct decorated : seq<plus<decorator>, sor<function_def_raw, class_def_raw>> {};

struct compound_stmt : sor<decorated, function_def_raw, if_stmt, class_def_raw, with_stmt,
                           for_stmt, try_stmt, while_stmt> {};
struct statement : sor<compound_stmt, simple_stmts> {};

// ---- entry rules ----------------------------------------------------------------------------
struct file : seq<opt<statements>, ENDMARKER> {};
struct eval_input : seq<star_expressions, star<NEWLINE>, ENDMARKER> {};
struct interactive : seq<opt<statements>, ENDMARKER> {};

}  // namespace stmt

// =================================================================================================
// Reductions
// =================================================================================================
using namespace stmt;
using ast::Node;
using ast::NodeList;

namespace {

// The statement list a block / clause item carries.
NodeList& body_of(Frame& f, size_t i) { return f.list_of(f[i]); }

}  // namespace

template <int Code, typename R>
struct Reduce<stmt::code_tok<Code, R>> {
  static void apply(Frame& f) { f.result_token(Code); }
};
template <int Code, typename R>
struct Reduce<stmt::role<Code, R>> {
  static void apply(Frame& f) {
    Item item = f.back();
    item.code = Code;
    item.begin = f.begin();
    f.st.stack.resize(f.st.stack.size() - f.size());
    f.st.stack.push_back(item);
  }
};

template <int C>
struct Reduce<block<C>> {
  static void apply(Frame& f) { f.result_list(f.nodes()); }
};

#define GYRE_SIMPLE(rule, type)                                        \
  template <>                                                          \
  struct Reduce<rule> {                                                \
    static void apply(Frame& f) { f.result(f.make<ast::type>()); }     \
  };
GYRE_SIMPLE(pass_stmt, Pass)
GYRE_SIMPLE(break_stmt, Break)
GYRE_SIMPLE(continue_stmt, Continue)
#undef GYRE_SIMPLE

template <>
struct Reduce<return_stmt> {
  static void apply(Frame& f) {
    auto* r = f.make<ast::Return>();
    if (f.size()) r->value = f[0].node;
    f.result(r);
  }
};
template <>
struct Reduce<raise_stmt> {
  static void apply(Frame& f) {
    auto* r = f.make<ast::Raise>();
    if (f.size() > 0) r->exc = f[0].node;
    if (f.size() > 1) r->cause = f[1].node;
    f.result(r);
  }
};
template <typename T>
void names_statement(Frame& f) {
  auto* g = f.make<T>();
  for (size_t i = 0; i < f.size(); ++i) g->names.push_back(f.st.identifier(f[i]));
  f.result(g);
}
template <>
struct Reduce<global_stmt> {
  static void apply(Frame& f) { names_statement<ast::Global>(f); }
};
template <>
struct Reduce<nonlocal_stmt> {
  static void apply(Frame& f) { names_statement<ast::Nonlocal>(f); }
};
template <>
struct Reduce<del_stmt> {
  static void apply(Frame& f) {
    auto* d = f.make<ast::Delete>();
    d->targets = body_of(f, 0);
    f.result(d);
  }
};
template <>
struct Reduce<assert_stmt> {
  static void apply(Frame& f) {
    auto* a = f.make<ast::Assert>();
    a->test = f[0].node;
    if (f.size() > 1) a->msg = f[1].node;
    f.result(a);
  }
};

// dotted_name leaves a Name whose id is the dotted path (an alias reads it).
template <>
struct Reduce<dotted_name> {
  static void apply(Frame& f) {
    std::string path;
    for (size_t i = 0; i < f.size(); ++i) {
      if (i) path += '.';
      path += f.st.identifier(f[i]);
    }
    auto* n = f.make<ast::Name>();
    n->id = f.st.tree.intern(path);
    f.result(n);
  }
};
template <>
struct Reduce<dotted_as_name> {
  static void apply(Frame& f) {
    auto* a = f.make<ast::alias>();
    a->name = static_cast<ast::Name*>(f[0].node)->id;
    if (f.size() > 1) a->asname = f.st.identifier(f[1]);
    f.result(a);
  }
};
template <>
struct Reduce<import_as_name> {
  static void apply(Frame& f) {
    auto* a = f.make<ast::alias>();
    a->name = f.st.identifier(f[0]);
    if (f.size() > 1) a->asname = f.st.identifier(f[1]);
    f.result(a);
  }
};
template <>
struct Reduce<import_name> {
  static void apply(Frame& f) {
    auto* i = f.make<ast::Import>();
    i->names = f.nodes();
    f.result(i);
  }
};
template <>
struct Reduce<import_from> {
  static void apply(Frame& f) {
    auto* i = f.make<ast::ImportFrom>();
    for (size_t k = 0; k < f.size(); ++k) {
      Item& it = f[k];
      if (it.tag == Item::Tag::Token) {
        if (it.code == kLevel1) i->level += 1;
        if (it.code == kLevel3) i->level += 3;
        if (it.code == kImportStar) {
          auto* a = f.st.tree.make<ast::alias>(f.st.position(it.begin, it.end));
          a->name = "*";
          i->names.push_back(a);
        }
      } else if (auto* n = it.node->as<ast::Name>()) {
        i->module = n->id;
      } else {
        i->names.push_back(it.node);
      }
    }
    f.result(i);
  }
};

template <>
struct Reduce<expr_stmt> {
  static void apply(Frame& f) {
    if (f.size() == 1) {
      auto* e = f.make<ast::Expr>();
      e->value = f[0].node;
      f.result(e);
      return;
    }
    int code = f[1].code;
    if (code == kAnnotate) return annotated(f);
    if (code >= kAugBase) return augmented(f);
    assignment(f);
  }

  static void annotated(Frame& f) {
    Node* target = f[0].node;
    using K = ast::Kind;
    if (target->is(K::Tuple) || target->is(K::List)) {
      // An unparenthesized tuple is reported at its first element, like CPython.
      bool bare_tuple = target->is(K::Tuple) && f.st.base[f[0].begin] != '(';
      const Node* at = bare_tuple ? static_cast<ast::Tuple*>(target)->elts.front() : target;
      f.st.raise_at_node(fmt::format("only single target (not {}) can be annotated",
                                     target->is(K::Tuple) ? "tuple" : "list"),
                         at);
    }
    if (!target->is(K::Name) && !target->is(K::Attribute) && !target->is(K::Subscript)) {
      f.st.raise_at_node("illegal target for annotation", target);
    }
    set_context(f.st, target, ast::Ctx::Store);
    auto* a = f.make<ast::AnnAssign>();
    a->target = target;
    a->annotation = f[2].node;
    if (f.size() > 3) a->value = f[3].node;
    bool parenthesized = f.st.base[f[0].begin] == '(';
    a->simple = target->is(K::Name) && !parenthesized;
    f.result(a);
  }

  static void augmented(Frame& f) {
    Node* target = f[0].node;
    using K = ast::Kind;
    if (!target->is(K::Name) && !target->is(K::Attribute) && !target->is(K::Subscript)) {
      try {
        set_context(f.st, target, ast::Ctx::Store);
      } catch (GrammarError&) {
      }
      // CPython names the expression as in "cannot assign to ...".
      std::string kind;
      try {
        set_context(f.st, target, ast::Ctx::Del);
      } catch (GrammarError& e) {
        kind = e.info.msg.substr(std::string_view("cannot delete ").size());
      }
      if (target->is(K::Tuple)) kind = "tuple";
      if (target->is(K::List)) kind = "list";
      f.st.raise_at_node(fmt::format("'{}' is an illegal expression for augmented assignment", kind),
                         target);
    }
    set_context(f.st, target, ast::Ctx::Store);
    auto* a = f.make<ast::AugAssign>();
    a->target = target;
    a->op = static_cast<ast::BinOperator>(f[1].code - kAugBase);
    a->value = f[2].node;
    f.result(a);
  }

  static void assignment(Frame& f) {
    auto* a = f.make<ast::Assign>();
    size_t count = f.size();
    bool single = count == 3;
    for (size_t i = 0; i + 1 < count; i += 2) {
      Node* target = f[i].node;
      if (target->is(ast::Kind::Yield) || target->is(ast::Kind::YieldFrom)) {
        if (f.st.base[f[i].begin] != '(')
          f.st.raise_at_node("assignment to yield expression not possible", target);
      }
      // With one '=', a bad target right before it may be a mistyped comparison (CPython's
      // invalid_named_expression): a bitwise_or-level expression or anything parenthesized.
      const Node* maybe_comparison = nullptr;
      if (single) {
        bool parenthesized = f.st.base[f[i].begin] == '(';
        maybe_comparison = target;
        if (auto* t = target->as<ast::Tuple>(); t && !parenthesized && !t->elts.empty()) {
          maybe_comparison = t->elts.back();
          parenthesized = false;
        }
        if (!parenthesized && !diag::is_bitwise_or_level(maybe_comparison)) maybe_comparison = nullptr;
      }
      set_context(f.st, target, ast::Ctx::Store, maybe_comparison);
      a->targets.push_back(target);
    }
    a->value = f[count - 1].node;
    f.result(a);
  }
};

// Compound statements -------------------------------------------------------------------------
template <>
struct Reduce<else_block> {
  static void apply(Frame& f) { f.back().code = kElse; }
};
template <>
struct Reduce<finally_block> {
  static void apply(Frame& f) { f.back().code = kFinally; }
};

template <typename IfNode>
void if_like(Frame& f) {
  auto* n = f.make<IfNode>();
  n->test = f[0].node;
  n->body = body_of(f, 1);
  if (f.size() > 2) {
    if (f[2].tag == Item::Tag::List) n->orelse = body_of(f, 2);
    else n->orelse.push_back(f[2].node);
  }
  f.result(n);
}
template <>
struct Reduce<if_stmt> {
  static void apply(Frame& f) { if_like<ast::If>(f); }
};
template <>
struct Reduce<elif_stmt> {
  static void apply(Frame& f) { if_like<ast::If>(f); }
};
template <>
struct Reduce<while_stmt> {
  static void apply(Frame& f) { if_like<ast::While>(f); }
};

template <typename Sync, typename Async>
Node* make_maybe_async(Frame& f, bool& is_async) {
  is_async = f[0].tag == Item::Tag::Token && f[0].code == kAsync;
  if (is_async) return f.make<Async>();
  return f.make<Sync>();
}

template <>
struct Reduce<for_stmt> {
  static void apply(Frame& f) {
    bool is_async;
    Node* n = make_maybe_async<ast::For, ast::AsyncFor>(f, is_async);
    size_t i = is_async ? 1 : 0;
    auto fill = [&](auto* loop) {
      loop->target = f[i].node;
      loop->iter = f[i + 1].node;
      loop->body = body_of(f, i + 2);
      if (f.size() > i + 3) loop->orelse = body_of(f, i + 3);
    };
    if (is_async) fill(static_cast<ast::AsyncFor*>(n));
    else fill(static_cast<ast::For*>(n));
    f.result(n);
  }
};

template <>
struct Reduce<with_item> {
  static void apply(Frame& f) {
    auto* w = f.st.tree.make<ast::withitem>();
    w->context_expr = f[0].node;
    if (f.size() > 1) w->optional_vars = f[1].node;
    f.result(w);
  }
};

template <>
struct Reduce<with_stmt> {
  static void apply(Frame& f) {
    bool is_async;
    Node* n = make_maybe_async<ast::With, ast::AsyncWith>(f, is_async);
    NodeList items;
    for (size_t i = is_async ? 1 : 0; i + 1 < f.size(); ++i) items.push_back(f[i].node);
    NodeList& body = body_of(f, f.size() - 1);
    if (is_async) {
      static_cast<ast::AsyncWith*>(n)->items = std::move(items);
      static_cast<ast::AsyncWith*>(n)->body = body;
    } else {
      static_cast<ast::With*>(n)->items = std::move(items);
      static_cast<ast::With*>(n)->body = body;
    }
    f.result(n);
  }
};

template <>
struct Reduce<except_block> {
  static void apply(Frame& f) {
    auto* h = f.make<ast::ExceptHandler>();
    size_t last = f.size() - 1;
    if (last >= 1) h->type = f[0].node;
    if (last >= 2) h->name = f.st.identifier(f[1]);
    h->body = body_of(f, last);
    f.result(h);
  }
};
template <>
struct Reduce<except_star_block> {
  static void apply(Frame& f) {
    auto* h = f.make<ast::ExceptHandler>();
    size_t last = f.size() - 1;
    h->type = f[1].node;
    if (last >= 3) h->name = f.st.identifier(f[2]);
    h->body = body_of(f, last);
    f.result(h);
    f.back().code = kStar;
  }
};

template <>
struct Reduce<try_stmt> {
  static void apply(Frame& f) {
    bool asterisk = false;
    for (size_t i = 1; i < f.size(); ++i) asterisk |= f[i].tag == Item::Tag::Node && f[i].code == kStar;
    auto fill = [&](auto* t) {
      t->body = body_of(f, 0);
      for (size_t i = 1; i < f.size(); ++i) {
        if (f[i].tag == Item::Tag::Node) t->handlers.push_back(f[i].node);
        else if (f[i].code == kElse) t->orelse = body_of(f, i);
        else if (f[i].code == kFinally) t->finalbody = body_of(f, i);
      }
    };
    Node* n;
    if (asterisk) {
      auto* t = f.make<ast::TryStar>();
      fill(t);
      n = t;
    } else {
      auto* t = f.make<ast::Try>();
      fill(t);
      n = t;
    }
    f.result(n);
  }
};

template <>
struct Reduce<function_def_raw> {
  static void apply(Frame& f) {
    bool is_async;
    Node* n = make_maybe_async<ast::FunctionDef, ast::AsyncFunctionDef>(f, is_async);
    size_t i = is_async ? 1 : 0;
    auto fill = [&](auto* d) {
      d->name = f.st.identifier(f[i]);
      d->args = nullptr;
      for (size_t k = i + 1; k + 1 < f.size(); ++k) {
        if (f[k].code == kReturns) d->returns = f[k].node;
        else d->args = f[k].node;
      }
      if (!d->args) d->args = f.st.tree.make<ast::arguments>();
      d->body = body_of(f, f.size() - 1);
    };
    if (is_async) fill(static_cast<ast::AsyncFunctionDef*>(n));
    else fill(static_cast<ast::FunctionDef*>(n));
    f.result(n);
  }
};

template <>
struct Reduce<class_def_raw> {
  static void apply(Frame& f) {
    auto* c = f.make<ast::ClassDef>();
    c->name = f.st.identifier(f[0]);
    if (f.size() > 2) {
      auto* arguments = static_cast<ast::Call*>(f[1].node);
      c->bases = std::move(arguments->args);
      c->keywords = std::move(arguments->keywords);
    }
    c->body = body_of(f, f.size() - 1);
    f.result(c);
  }
};

template <>
struct Reduce<decorated> {
  static void apply(Frame& f) {
    Node* def = f.back().node;
    NodeList decorators;
    for (size_t i = 0; i + 1 < f.size(); ++i) decorators.push_back(f[i].node);
    if (auto* d = def->as<ast::FunctionDef>()) d->decorator_list = std::move(decorators);
    else if (auto* d = def->as<ast::AsyncFunctionDef>()) d->decorator_list = std::move(decorators);
    else if (auto* d = def->as<ast::ClassDef>()) d->decorator_list = std::move(decorators);
    Item item = f.back();
    item.begin = f.begin();
    f.st.stack.resize(f.st.stack.size() - f.size());
    f.st.stack.push_back(item);
  }
};

template <>
struct Reduce<stmt::file> {
  static void apply(Frame& f) {
    auto* m = f.st.tree.make<ast::Module>();
    m->body = f.nodes();
    f.result(m);
  }
};
template <>
struct Reduce<interactive> {
  static void apply(Frame& f) {
    auto* m = f.st.tree.make<ast::Interactive>();
    m->body = f.nodes();
    f.result(m);
  }
};
template <>
struct Reduce<eval_input> {
  static void apply(Frame& f) {
    auto* m = f.st.tree.make<ast::Expression>();
    m->body = f[0].node;
    f.result(m);
  }
};

bool match_file(Input& in, State& st) { return match_rule<stmt::file>(in, st); }
bool match_eval(Input& in, State& st) { return match_rule<eval_input>(in, st); }
bool match_interactive(Input& in, State& st) { return match_rule<interactive>(in, st); }

}  // namespace gyre::parser
