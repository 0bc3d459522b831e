// Compiling source text at run time (imports, compile(), exec(), eval(), the REPL).
//
// The VM does not know the parser or the compiler (they depend on it, not the other way): the
// program that links them all (cli/) registers a SourceCompiler at start-up, and the VM and the
// builtins call compile_source().
#pragma once

#include <string>
#include <string_view>

#include "vm/object.hpp"
#include "vm/text/syntax_error_text.hpp"

namespace gyre::vm {

enum class CompileMode { Exec, Eval, Single };  // compile()'s 'exec', 'eval' and 'single'
// Source read from a file reports some errors differently from source given as a string.
enum class SourceOrigin { File, String };

// Compiles `source` to a Code object; on failure returns absent with the SyntaxError pending
// (raise_syntax_error), after writing any SyntaxWarnings to stderr.
using SourceCompiler = Ref (*)(std::string_view source, const std::string& filename,
                              CompileMode mode, SourceOrigin origin);
void set_source_compiler(SourceCompiler compiler);
Ref compile_source(std::string_view source, const std::string& filename, CompileMode mode,
                   SourceOrigin origin = SourceOrigin::String);

// Raises the SyntaxError (IndentationError, TabError, ... as `info.type` says) CPython raises
// for `info`: msg, filename, lineno, offset, text (None without `has_text`), end_lineno and
// end_offset set as CPython sets them. Returns absent.
Ref raise_syntax_error(const text::SyntaxErrorInfo& info, bool has_text);

// The lines CPython prints for a SyntaxError object in a traceback (`  File "x", line N`, the
// source line, the carets and `SyntaxError: msg`), read from its attributes as CPython's
// print_exception does. False when the attributes do not make a location (lineno not an int):
// the exception is then printed as any other.
bool format_syntax_error_object(Value exception, const std::string& type_name, std::string& out);

}  // namespace gyre::vm
