// Internal to the parser: rules that recognise common mistakes and raise CPython's specific
// messages for them ("invalid syntax. Perhaps you forgot a comma?", "Missing parentheses in call
// to 'print'", ...), the counterparts of the invalid_* rules of CPython's grammar.
//
// CPython tries its invalid_* rules only in a second pass, after a first pass failed. These
// rules run in the one pass instead, but only at points where the input cannot be valid, so a
// valid program never meets them. They match nothing: they either raise or fail.
#pragma once

#include <fmt/format.h>

#include "parser/grammar_state.hpp"
#include "parser/lexical.hpp"

namespace gyre::parser::diag {

using namespace pegtl;

inline std::string_view rest(const Input& in) { return std::string_view(in.current(), in.size()); }
inline bool at_single_equal(const Input& in) {
  std::string_view r = rest(in);
  return r.starts_with("=") && !r.starts_with("==");
}
inline bool at_walrus(const Input& in) { return rest(in).starts_with(":="); }
inline bool at_word(const Input& in, std::string_view word) {
  std::string_view r = rest(in);
  return r.starts_with(word) && (r.size() == word.size() || !lex::ident_byte(r[word.size()]));
}

// Runs `match` at the current position as a probe (no diagnostics inside), leaving the input
// where it was. Returns the end offset of what it matched, or 0 when it did not match; a
// matched item stays on the stack for the caller to read.
template <typename Match>
uint32_t probe(Input& in, State& st, Match match) {
  auto marker = in.template mark<rewind_mode::required>();
  bool saved = st.no_invalid;
  uint32_t saved_furthest = st.furthest;
  st.no_invalid = true;
  bool ok = match(in, st);
  st.no_invalid = saved;
  st.furthest_probed = std::max(st.furthest_probed, st.furthest);
  st.furthest = saved_furthest;  // a probe is not part of the parse proper
  uint32_t end = ok ? st.ws_begin[st.offset(in.current())] : 0;
  (void)marker(false);  // always rewind
  return end;
}

// Skips '=' and the whitespace after it.
inline void skip_equal(Input& in, State& st) {
  in.bump(1);
  lex::ws::match<apply_mode::action, rewind_mode::required, nothing, Control>(in, st);
}

// Base of the custom rules below.
template <typename Derived>
struct check {
  using rule_t = Derived;
  using subs_t = empty_list;
  template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class>
  static bool match(Input& in, State& st) {
    if (st.no_invalid || in.empty() || st.stack.empty()) return false;
    Derived::run(in, st, st.stack.back());
    return false;
  }
};

bool starts_expression(const Input& in);
bool is_bitwise_or_level(const ast::Node* node);

// After the disjunction of an expression: `print x`, `(a b)`, `x.y := 1`.
struct expression_tail : check<expression_tail> {
  static void run(Input& in, State& st, Item a);
};
// After `a if b` without `else`.
struct missing_else : check<missing_else> {
  static void run(Input& in, State& st, Item b);
};
// After the expression of a named_expression position (if/while tests, elements): `if x = 1:`.
struct named_tail : check<named_tail> {
  static void run(Input& in, State& st, Item a);
};
// After a positional call argument: `f(a.b=1)`, `f(None=1)`.
struct kwarg_tail : check<kwarg_tail> {
  static void run(Input& in, State& st, Item a);
};
// After a keyword argument: `f(x=1 for x in y)`.
struct keyword_genexp : check<keyword_genexp> {
  static void run(Input& in, State& st, Item value);
};
// A dict entry without its colon (after the first entry): `{1: 2, 3}`.
struct missing_dict_colon : check<missing_dict_colon> {
  static void run(Input& in, State& st, Item key);
};
// `[a, b for a, b in c]`.
struct unparenthesized_comprehension_target : check<unparenthesized_comprehension_target> {
  static void run(Input& in, State& st, Item last);
};
// `{**a for a in b}`.
struct dict_unpacking_comprehension : check<dict_unpacking_comprehension> {
  static void run(Input& in, State& st, Item first);
};

// `def f((a, b)):` / `lambda (x): 1`.
template <bool Lambda>
struct parenthesized_parameters {
  using rule_t = parenthesized_parameters;
  using subs_t = empty_list;
  template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class>
  static bool match(Input& in, State& st) {
    if (st.no_invalid || in.empty() || *in.current() != '(') return false;
    uint32_t begin = st.offset(in.current());
    uint32_t end = probe(in, st, [](Input& i, State& s) { return match_parenthesized_names(i, s); });
    if (end == 0) return false;
    st.raise(Lambda ? "Lambda expression parameters cannot be parenthesized"
                    : "Function parameters cannot be parenthesized",
             begin, end);
  }
};

// `del a + b`: the targets are some other expression; say which.
struct invalid_del_targets {
  using rule_t = invalid_del_targets;
  using subs_t = empty_list;
  template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class>
  static bool match(Input& in, State& st) {
    if (st.no_invalid) return false;
    if (!probe(in, st, match_star_expressions)) return false;
    set_context(st, st.stack.back().node, ast::Ctx::Del);  // raises for anything deletable-not
    st.stack.pop_back();
    return false;
  }
};

// Fails when the item just parsed is starred (`{*a: 1}`: not a dict key).
struct not_starred {
  using rule_t = not_starred;
  using subs_t = empty_list;
  template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class>
  static bool match(Input&, State& st) {
    return st.stack.empty() || !st.stack.back().node || !st.stack.back().node->is(ast::Kind::Starred);
  }
};

// `for f() in x` / `[a for a b in c]`: a target that is some other expression.
struct invalid_for_target {
  using rule_t = invalid_for_target;
  using subs_t = empty_list;
  template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class>
  static bool match(Input& in, State& st) {
    if (st.no_invalid || !match_star_expressions(in, st)) return false;
    set_context(st, st.stack.back().node, ast::Ctx::Store);  // raises for a non-target
    return false;
  }
};

}  // namespace gyre::parser::diag
