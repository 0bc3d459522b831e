// Internal to the parser: the lexical rules of the grammar (whitespace, markers, keywords,
// operators, names, numbers, strings). Each token rule consumes the whitespace after it, never
// before it, so every rule starts at a token boundary.
#pragma once

#include "parser/grammar_state.hpp"
#include "parser/literals.hpp"

namespace gyre::parser::lex {

using namespace pegtl;

// Whitespace between tokens on a logical line: blanks, and the newlines and backslash
// continuations the layout pass left inside brackets. Records where it began (ws_begin).
struct ws {
  using rule_t = ws;
  using subs_t = empty_list;
  template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class>
  static bool match(Input& in, State& st) {
    const char* b = in.current();
    const char* p = b;
    const char* e = in.end();
    while (p < e) {
      char c = *p;
      if (c == ' ' || c == '\t' || c == '\f' || c == '\n') {
        ++p;
      } else if (c == '\\' && p + 1 < e && p[1] == '\n') {
        p += 2;
      } else {
        break;
      }
    }
    if (p != b) {
      st.ws_begin[st.offset(p)] = st.ws_begin[st.offset(b)];
      in.bump(p - b);
    }
    return true;
  }
};

// A layout marker; transparent for end positions (the end of what precedes it carries over).
template <char M>
struct layout_marker : token_tag {
  using rule_t = layout_marker;
  using subs_t = empty_list;
  template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class>
  static bool match(Input& in, State& st) {
    if (in.empty() || *in.current() != M) return false;
    uint32_t at = st.offset(in.current());
    st.ws_begin[at + 1] = st.ws_begin[at];
    in.bump(1);
    return true;
  }
};
struct NEWLINE : layout_marker<marker::kNewline> {};
struct INDENT : layout_marker<marker::kIndent> {};
struct DEDENT : layout_marker<marker::kDedent> {};
struct ENDMARKER : one<marker::kEnd>, token_tag {};

inline bool ident_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}
struct ident_other {
  using rule_t = ident_other;
  using subs_t = empty_list;
  template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class>
  static bool match(Input& in, State&) {
    if (in.empty() || !ident_byte(*in.current())) return false;
    in.bump(1);
    return true;
  }
};

// Keywords: the word, not followed by an identifier character, then whitespace.
template <typename Word>
struct keyword : seq<Word, not_at<ident_other>, ws>, token_tag {};

#define GYRE_KEYWORD(name, text) struct kw_##name : keyword<TAO_PEGTL_STRING(text)> {};
GYRE_KEYWORD(false, "False")
GYRE_KEYWORD(none, "None")
GYRE_KEYWORD(true, "True")
GYRE_KEYWORD(and, "and")
GYRE_KEYWORD(as, "as")
GYRE_KEYWORD(assert, "assert")
GYRE_KEYWORD(async, "async")
GYRE_KEYWORD(await, "await")
GYRE_KEYWORD(break, "break")
GYRE_KEYWORD(class, "class")
GYRE_KEYWORD(continue, "continue")
GYRE_KEYWORD(def, "def")
GYRE_KEYWORD(del, "del")
GYRE_KEYWORD(elif, "elif")
GYRE_KEYWORD(else, "else")
GYRE_KEYWORD(except, "except")
GYRE_KEYWORD(finally, "finally")
GYRE_KEYWORD(for, "for")
GYRE_KEYWORD(from, "from")
GYRE_KEYWORD(global, "global")
GYRE_KEYWORD(if, "if")
GYRE_KEYWORD(import, "import")
GYRE_KEYWORD(in, "in")
GYRE_KEYWORD(is, "is")
GYRE_KEYWORD(lambda, "lambda")
GYRE_KEYWORD(nonlocal, "nonlocal")
GYRE_KEYWORD(not, "not")
GYRE_KEYWORD(or, "or")
GYRE_KEYWORD(pass, "pass")
GYRE_KEYWORD(raise, "raise")
GYRE_KEYWORD(return, "return")
GYRE_KEYWORD(try, "try")
GYRE_KEYWORD(while, "while")
GYRE_KEYWORD(with, "with")
GYRE_KEYWORD(yield, "yield")
#undef GYRE_KEYWORD

bool is_keyword(std::string_view word);

// NAME: an identifier that is not a keyword (Unicode letters were validated by the layout
// pass). Leaves its text as the matched range; callers' Reduce picks it up.
struct name_token : token_tag {
  using rule_t = name_token;
  using subs_t = empty_list;
  template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class>
  static bool match(Input& in, State&) {
    const char* p = in.current();
    const char* e = in.end();
    if (p == e || !ident_byte(*p) || (*p >= '0' && *p <= '9')) return false;
    const char* q = p;
    while (q < e && ident_byte(*q)) ++q;
    if (is_keyword(std::string_view(p, q - p))) return false;
    in.bump(q - p);
    return true;
  }
};
struct NAME : seq<name_token, ws> {};

// A numeric literal, cut where CPython's tokenizer cuts it (validated by decode_number).
struct number_token : token_tag {
  using rule_t = number_token;
  using subs_t = empty_list;
  template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class>
  static bool match(Input& in, State&) {
    const char* p = in.current();
    const char* e = in.end();
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (p == e || !(digit(*p) || (*p == '.' && p + 1 < e && digit(p[1])))) return false;
    in.bump(number_token_length(std::string_view(p, e - p)));
    return true;
  }
};
struct NUMBER : seq<number_token, ws> {};

// One string literal token, as found by the layout pass.
struct string_token : token_tag {
  using rule_t = string_token;
  using subs_t = empty_list;
  template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class>
  static bool match(Input& in, State& st) {
    if (in.empty()) return false;
    uint32_t at = st.offset(in.current());
    uint32_t end = st.layout.string_end(at);
    if (end == 0) return false;
    in.bump(end - at);
    return true;
  }
};
struct STRING : seq<string_token, ws> {};

// Operators: the characters, not followed by those that would make a longer operator.
template <typename Chars, char... NotFollowedBy>
struct op : seq<Chars, not_at<one<NotFollowedBy...>>, ws>, token_tag {};
template <typename Chars>
struct op<Chars> : seq<Chars, ws>, token_tag {};

struct lpar : op<one<'('>> {};
struct rpar : op<one<')'>> {};
struct lsqb : op<one<'['>> {};
struct rsqb : op<one<']'>> {};
struct lbrace : op<one<'{'>> {};
struct rbrace : op<one<'}'>> {};
struct comma : op<one<','>> {};
struct semi : op<one<';'>> {};
struct colon : op<one<':'>, '='> {};
struct colonequal : op<string<':', '='>> {};
struct equal : op<one<'='>, '='> {};
// '.' (but not the start of '...' or of a number like '.5'; "a..b" is two dots, as CPython
// reads it).
struct dot : seq<not_at<string<'.', '.', '.'>>, one<'.'>, not_at<digit>, ws>, token_tag {};
struct ellipsis : op<string<'.', '.', '.'>> {};
struct arrow : op<string<'-', '>'>> {};
struct at_sign : op<one<'@'>, '='> {};
struct asterisk : op<one<'*'>, '*', '='> {};
struct doublestar : op<string<'*', '*'>, '='> {};
struct plus_sign : op<one<'+'>, '='> {};
struct minus_sign : op<one<'-'>, '=', '>'> {};
struct tilde : op<one<'~'>> {};
struct slash : op<one<'/'>, '/', '='> {};
struct doubleslash : op<string<'/', '/'>, '='> {};
struct percent : op<one<'%'>, '='> {};
struct amper : op<one<'&'>, '='> {};
struct vbar : op<one<'|'>, '='> {};
struct circumflex : op<one<'^'>, '='> {};
struct leftshift : op<string<'<', '<'>, '='> {};
struct rightshift : op<string<'>', '>'>, '='> {};
struct eqequal : op<string<'=', '='>> {};
struct notequal : op<string<'!', '='>> {};
struct less : op<one<'<'>, '<', '=', '>'> {};
struct lessequal : op<string<'<', '='>> {};
struct greater : op<one<'>'>, '>', '='> {};
struct greaterequal : op<string<'>', '='>> {};

}  // namespace gyre::parser::lex
