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

// The sys module (made once); argv from the command line.
vm::Ref sys_module();
void set_sys_argv(int argc, char** argv, int first);
void set_sys_path0(std::string_view dir);
// Interactive mode: sys.ps1 = '>>> ' and sys.ps2 = '... ' unless already set.
void set_sys_prompts();

// Standard output: buffered writes to file descriptor 1 / 2.
void write_stdout(std::string_view text);
void write_stderr(std::string_view text);
void flush_std_streams();
// Files written and never closed keep their data in io.py's buffers: CPython flushes them when
// they are freed, Gyre (no __del__ yet) when the program ends. Call before finalize_modules().
void flush_open_files();

// iter(callable, sentinel)
vm::Ref make_callable_iterator(vm::Value callable, vm::Value sentinel);
void init_builtin_iterators();

// The _pcre module (PCRE2 under stdlib/lib/re.py).
vm::Ref make_pcre_module();
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
