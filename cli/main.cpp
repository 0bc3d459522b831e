// The `gyre` command: runs a program (a file, -c CODE, or stdin), opens the REPL, or prints
// ASTs, symbol tables and bytecode:
//
//   gyre [-i] [-q] [FILE | -c CODE | -] [args]
//   gyre [--ast | --ast-attrs | --symtable | --dis | --check] (FILE | -c CODE) [args]
//   gyre --version
//
// With no program, `gyre` opens the REPL when stdin is a terminal and otherwise runs stdin as
// a script named "<stdin>" (as `-` does).
//
// Exit codes follow CPython: 0 success, 1 an uncaught error (a SyntaxError here), 2 a usage
// error or a file that cannot be opened. Like CPython, the script's name in messages is its
// absolute path (`File "/home/me/x.py", line 1`).
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <unistd.h>

#include "compiler/ast_opt.hpp"
#include "cli/run.hpp"
#include "compiler/compiler.hpp"
#include "compiler/future.hpp"
#include "compiler/symtable.hpp"
#include "parser/ast_dump.hpp"
#include "parser/large_stack.hpp"
#include "parser/parser.hpp"

namespace {

constexpr const char* kVersion = "Gyre 0.1.0";
constexpr const char* kUsage =
    "usage: gyre [-i] [-q] [FILE | -c CODE | -] [arg] ...\n"
    "       gyre [--ast | --ast-attrs | --symtable | --dis | --check] (FILE | -c CODE) [arg] ...\n"
    "       gyre --version\n"
    "  (no program) the REPL when stdin is a terminal, else stdin runs as a script\n"
    "  -            read the program from stdin (its filename is \"<stdin>\")\n"
    "  -i           after the program, open the REPL in its globals (also after an error)\n"
    "  -q           no banner when the REPL starts\n"
    "  --ast        print the program's AST as Python's ast.dump() would\n"
    "  --ast-attrs  the same with positions (ast.dump(..., include_attributes=True))\n"
    "  --symtable   print the program's symbol table (as tests/symtable_dump.py prints\n"
    "               python3's symtable.symtable())\n"
    "  --dis        print the program's bytecode (one instruction a line)\n"
    "  --check      only compile: report SyntaxWarnings and SyntaxErrors, run nothing\n"
    "  -c CODE      the program is CODE (its filename is \"<string>\")\n";

enum class Action { Run, Ast, AstAttrs, Symtable, Dis, Check, Version, Help };

struct Options {
  Action action = Action::Run;
  std::optional<std::string> code;  // -c CODE
  std::string path;                 // FILE, when there is no -c
  bool from_stdin = false;          // `-`, or no program (then REPL if stdin is a terminal)
  bool explicit_stdin = false;      // `-`
  bool inspect = false;             // -i
  bool quiet = false;               // -q
  int argv_start = 0;               // argv[argv_start..] is sys.argv
};

// Parses the command line; on a usage error prints it (CPython-style) and returns nullopt.
// Arguments after FILE or CODE belong to the program (sys.argv) and are not looked at here.
std::optional<Options> parse_arguments(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--ast") {
      options.action = Action::Ast;
    } else if (arg == "--ast-attrs") {
      options.action = Action::AstAttrs;
    } else if (arg == "--symtable") {
      options.action = Action::Symtable;
    } else if (arg == "--dis") {
      options.action = Action::Dis;
    } else if (arg == "--check") {
      options.action = Action::Check;
    } else if (arg == "--version" || arg == "-V") {
      options.action = Action::Version;
      return options;
    } else if (arg == "--help" || arg == "-h") {
      options.action = Action::Help;
      return options;
    } else if (arg == "-c") {
      if (i + 1 == argc) {
        std::fputs("Argument expected for the -c option\n", stderr);
        break;
      }
      options.code = argv[i + 1];
      argv[i + 1] = const_cast<char*>("-c");  // sys.argv[0], as CPython
      options.argv_start = i + 1;
      return options;
    } else if (arg == "-i") {
      options.inspect = true;
    } else if (arg == "-q") {
      options.quiet = true;
    } else if (arg == "-") {
      options.from_stdin = options.explicit_stdin = true;
      options.argv_start = i;
      return options;
    } else if (arg.size() > 1 && arg[0] == '-') {
      std::fprintf(stderr, "Unknown option: %s\n", argv[i]);
      break;
    } else {
      options.path = arg;
      options.argv_start = i;
      return options;
    }
  }
  if (options.action == Action::Run && options.path.empty() && !options.code) {
    options.from_stdin = true;  // the REPL, or stdin as a script
    options.argv_start = argc;
    return options;
  }
  std::fputs(kUsage, stderr);
  return std::nullopt;
}

// The name CPython gives a script: its path made absolute by prefixing the working directory,
// without normalising it (`./a/../x.py` becomes `/cwd/./a/../x.py`). Tracebacks show it.
std::string script_name(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  std::error_code ignored;
  return std::filesystem::current_path(ignored).string() + "/" + path;
}

// Reads a whole file as bytes. On failure prints CPython's message and returns nullopt.
std::optional<std::string> read_file(const std::string& path) {
  errno = 0;
  if (std::FILE* file = std::fopen(path.c_str(), "rb")) {
    std::string content;
    char buffer[65536];
    while (size_t n = std::fread(buffer, 1, sizeof buffer, file)) content.append(buffer, n);
    bool failed = std::ferror(file) != 0;  // e.g. EISDIR: fopen accepts a directory
    int read_errno = errno;
    std::fclose(file);
    if (!failed) return content;
    errno = read_errno;
  }
  int error = errno != 0 ? errno : EIO;
  std::fprintf(stderr, "gyre: can't open file '%s': [Errno %d] %s\n", script_name(path).c_str(),
               error, std::strerror(error));
  return std::nullopt;
}

void write(std::FILE* stream, std::string_view text) {
  std::fwrite(text.data(), 1, text.size(), stream);
}

// --symtable: what symtable.symtable(source, filename, "exec") builds (future imports are
// checked, the AST optimizer is not run), dumped; or its SyntaxError.
int print_symtable(const gyre::ast::Node* module, const std::string& filename) {
  namespace compiler = gyre::compiler;
  compiler::FutureFeatures future;
  std::optional<compiler::RawError> error = compiler::parse_future(module, future);
  if (!error) error = compiler::check_recursion_depth(module);
  std::unique_ptr<compiler::SymbolTable> table;
  if (!error) {
    compiler::RawError symtable_error;
    table = compiler::build_symtable(module, future, symtable_error, {.fold_debug = false});
    if (table == nullptr) error = symtable_error;
  }
  if (error) {
    compiler::CompileError shown;
    shown.info.type = error->type;
    shown.info.msg = error->msg;
    shown.info.filename = filename;
    shown.info.lineno = error->lineno;
    shown.info.offset = error->offset.value_or(0);
    shown.info.end_lineno = error->end_lineno.value_or(0);
    shown.info.end_offset = error->end_offset.value_or(0);
    if (auto text = compiler::program_text(filename, error->lineno)) {
      shown.info.text = *text;
      shown.has_text = true;
    }
    write(stderr, compiler::format_error(shown));
    return 1;
  }
  write(stdout, compiler::dump(*table));
  return 0;
}

// `gyre` without a program, or `gyre -`: the REPL when stdin is a terminal (and no `-`), else
// all of stdin runs as the script "<stdin>" (sys.argv[0] is '' or '-').
int run_stdin(const Options& options, int argc, char** argv) {
  gyre::cli::RunOptions run_options;
  run_options.from_stdin = true;
  run_options.inspect = options.inspect;
  run_options.quiet = options.quiet;
  if (!options.explicit_stdin && (isatty(0) || options.inspect)) return gyre::cli::run_interactive(run_options);
  std::string source;
  char buffer[65536];
  while (size_t n = std::fread(buffer, 1, sizeof buffer, stdin)) source.append(buffer, n);
  std::clearerr(stdin);  // -i then reads the REPL's lines from what is left (nothing)
  static char empty[] = "";
  if (options.explicit_stdin) {
    return gyre::cli::run_main(source, "<stdin>", argc, argv, options.argv_start, run_options);
  }
  char* args[] = {empty, nullptr};
  return gyre::cli::run_main(source, "<stdin>", 1, args, 0, run_options);
}

}  // namespace

int main(int argc, char** argv) {
  std::optional<Options> options = parse_arguments(argc, argv);
  if (!options) return 2;
  switch (options->action) {
    case Action::Version:
      std::puts(kVersion);
      return 0;
    case Action::Help:
      std::fputs(kUsage, stdout);
      return 0;
    default:
      break;
  }

  if (options->action == Action::Run && options->from_stdin) return run_stdin(*options, argc, argv);

  std::optional<std::string> source = options->code;
  std::string filename = options->code ? "<string>" : script_name(options->path);
  if (!source) source = read_file(options->path);
  if (!source) return 2;

  auto origin = options->code ? gyre::parser::Origin::String : gyre::parser::Origin::File;
  gyre::parser::ParseResult result =
      gyre::parser::parse(*source, filename, gyre::parser::Mode::File, origin);
  for (const auto& warning : result.warnings) {
    write(stderr, gyre::parser::format_warning(warning, filename));
  }
  if (result.error) {
    write(stderr, gyre::parser::format_syntax_error(*result.error));
    return 1;
  }
  if (options->action == Action::Ast || options->action == Action::AstAttrs) {
    bool attributes = options->action == Action::AstAttrs;
    write(stdout, gyre::ast::dump(result.tree->root, attributes) + "\n");
    return 0;
  }
  if (options->action == Action::Symtable) {
    int status = 0;
    gyre::run_on_large_stack([&] { status = print_symtable(result.tree->root, filename); });
    return status;
  }

  // What CPython finds after parsing, while compiling: symbol table and code generator errors.
  gyre::compiler::CheckResult checked =
      gyre::compiler::check(result.tree->root, result.source, filename);
  for (const auto& warning : checked.warnings) {
    write(stderr, gyre::parser::format_warning(warning, filename));
  }
  if (checked.error) {
    write(stderr, gyre::compiler::format_error(*checked.error));
    return 1;
  }
  if (options->action == Action::Check) return 0;
  if (options->action == Action::Dis) return gyre::cli::print_disassembly(*source, filename, options->code.has_value());
  gyre::cli::RunOptions run_options;
  run_options.from_string = options->code.has_value();
  run_options.inspect = options->inspect;
  run_options.quiet = options->quiet;
  return gyre::cli::run_main(*source, filename, argc, argv, options->argv_start, run_options);
}
