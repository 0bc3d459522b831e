// The `builtins` and `sys` modules, and the program's standard streams.
#pragma once

#include <string_view>

#include "vm/object.hpp"

namespace gyre::vm {
struct Dict;
struct Type;
}  // namespace gyre::vm

namespace gyre::stdlib {

// Sets up every builtin type the stdlib defines; idempotent. Call after vm::init_runtime().
void init_stdlib();

// The builtins module (made once) and its dict.
vm::Ref builtins_module();
vm::Dict* builtins_dict();
// Adds compile(), exec() and eval() (stdlib/builtins_exec.cpp) to the builtins namespace.
void add_exec_builtins(vm::Dict* builtins);

// The sys module (made once); argv from the command line.
vm::Ref sys_module();
void set_sys_argv(int argc, char** argv, int first);
void set_sys_path0(std::string_view dir);
// version, version_info, implementation, ... (stdlib/sys_info.cpp)
void add_sys_info(vm::Dict* sys_dict);
// types.SimpleNamespace (stdlib/namespace_type.cpp) and a new empty one.
vm::Type* simple_namespace_type();
vm::Ref make_simple_namespace();

// Standard output: buffered writes to file descriptor 1 / 2.
void write_stdout(std::string_view text);
void write_stderr(std::string_view text);
void flush_std_streams();

// iter(callable, sentinel)
vm::Ref make_callable_iterator(vm::Value callable, vm::Value sentinel);
void init_builtin_iterators();

// The _pcre module (PCRE2 under stdlib/lib/re.py).
vm::Ref make_pcre_module();
// The _traceback module (under stdlib/lib/traceback.py).
vm::Ref make_traceback_native_module();
// The _json module (RapidJSON under stdlib/lib/json.py).
vm::Ref make_json_module();
extern vm::Type* enumerate_type;
extern vm::Type* zip_type;
extern vm::Type* map_type;
extern vm::Type* filter_type;
extern vm::Type* reversed_type;

// The native modules of the standard library, each registered with the import system.
void register_itertools_module();
void register_collections_native_module();  // _collections: deque
void register_heapq_native_module();        // _heapq: the heap operations
void register_operator_native_module();     // _operator: itemgetter, attrgetter, methodcaller

}  // namespace gyre::stdlib
