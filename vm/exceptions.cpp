// The builtin exception types: one table gives each its name, base and layout; the slots
// (new/init/repr/str, attributes) follow CPython 3.11's Objects/exceptions.c.
#include "vm/exceptions.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstddef>
#include <string>
#include <vector>

#include "vm/abstract.hpp"
#include "vm/builtin_init.hpp"
#include "vm/bytes.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/numbers.hpp"
#include "vm/os_error_types.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/text/utf8.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Type *base_exception_type, *exception_type, *system_exit_type, *keyboard_interrupt_type,
    *generator_exit_type, *arithmetic_error_type, *floating_point_error_type,
    *overflow_error_type, *zero_division_error_type, *assertion_error_type,
    *attribute_error_type, *buffer_error_type, *eof_error_type, *import_error_type,
    *module_not_found_error_type, *lookup_error_type, *index_error_type, *key_error_type,
    *memory_error_type, *name_error_type, *unbound_local_error_type, *os_error_type,
    *blocking_io_error_type, *child_process_error_type, *connection_error_type,
    *broken_pipe_error_type, *connection_aborted_error_type, *connection_refused_error_type,
    *connection_reset_error_type, *file_exists_error_type, *file_not_found_error_type,
    *interrupted_error_type, *is_a_directory_error_type, *not_a_directory_error_type,
    *permission_error_type, *process_lookup_error_type, *timeout_error_type,
    *reference_error_type, *runtime_error_type, *not_implemented_error_type,
    *recursion_error_type, *stop_iteration_type, *stop_async_iteration_type,
    *syntax_error_type, *indentation_error_type, *tab_error_type, *system_error_type,
    *type_error_type, *value_error_type, *unicode_error_type, *unicode_decode_error_type,
    *unicode_encode_error_type, *unicode_translate_error_type, *warning_type,
    *bytes_warning_type, *deprecation_warning_type, *encoding_warning_type,
    *future_warning_type, *import_warning_type, *pending_deprecation_warning_type,
    *resource_warning_type, *runtime_warning_type, *syntax_warning_type,
    *unicode_warning_type, *user_warning_type;

namespace {

static_assert(offsetof(StopIterationObject, value) == sizeof(ExceptionObject));
static_assert(offsetof(SyntaxErrorObject, msg) == sizeof(ExceptionObject));

// The struct that decides an exception's layout and special behaviour.
enum class Kind { kBase, kStopIteration, kSystemExit, kImportError, kNameError, kAttributeError,
                  kOSError, kSyntaxError, kKeyError, kUnicodeError };

struct ExceptionSpec {
  const char* name;
  Type** type;
  Type** base;  // null for BaseException
  Kind kind;
};

const ExceptionSpec kSpecs[] = {
    {"BaseException", &base_exception_type, nullptr, Kind::kBase},
    {"SystemExit", &system_exit_type, &base_exception_type, Kind::kSystemExit},
    {"KeyboardInterrupt", &keyboard_interrupt_type, &base_exception_type, Kind::kBase},
    {"GeneratorExit", &generator_exit_type, &base_exception_type, Kind::kBase},
    {"Exception", &exception_type, &base_exception_type, Kind::kBase},
    {"ArithmeticError", &arithmetic_error_type, &exception_type, Kind::kBase},
    {"FloatingPointError", &floating_point_error_type, &arithmetic_error_type, Kind::kBase},
    {"OverflowError", &overflow_error_type, &arithmetic_error_type, Kind::kBase},
    {"ZeroDivisionError", &zero_division_error_type, &arithmetic_error_type, Kind::kBase},
    {"AssertionError", &assertion_error_type, &exception_type, Kind::kBase},
    {"AttributeError", &attribute_error_type, &exception_type, Kind::kAttributeError},
    {"BufferError", &buffer_error_type, &exception_type, Kind::kBase},
    {"EOFError", &eof_error_type, &exception_type, Kind::kBase},
    {"ImportError", &import_error_type, &exception_type, Kind::kImportError},
    {"ModuleNotFoundError", &module_not_found_error_type, &import_error_type, Kind::kImportError},
    {"LookupError", &lookup_error_type, &exception_type, Kind::kBase},
    {"IndexError", &index_error_type, &lookup_error_type, Kind::kBase},
    {"KeyError", &key_error_type, &lookup_error_type, Kind::kKeyError},
    {"MemoryError", &memory_error_type, &exception_type, Kind::kBase},
    {"NameError", &name_error_type, &exception_type, Kind::kNameError},
    {"UnboundLocalError", &unbound_local_error_type, &name_error_type, Kind::kNameError},
    {"OSError", &os_error_type, &exception_type, Kind::kOSError},
    {"BlockingIOError", &blocking_io_error_type, &os_error_type, Kind::kOSError},
    {"ChildProcessError", &child_process_error_type, &os_error_type, Kind::kOSError},
    {"ConnectionError", &connection_error_type, &os_error_type, Kind::kOSError},
    {"BrokenPipeError", &broken_pipe_error_type, &connection_error_type, Kind::kOSError},
    {"ConnectionAbortedError", &connection_aborted_error_type, &connection_error_type, Kind::kOSError},
    {"ConnectionRefusedError", &connection_refused_error_type, &connection_error_type, Kind::kOSError},
    {"ConnectionResetError", &connection_reset_error_type, &connection_error_type, Kind::kOSError},
    {"FileExistsError", &file_exists_error_type, &os_error_type, Kind::kOSError},
    {"FileNotFoundError", &file_not_found_error_type, &os_error_type, Kind::kOSError},
    {"InterruptedError", &interrupted_error_type, &os_error_type, Kind::kOSError},
    {"IsADirectoryError", &is_a_directory_error_type, &os_error_type, Kind::kOSError},
    {"NotADirectoryError", &not_a_directory_error_type, &os_error_type, Kind::kOSError},
    {"PermissionError", &permission_error_type, &os_error_type, Kind::kOSError},
    {"ProcessLookupError", &process_lookup_error_type, &os_error_type, Kind::kOSError},
    {"TimeoutError", &timeout_error_type, &os_error_type, Kind::kOSError},
    {"ReferenceError", &reference_error_type, &exception_type, Kind::kBase},
    {"RuntimeError", &runtime_error_type, &exception_type, Kind::kBase},
    {"NotImplementedError", &not_implemented_error_type, &runtime_error_type, Kind::kBase},
    {"RecursionError", &recursion_error_type, &runtime_error_type, Kind::kBase},
    {"StopIteration", &stop_iteration_type, &exception_type, Kind::kStopIteration},
    {"StopAsyncIteration", &stop_async_iteration_type, &exception_type, Kind::kBase},
    {"SyntaxError", &syntax_error_type, &exception_type, Kind::kSyntaxError},
    {"IndentationError", &indentation_error_type, &syntax_error_type, Kind::kSyntaxError},
    {"TabError", &tab_error_type, &indentation_error_type, Kind::kSyntaxError},
    {"SystemError", &system_error_type, &exception_type, Kind::kBase},
    {"TypeError", &type_error_type, &exception_type, Kind::kBase},
    {"ValueError", &value_error_type, &exception_type, Kind::kBase},
    {"UnicodeError", &unicode_error_type, &value_error_type, Kind::kBase},
    {"UnicodeDecodeError", &unicode_decode_error_type, &unicode_error_type, Kind::kUnicodeError},
    {"UnicodeEncodeError", &unicode_encode_error_type, &unicode_error_type, Kind::kUnicodeError},
    {"UnicodeTranslateError", &unicode_translate_error_type, &unicode_error_type, Kind::kUnicodeError},
    {"Warning", &warning_type, &exception_type, Kind::kBase},
    {"BytesWarning", &bytes_warning_type, &warning_type, Kind::kBase},
    {"DeprecationWarning", &deprecation_warning_type, &warning_type, Kind::kBase},
    {"EncodingWarning", &encoding_warning_type, &warning_type, Kind::kBase},
    {"FutureWarning", &future_warning_type, &warning_type, Kind::kBase},
    {"ImportWarning", &import_warning_type, &warning_type, Kind::kBase},
    {"PendingDeprecationWarning", &pending_deprecation_warning_type, &warning_type, Kind::kBase},
    {"ResourceWarning", &resource_warning_type, &warning_type, Kind::kBase},
    {"RuntimeWarning", &runtime_warning_type, &warning_type, Kind::kBase},
    {"SyntaxWarning", &syntax_warning_type, &warning_type, Kind::kBase},
    {"UnicodeWarning", &unicode_warning_type, &warning_type, Kind::kBase},
    {"UserWarning", &user_warning_type, &warning_type, Kind::kBase},
};

std::vector<NamedType>& named_types() {
  static std::vector<NamedType> types;
  return types;
}

size_t kind_size(Kind kind) {
  switch (kind) {
    case Kind::kStopIteration: return sizeof(StopIterationObject);
    case Kind::kSystemExit: return sizeof(SystemExitObject);
    case Kind::kImportError: return sizeof(ImportErrorObject);
    case Kind::kNameError: return sizeof(NameErrorObject);
    case Kind::kAttributeError: return sizeof(AttributeErrorObject);
    case Kind::kOSError: return sizeof(OSErrorObject);
    case Kind::kSyntaxError: return sizeof(SyntaxErrorObject);
    case Kind::kUnicodeError: return sizeof(UnicodeErrorObject);
    default: return sizeof(ExceptionObject);
  }
}

// The builtin exception type whose layout `t` uses.
Type* solid_type(Type* t) {
  while (t->has_flag(TypeFlag::kHeapType)) t = t->base;
  return t;
}

// The layout kind of a builtin exception type. Exceptions are made often (StopIteration,
// GeneratorExit), so the table scan is cached; builtin types are immortal, so a cached
// address can never come back as another type.
Kind exception_kind(Type* solid) {
  struct Entry {
    Type* type = nullptr;
    Kind kind = Kind::kBase;
  };
  static Entry cache[32];
  Entry& e = cache[(reinterpret_cast<uintptr_t>(solid) >> 4) & 31];
  if (e.type != solid) {
    Kind kind = Kind::kBase;
    for (const ExceptionSpec& s : kSpecs) {
      if (*s.type == solid) {
        kind = s.kind;
        break;
      }
    }
    e = {solid, kind};
  }
  return e.kind;
}

// Extra Values after the ExceptionObject fields (the layouts only append Values).
std::span<Value> extra_fields(Object* o) {
  size_t size = solid_type(o->type)->instance_size;
  size_t count = (size - sizeof(ExceptionObject)) / sizeof(Value);
  return {reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + sizeof(ExceptionObject)), count};
}

void set_field(Value& field, Value v) {
  Value old = field;
  incref(v);
  field = v;
  decref(old);
}

void exc_clear(Object* o) {
  auto* e = static_cast<ExceptionObject*>(o);
  Value fields[] = {e->dict ? value_of(e->dict) : Value(), e->args ? value_of(e->args) : Value(),
                    e->notes, e->traceback, e->context, e->cause};
  e->dict = nullptr;
  e->args = nullptr;
  e->notes = e->traceback = e->context = e->cause = Value();
  for (Value& v : extra_fields(o)) {
    Value old = v;
    v = Value();
    decref(old);
  }
  for (Value v : fields) decref(v);
}

void exc_dealloc(Object* o) {
  exc_clear(o);
  free_object(o);
}

void exc_traverse(Object* o, VisitFn visit, void* arg) {
  auto* e = static_cast<ExceptionObject*>(o);
  if (e->dict) visit(value_of(e->dict), arg);
  if (e->args) visit(value_of(e->args), arg);
  for (Value v : {e->notes, e->traceback, e->context, e->cause})
    if (v.is_object()) visit(v, arg);
  for (Value v : extra_fields(o))
    if (v.is_object()) visit(v, arg);
}

Ref exc_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  (void)kwnames;
  // OSError(errno, strerror, ...) is an instance of the subclass of errno, as in CPython.
  if (type == os_error_type && nargs - tuple_size(kwnames) >= 2 && args[0].is_small_int()) {
    type = os_error_type_for_errno(static_cast<int>(args[0].as_small_int()));
  }
  auto* e = static_cast<ExceptionObject*>(allocate_object(type, type->instance_size));
  Ref owner = Ref::steal(e);
  size_t npos = nargs - tuple_size(kwnames);
  e->args = static_cast<Tuple*>(make_tuple({args, npos}).release().as_object());
  // Zero-filled memory is the float 0.0, not absent: set every Value field.
  e->notes = e->traceback = e->context = e->cause = Value();
  for (Value& v : extra_fields(e)) v = Value::none();
  return owner;
}

void set_args(ExceptionObject* e, const Value* args, size_t npos) {
  Tuple* old = e->args;
  e->args = static_cast<Tuple*>(make_tuple({args, npos}).release().as_object());
  if (old) decref(old);
}

// Finds keyword `name` in kwnames; returns the value or absent.
Value keyword(const Value* args, size_t nargs, Tuple* kwnames, std::string_view name) {
  size_t nkw = tuple_size(kwnames);
  for (size_t i = 0; i < nkw; ++i)
    if (as_str(kwnames->items[i])->view() == name) return args[nargs - nkw + i];
  return Value();
}

bool check_keywords(Value self, Tuple* kwnames, std::initializer_list<std::string_view> allowed) {
  for (size_t i = 0; i < tuple_size(kwnames); ++i) {
    std::string_view k = as_str(kwnames->items[i])->view();
    bool ok = false;
    for (auto a : allowed) ok = ok || a == k;
    if (!ok) {
      if (allowed.size() == 0)
        raise_format(type_error_type, "{}() takes no keyword arguments", type_name_of(self));
      else
        raise_format(type_error_type, "'{}' is an invalid keyword argument for {}()", k,
                     type_name_of(self));
      return false;
    }
  }
  return true;
}

// UnicodeDecodeError(encoding, object, start, end, reason), UnicodeEncodeError(the same, object
// a str) and UnicodeTranslateError(object, start, end, reason), with CPython's argument checks.
int unicode_error_init(ExceptionObject* e, Type* solid, const Value* args, size_t npos, std::span<Value> extra) {
  bool translate = solid == unicode_translate_error_type, decode = solid == unicode_decode_error_type;
  size_t want = translate ? 4 : 5;
  if (npos != want) {
    raise_format(type_error_type, "function takes exactly {} arguments ({} given)", want, npos);
    return -1;
  }
  const Value* a = translate ? args - 1 : args;  // a[1..4]: object, start, end, reason
  if (!translate && !is_str(a[0])) {
    raise_format(type_error_type, "argument 1 must be str, not {}", type_name_of(a[0]));
    return -1;
  }
  Ref object = Ref::borrow(a[1]);
  if (decode) {
    if (!is_bytes_like(a[1])) {
      raise_format(type_error_type, "a bytes-like object is required, not '{}'", type_name_of(a[1]));
      return -1;
    }
    if (!is_bytes(a[1])) object = make_bytes(bytes_like_view(a[1]));
  } else if (!is_str(a[1])) {
    raise_format(type_error_type, "argument {} must be str, not {}", translate ? 1 : 2, type_name_of(a[1]));
    return -1;
  }
  int64_t start, end;
  if (!index_to_int64(a[2], start) || !index_to_int64(a[3], end)) return -1;
  if (!is_str(a[4])) {
    raise_format(type_error_type, "argument {} must be str, not {}", translate ? 4 : 5, type_name_of(a[4]));
    return -1;
  }
  set_args(e, args, npos);
  Ref start_v = make_int(start), end_v = make_int(end);
  set_field(extra[0], translate ? Value::none() : a[0]);
  set_field(extra[1], object.get());
  set_field(extra[2], start_v.get());
  set_field(extra[3], end_v.get());
  set_field(extra[4], a[4]);
  return 0;
}

// str() of a Unicode error from its fields (CPython's UnicodeDecodeError_str and friends);
// absent when the fields are not of the expected types.
Ref unicode_error_str(Type* solid, std::span<Value> extra) {
  Value encoding = extra[0], object = extra[1], reason = extra[4];
  if (!extra[2].is_small_int() || !extra[3].is_small_int() || !is_str(reason)) return Ref();
  int64_t start = extra[2].as_small_int(), end = extra[3].as_small_int();
  std::string_view why = as_str(reason)->view();
  if (solid == unicode_decode_error_type) {
    if (!is_str(encoding) || !is_bytes(object)) return Ref();
    std::string_view data = as_bytes(object)->view(), enc = as_str(encoding)->view();
    if (start >= 0 && static_cast<size_t>(start) < data.size() && end == start + 1) {
      return make_str(fmt::format("'{}' codec can't decode byte 0x{:02x} in position {}: {}", enc,
                                  static_cast<unsigned char>(data[start]), start, why));
    }
    return make_str(fmt::format("'{}' codec can't decode bytes in position {}-{}: {}", enc, start, end - 1, why));
  }
  if (!is_str(object)) return Ref();
  Str* text = as_str(object);
  std::string prefix = solid == unicode_translate_error_type
                           ? std::string("can't translate")
                           : is_str(encoding) ? fmt::format("'{}' codec can't encode", as_str(encoding)->view())
                                              : std::string();
  if (prefix.empty()) return Ref();
  if (start >= 0 && static_cast<size_t>(start) < text->length && end == start + 1) {
    char32_t cp;
    size_t at = text::byte_offset(text->view(), text->info(), static_cast<size_t>(start));
    text::decode(text->view(), at, cp);
    auto code = static_cast<uint32_t>(cp);
    std::string shown = code <= 0xFF ? fmt::format("\\x{:02x}", code)
                        : code <= 0xFFFF ? fmt::format("\\u{:04x}", code) : fmt::format("\\U{:08x}", code);
    return make_str(fmt::format("{} character '{}' in position {}: {}", prefix, shown, start, why));
  }
  return make_str(fmt::format("{} characters in position {}-{}: {}", prefix, start, end - 1, why));
}

int exc_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* e = as_exception(self);
  size_t npos = nargs - tuple_size(kwnames);
  Type* solid = solid_type(type_of(self));
  Kind kind = exception_kind(solid);
  std::span<Value> extra = extra_fields(e);
  switch (kind) {
    case Kind::kImportError: {
      if (!check_keywords(self, kwnames, {"name", "path"})) return -1;
      set_args(e, args, npos);
      Value name = keyword(args, nargs, kwnames, "name");
      Value path = keyword(args, nargs, kwnames, "path");
      set_field(extra[0], npos == 1 ? args[0] : Value::none());
      set_field(extra[1], name.is_absent() ? Value::none() : name);
      set_field(extra[2], path.is_absent() ? Value::none() : path);
      return 0;
    }
    case Kind::kNameError: {
      if (!check_keywords(self, kwnames, {"name"})) return -1;
      set_args(e, args, npos);
      Value name = keyword(args, nargs, kwnames, "name");
      set_field(extra[0], name.is_absent() ? Value::none() : name);
      return 0;
    }
    case Kind::kAttributeError: {
      if (!check_keywords(self, kwnames, {"name", "obj"})) return -1;
      set_args(e, args, npos);
      Value name = keyword(args, nargs, kwnames, "name");
      Value obj = keyword(args, nargs, kwnames, "obj");
      set_field(extra[0], name.is_absent() ? Value::none() : name);
      set_field(extra[1], obj.is_absent() ? Value::none() : obj);
      return 0;
    }
    case Kind::kUnicodeError:
      if (!check_keywords(self, kwnames, {})) return -1;
      return unicode_error_init(e, solid, args, npos, extra);
    default:
      break;
  }
  if (!check_keywords(self, kwnames, {})) return -1;
  set_args(e, args, npos);
  switch (kind) {
    case Kind::kStopIteration:
      set_field(extra[0], npos > 0 ? args[0] : Value::none());
      break;
    case Kind::kSystemExit:
      if (npos == 1) set_field(extra[0], args[0]);
      else if (npos > 1) set_field(extra[0], value_of(e->args));
      else set_field(extra[0], Value::none());
      break;
    case Kind::kOSError:
      // OSError(errno, strerror[, filename[, winerror[, filename2]]])
      if (npos >= 2 && npos <= 5) {
        set_field(extra[0], args[0]);
        set_field(extra[1], args[1]);
        if (npos >= 3) {
          set_field(extra[2], args[2]);
          if (npos == 5) set_field(extra[3], args[4]);
          // args keeps only (errno, strerror) when a filename is given, as CPython does.
          set_args(e, args, 2);
        }
      }
      break;
    case Kind::kSyntaxError: {
      // SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))
      if (npos >= 1) set_field(extra[0], args[0]);
      if (npos == 2) {
        Ref info = make_list();
        if (list_extend(info.as<List>(), args[1]) < 0) return -1;
        List* l = info.as<List>();
        if (l->size < 4 || l->size > 6) {
          raise(index_error_type, "tuple index out of range");
          return -1;
        }
        for (size_t i = 0; i < l->size; ++i) set_field(extra[1 + i], l->items[i]);
      }
      break;
    }
    default:
      break;
  }
  return 0;
}

Ref exc_str(Value self) {
  auto* e = as_exception(self);
  Tuple* args = e->args;
  Type* solid = solid_type(type_of(self));
  std::span<Value> extra = extra_fields(e);
  if (is_subtype(solid, key_error_type) && args->size == 1) return repr(args->items[0]);
  if (solid == unicode_decode_error_type || solid == unicode_encode_error_type ||
      solid == unicode_translate_error_type) {
    if (Ref r = unicode_error_str(solid, extra)) return r;
    if (error_pending()) return Ref();
    return Ref::borrow(empty_str());
  }
  if (is_subtype(solid, import_error_type) && !extra[0].is_none()) return str(extra[0]);
  if (is_subtype(solid, os_error_type) && !extra[0].is_none() && !extra[1].is_none()) {
    Ref err = str(extra[0]);
    if (!err) return err;
    Ref msg = str(extra[1]);
    if (!msg) return msg;
    std::string out = "[Errno " + std::string(as_str(err.get())->view()) + "] " +
                      std::string(as_str(msg.get())->view());
    if (!extra[2].is_none()) {
      Ref f = repr(extra[2]);
      if (!f) return f;
      out += ": " + std::string(as_str(f.get())->view());
      if (!extra[3].is_none()) {
        Ref f2 = repr(extra[3]);
        if (!f2) return f2;
        out += " -> " + std::string(as_str(f2.get())->view());
      }
    }
    return make_str(out);
  }
  if (is_subtype(solid, syntax_error_type)) {
    Value msg = extra[0], filename = extra[1], lineno = extra[2];
    Ref m = str(msg.is_none() && args->size > 0 ? args->items[0] : msg);
    if (!m) return m;
    bool have_file = is_str(filename);
    bool have_line = lineno.is_small_int();
    if (!have_file && !have_line) return m;
    std::string out(as_str(m.get())->view());
    std::string file;
    if (have_file) {
      std::string_view f = as_str(filename)->view();
      size_t slash = f.rfind('/');
      file = std::string(slash == std::string_view::npos ? f : f.substr(slash + 1));
    }
    if (have_file && have_line)
      out += " (" + file + ", line " + std::to_string(lineno.as_small_int()) + ")";
    else if (have_file)
      out += " (" + file + ")";
    else
      out += " (line " + std::to_string(lineno.as_small_int()) + ")";
    return make_str(out);
  }
  if (args->size == 0) return Ref::borrow(empty_str());
  if (args->size == 1) return str(args->items[0]);
  return str(value_of(args));
}

Ref exc_repr(Value self) {
  auto* e = as_exception(self);
  std::string name(type_name_of(self));
  if (e->args->size == 1) {
    Ref r = repr(e->args->items[0]);
    if (!r) return r;
    return make_str(name + "(" + std::string(as_str(r.get())->view()) + ")");
  }
  if (e->args->size == 0) return make_str(name + "()");
  Ref r = repr(value_of(e->args));
  if (!r) return r;
  return make_str(name + std::string(as_str(r.get())->view()));
}

// ---- attributes

Ref get_args(Value self) { return Ref::borrow(value_of(as_exception(self)->args)); }
int set_args_attr(Value self, Value value) {
  if (value.is_absent()) {
    raise(type_error_type, "args may not be deleted");
    return -1;
  }
  Ref list = make_list();
  if (list_extend(list.as<List>(), value) < 0) return -1;
  Ref t = list_as_tuple(list.as<List>());
  Tuple* old = as_exception(self)->args;
  as_exception(self)->args = static_cast<Tuple*>(t.release().as_object());
  decref(old);
  return 0;
}
Ref none_if_absent(Value v) { return v.is_absent() ? new_none() : Ref::borrow(v); }
Ref get_traceback(Value self) { return none_if_absent(as_exception(self)->traceback); }
int set_traceback(Value self, Value v) {
  if (v.is_absent()) {
    raise(type_error_type, "__traceback__ may not be deleted");
    return -1;
  }
  if (!v.is_none() && type_name_of(v) != "traceback") {
    raise(type_error_type, "__traceback__ must be a traceback or None");
    return -1;
  }
  set_field(as_exception(self)->traceback, v);
  return 0;
}
Ref get_context(Value self) { return none_if_absent(as_exception(self)->context); }
int set_context(Value self, Value v) {
  if (v.is_absent()) {
    raise(type_error_type, "__context__ may not be deleted");
    return -1;
  }
  if (!v.is_none() && !is_exception_instance(v)) {
    raise(type_error_type, "exception context must be None or derive from BaseException");
    return -1;
  }
  set_field(as_exception(self)->context, v);
  return 0;
}
Ref get_cause(Value self) { return none_if_absent(as_exception(self)->cause); }
int set_cause(Value self, Value v) {
  if (v.is_absent()) {
    raise(type_error_type, "__cause__ may not be deleted");
    return -1;
  }
  if (!v.is_none() && !is_exception_instance(v)) {
    raise(type_error_type, "exception cause must be None or derive from BaseException");
    return -1;
  }
  set_field(as_exception(self)->cause, v);
  as_exception(self)->suppress_context = true;
  return 0;
}
Ref get_suppress_context(Value self) { return new_bool(as_exception(self)->suppress_context); }
int set_suppress_context(Value self, Value v) {
  if (v.is_absent()) {
    raise(type_error_type, "__suppress_context__ may not be deleted");
    return -1;
  }
  int t = is_true(v);
  if (t < 0) return -1;
  as_exception(self)->suppress_context = t;
  return 0;
}

Ref m_with_traceback(Value self, const Value* args, size_t, Tuple*) {
  if (set_traceback(self, args[0]) < 0) return Ref();
  return Ref::borrow(self);
}

const MethodDef base_exception_methods[] = {
    {"with_traceback", m_with_traceback, Arity::kOneArg},
    {},
};
const GetSetDef base_exception_getsets[] = {
    {"args", get_args, set_args_attr},
    {"__traceback__", get_traceback, set_traceback},
    {"__context__", get_context, set_context},
    {"__cause__", get_cause, set_cause},
    {"__suppress_context__", get_suppress_context, set_suppress_context},
    {},
};

// Getters/setters of the extra fields, by index.
template <size_t I>
Ref get_extra(Value self) {
  return Ref::borrow(extra_fields(self.as_object())[I]);
}
template <size_t I>
int set_extra(Value self, Value v) {
  set_field(extra_fields(self.as_object())[I], v.is_absent() ? Value::none() : v);
  return 0;
}

const GetSetDef stop_iteration_getsets[] = {{"value", get_extra<0>, set_extra<0>}, {}};
const GetSetDef system_exit_getsets[] = {{"code", get_extra<0>, set_extra<0>}, {}};
const GetSetDef import_error_getsets[] = {
    {"msg", get_extra<0>, set_extra<0>}, {"name", get_extra<1>, set_extra<1>},
    {"path", get_extra<2>, set_extra<2>}, {}};
const GetSetDef name_error_getsets[] = {{"name", get_extra<0>, set_extra<0>}, {}};
const GetSetDef attribute_error_getsets[] = {
    {"name", get_extra<0>, set_extra<0>}, {"obj", get_extra<1>, set_extra<1>}, {}};
const GetSetDef os_error_getsets[] = {
    {"errno", get_extra<0>, set_extra<0>}, {"strerror", get_extra<1>, set_extra<1>},
    {"filename", get_extra<2>, set_extra<2>}, {"filename2", get_extra<3>, set_extra<3>}, {}};
const GetSetDef unicode_error_getsets[] = {
    {"encoding", get_extra<0>, set_extra<0>}, {"object", get_extra<1>, set_extra<1>},
    {"start", get_extra<2>, set_extra<2>},    {"end", get_extra<3>, set_extra<3>},
    {"reason", get_extra<4>, set_extra<4>},   {}};
const GetSetDef syntax_error_getsets[] = {
    {"msg", get_extra<0>, set_extra<0>},          {"filename", get_extra<1>, set_extra<1>},
    {"lineno", get_extra<2>, set_extra<2>},       {"offset", get_extra<3>, set_extra<3>},
    {"text", get_extra<4>, set_extra<4>},         {"end_lineno", get_extra<5>, set_extra<5>},
    {"end_offset", get_extra<6>, set_extra<6>},
    {"print_file_and_line", get_extra<7>, set_extra<7>}, {}};

const GetSetDef* getsets_for(const ExceptionSpec& s) {
  if (s.base != nullptr) {
    // Subclasses of a special kind inherit the getsets through the mro.
    for (const ExceptionSpec& p : kSpecs)
      if (p.type == s.base && p.kind == s.kind) return nullptr;
  }
  switch (s.kind) {
    case Kind::kBase: return s.base == nullptr ? base_exception_getsets : nullptr;
    case Kind::kStopIteration: return stop_iteration_getsets;
    case Kind::kSystemExit: return system_exit_getsets;
    case Kind::kImportError: return import_error_getsets;
    case Kind::kNameError: return name_error_getsets;
    case Kind::kAttributeError: return attribute_error_getsets;
    case Kind::kOSError: return os_error_getsets;
    case Kind::kSyntaxError: return syntax_error_getsets;
    case Kind::kKeyError: return nullptr;
    case Kind::kUnicodeError: return unicode_error_getsets;
  }
  return nullptr;
}

}  // namespace

bool is_exception_instance(Value v) {
  return v.is_object() && v.as_object()->type->has_flag(TypeFlag::kExceptionSubclass);
}

bool is_exception_type(Value v) {
  return is_instance(v, type_type) &&
         static_cast<Type*>(v.as_object())->has_flag(TypeFlag::kExceptionSubclass);
}

Ref make_exception(Type* type, std::span<const Value> args) {
  // Not through call(): raising RecursionError must work at the recursion limit.
  Ref e = type->new_(type, args.data(), args.size(), nullptr);
  if (!e) return e;
  if (type->init != nullptr && type->init(e.get(), args.data(), args.size(), nullptr) < 0)
    return Ref();
  return e;
}

std::span<const NamedType> builtin_exceptions() { return named_types(); }

void init_exceptions() {
  for (const ExceptionSpec& s : kSpecs) {
    Type* base = s.base != nullptr ? *s.base : nullptr;
    Type* t = make_builtin_type(s.name, base, kind_size(s.kind),
                                TypeFlag::kBaseType | TypeFlag::kGc | TypeFlag::kHasDict |
                                    TypeFlag::kExceptionSubclass);
    t->dict_offset = offsetof(ExceptionObject, dict);
    if (s.base == nullptr) {
      t->dealloc = exc_dealloc;
      t->traverse = exc_traverse;
      t->clear = exc_clear;
      t->new_ = exc_new;
      t->init = exc_init;
      t->repr = exc_repr;
      t->str = exc_str;
      t->methods = base_exception_methods;
    }
    t->getsets = getsets_for(s);
    *s.type = t;
    named_types().push_back(NamedType{s.name, s.type});
  }
}

Type* os_error_type_for_errno(int error) {
  Type* type = os_error_type;
  switch (error) {
    case ENOENT: type = file_not_found_error_type; break;
    case EEXIST: type = file_exists_error_type; break;
    case EISDIR: type = is_a_directory_error_type; break;
    case ENOTDIR: type = not_a_directory_error_type; break;
    case EACCES: case EPERM: type = permission_error_type; break;
    case EINTR: type = interrupted_error_type; break;
    case EAGAIN: case EALREADY: case EINPROGRESS: type = blocking_io_error_type; break;
    case ECHILD: type = child_process_error_type; break;
    case EPIPE: case ESHUTDOWN: type = broken_pipe_error_type; break;
    case ECONNABORTED: type = connection_aborted_error_type; break;
    case ECONNREFUSED: type = connection_refused_error_type; break;
    case ECONNRESET: type = connection_reset_error_type; break;
    case ESRCH: type = process_lookup_error_type; break;
    case ETIMEDOUT: type = timeout_error_type; break;
    default: break;
  }
  return type;
}

}  // namespace gyre::vm
