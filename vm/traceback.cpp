#include "vm/traceback.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <vector>

#include "vm/abstract.hpp"
#include "vm/attributes.hpp"
#include "vm/code.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/frame.hpp"
#include "vm/interpreter.hpp"
#include "vm/native_function.hpp"
#include "vm/numbers.hpp"
#include "vm/singletons.hpp"
#include "vm/source_compiler.hpp"
#include "vm/str.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Type* traceback_type = nullptr;

namespace {

void tb_dealloc(Object* self) {
  Traceback* tb = static_cast<Traceback*>(self);
  if (tb->next) decref(tb->next);
  if (tb->frame) decref(tb->frame);
  free_object(self);
}
void tb_traverse(Object* self, VisitFn visit, void* arg) {
  Traceback* tb = static_cast<Traceback*>(self);
  if (tb->next) visit(value_of(tb->next), arg);
  if (tb->frame) visit(value_of(tb->frame), arg);
}
void tb_clear(Object* self) {
  Traceback* tb = static_cast<Traceback*>(self);
  if (tb->next) {
    Traceback* n = tb->next;
    tb->next = nullptr;
    decref(n);
  }
}
Traceback* as_tb(Value v) { return static_cast<Traceback*>(v.as_object()); }
Ref get_tb_next(Value self) {
  Traceback* tb = as_tb(self);
  return tb->next ? Ref::borrow(tb->next) : new_none();
}
Ref get_tb_frame(Value self) { return Ref::borrow(as_tb(self)->frame); }
Ref get_tb_lineno(Value self) { return make_int(as_tb(self)->lineno); }
const GetSetDef tb_getsets[] = {
    {"tb_next", get_tb_next},
    {"tb_frame", get_tb_frame},
    {"tb_lineno", get_tb_lineno},
    {nullptr, nullptr},
};

// Source lines of files, read once (as linecache).
const std::vector<std::string>& source_lines(const std::string& filename) {
  static std::map<std::string, std::vector<std::string>> cache;
  auto it = cache.find(filename);
  if (it != cache.end()) return it->second;
  std::vector<std::string> lines;
  std::ifstream in(filename, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return cache.emplace(filename, std::move(lines)).first->second;
}

std::string stripped(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\f");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\f\r\n");
  return s.substr(b, e - b + 1);
}

void format_traceback(std::string& out, Traceback* tb) {
  out += "Traceback (most recent call last):\n";
  std::string last_key;
  int repeats = 0;
  auto flush_repeats = [&] {
    if (repeats > 3) {
      int more = repeats - 3;
      out += fmt::format("  [Previous line repeated {} more time{}]\n", more, more == 1 ? "" : "s");
    }
  };
  for (; tb; tb = tb->next) {
    Code* code = tb->frame->code;
    std::string filename(code->filename->view());
    std::string key = fmt::format("{}\n{}\n{}", filename, tb->lineno, code->name->view());
    if (key == last_key) {
      ++repeats;
      if (repeats > 3) continue;
    } else {
      flush_repeats();
      last_key = key;
      repeats = 1;
    }
    out += fmt::format("  File \"{}\", line {}, in {}\n", filename, tb->lineno, code->name->view());
    const auto& lines = source_lines(filename);
    if (tb->lineno >= 1 && static_cast<size_t>(tb->lineno) <= lines.size()) {
      std::string text = stripped(lines[tb->lineno - 1]);
      if (!text.empty()) out += "    " + text + "\n";
    }
  }
  flush_repeats();
}

// The exception's type as tracebacks name it: `module.Qualname`, bare for builtins/__main__.
std::string printed_type_name(Value exc) {
  Type* type = type_of(exc);
  std::string name(type->qualname ? type->qualname->view() : type_name(type));
  Value module = dict_get_str(type->dict, intern("__module__"));
  if (is_str(module)) {
    std::string_view m = as_str(module)->view();
    if (m != "builtins" && m != "__main__") name = std::string(m) + "." + name;
  }
  return name;
}

std::string exception_line(Value exc) {
  std::string name = printed_type_name(exc);
  // A SyntaxError shows where it is, from its attributes (CPython's print_exception).
  if (is_subtype(type_of(exc), syntax_error_type)) {
    std::string out;
    if (format_syntax_error_object(exc, name, out)) return out;
  }
  Ref text = str(exc);
  if (!text) {
    clear_error();
    return name + ": <exception str() failed>\n";
  }
  std::string_view t = as_str(text.get())->view();
  if (t.empty()) return name + "\n";
  return name + ": " + std::string(t) + "\n";
}

void format_chain(std::string& out, Value exc, std::set<uint64_t>& seen) {
  seen.insert(exc.bits());
  ExceptionObject* e = as_exception(exc);
  if (e->cause.is_object() && !seen.count(e->cause.bits())) {
    format_chain(out, e->cause, seen);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (!e->suppress_context && e->context.is_object() && !seen.count(e->context.bits())) {
    format_chain(out, e->context, seen);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  if (e->traceback.is_object()) format_traceback(out, as_tb(e->traceback));
  out += exception_line(exc);
}

}  // namespace

void add_traceback(Value exception, Frame* frame) {
  if (!is_exception_instance(exception)) return;
  ExceptionObject* e = as_exception(exception);
  Traceback* tb = allocate<Traceback>(traceback_type);
  tb->frame = frame;
  incref(frame);
  frame_escape(frame);
  tb->lineno = frame_line(frame);
  tb->next = e->traceback.is_object() && type_of(e->traceback) == traceback_type ? as_tb(e->traceback) : nullptr;
  if (tb->next) incref(tb->next);
  Value old = e->traceback;
  e->traceback = value_of(tb);
  decref(old);
}

std::string format_exception_only(Value exception) { return exception_line(exception); }

std::string format_traceback_entries(Value tb) {
  std::string out;
  if (tb.is_object() && type_of(tb) == traceback_type) format_traceback(out, as_tb(tb));
  return out;
}

std::string format_exception(Value exception) {
  std::string out;
  std::set<uint64_t> seen;
  if (is_exception_instance(exception)) format_chain(out, exception, seen);
  return out;
}

namespace {
void write_to_stderr(std::string_view text) { std::fwrite(text.data(), 1, text.size(), stderr); }
StderrWriter g_stderr_writer = write_to_stderr;
}  // namespace

void set_stderr_writer(StderrWriter writer) { g_stderr_writer = writer; }

void report_unraisable(Value exception, Value object) {
  std::string out = "Exception ignored in: ";
  Ref text = repr(object);
  if (text) {
    out += as_str(text.get())->view();
  } else {
    clear_error();
    out += "<object repr() failed>";
  }
  out += "\n";
  if (is_exception_instance(exception)) {
    ExceptionObject* e = as_exception(exception);
    // An exception made in C++ has no traceback yet: CPython shows the running frame then.
    if (!e->traceback.is_object() && current_frame()) add_traceback(exception, current_frame());
    if (e->traceback.is_object()) format_traceback(out, as_tb(e->traceback));
    out += exception_line(exception);
  }
  g_stderr_writer(out);
}

void init_traceback_type() {
  if (traceback_type) return;
  traceback_type = make_builtin_type("traceback", nullptr, sizeof(Traceback), TypeFlag::kGc);
  traceback_type->dealloc = tb_dealloc;
  traceback_type->traverse = tb_traverse;
  traceback_type->clear = tb_clear;
  traceback_type->getsets = tb_getsets;
  type_ready(traceback_type);
}

}  // namespace gyre::vm
