#include "cli/run.hpp"

#include <pthread.h>
#include <signal.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/repl.hpp"
#include "compiler/codegen.hpp"
#include "compiler/compiler.hpp"
#include "compiler/future.hpp"
#include "compiler/symtable.hpp"
#include "parser/large_stack.hpp"
#include "parser/parser.hpp"
#include "parser/syntax_error.hpp"
#include "stdlib/builtins.hpp"
#include "vm/abstract.hpp"
#include "vm/code.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/import.hpp"
#include "vm/interpreter.hpp"
#include "vm/module.hpp"
#include "vm/numbers.hpp"
#include "vm/signals.hpp"
#include "vm/source_compiler.hpp"
#include "vm/str.hpp"
#include "vm/traceback.hpp"
#include "vm/type.hpp"

namespace gyre::cli {

using namespace gyre::vm;

Ref compile_parsed(const parser::ParseResult& parsed, const std::string& filename) {
  compiler::CheckResult checked = compiler::check(parsed.tree->root, parsed.source, filename);
  for (const auto& warning : checked.warnings) stdlib::write_stderr(parser::format_warning(warning, filename));
  if (checked.error) {
    const compiler::CompileError& error = *checked.error;
    if (error.info.type == "RecursionError") return raise(recursion_error_type, error.info.msg);
    return raise_syntax_error(error.info, error.has_text);
  }
  compiler::FutureFeatures future;
  compiler::parse_future(parsed.tree->root, future);
  compiler::RawError error;
  std::unique_ptr<compiler::SymbolTable> table = compiler::build_symtable(parsed.tree->root, future, error);
  if (!table) return raise(syntax_error_type, error.msg);
  compiler::CodegenResult generated;
  run_on_large_stack([&] { generated = compiler::generate_module(parsed.tree->root, *table, filename); });
  if (!generated.code && !error_pending()) return raise(system_error_type, generated.error);
  return std::move(generated.code);
}

bool is_single_statement(const parser::ParseResult& parsed) {
  const auto* body = parsed.tree->root->as<ast::Interactive>();
  if (body == nullptr || body->body.size() < 2) return true;
  // One line of simple statements (`a = 1; b = 2`) is one entry, as in CPython.
  int line = body->body[0]->pos.lineno;
  for (const ast::Node* statement : body->body) {
    if (statement->pos.lineno != line) return false;
  }
  return true;
}

void print_exception(Value exc) {
  stdlib::flush_std_streams();
  stdlib::write_stderr(format_exception(exc));
}

void print_pending_error() {
  Ref exc = fetch_error();
  print_exception(exc.get());
}

namespace {

parser::Mode parser_mode(CompileMode mode) {
  switch (mode) {
    case CompileMode::Eval: return parser::Mode::Eval;
    case CompileMode::Single: return parser::Mode::Interactive;
    case CompileMode::Exec: break;
  }
  return parser::Mode::File;
}

// Parses, checks and compiles `source`: the VM's SourceCompiler. On failure returns absent
// with the SyntaxError CPython raises pending. Source read from a file (a script, an imported
// module) reports some errors differently from source given as a string (-c, compile(),
// exec(), eval()).
Ref compile_program(std::string_view source, const std::string& filename, CompileMode mode,
                    SourceOrigin origin) {
  auto parser_origin = origin == SourceOrigin::String ? parser::Origin::String : parser::Origin::File;
  std::string text(source);
  parser::ParseResult parsed = parser::parse(text, filename, parser_mode(mode), parser_origin);
  for (const auto& warning : parsed.warnings) stdlib::write_stderr(parser::format_warning(warning, filename));
  if (parsed.error) return raise_syntax_error(*parsed.error, /*has_text=*/true);
  if (mode == CompileMode::Single && !is_single_statement(parsed)) {
    return raise(syntax_error_type, "multiple statements found while compiling a single statement");
  }
  return compile_parsed(parsed, filename);
}

SourceOrigin origin_of(const RunOptions& options) {
  return options.from_string ? SourceOrigin::String : SourceOrigin::File;
}

bool is_instance_of(Value exc, Type* type) {
  return is_exception_instance(exc) && is_subtype(type_of(exc), type);
}

// The __main__ module, registered in sys.modules.
Dict* make_main_module(const std::string& filename, const RunOptions& options) {
  Ref main = make_module("__main__");
  Dict* globals = as_module(main.get())->dict;
  dict_set_str(globals, "__builtins__", stdlib::builtins_module().get());
  if (!options.from_string && !filename.empty()) {  // "<stdin>" for a script read from stdin
    Ref file = make_str(filename);
    dict_set_str(globals, "__file__", file.get());
  }
  dict_set_str(sys_modules(), "__main__", main.get());
  return globals;  // sys.modules keeps the module alive
}

void init_runtime_for_main(int argc, char** argv, int first) {
  stdlib::init_stdlib();
  set_source_compiler(compile_program);
  stdlib::sys_module();
  stdlib::set_sys_argv(argc, argv, first);
  install_sigint_handler();
}

void finish() {
  finalize_modules();
  stdlib::flush_std_streams();
}

// `source == nullptr`: no program, only the REPL.
int run(const std::string* source, const std::string& filename, int argc, char** argv, int first,
        const RunOptions& options) {
  init_runtime_for_main(argc, argv, first);
  if (options.from_string || options.from_stdin || source == nullptr) {
    stdlib::set_sys_path0("");
  } else {
    stdlib::set_sys_path0(std::filesystem::path(filename).parent_path().string());
  }
  Dict* globals = make_main_module(source == nullptr ? "" : filename, options);
  int status = 0;
  if (source != nullptr) {
    Ref code = compile_program(*source, filename, CompileMode::Exec, origin_of(options));
    Ref result;
    if (!code) {
      print_pending_error();
      status = 1;
    } else {
      result = run_module_code(as_code(code.get()), globals, stdlib::builtins_dict());
    }
    if (code && !result) {
      Ref exc = fetch_error();
      if (is_instance_of(exc.get(), system_exit_type) && !options.inspect) {
        status = system_exit_status(exc.get());
      } else {
        // With -i, SystemExit too is reported like any error, then the REPL starts.
        print_exception(exc.get());
        status = 1;
        if (is_instance_of(exc.get(), keyboard_interrupt_type) && !options.inspect) {
          // CPython: an uncaught KeyboardInterrupt kills the process with SIGINT.
          exc = Ref();
          finish();
          exit_by_sigint();
        }
      }
    }
    if (!options.inspect) {
      finish();
      return status;
    }
  }
  status = run_repl(globals, source == nullptr && !options.quiet);
  finish();
  return status;
}

}  // namespace

int system_exit_status(Value exc) {
  auto* e = static_cast<SystemExitObject*>(exc.as_object());
  Value code = e->code;
  if (code.is_absent() || code.is_none()) return 0;
  if (code.is_small_int()) return static_cast<int>(code.as_small_int() & 0xFF);
  if (code.is_bool()) return code.is_true() ? 1 : 0;
  Ref text = str(code);
  if (text) stdlib::write_stderr(std::string(as_str(text.get())->view()) + "\n");
  clear_error();
  return 1;
}


int print_disassembly(const std::string& source, const std::string& filename, bool from_string) {
  int status = 0;
  run_on_large_stack([&] {
    stdlib::init_stdlib();
    Ref code = compile_program(source, filename, CompileMode::Exec,
                               from_string ? SourceOrigin::String : SourceOrigin::File);
    if (!code) {
      print_pending_error();
      status = 1;
      return;
    }
    stdlib::write_stdout(disassemble(as_code(code.get())));
    stdlib::flush_std_streams();
  });
  return status;
}

namespace {

// Deep recursion through C++ (dunders calling back into Python) needs a large stack: the
// program runs on another thread. SIGINT must reach that thread (its handler interrupts the
// REPL's reads there), so the main thread, which only waits, blocks it.
template <class F>
void run_on_program_thread(F body) {
  sigset_t sigint, previous;
  sigemptyset(&sigint);
  sigaddset(&sigint, SIGINT);
  pthread_sigmask(SIG_BLOCK, &sigint, &previous);
  run_on_large_stack([&] {
    pthread_sigmask(SIG_UNBLOCK, &sigint, nullptr);
    body();
  });
  pthread_sigmask(SIG_SETMASK, &previous, nullptr);
}

}  // namespace

int run_main(const std::string& source, const std::string& filename, int argc, char** argv,
             int first, const RunOptions& options) {
  int status = 0;
  run_on_program_thread([&] { status = run(&source, filename, argc, argv, first, options); });
  return status;
}

int run_interactive(const RunOptions& options) {
  int status = 0;
  char empty[] = "";
  char* argv[] = {empty, nullptr};
  run_on_program_thread([&] { status = run(nullptr, "<stdin>", 1, argv, 0, options); });
  return status;
}

}  // namespace gyre::cli
