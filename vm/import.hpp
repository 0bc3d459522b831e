// The import system: sys.modules, builtin modules, and .py modules found on sys.path.
//
// The VM does not compile source itself (it never includes the parser): it compiles through
// the SourceCompiler the CLI registers (vm/source_compiler.hpp).
#pragma once

#include <string>

#include "vm/object.hpp"

namespace gyre::vm {

struct Dict;
struct Str;
struct Module;

// A builtin module's factory, called once on first import.
using BuiltinModuleFactory = Ref (*)();
void register_builtin_module(const std::string& name, BuiltinModuleFactory factory);
// A module whose Python source is part of the binary (stdlib/lib): found before sys.path,
// its __file__ is "<frozen NAME>" as for CPython's frozen modules. `source` must outlive the
// program (a string literal).
void register_source_module(const std::string& name, const char* source);

Dict* sys_modules();  // borrowed
Value sys_path();     // borrowed list (absent until sys is set up)
void set_sys_path(Value list);

// IMPORT_NAME: __import__(name, globals, None, fromlist, level).
Ref import_name(Str* name, Dict* globals, Value fromlist, int level);
// IMPORT_FROM: module.name, or the submodule module.name; ImportError as CPython.
Ref import_from(Value module, Str* name);
// IMPORT_STAR: binds the module's public names (or __all__) in `target` (a mapping).
int import_star(Value module, Value target);
// Imports a module by its absolute dotted name.
Ref import_module(const std::string& name);

// What CPython's interpreter shutdown does that a program can see: a cycle collection, then
// the globals of every module made from source are set to None (names with one leading
// underscore first, __builtins__ kept), the module imported last first, then another
// collection. Suspended generators and other objects are finalized then (finally blocks run).
void finalize_modules();

}  // namespace gyre::vm
