#include "vm/source_compiler.hpp"

#include "vm/abstract.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/numbers.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"

namespace gyre::vm {

namespace {

SourceCompiler g_compiler = nullptr;

Type* syntax_error_type_named(const std::string& name) {
  if (name == "IndentationError") return indentation_error_type;
  if (name == "TabError") return tab_error_type;
  return syntax_error_type;
}

// The int in `v`, or `otherwise` for None; false when `v` is neither.
bool int_or(Value v, long long otherwise, long long& out) {
  if (v.is_none() || v.is_absent()) {
    out = otherwise;
    return true;
  }
  if (!v.is_small_int()) return false;
  out = v.as_small_int();
  return true;
}

std::string str_of(Value v) {
  Ref text = str(v);
  if (!text) {
    clear_error();
    return "<str() failed>";
  }
  return std::string(as_str(text.get())->view());
}

}  // namespace

void set_source_compiler(SourceCompiler compiler) { g_compiler = compiler; }

Ref compile_source(std::string_view source, const std::string& filename, CompileMode mode,
                   SourceOrigin origin) {
  if (!g_compiler) return raise(system_error_type, "no compiler is linked into this program");
  return g_compiler(source, filename, mode, origin);
}

Ref raise_syntax_error(const text::SyntaxErrorInfo& info, bool has_text) {
  Ref msg = make_str(info.msg);
  if (info.lineno == 0) {
    // No location (e.g. an undecodable file): CPython's SyntaxError has only its message.
    Value args[] = {msg.get()};
    Ref exc = make_exception(syntax_error_type_named(info.type), args);
    return exc ? raise_value(exc.get()) : exc;
  }
  Ref filename = make_str(info.filename);
  Ref lineno = make_int(info.lineno);
  Ref offset = make_int(info.offset);
  Ref text = has_text ? make_str(info.text) : new_none();
  Ref end_lineno = info.end_lineno ? make_int(info.end_lineno) : new_none();
  Ref end_offset = info.end_offset ? make_int(info.end_offset) : new_none();
  Ref location = make_tuple({filename.get(), lineno.get(), offset.get(), text.get(), end_lineno.get(), end_offset.get()});
  Value args[] = {msg.get(), location.get()};
  Ref exc = make_exception(syntax_error_type_named(info.type), args);
  return exc ? raise_value(exc.get()) : exc;
}

bool format_syntax_error_object(Value exception, const std::string& type_name, std::string& out) {
  auto* e = static_cast<SyntaxErrorObject*>(exception.as_object());
  text::SyntaxErrorInfo info;
  long long lineno, offset, end_lineno, end_offset;
  if (!e->lineno.is_small_int()) return false;
  lineno = e->lineno.as_small_int();
  if (!int_or(e->offset, -1, offset) || !int_or(e->end_lineno, lineno, end_lineno) ||
      !int_or(e->end_offset, -1, end_offset)) {
    return false;
  }
  bool has_text = is_str(e->text);
  if (!has_text && !e->text.is_none() && !e->text.is_absent()) return false;
  info.type = type_name;
  info.msg = e->msg.is_absent() ? "None" : str_of(e->msg);
  info.filename = is_str(e->filename) ? std::string(as_str(e->filename)->view()) : "<string>";
  info.lineno = static_cast<int>(lineno);
  info.offset = static_cast<int>(offset);
  info.end_lineno = static_cast<int>(end_lineno);
  info.end_offset = static_cast<int>(end_offset);
  if (has_text) info.text = as_str(e->text)->view();
  out += text::format_syntax_error(info, has_text);
  return true;
}

}  // namespace gyre::vm
