// The builtin exception hierarchy of Python 3.11 (ExceptionGroup excepted).
//
// Invariants:
// - Every exception instance is an ExceptionObject (or a struct extending it: StopIteration,
//   SystemExit, SyntaxError, ImportError, NameError, AttributeError, OSError family); args is
//   a tuple, never null once constructed; traceback, context, cause are owned Values, None or
//   absent when unset (Python sees None).
// - str(e): '' for no args, str(args[0]) for one, str(args) otherwise; KeyError shows
//   repr(args[0]) for one argument. repr(e): ValueError('x'), ValueError(), ValueError(1, 2).
// - builtin_exceptions() lists every type with its Python name so builtins can register them.
#pragma once

#include <span>
#include <string_view>

#include "vm/object.hpp"

namespace gyre::vm {

struct Type;
struct Tuple;
struct Dict;

struct ExceptionObject : Object {
  Dict* dict;   // instance __dict__ (lazily created)
  Tuple* args;
  Value notes;  // __notes__ lives in dict in CPython; unused for now
  Value traceback;
  Value context;
  Value cause;
  bool suppress_context;
};

struct StopIterationObject : ExceptionObject { Value value; };
struct SystemExitObject : ExceptionObject { Value code; };
struct ImportErrorObject : ExceptionObject { Value msg, name, path; };
struct NameErrorObject : ExceptionObject { Value name; };
struct AttributeErrorObject : ExceptionObject { Value name, obj; };
struct OSErrorObject : ExceptionObject { Value myerrno, strerror, filename, filename2; };
// UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError (encoding is None for the last).
struct UnicodeErrorObject : ExceptionObject { Value encoding, object, start, end, reason; };
struct SyntaxErrorObject : ExceptionObject {
  Value msg, filename, lineno, offset, text, end_lineno, end_offset, print_file_and_line;
};

inline ExceptionObject* as_exception(Value v) { return static_cast<ExceptionObject*>(v.as_object()); }
bool is_exception_instance(Value v);
bool is_exception_type(Value v);  // a subclass of BaseException

// Creates an instance of exception type `type` with the given arguments (type(*args)).
Ref make_exception(Type* type, std::span<const Value> args);

struct NamedType {
  const char* name;
  Type** type;
};
std::span<const NamedType> builtin_exceptions();

void init_exceptions();  // called by init_runtime

// Every builtin exception type (set up by init_runtime).
extern Type *base_exception_type, *exception_type, *system_exit_type, *keyboard_interrupt_type,
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

}  // namespace gyre::vm
