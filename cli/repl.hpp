// The interactive interpreter (CPython's REPL): reads statements with `sys.ps1` / `sys.ps2`
// prompts, compiles each in 'single' mode (expression statements go to sys.displayhook) and
// runs it in __main__'s globals; errors are reported and the session goes on.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parser/parser.hpp"

namespace gyre::vm {
struct Dict;
}

namespace gyre::cli {

// Runs the REPL on stdin (libedit when stdin is a terminal) in `globals` until EOF, exit() or
// an uncaught SystemExit; returns the exit status. The runtime must be initialised.
// `banner`: print the version banner first (to stderr, as CPython does).
int run_repl(vm::Dict* globals, bool banner);

// What the REPL does with the lines read so far (`source`, each line ending in '\n'; the last
// one is `last_line`): CPython's rule for when an interactive statement is complete.
enum class Chunk {
  Empty,       // only blank and comment lines: nothing to run, back to ps1
  More,        // incomplete: read another line with ps2
  Complete,    // run it
  Error,       // a SyntaxError to report
};
Chunk classify_chunk(const std::string& source, const parser::ParseResult& parsed,
                     std::string_view last_line);

// Tab completion as CPython's rlcompleter: keywords, names of `globals` and builtins, and
// attributes after a dot (`g.se` -> `g.send(`); callables get a '('.
std::vector<std::string> complete(vm::Dict* globals, std::string_view word);

}  // namespace gyre::cli
