// The sys module: argv, path, modules, the standard streams, the recursion limit, exit,
// exc_info, version information.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <iterator>
#include <unistd.h>

#include "stdlib/builtins.hpp"
#include "vm/abstract.hpp"
#include "vm/bytes.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/frame.hpp"
#include "vm/gc.hpp"
#include "vm/generator.hpp"
#include "vm/import.hpp"
#include "vm/interpreter.hpp"
#include "vm/list.hpp"
#include "vm/module.hpp"
#include "vm/native_function.hpp"
#include "vm/numbers.hpp"
#include "vm/runtime.hpp"
#include "vm/set.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::stdlib {

using namespace gyre::vm;

namespace {

Ref g_sys;
Ref g_argv;
Ref g_path;

// ---- the standard stream objects
Type* stdout_type = nullptr;
Type* stderr_type = nullptr;

Ref stream_write(Value self, const Value* args, size_t, Tuple*) {
  if (!is_str(args[0])) {
    return raise_format(type_error_type, "write() argument must be str, not {}", type_name(type_of(args[0])));
  }
  Str* s = as_str(args[0]);
  if (type_of(self) == stderr_type) write_stderr(s->view()); else write_stdout(s->view());
  return make_int(static_cast<int64_t>(s->length));
}
Ref stream_flush(Value self, const Value*, size_t, Tuple*) {
  if (type_of(self) == stdout_type) flush_std_streams();
  return new_none();
}
Ref stream_isatty(Value self, const Value*, size_t, Tuple*) {
  return new_bool(isatty(type_of(self) == stderr_type ? 2 : 1) == 1);
}
Ref stream_fileno(Value self, const Value*, size_t, Tuple*) { return make_int(type_of(self) == stderr_type ? 2 : 1); }
const MethodDef stream_methods[] = {
    {"write", stream_write, Arity::kOneArg},
    {"flush", stream_flush, Arity::kNoArgs},
    {"isatty", stream_isatty, Arity::kNoArgs},
    {"fileno", stream_fileno, Arity::kNoArgs},
    {nullptr, nullptr},
};
Ref stream_repr(Value self) {
  return make_str(type_of(self) == stderr_type ? "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>"
                                               : "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
}
Type* make_stream_type(const char* name) {
  Type* t = make_builtin_type(name, nullptr, sizeof(Object), 0);
  t->methods = stream_methods;
  t->repr = stream_repr;
  type_ready(t);
  return t;
}

// sys.stdin: lines from standard input, shared with input() (both read std::cin).
Type* stdin_type = nullptr;

// One line with its '\n' (none on a last line without one); "" at the end of input.
Ref stdin_readline(Value, const Value*, size_t, Tuple*) {
  flush_std_streams();
  std::string line;
  if (!std::getline(std::cin, line)) return make_str("");
  if (!std::cin.eof()) line += '\n';
  return make_str(line);
}
Ref stdin_read(Value, const Value*, size_t, Tuple*) {
  flush_std_streams();
  std::string all((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  return make_str(all);
}
Ref stdin_readlines(Value self, const Value*, size_t, Tuple*) {
  Ref lines = make_list();
  while (true) {
    Ref line = stdin_readline(self, nullptr, 0, nullptr);
    if (!line) return line;
    if (as_str(line.get())->size == 0) return lines;
    list_append(lines.as<List>(), line.get());
  }
}
Ref stdin_next(Value self) {
  Ref line = stdin_readline(self, nullptr, 0, nullptr);
  if (line && as_str(line.get())->size == 0) return Ref();  // exhausted
  return line;
}
Ref stdin_iter(Value self) { return Ref::borrow(self); }
Ref stdin_fileno(Value, const Value*, size_t, Tuple*) { return make_int(0); }
Ref stdin_isatty(Value, const Value*, size_t, Tuple*) { return new_bool(isatty(0) == 1); }
const MethodDef stdin_methods[] = {
    {"readline", stdin_readline, Arity::kRange, 0, 1},
    {"read", stdin_read, Arity::kRange, 0, 1},
    {"readlines", stdin_readlines, Arity::kRange, 0, 1},
    {"fileno", stdin_fileno, Arity::kNoArgs},
    {"isatty", stdin_isatty, Arity::kNoArgs},
    {nullptr, nullptr},
};
Ref stdin_repr(Value) { return make_str("<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"); }
Type* make_stdin_type() {
  Type* t = make_builtin_type("_GyreStdin", nullptr, sizeof(Object), 0);
  t->methods = stdin_methods;
  t->repr = stdin_repr;
  t->iter = stdin_iter;
  t->iternext = stdin_next;
  type_ready(t);
  return t;
}

// ---- functions
Ref s_exit(Value, const Value* args, size_t nargs, Tuple*) {
  Ref e = make_exception(system_exit_type, std::span<const Value>(args, nargs));
  if (!e) return e;
  return raise_value(e.get());
}
Ref s_getrecursionlimit(Value, const Value*, size_t, Tuple*) { return make_int(thread().recursion_limit); }
Ref s_setrecursionlimit(Value, const Value* args, size_t, Tuple*) {
  if (!is_int(args[0])) {
    return raise_format(type_error_type, "'{}' object cannot be interpreted as an integer", type_name_of(args[0]));
  }
  int64_t limit;
  if (!index_to_int64(args[0], limit)) return Ref();
  if (limit < 1) return raise(value_error_type, "recursion limit must be greater or equal than 1");
  if (limit <= thread().recursion_depth) {
    return raise_format(recursion_error_type,
                        "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
                        limit, thread().recursion_depth);
  }
  thread().recursion_limit = static_cast<int>(std::min<int64_t>(limit, 1 << 30));
  return new_none();
}
Ref s_exc_info(Value, const Value*, size_t, Tuple*) {
  Value exc = handled_exception();
  if (exc.is_absent()) return make_tuple({Value::none(), Value::none(), Value::none()});
  ExceptionObject* e = as_exception(exc);
  Value tb = e->traceback.is_absent() ? Value::none() : e->traceback;
  return make_tuple({value_of(type_of(exc)), exc, tb});
}
Ref s_exception(Value, const Value*, size_t, Tuple*) {
  Value exc = handled_exception();
  return exc.is_absent() ? new_none() : Ref::borrow(exc);
}
// The bytes an object occupies in Gyre: its struct (and GC link), plus what it owns
// directly (a list's item array, a str's characters, a generator's frame, ...).
size_t object_size(Value v) {
  if (!v.is_object()) return sizeof(Value);  // an immediate lives in the referring slot
  Type* type = type_of(v);
  size_t size = type->instance_size ? type->instance_size : sizeof(Object);
  if (v.as_object()->gc_flags & GcFlag::kHasLink) size += sizeof(GcLink);
  if (type->has_flag(TypeFlag::kListSubclass)) return size + as_list(v)->capacity * sizeof(Value);
  if (type->has_flag(TypeFlag::kTupleSubclass)) return size + as_tuple(v)->size * sizeof(Value);
  if (type->has_flag(TypeFlag::kStrSubclass)) return size + as_str(v)->size;
  if (type->has_flag(TypeFlag::kBytesSubclass)) return size + as_bytes(v)->size;
  if (type->has_flag(TypeFlag::kByteArraySubclass)) {
    ByteArray* b = as_bytearray(v);
    return size + (b->data ? b->capacity + 1 : 0);
  }
  if (type->has_flag(TypeFlag::kDictSubclass)) return size + table_bytes(as_dict(v)->table.capacity);
  if (is_set_or_frozenset(v)) {
    const SetTable& t = as_set(v)->table;
    return size + (t.slots ? (t.mask + 1) * sizeof(SetEntry) : 0);
  }
  // A generator's frame is in its allocation (without a GcLink of its own).
  if (is_generator(v)) return sizeof(GcLink) + generator_bytes(frame_slot_count(as_generator(v)->frame()));
  if (type == frame_type) {
    uint32_t nslots = frame_slot_count(static_cast<Frame*>(v.as_object()));
    return size + (nslots ? nslots - 1 : 0) * sizeof(Value);
  }
  return size;
}

Ref s_getsizeof(Value, const Value* args, size_t, Tuple*) {
  return make_int(static_cast<int64_t>(object_size(args[0])));
}
// _getframe(depth=0): the frame `depth` calls up from the caller's.
Ref s_getframe(Value, const Value* args, size_t nargs, Tuple*) {
  int64_t depth = 0;
  if (nargs == 1 && !index_to_int64(args[0], depth)) return Ref();
  Frame* f = current_frame();
  for (; f && depth > 0; --depth) f = f->back;
  if (!f) return raise(value_error_type, "call stack is not deep enough");
  frame_escape(f);
  return Ref::borrow(value_of(f));
}
// sys.displayhook (CPython's sys_displayhook): None shows nothing; anything else is written
// to sys.stdout as its repr and a newline, and becomes builtins._ (set to None meanwhile, so a
// repr that fails or looks at _ does not see a stale value).
Ref s_displayhook(Value, const Value* args, size_t, Tuple*) {
  Value v = args[0];
  if (v.is_none()) return new_none();
  Dict* builtins = builtins_dict();
  if (dict_set_str(builtins, "_", Value::none()) < 0) return Ref();
  Value out = dict_get_str(as_module(sys_module().get())->dict, "stdout");
  if (out.is_absent() || out.is_none()) return raise(runtime_error_type, "lost sys.stdout");
  Ref text = repr(v);
  if (!text) return text;
  Ref line = make_str(std::string(as_str(text.get())->view()) + "\n");
  Value arg = line.get();
  Ref r = call_method(out, intern("write"), &arg, 1);
  if (!r) return r;
  if (dict_set_str(builtins, "_", v) < 0) return Ref();
  return new_none();
}
const MethodDef displayhook_def = {"displayhook", s_displayhook, Arity::kOneArg};

const MethodDef sys_functions[] = {
    {"_getframe", s_getframe, Arity::kRange, 0, 1},
    {"exit", s_exit, Arity::kRange, 0, 1},
    {"getrecursionlimit", s_getrecursionlimit, Arity::kNoArgs},
    {"setrecursionlimit", s_setrecursionlimit, Arity::kOneArg},
    {"exc_info", s_exc_info, Arity::kNoArgs},
    {"exception", s_exception, Arity::kNoArgs},
    {"getsizeof", s_getsizeof, Arity::kRange, 1, 2},
    {nullptr, nullptr},
};

Ref make_sys() {
  Ref m = make_module("sys");
  Dict* d = as_module(m.get())->dict;
  add_functions(d, sys_functions);
  if (!stdout_type) {
    stdout_type = make_stream_type("_GyreStdout");
    stderr_type = make_stream_type("_GyreStderr");
  }
  if (!stdin_type) stdin_type = make_stdin_type();
  Ref in = Ref::steal(allocate_object(stdin_type, sizeof(Object)));
  dict_set_str(d, "stdin", in.get());
  dict_set_str(d, "__stdin__", in.get());
  Ref out = Ref::steal(allocate_object(stdout_type, sizeof(Object)));
  Ref err = Ref::steal(allocate_object(stderr_type, sizeof(Object)));
  dict_set_str(d, "stdout", out.get());
  dict_set_str(d, "stderr", err.get());
  dict_set_str(d, "__stdout__", out.get());
  dict_set_str(d, "__stderr__", err.get());
  if (!g_argv) g_argv = make_list();
  dict_set_str(d, "argv", g_argv.get());
  if (!g_path) g_path = make_list();
  dict_set_str(d, "path", g_path.get());
  set_sys_path(g_path.get());
  dict_set_str(d, "modules", value_of(sys_modules()));
  add_sys_info(d);
  // sys.ps1 and sys.ps2 exist only in interactive mode (set_sys_prompts).
  Ref hook = make_native_function(&displayhook_def, Value());
  dict_set_str(d, "displayhook", hook.get());
  dict_set_str(d, "__displayhook__", hook.get());
  return m;
}

}  // namespace

Ref sys_module() {
  if (!g_sys) {
    g_sys = make_sys();
    dict_set_str(sys_modules(), "sys", g_sys.get());
    dict_set_str(sys_modules(), "builtins", builtins_module().get());
  }
  return g_sys;
}

void set_sys_prompts() {
  Dict* d = as_module(sys_module().get())->dict;
  if (dict_get_str(d, "ps1").is_absent()) dict_set_str(d, "ps1", make_str(">>> ").get());
  if (dict_get_str(d, "ps2").is_absent()) dict_set_str(d, "ps2", make_str("... ").get());
}

void set_sys_argv(int argc, char** argv, int first) {
  if (!g_argv) g_argv = make_list();
  List* l = g_argv.as<List>();
  list_clear(l);
  for (int i = first; i < argc; ++i) {
    Ref s = make_str(argv[i]);
    list_append(l, s.get());
  }
}

void set_sys_path0(std::string_view dir) {
  if (!g_path) g_path = make_list();
  Ref s = make_str(dir);
  list_insert(g_path.as<List>(), 0, s.get());
  set_sys_path(g_path.get());
}

}  // namespace gyre::stdlib
