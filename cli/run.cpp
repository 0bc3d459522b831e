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
#include "vm/str.hpp"
#include "vm/traceback.hpp"
#include "vm/type.hpp"

namespace gyre::cli {

using namespace gyre::vm;

Ref compile_parsed(const parser::ParseResult& parsed, const std::string& filename,
                   std::string* rendered_error) {
  compiler::CheckResult checked = compiler::check(parsed.tree->root, parsed.source, filename);
  for (const auto& warning : checked.warnings) stdlib::write_stderr(parser::format_warning(warning, filename));
  if (checked.error) {
    std::string text = compiler::format_error(*checked.error);
    if (rendered_error) *rendered_error = text;
    return raise(syntax_error_type, checked.error->info.msg);
  }
  compiler::FutureFeatures future;
  compiler::parse_future(parsed.tree->root, future);
  compiler::RawError error;
  std::unique_ptr<compiler::SymbolTable> table = compiler::build_symtable(parsed.tree->root, future, error);
  if (!table) return raise(syntax_error_type, error.msg);
  compiler::CodegenResult generated;
  run_on_large_stack([&] { generated = compiler::generate_module(parsed.tree->root, *table, filename); });
  if (!generated.code) {
    if (!error_pending()) {
      if (rendered_error) *rendered_error = "SystemError: " + generated.error + "\n";
      return raise(system_error_type, generated.error);
    }
    return Ref();
  }
  return std::move(generated.code);
}

namespace {

// Parses, checks and compiles `source`; on failure returns absent with SyntaxError pending
// (its message is CPython's rendering) and sets `printed` to that rendering.
Ref compile_source(const std::string& source, const std::string& filename, bool from_string,
                   std::string* rendered_error) {
  auto origin = from_string ? parser::Origin::String : parser::Origin::File;
  parser::ParseResult parsed = parser::parse(source, filename, parser::Mode::File, origin);
  for (const auto& warning : parsed.warnings) stdlib::write_stderr(parser::format_warning(warning, filename));
  if (parsed.error) {
    std::string text = parser::format_syntax_error(*parsed.error);
    if (rendered_error) *rendered_error = text;
    return raise(syntax_error_type, parsed.error->msg);
  }
  return compile_parsed(parsed, filename, rendered_error);
}

Ref load_source_module(const std::string& source, const std::string& filename, Module* module) {
  Ref code = compile_source(source, filename, false, nullptr);
  if (!code) return code;
  Dict* globals = module->dict;
  if (dict_get_str(globals, intern("__builtins__")).is_absent()) {
    dict_set_str(globals, "__builtins__", stdlib::builtins_module().get());
  }
  return run_module_code(as_code(code.get()), globals, stdlib::builtins_dict());
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
  set_source_loader(load_source_module);
  stdlib::sys_module();
  stdlib::set_sys_argv(argc, argv, first);
  install_sigint_handler();
}

void finish() {
  stdlib::flush_open_files();
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
    std::string rendered;
    Ref code = compile_source(*source, filename, options.from_string, &rendered);
    Ref result;
    if (!code) {
      clear_error();
      stdlib::write_stderr(rendered);
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
        stdlib::flush_std_streams();
        stdlib::write_stderr(format_exception(exc.get()));
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
    std::string rendered;
    Ref code = compile_source(source, filename, from_string, &rendered);
    if (!code) {
      clear_error();
      stdlib::write_stderr(rendered);
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
