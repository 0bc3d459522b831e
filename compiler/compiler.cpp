#include "compiler/compiler.hpp"

#include <cstdio>
#include <memory>

#include "compiler/ast_opt.hpp"
#include "compiler/checks.hpp"
#include "compiler/future.hpp"
#include "compiler/symtable.hpp"
#include "parser/large_stack.hpp"
#include "parser/unicode.hpp"

namespace gyre::compiler {

namespace {

// Py_UniversalNewlineFgets: reads at most n-1 bytes up to and including a newline; "\r\n" and
// "\r" read as "\n". False at end of file.
bool universal_newline_fgets(char* buf, int n, std::FILE* stream) {
  char* p = buf;
  int c = 0;
  bool skipnextlf = false;
  while (--n > 0 && (c = std::getc(stream)) != EOF) {
    if (c == '\r') {
      skipnextlf = true;
      c = '\n';
    }
    *p++ = static_cast<char>(c);
    if (c == '\n') break;
  }
  *p = '\0';
  if (skipnextlf) {
    c = std::getc(stream);
    if (c != '\n') std::ungetc(c, stream);
  }
  return p != buf;
}

bool valid_utf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    char32_t cp;
    size_t len = parser::decode_utf8(text, i, cp);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

CompileError finish(const RawError& raw, const std::string& filename) {
  CompileError out;
  out.info.type = raw.type;
  out.info.msg = raw.msg;
  out.info.filename = filename;
  out.info.lineno = raw.lineno;
  out.info.offset = raw.offset.value_or(0);
  out.info.end_lineno = raw.end_lineno.value_or(0);
  out.info.end_offset = raw.end_offset.value_or(0);
  if (raw.lineno != 0) {
    if (std::optional<std::string> text = program_text(filename, raw.lineno)) {
      out.info.text = std::move(*text);
      out.has_text = true;
    }
  }
  return out;
}

// linecache.getline(filename, lineno) as the warnings module shows it: nothing for "<...>"
// names; otherwise the line of the (decoded) source.
std::string warning_line(std::string_view source, const std::string& filename, int lineno) {
  if (filename.empty() || (filename.front() == '<' && filename.back() == '>') || lineno < 1) {
    return "";
  }
  size_t start = 0;
  for (int line = 1; line < lineno; ++line) {
    size_t nl = source.find('\n', start);
    if (nl == std::string_view::npos) return "";
    start = nl + 1;
  }
  if (start >= source.size()) return "";
  size_t end = source.find('\n', start);
  return std::string(source.substr(start, end == std::string_view::npos ? end : end - start + 1));
}

}  // namespace

std::optional<std::string> program_text(const std::string& filename, int lineno) {
  if (lineno <= 0) return std::nullopt;
  std::FILE* fp = std::fopen(filename.c_str(), "r");
  if (fp == nullptr) return std::nullopt;
  char linebuf[1000];
  int i = 0;
  while (i < lineno) {
    char* last = &linebuf[sizeof(linebuf) - 2];
    bool got = true;
    do {  // a line longer than the buffer: keep its last chunk
      *last = '\0';
      if (!universal_newline_fgets(linebuf, sizeof(linebuf), fp)) {
        got = false;
        break;
      }
    } while (*last != '\0' && *last != '\n');
    if (!got) break;
    i++;
  }
  std::fclose(fp);
  if (i != lineno) return std::nullopt;
  std::string line(linebuf);  // up to a NUL byte, as strlen
  if (!valid_utf8(line)) return std::nullopt;
  return line;
}

CheckResult check(const ast::Node* module, std::string_view source, std::string_view filename) {
  // The walks below recurse once per nesting level (up to the 3000 the recursion limit allows,
  // more in the limit's own walk), like the parser: give them its large stack.
  CheckResult result;
  run_on_large_stack([&] { result = check_on_this_stack(module, source, filename); });
  return result;
}

CheckResult check_on_this_stack(const ast::Node* module, std::string_view source,
                                std::string_view filename) {
  CheckResult result;
  const std::string name(filename);
  FutureFeatures future;
  if (std::optional<RawError> e = parse_future(module, future)) {
    result.error = finish(*e, name);
    return result;
  }
  if (std::optional<RawError> e = check_recursion_depth(module)) {
    result.error = finish(*e, name);
    return result;
  }
  RawError symtable_error;
  std::unique_ptr<SymbolTable> table = build_symtable(module, future, symtable_error);
  if (table == nullptr) {
    result.error = finish(symtable_error, name);
    return result;
  }
  std::vector<RawWarning> warnings;
  std::optional<RawError> e = check_codegen(module, *table, warnings);
  for (const RawWarning& w : warnings) {
    parser::SyntaxWarningInfo info;
    info.msg = w.msg;
    info.lineno = w.lineno;
    info.line = warning_line(source, name, w.lineno);
    result.warnings.push_back(std::move(info));
  }
  if (e) result.error = finish(*e, name);
  return result;
}

std::string format_error(const CompileError& error) {
  return parser::format_syntax_error(error.info, error.has_text || error.info.lineno == 0);
}

}  // namespace gyre::compiler
