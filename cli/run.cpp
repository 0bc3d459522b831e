#include "cli/run.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

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
#include "vm/source_compiler.hpp"
#include "vm/str.hpp"
#include "vm/traceback.hpp"
#include "vm/type.hpp"

namespace gyre::cli {

using namespace gyre::vm;

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
// module) has a real filename; compile()/exec()/eval() and -c pass "<string>"-like names, and
// their errors are reported as CPython reports errors in strings.
Ref compile_program(std::string_view source, const std::string& filename, CompileMode mode,
                    SourceOrigin origin) {
  auto parser_origin = origin == SourceOrigin::String ? parser::Origin::String : parser::Origin::File;
  std::string text(source);
  parser::ParseResult parsed = parser::parse(text, filename, parser_mode(mode), parser_origin);
  for (const auto& warning : parsed.warnings) stdlib::write_stderr(parser::format_warning(warning, filename));
  if (parsed.error) return raise_syntax_error(*parsed.error, /*has_text=*/true);
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

// Prints the pending error as an uncaught exception (CPython's output for a script that does
// not compile, or raises) and clears it.
void print_pending_error() {
  Ref exc = fetch_error();
  stdlib::flush_std_streams();
  stdlib::write_stderr(format_exception(exc.get()));
}

// SystemExit: the exit status, and what CPython prints for a non-int code.
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

int run(const std::string& source, const std::string& filename, bool from_string, int argc,
        char** argv, int first) {
  stdlib::init_stdlib();
  set_source_compiler(compile_program);
  stdlib::sys_module();
  stdlib::set_sys_argv(argc, argv, first);
  if (from_string) {
    stdlib::set_sys_path0("");
  } else {
    stdlib::set_sys_path0(std::filesystem::path(filename).parent_path().string());
  }
  Ref code = compile_program(source, filename, CompileMode::Exec,
                             from_string ? SourceOrigin::String : SourceOrigin::File);
  if (!code) {
    print_pending_error();
    return 1;
  }
  Ref main = make_module("__main__");
  Dict* globals = as_module(main.get())->dict;
  dict_set_str(globals, "__builtins__", stdlib::builtins_module().get());
  if (!from_string) {
    Ref file = make_str(filename);
    dict_set_str(globals, "__file__", file.get());
  }
  dict_set_str(sys_modules(), "__main__", main.get());
  Ref result = run_module_code(as_code(code.get()), globals, stdlib::builtins_dict());
  int status = 0;
  if (!result) {
    Ref exc = fetch_error();
    if (is_exception_instance(exc.get()) && is_subtype(type_of(exc.get()), system_exit_type)) {
      status = system_exit_status(exc.get());
    } else {
      stdlib::flush_std_streams();
      stdlib::write_stderr(format_exception(exc.get()));
      status = 1;
    }
  }
  finalize_modules();
  stdlib::flush_std_streams();
  return status;
}

}  // namespace

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

int run_main(const std::string& source, const std::string& filename, bool from_string, int argc,
             char** argv, int first) {
  int status = 0;
  // Deep recursion through C++ (dunders calling back into Python) needs a large stack.
  run_on_large_stack([&] { status = run(source, filename, from_string, argc, argv, first); });
  return status;
}

}  // namespace gyre::cli
