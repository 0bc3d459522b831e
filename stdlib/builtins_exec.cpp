// The builtins that compile and run source at run time: compile(), exec() and eval(), with
// CPython 3.11's argument rules and messages (Python/bltinmodule.c). Compiling goes through
// the SourceCompiler the program registered (vm/source_compiler.hpp).
#include <string>
#include <string_view>

#include "stdlib/builtins.hpp"
#include "stdlib/call_arguments.hpp"
#include "vm/abstract.hpp"
#include "vm/bytes.hpp"
#include "vm/code.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/frame.hpp"
#include "vm/interpreter.hpp"
#include "vm/module.hpp"
#include "vm/native_function.hpp"
#include "vm/singletons.hpp"
#include "vm/source_compiler.hpp"
#include "vm/str.hpp"
#include "vm/type.hpp"

namespace gyre::stdlib {

using namespace vm;

namespace {

// _Py_SourceAsString: the text of a str or bytes source; absent with TypeError
// "{function}() arg 1 must be a {what} object" for anything else, or SyntaxError for NUL bytes.
bool source_text(Value source, std::string_view function, std::string_view what, std::string& out) {
  if (is_str(source)) {
    out = as_str(source)->view();
  } else if (is_bytes(source)) {
    out = as_bytes(source)->view();
  } else {
    raise_format(type_error_type, "{}() arg 1 must be a {} object", function, what);
    return false;
  }
  if (out.find('\0') != std::string::npos) {
    raise(syntax_error_type, "source code string cannot contain null bytes");
    return false;
  }
  return true;
}

// PyMapping_Check: a type that can be subscripted (and is not a sequence-only builtin).
bool is_mapping(Value v) { return is_dict(v) || type_of(v)->getitem != nullptr; }

// The builtins a run of exec/eval code sees: globals['__builtins__'] (inserted, as the
// builtins dict, when missing, as CPython does), as a dict.
Dict* builtins_for(Dict* globals) {
  Value given = dict_get_str(globals, intern("__builtins__"));
  if (given.is_absent()) {
    dict_set_str(globals, "__builtins__", value_of(builtins_dict()));
    return builtins_dict();
  }
  if (is_dict(given)) return as_dict(given);
  if (is_instance(given, module_type)) return as_module(given)->dict;
  return builtins_dict();
}

// The globals and locals exec/eval run with when the caller gave None: the caller's own.
bool caller_namespaces(Value& globals, Value& locals, Ref& locals_owner) {
  Frame* f = current_frame();
  if (!f) {
    raise(type_error_type, "eval must be given globals and locals when called without a frame");
    return false;
  }
  globals = value_of(f->globals);
  if (locals.is_none()) {
    locals_owner = frame_locals(f);
    if (!locals_owner) return false;
    locals = locals_owner.get();
  }
  return true;
}

Ref run_code(Value code, std::string_view function, Value globals, Value locals) {
  Code* c = as_code(code);
  if (!c->freevars.empty()) {
    return raise_format(type_error_type, "code object passed to {}() may not contain free variables", function);
  }
  Dict* g = as_dict(globals);
  return run_module_code(c, g, builtins_for(g), locals);
}

// The positional-only (source, globals, locals) of exec() and eval(), None when not given.
bool namespace_arguments(std::string_view function, const Value* args, size_t nargs, Tuple* kwnames,
                         Value& globals, Value& locals) {
  size_t npos = positional_count(nargs, kwnames);
  // exec() is argument-clinic made (keyword `closure`), eval() an older style: their messages differ.
  bool is_exec = function == "exec";
  for (size_t k = 0; k < tuple_size(kwnames); ++k) {
    std::string_view name = as_str(kwnames->items[k])->view();
    if (!is_exec) {
      raise_format(type_error_type, "{}() takes no keyword arguments", function);
      return false;
    }
    if (name != "closure") {
      raise_format(type_error_type, "'{}' is an invalid keyword argument for exec()", name);
      return false;
    }
  }
  if (npos < 1 || npos > 3) {
    if (is_exec) {
      if (npos < 1) {
        raise(type_error_type, "exec() takes at least 1 positional argument (0 given)");
      } else {
        raise_format(type_error_type, "exec() takes at most 3 positional arguments ({} given)", npos);
      }
    } else if (npos < 1) {
      raise_format(type_error_type, "eval expected at least 1 argument, got 0");
    } else {
      raise_format(type_error_type, "eval expected at most 3 arguments, got {}", npos);
    }
    return false;
  }
  globals = npos > 1 ? args[1] : Value::none();
  locals = npos > 2 ? args[2] : Value::none();
  return true;
}

Ref b_exec(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value globals, locals;
  if (!namespace_arguments("exec", args, nargs, kwnames, globals, locals)) return Ref();
  Ref locals_owner;
  if (globals.is_none()) {
    if (!caller_namespaces(globals, locals, locals_owner)) return Ref();
  } else if (locals.is_none()) {
    locals = globals;
  }
  if (!is_dict(globals)) {
    return raise_format(type_error_type, "exec() globals must be a dict, not {}", type_name_of(globals));
  }
  if (!is_mapping(locals)) {
    return raise_format(type_error_type, "locals must be a mapping or None, not {}", type_name_of(locals));
  }
  Ref code;
  if (is_code(args[0])) {
    code = Ref::borrow(args[0]);
  } else {
    std::string text;
    if (!source_text(args[0], "exec", "string, bytes or code", text)) return Ref();
    code = compile_source(text, "<string>", CompileMode::Exec);
    if (!code) return code;
  }
  Ref result = run_code(code.get(), "exec", globals, locals);
  if (!result) return result;
  return new_none();
}

Ref b_eval(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value globals, locals;
  if (!namespace_arguments("eval", args, nargs, kwnames, globals, locals)) return Ref();
  if (!locals.is_none() && !is_mapping(locals)) return raise(type_error_type, "locals must be a mapping");
  if (!globals.is_none() && !is_dict(globals)) {
    return raise(type_error_type, is_mapping(globals) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                      : "globals must be a dict");
  }
  Ref locals_owner;
  if (globals.is_none()) {
    if (!caller_namespaces(globals, locals, locals_owner)) return Ref();
  } else if (locals.is_none()) {
    locals = globals;
  }
  if (is_code(args[0])) return run_code(args[0], "eval", globals, locals);
  std::string text;
  if (!source_text(args[0], "eval", "string, bytes or code", text)) return Ref();
  // CPython skips leading blanks, so that an indented expression is not an IndentationError.
  size_t start = text.find_first_not_of(" \t");
  Ref code = compile_source(std::string_view(text).substr(start == std::string::npos ? text.size() : start),
                            "<string>", CompileMode::Eval);
  if (!code) return code;
  return run_code(code.get(), "eval", globals, locals);
}

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)
Ref b_compile(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static constexpr std::string_view kNames[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize"};
  Value given[6];
  size_t npos = positional_count(nargs, kwnames);
  if (npos > 6) return raise_format(type_error_type, "compile() takes at most 6 positional arguments ({} given)", npos);
  for (size_t i = 0; i < npos; ++i) given[i] = args[i];
  for (size_t k = 0; k < tuple_size(kwnames); ++k) {
    std::string_view name = as_str(kwnames->items[k])->view();
    size_t i = 0;
    while (i < 6 && kNames[i] != name) ++i;
    if (i == 6 && name != "_feature_version") {
      return raise_format(type_error_type, "'{}' is an invalid keyword argument for compile()", name);
    }
    if (i == 6) continue;
    if (!given[i].is_absent()) {
      return raise_format(type_error_type, "argument for compile() given by name ('{}') and position ({})", name, i + 1);
    }
    given[i] = args[npos + k];
  }
  for (size_t i = 0; i < 3; ++i) {
    if (given[i].is_absent()) {
      return raise_format(type_error_type, "compile() missing required argument '{}' (pos {})", kNames[i], i + 1);
    }
  }
  std::string filename;
  if (is_str(given[1])) {
    filename = as_str(given[1])->view();
  } else if (is_bytes(given[1])) {
    filename = as_bytes(given[1])->view();
  } else {
    return raise_format(type_error_type, "expected str, bytes or os.PathLike object, not {}", type_name_of(given[1]));
  }
  if (!is_str(given[2])) {
    return raise_format(type_error_type, "compile() argument 'mode' must be str, not {}", type_name_of(given[2]));
  }
  std::string_view mode_name = as_str(given[2])->view();
  CompileMode mode;
  if (mode_name == "exec") {
    mode = CompileMode::Exec;
  } else if (mode_name == "eval") {
    mode = CompileMode::Eval;
  } else if (mode_name == "single") {
    mode = CompileMode::Single;
  } else {
    return raise(value_error_type, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  // The flags CPython accepts: future features (none changes Gyre's compilation) and the
  // PyCF_ ones, of which only PyCF_ONLY_AST (an AST instead of code) is out of reach.
  constexpr long long kFutureFlags = 0x1fe0000, kCompilerFlags = 0x7e00, kOnlyAst = 0x400;
  if (!given[3].is_absent()) {
    if (!given[3].is_small_int() && !given[3].is_bool()) {
      return raise_format(type_error_type, "'{}' object cannot be interpreted as an integer", type_name_of(given[3]));
    }
    long long flags = given[3].is_bool() ? given[3].is_true() : given[3].as_small_int();
    if ((flags & ~(kFutureFlags | kCompilerFlags)) != 0) return raise(value_error_type, "compile(): unrecognised flags");
    if (flags & kOnlyAst) return raise(system_error_type, "gyre cannot compile to an AST object (there is no ast module)");
  }
  std::string text;
  if (!source_text(given[0], "compile", "string, bytes or AST", text)) return Ref();
  return compile_source(text, filename, mode);
}

const MethodDef kExecBuiltins[] = {
    {"compile", b_compile, Arity::kAny, 0, 0, true},
    {"exec", b_exec, Arity::kAny, 0, 0, true},
    {"eval", b_eval, Arity::kAny, 0, 0, true},
    {},
};

}  // namespace

void add_exec_builtins(Dict* builtins) {
  for (const MethodDef* def = kExecBuiltins; def->name; ++def) {
    Ref fn = make_native_function(def, Value());
    dict_set_str(builtins, def->name, fn.get());
  }
}

}  // namespace gyre::stdlib
