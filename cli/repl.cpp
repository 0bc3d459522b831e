#include "cli/repl.hpp"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <set>

#include "cli/line_editor.hpp"
#include "cli/run.hpp"
#include "parser/syntax_error.hpp"
#include "stdlib/builtins.hpp"
#include "vm/abstract.hpp"
#include "vm/attributes.hpp"
#include "vm/code.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/interpreter.hpp"
#include "vm/list.hpp"
#include "vm/module.hpp"
#include "vm/signals.hpp"
#include "vm/str.hpp"
#include "vm/traceback.hpp"
#include "vm/type.hpp"

namespace gyre::cli {

using namespace gyre::vm;

namespace {

constexpr const char* kBanner =
    "Gyre 0.1.0 (C++20, Python 3.11) on linux\n"
    "Type exit() or press Ctrl-D to leave.\n";

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\f\r") == std::string_view::npos;
}

// Only blank and comment lines.
bool only_comments(const std::string& source) {
  size_t pos = 0;
  while (pos < source.size()) {
    size_t eol = source.find('\n', pos);
    if (eol == std::string::npos) eol = source.size();
    std::string_view line(source.data() + pos, eol - pos);
    size_t first = line.find_first_not_of(" \t\f\r");
    if (first != std::string_view::npos && line[first] != '#') return false;
    pos = eol + 1;
  }
  return true;
}

bool is_compound(const ast::Node* s) {
  switch (s->kind) {
    case ast::Kind::FunctionDef:
    case ast::Kind::AsyncFunctionDef:
    case ast::Kind::ClassDef:
    case ast::Kind::If:
    case ast::Kind::For:
    case ast::Kind::AsyncFor:
    case ast::Kind::While:
    case ast::Kind::With:
    case ast::Kind::AsyncWith:
    case ast::Kind::Try:
    case ast::Kind::TryStar:
      return true;
    default:
      return false;
  }
}

// str(sys.ps1) / str(sys.ps2); "" when missing or when str() fails.
std::string prompt(const char* name) {
  Value v = dict_get_str(as_module(stdlib::sys_module().get())->dict, name);
  if (v.is_absent()) return "";
  Ref s = str(v);
  if (!s) {
    clear_error();
    return "";
  }
  return std::string(as_str(s.get())->view());
}

std::string history_file() {
  const char* home = std::getenv("HOME");
  if (home == nullptr || *home == '\0') return "";
  return std::string(home) + "/.gyre_history";
}

// Runs one complete chunk; returns an exit status when the session must end (SystemExit).
std::optional<int> run_chunk(parser::ParseResult& parsed, Dict* globals) {
  Ref code = compile_parsed(parsed, "<stdin>");
  if (!code) {
    print_pending_error();
    return std::nullopt;
  }
  Ref result = run_module_code(as_code(code.get()), globals, stdlib::builtins_dict());
  if (result) return std::nullopt;
  Ref exc = fetch_error();
  if (is_exception_instance(exc.get()) && is_subtype(type_of(exc.get()), system_exit_type)) {
    return system_exit_status(exc.get());
  }
  print_exception(exc.get());
  return std::nullopt;
}

// rlcompleter's attr_matches: `expr.attr` with expr a dotted name, evaluated by lookups.
std::vector<std::string> attribute_matches(Dict* globals, std::string_view word) {
  size_t dot = word.rfind('.');
  std::string expr(word.substr(0, dot));
  std::string attr(word.substr(dot + 1));
  auto is_name_char = [](char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80;
  };
  if (!std::all_of(attr.begin(), attr.end(), is_name_char)) return {};
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t next = expr.find('.', start);
    std::string part = expr.substr(start, next == std::string::npos ? std::string::npos : next - start);
    if (part.empty() || !std::all_of(part.begin(), part.end(), is_name_char)) return {};
    parts.push_back(part);
    if (next == std::string::npos) break;
    start = next + 1;
  }
  Value first = dict_get_str(globals, parts[0]);
  if (first.is_absent()) first = dict_get_str(stdlib::builtins_dict(), parts[0]);
  if (first.is_absent()) return {};
  Ref object = Ref::borrow(first);
  for (size_t i = 1; i < parts.size(); ++i) {
    object = getattr(object.get(), parts[i]);
    if (!object) {
      clear_error();
      return {};
    }
  }
  Value dir = dict_get_str(stdlib::builtins_dict(), "dir");
  Ref names = dir.is_absent() ? Ref() : call1(dir, object.get());
  if (!names || !is_list(names.get())) {
    clear_error();
    return {};
  }
  std::set<std::string> words;
  List* list = as_list(names.get());
  for (size_t i = 0; i < list->size; ++i) {
    if (is_str(list->items[i])) words.insert(std::string(as_str(list->items[i])->view()));
  }
  words.erase("__builtins__");
  words.insert("__class__");
  std::vector<std::string> matches;
  std::string noprefix = attr.empty() ? "_" : attr == "_" ? "__" : "";
  while (true) {
    for (const std::string& w : words) {
      if (w.compare(0, attr.size(), attr) != 0) continue;
      if (!noprefix.empty() && w.compare(0, attr.size() + 1, noprefix) == 0) continue;
      std::string match = expr + "." + w;
      Ref value = getattr_optional(object.get(), intern(w));
      if (!value) clear_error();
      if (value && !value.get().is_none() && is_callable(value.get())) match += "(";
      matches.push_back(std::move(match));
    }
    if (!matches.empty() || noprefix.empty()) break;
    noprefix = noprefix == "_" ? "__" : "";
  }
  std::sort(matches.begin(), matches.end());
  return matches;
}

// Gyre's Interactive grammar takes any statements; CPython's (statement_newline) one compound
// statement or one line of simple statements. A statement after that is "invalid syntax" at
// its first token, as CPython reports it.
std::optional<parser::SyntaxErrorInfo> not_one_statement(const parser::ParseResult& parsed) {
  const auto* body = parsed.tree->root->as<ast::Interactive>();
  if (body == nullptr || body->body.size() < 2) return std::nullopt;
  for (size_t i = 1; i < body->body.size(); ++i) {
    const ast::Node* previous = body->body[i - 1];
    const ast::Node* s = body->body[i];
    if (!is_compound(previous) && !is_compound(s) && s->pos.lineno == previous->pos.end_lineno) {
      continue;
    }
    parser::SyntaxErrorInfo error;
    error.msg = "invalid syntax";
    error.filename = "<stdin>";
    error.lineno = s->pos.lineno;
    size_t start = 0;
    for (int line = 1; line < error.lineno && start != std::string::npos; ++line) {
      start = parsed.source.find('\n', start);
      if (start != std::string::npos) ++start;
    }
    if (start == std::string::npos) start = parsed.source.size();
    size_t end = parsed.source.find('\n', start);
    error.text = parsed.source.substr(start, end == std::string::npos ? end : end + 1 - start);
    size_t column = static_cast<size_t>(s->pos.col_offset);
    size_t token_end = column;
    while (token_end < error.text.size() &&
           (std::isalnum(static_cast<unsigned char>(error.text[token_end])) || error.text[token_end] == '_')) {
      ++token_end;
    }
    error.offset = static_cast<int>(column) + 1;
    error.end_lineno = error.lineno;
    error.end_offset = static_cast<int>(std::max(token_end, column + 1)) + 1;
    return error;
  }
  return std::nullopt;
}

}  // namespace

Chunk classify_chunk(const std::string& source, const parser::ParseResult& parsed,
                     std::string_view last_line) {
  bool blank = is_blank(last_line);
  if (only_comments(source)) return Chunk::Empty;  // 3.11: a comment line is done at once
  if (parsed.error) {
    switch (parsed.incomplete) {
      case parser::Incomplete::No: return Chunk::Error;
      // A compound statement ends at a blank line, even an unfinished one.
      case parser::Incomplete::Statement: return blank ? Chunk::Error : Chunk::More;
      default: return Chunk::More;  // inside brackets, a string, after a backslash
    }
  }
  const auto* body = parsed.tree->root->as<ast::Interactive>();
  if (body && !body->body.empty() && is_compound(body->body[0]) && !blank) return Chunk::More;
  return Chunk::Complete;
}

std::vector<std::string> complete(Dict* globals, std::string_view word) {
  if (word.find('.') != std::string_view::npos) return attribute_matches(globals, word);
  static const char* const kKeywords[] = {
      "False", "None",   "True",    "and",      "as",       "assert", "async",  "await",
      "break", "class",  "continue", "def",     "del",      "elif",   "else",   "except",
      "finally", "for",  "from",    "global",   "if",       "import", "in",     "is",
      "lambda", "nonlocal", "not",  "or",       "pass",     "raise",  "return", "try",
      "while", "with",   "yield"};
  std::vector<std::string> matches;
  std::set<std::string> seen;
  for (const char* k : kKeywords) {
    std::string_view kw(k);
    if (!kw.starts_with(word)) continue;
    seen.insert(k);
    if (kw == "finally" || kw == "try") {
      matches.push_back(std::string(kw) + ":");
    } else if (kw == "False" || kw == "None" || kw == "True" || kw == "break" ||
               kw == "continue" || kw == "pass" || kw == "else") {
      matches.push_back(std::string(kw));
    } else {
      matches.push_back(std::string(kw) + " ");
    }
  }
  for (Dict* names : {globals, stdlib::builtins_dict()}) {
    size_t pos = 0;
    Value key, value;
    while (dict_next(names, pos, key, value)) {
      if (!is_str(key)) continue;
      std::string name(as_str(key)->view());
      if (!name.starts_with(word) || !seen.insert(name).second) continue;
      matches.push_back(is_callable(value) ? name + "(" : name);
    }
  }
  return matches;
}

int run_repl(Dict* globals, bool banner) {
  stdlib::set_sys_prompts();
  // Line editing needs a terminal on both sides, as CPython's readline use does; otherwise
  // plain lines, the prompts on stderr.
  bool terminal = isatty(0) != 0 && isatty(1) != 0;
  std::unique_ptr<LineReader> reader =
      terminal ? make_terminal_reader(history_file(),
                                      [globals](std::string_view word) { return complete(globals, word); })
               : make_plain_reader();
  if (banner && isatty(0)) stdlib::write_stderr(kBanner);
  std::string source;
  std::string line;
  while (true) {
    std::string shown = prompt(source.empty() ? "ps1" : "ps2");
    stdlib::flush_std_streams();
    LineReader::Status status = reader->read_line(shown, line);
    if (status == LineReader::Status::Interrupted) {
      stdlib::write_stderr("KeyboardInterrupt\n");
      source.clear();
      continue;
    }
    if (status == LineReader::Status::Eof) {
      if (source.empty()) {
        stdlib::write_stderr("\n");
        break;
      }
      line.clear();  // EOF ends a pending statement like a blank line
    }
    source += line;
    source += '\n';
    parser::ParseResult parsed =
        parser::parse(source, "<stdin>", parser::Mode::Interactive, parser::Origin::String);
    if (!parsed.error) parsed.error = not_one_statement(parsed);
    Chunk chunk = classify_chunk(source, parsed,
                                 status == LineReader::Status::Eof ? std::string_view() : line);
    if (chunk == Chunk::More && status == LineReader::Status::Eof) chunk = Chunk::Error;
    if (chunk == Chunk::More) continue;
    if (chunk == Chunk::Error) {
      if (parsed.error) {
        stdlib::flush_std_streams();
        stdlib::write_stderr(parser::format_syntax_error(*parsed.error));
      }
    } else if (chunk == Chunk::Complete) {
      for (const auto& warning : parsed.warnings) {
        stdlib::write_stderr(parser::format_warning(warning, "<stdin>"));
      }
      if (std::optional<int> exit_status = run_chunk(parsed, globals)) {
        stdlib::flush_std_streams();
        return *exit_status;
      }
    }
    source.clear();
  }
  stdlib::flush_std_streams();
  return 0;
}

}  // namespace gyre::cli
