// Internal to the parser: the entry rules of the statement grammar (statements.cpp).
#pragma once

#include "parser/grammar_state.hpp"

namespace gyre::parser {

bool match_file(Input& in, State& st);         // file: statements ENDMARKER -> Module
bool match_eval(Input& in, State& st);         // eval: expressions NEWLINE* ENDMARKER -> Expression
bool match_interactive(Input& in, State& st);  // one REPL entry -> Interactive

}  // namespace gyre::parser
