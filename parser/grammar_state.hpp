// Internal to the parser: the state the PEGTL grammar threads through a parse, the value
// stack its rules reduce into, and the Control class that drives the reductions.
//
// How rules build the AST: a rule that produces a value has a specialisation Reduce<Rule>.
// When such a rule starts, Control records the value-stack height (a mark); if the rule fails,
// everything it pushed is dropped again (so backtracking never leaves debris); if it succeeds,
// Reduce<Rule>::apply sees exactly the items its sub-rules pushed (a Frame) and replaces them by
// its result. Rules without a Reduce are transparent: their children's items flow to the parent.
//
// Positions: every token rule consumes the whitespace after it and records where that
// whitespace began (ws_begin), so a rule's end position is the end of its last token.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <tao/pegtl.hpp>
#include <type_traits>
#include <vector>

#include "parser/ast.hpp"
#include "parser/layout.hpp"
#include "parser/syntax_error.hpp"

namespace gyre::parser {

namespace pegtl = tao::pegtl;
using Input = pegtl::memory_input<pegtl::tracking_mode::lazy, pegtl::eol::lf>;

// Where laid-out offsets land in the original source (lines and byte columns), and how
// CPython reports a source position in a SyntaxError.
class SourceMap {
 public:
  // `char_offsets`: the file declared its encoding (a coding cookie or a BOM). CPython then
  // reports error columns in characters; otherwise, reading a file, in bytes. `bom`: a BOM was
  // stripped, which CPython still counts on line 1.
  // `from_file`: errors at the end-of-file token are reported as CPython does for files.
  explicit SourceMap(std::string_view source, bool char_offsets = false, bool bom = false,
                     bool from_file = true);
  bool from_file() const { return from_file_; }
  // 1-based line and 0-based byte column of a source byte offset.
  void locate(uint32_t offset, int& line, int& col) const;
  std::string_view line_text(int line) const;  // without its '\n'
  uint32_t offset_of(int line, int col) const;  // inverse of locate()

  // Fills e's lineno/offset/end_lineno/end_offset/text for the source range [begin, end) as
  // CPython would (end == begin: no range). A position past the last line is reported on the
  // last line without a caret, as CPython reports errors at its end-of-file token.
  // Errors of CPython's tokenizer count columns in characters whatever the file (`chars`).
  void describe(SyntaxErrorInfo& e, uint32_t begin, uint32_t end, bool chars = false) const;
  // The last line, without a caret (errors at the end-of-file token).
  void describe_eof(SyntaxErrorInfo& e) const;
  std::string_view source() const { return source_; }

 private:
  int error_offset(int line, int col, bool chars) const;  // CPython's 1-based offset

  std::string_view source_;
  std::vector<uint32_t> line_starts_;
  bool char_offsets_, bom_, from_file_;
};

// A syntax error raised from inside the grammar; caught by parse().
struct GrammarError {
  SyntaxErrorInfo info;
};

struct Item {
  enum class Tag : uint8_t { Node, Token, List };
  Tag tag = Tag::Node;
  int code = 0;        // what the item is to its parent rule (an operator, a role, a shape)
  uint32_t begin = 0;  // laid-out offsets of the item's source text, end exclusive
  uint32_t end = 0;
  ast::Node* node = nullptr;
  uint32_t aux = 0;    // List: index into State::lists; bare generator argument: its `for`
};

struct State {
  State(const Layout& layout, const SourceMap& map, ast::Tree& tree, int source_shift = 0);

  const Layout& layout;
  const SourceMap& map;
  ast::Tree& tree;
  int source_shift;  // added to source offsets (f-string expressions are parsed on their own)
  const char* base;  // laid-out text

  std::vector<Item> stack;
  struct Mark {
    uint32_t height, begin;
  };
  std::vector<Mark> marks;
  std::vector<uint32_t> ws_begin;  // ws_begin[p]: where the whitespace ending at p began
  std::deque<ast::NodeList> lists;
  // The furthest laid-out offset a token rule started at: in the parse proper (what CPython's
  // first pass reached; "invalid syntax" points there), and counting diagnostic probes too
  // (whether the parser looked as far as the end of the input).
  uint32_t furthest = 0;
  uint32_t furthest_probed = 0;
  uint32_t depth = 0;     // rules currently being matched (nesting)
  bool in_fstring = false;  // parsing "(expression)" of an f-string field (see strings.cpp)
  const SourceMap* fstring_map = nullptr;  // that text, which CPython's errors quote
  bool no_invalid = false;
  std::vector<SyntaxWarningInfo>* warnings = nullptr;  // shared with f-string sub-parses
  // Records a warning about laid-out offset t (once per position: rules may reduce twice).
  void warn(const std::string& msg, uint32_t t);  // inside a probe: don't diagnose (CPython's *_without_invalid rules)

  uint32_t offset(const char* p) const { return static_cast<uint32_t>(p - base); }
  std::string_view text(uint32_t begin, uint32_t end) const {
    return std::string_view(base + begin, end - begin);
  }
  // The identifier spelt by laid-out [begin, end), normalised as Python does, interned.
  ast::Ident identifier(uint32_t begin, uint32_t end) const;
  ast::Ident identifier(const Item& token) const { return identifier(token.begin, token.end); }
  // Source position of the laid-out range [begin, end).
  ast::Position position(uint32_t begin, uint32_t end) const;
  uint32_t source_offset(uint32_t t) const { return layout.source_offset(t) + source_shift; }

  // Raises a SyntaxError (or `type`) covering laid-out [begin, end) (end == begin: one caret).
  [[noreturn]] void raise(const std::string& msg, uint32_t begin, uint32_t end,
                          const char* type = "SyntaxError") const;
  // An error CPython's tokenizer would report (its columns are always characters).
  [[noreturn]] void raise_tokenizer_error(const std::string& msg, uint32_t begin, uint32_t end) const;
  [[noreturn]] void raise_at_node(const std::string& msg, const ast::Node* node) const;
  SyntaxErrorInfo make_error(const std::string& msg, uint32_t src_begin, uint32_t src_end,
                             const char* type, bool chars = false) const;
  // Is laid-out offset t CPython's end-of-file token (END, or a DEDENT at the end)?
  bool at_end_of_file(uint32_t t) const;
};

// The items a reducing rule produced, and helpers to replace them by its result.
class Frame {
 public:
  Frame(State& st, State::Mark mark, uint32_t end_after_ws)
      : st(st), first_(mark.height), begin_(mark.begin), end_(st.ws_begin[end_after_ws]),
        next_(end_after_ws) {}

  State& st;
  size_t size() const { return st.stack.size() - first_; }
  Item& operator[](size_t i) { return st.stack[first_ + i]; }
  Item& back() { return st.stack.back(); }
  uint32_t begin() const { return begin_; }
  uint32_t end() const { return end_; }
  uint32_t next() const { return next_; }  // where the next token starts
  ast::Position pos() const { return st.position(begin_, end_); }

  template <typename T>
  T* make() {
    return st.tree.make<T>(pos());
  }
  // Replaces the frame's items by one node / token / list item spanning the whole rule.
  void result(ast::Node* node) { replace({Item::Tag::Node, 0, begin_, end_, node}); }
  void result_token(int code) { replace({Item::Tag::Token, code, begin_, end_, nullptr}); }
  void result_list(ast::NodeList list) {
    st.lists.push_back(std::move(list));
    replace({Item::Tag::List, 0, begin_, end_, nullptr, static_cast<uint32_t>(st.lists.size() - 1)});
  }
  ast::NodeList& list_of(const Item& item) { return st.lists[item.aux]; }
  // All items' nodes, in order (every item must be a node).
  ast::NodeList nodes();
  std::string_view text(const Item& item) const { return st.text(item.begin, item.end); }

 private:
  void replace(Item item) {
    st.stack.resize(first_);
    st.stack.push_back(item);
  }
  size_t first_;
  uint32_t begin_, end_, next_;
};

template <typename Rule>
struct Reduce;  // specialised by every rule that builds a value

template <typename Rule, typename = void>
constexpr bool kReduces = false;
template <typename Rule>
constexpr bool kReduces<Rule, std::void_t<decltype(&Reduce<Rule>::apply)>> = true;

// Token rules derive from token_tag: the furthest start of one is where "invalid syntax" points.
struct token_tag {};
template <typename Rule>
constexpr bool kTokenRule = std::is_base_of_v<token_tag, Rule>;

// Deeper rule nesting than this is refused, as CPython's parser refuses input that overflows
// its stack (it raises MemoryError; so do we).
constexpr uint32_t kMaxRuleDepth = 100000;
[[noreturn]] void raise_too_deep(const State& st);

template <typename Rule>
struct Control : pegtl::normal<Rule> {
  // Any rule that fails drops what its sub-rules pushed (a failed alternative of a sor<> must
  // leave no debris for the next one), reducing or not.
  template <pegtl::apply_mode A, pegtl::rewind_mode M, template <typename...> class Action,
            template <typename...> class Ctl, typename ParseInput>
  [[nodiscard]] static bool match(ParseInput& in, State& st) {
    size_t height = st.stack.size();
    if (pegtl::normal<Rule>::template match<A, M, Action, Ctl>(in, st)) return true;
    st.stack.resize(height);
    return false;
  }

  template <typename ParseInput>
  static void start(const ParseInput& in, State& st) {
    if (++st.depth > kMaxRuleDepth) raise_too_deep(st);
    uint32_t at = st.offset(in.current());
    if constexpr (kTokenRule<Rule>) {
      if (at > st.furthest) st.furthest = at;
    }
    if constexpr (kReduces<Rule>) st.marks.push_back({static_cast<uint32_t>(st.stack.size()), at});
  }
  template <typename ParseInput>
  static void success(const ParseInput& in, State& st) {
    --st.depth;
    if constexpr (kReduces<Rule>) {
      State::Mark mark = st.marks.back();
      st.marks.pop_back();
      Frame frame(st, mark, st.offset(in.current()));
      Reduce<Rule>::apply(frame);
    }
  }
  template <typename ParseInput>
  static void failure(const ParseInput&, State& st) {
    --st.depth;
    if constexpr (kReduces<Rule>) {
      st.stack.resize(st.marks.back().height);
      st.marks.pop_back();
    }
  }
};

// Runs `Rule` at the input's position with our Control; rewinds on failure.
template <typename Rule>
bool match_rule(Input& in, State& st) {
  return pegtl::match<Rule, pegtl::apply_mode::action, pegtl::rewind_mode::required,
                      pegtl::nothing, Control>(in, st);
}

// A rule implemented in another translation unit (keeps each grammar TU small).
template <bool (*Function)(Input&, State&)>
struct external {
  using rule_t = external;
  using subs_t = pegtl::empty_list;
  template <pegtl::apply_mode, pegtl::rewind_mode, template <typename...> class,
            template <typename...> class>
  static bool match(Input& in, State& st) {
    return Function(in, st);
  }
};

// Entry points of the expression grammar (expressions.cpp), for statements.cpp.
bool match_expression(Input& in, State& st);           // expression
bool match_named_expression(Input& in, State& st);     // named_expression
bool match_star_expressions(Input& in, State& st);     // star_expressions (tuple if commas)
bool match_yield_or_star_expressions(Input& in, State& st);
bool match_star_targets(Input& in, State& st);         // for/comprehension targets, Store ctx
bool match_arguments(Input& in, State& st);            // call arguments (pushes arg items)
bool match_parameters(Input& in, State& st);           // def parameters -> arguments node
bool match_name(Input& in, State& st);                 // NAME token
bool match_bitwise_or(Input& in, State& st);
bool match_del_targets(Input& in, State& st);
bool match_for_if_clauses(Input& in, State& st);
bool match_class_arguments(Input& in, State& st);  // `(bases, keywords)` -> a Call without func

// Sets the context of an expression used as an assignment / del target, checking that it can
// be one, with CPython's messages. When the offending node is `maybe_comparison` (the target
// just before a statement's only '='), the message adds "here. Maybe you meant '==' ...".
void set_context(State& st, ast::Node* node, ast::Ctx ctx,
                 const ast::Node* maybe_comparison = nullptr);

// The laid-out end of the token starting at `t` (for carets under a whole token).
uint32_t token_end(const State& st, uint32_t t);

// How CPython's messages name an expression ("function call", "literal", "True", ...).
const char* expression_name(const ast::Node* node);

// Raises CPython's generic error at the furthest token the parse reached: "invalid syntax",
// or "unexpected indent" when that token is an INDENT.
[[noreturn]] void raise_invalid_syntax(const State& st);
bool match_star_target(Input& in, State& st);  // one target (with, as-clauses)
bool match_parenthesized_names(Input& in, State& st);  // `(a, b)` (diagnostics.cpp)

// Parses an f-string expression field's text; returns the expression node.
ast::Node* parse_fstring_expression(State& outer, std::string_view expression,
                                    uint32_t source_offset);

}  // namespace gyre::parser
