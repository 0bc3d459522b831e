// Compiling and running programs: the script or -c code as __main__, the REPL, and the source
// compiler the VM uses for imports, compile(), exec() and eval().
#pragma once

#include <string>

#include "parser/parser.hpp"
#include "vm/object.hpp"

namespace gyre::cli {

struct RunOptions {
  bool from_string = false;  // -c CODE: filename "<string>", columns counted as in a string
  bool from_stdin = false;   // the program was read from stdin (named "<stdin>")
  bool inspect = false;      // -i: the REPL after the program, even if it raised
  bool quiet = false;        // -q: no banner
};

// Runs `source` (already read) as the __main__ module; returns the process exit status.
// `argv[first..]` becomes sys.argv. An uncaught KeyboardInterrupt ends the process by SIGINT.
int run_main(const std::string& source, const std::string& filename, int argc, char** argv,
             int first, const RunOptions& options);

// `gyre` with no program: the REPL, with sys.argv = [''].
int run_interactive(const RunOptions& options);

// `gyre --dis`: compiles and prints the disassembly of every code object; exit status.
int print_disassembly(const std::string& source, const std::string& filename, bool from_string);

// Compiles a successful parse (compile-time checks, symbol table, code generator; the mode is
// the kind of the tree's root: Module, Interactive or Expression). On failure returns absent
// with the SyntaxError (a real one, with its location) pending.
vm::Ref compile_parsed(const parser::ParseResult& parsed, const std::string& filename);

// Prints `exc` as CPython prints an uncaught exception (stdout flushed first).
void print_exception(vm::Value exc);
// The same for the pending exception, which it clears.
void print_pending_error();

// Whether an Interactive parse holds one statement (compile(..., 'single') refuses more; the
// REPL's own rule is in cli/repl.cpp).
bool is_single_statement(const parser::ParseResult& parsed);

// SystemExit's exit status; prints a non-int code on stderr as CPython does.
int system_exit_status(vm::Value exc);

}  // namespace gyre::cli
