#include "vm/import.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <map>
#include <vector>

#include "vm/abstract.hpp"
#include "vm/attributes.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/gc.hpp"
#include "vm/list.hpp"
#include "vm/module.hpp"
#include "vm/singletons.hpp"
#include "vm/source_compiler.hpp"
#include "vm/code.hpp"
#include "vm/interpreter.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

namespace {

Dict* g_modules = nullptr;
Value g_path;

std::map<std::string, BuiltinModuleFactory>& builtin_modules() {
  static std::map<std::string, BuiltinModuleFactory> modules;
  return modules;
}
std::map<std::string, const char*>& source_modules() {
  static std::map<std::string, const char*> modules;
  return modules;
}

// Runs `source` as the new module `name` (registered in sys.modules while it runs, removed
// again if it fails).
// Compiles `source` (named `filename` in tracebacks) and runs it with `module`'s dict as
// globals, its __builtins__ the builtins module.
Ref exec_source_in_module(const std::string& source, const std::string& filename, Module* module) {
  Ref code = compile_source(source, filename, CompileMode::Exec, SourceOrigin::File);
  if (!code) return code;
  Value builtins = dict_get_str(sys_modules(), intern("builtins"));
  if (!is_instance(builtins, module_type)) return raise(import_error_type, "lost builtins module");
  Dict* globals = module->dict;
  if (dict_get_str(globals, intern("__builtins__")).is_absent()) {
    dict_set_str(globals, "__builtins__", builtins);
  }
  return run_module_code(as_code(code.get()), globals, as_module(builtins)->dict);
}

Ref exec_new_module(const std::string& name, Ref module, const std::string& source,
                    const std::string& filename) {
  if (dict_set_str(sys_modules(), name, module.get()) < 0) return Ref();
  Ref result = exec_source_in_module(source, filename, as_module(module.get()));
  if (!result) {
    dict_del(sys_modules(), make_str(name).get());
    return Ref();
  }
  Value final = dict_get_str(sys_modules(), name);
  return final.is_absent() ? module : Ref::borrow(final);
}

bool read_file(const std::string& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream buffer;
  buffer << in.rdbuf();
  text = buffer.str();
  return true;
}

Ref module_not_found(const std::string& name) {
  Ref r = raise_format(module_not_found_error_type, "No module named '{}'", name);
  return r;
}

std::string str_of(Value v) { return is_str(v) ? std::string(as_str(v)->view()) : std::string(); }

// Finds `leaf` (a .py file or a package folder) in the directories `dirs`.
bool find_source(const std::string& leaf, const std::vector<std::string>& dirs, std::string& file,
                 bool& package) {
  namespace fs = std::filesystem;
  for (const std::string& dir : dirs) {
    fs::path base = dir.empty() ? fs::path(".") : fs::path(dir);
    std::error_code ec;
    fs::path init = base / leaf / "__init__.py";
    if (fs::is_regular_file(init, ec)) {
      file = init.string();
      package = true;
      return true;
    }
    fs::path py = base / (leaf + ".py");
    if (fs::is_regular_file(py, ec)) {
      file = py.string();
      package = false;
      return true;
    }
  }
  return false;
}

std::vector<std::string> path_dirs(Value path) {
  std::vector<std::string> dirs;
  if (path.is_object() && is_list(path)) {
    List* l = as_list(path);
    for (size_t i = 0; i < l->size; ++i) dirs.push_back(str_of(l->items[i]));
  }
  return dirs;
}

// Imports exactly `name` (its parent already imported).
Ref load_one(const std::string& name) {
  Value cached = dict_get_str(sys_modules(), name);
  if (!cached.is_absent()) return Ref::borrow(cached);
  auto builtin = builtin_modules().find(name);
  if (builtin != builtin_modules().end()) {
    Ref m = builtin->second();
    if (!m) return m;
    if (dict_set_str(sys_modules(), name, m.get()) < 0) return Ref();
    return m;
  }
  auto embedded = source_modules().find(name);
  if (embedded != source_modules().end()) {
    Ref module = make_module(name);
    if (!module) return module;
    Ref file_str = make_str("<frozen " + name + ">");
    dict_set_str(as_module(module.get())->dict, "__file__", file_str.get());
    return exec_new_module(name, std::move(module), embedded->second, "<frozen " + name + ">");
  }
  std::vector<std::string> dirs;
  size_t dot = name.rfind('.');
  std::string leaf = dot == std::string::npos ? name : name.substr(dot + 1);
  if (dot == std::string::npos) {
    dirs = path_dirs(g_path);
  } else {
    Value parent = dict_get_str(sys_modules(), name.substr(0, dot));
    Ref parent_path = parent.is_absent() ? Ref() : getattr_optional(parent, intern("__path__"));
    if (!parent_path) {
      if (error_pending()) return Ref();
      return raise_format(module_not_found_error_type,
                          "No module named '{}'; '{}' is not a package", name, name.substr(0, dot));
    }
    dirs = path_dirs(parent_path.get());
  }
  std::string file;
  bool package = false;
  if (!find_source(leaf, dirs, file, package)) return module_not_found(name);
  Ref module = make_module(name);
  if (!module) return module;
  Dict* d = as_module(module.get())->dict;
  Ref file_str = make_str(std::filesystem::absolute(file).lexically_normal().string());
  dict_set_str(d, "__file__", file_str.get());
  if (package) {
    Ref dir = make_str(std::filesystem::path(file_str.get().is_object() ? std::string(as_str(file_str.get())->view()) : file).parent_path().string());
    Ref list = make_list(std::span<const Value>(std::initializer_list<Value>{dir.get()}));
    dict_set_str(d, "__path__", list.get());
    Ref pkg = make_str(name);
    dict_set_str(d, "__package__", pkg.get());
  } else {
    Ref pkg = make_str(dot == std::string::npos ? std::string() : name.substr(0, dot));
    dict_set_str(d, "__package__", pkg.get());
  }
  std::string source;
  if (!read_file(file, source)) {
    return raise_format(import_error_type, "cannot read '{}'", file);
  }
  std::string filename(as_str(file_str.get())->view());
  Ref final = exec_new_module(name, std::move(module), source, filename);
  // Bind the submodule as an attribute of its parent.
  if (final && dot != std::string::npos) {
    Value parent = dict_get_str(sys_modules(), name.substr(0, dot));
    if (!parent.is_absent() && setattr(parent, intern(leaf), final.get()) < 0) clear_error();
  }
  return final;
}

}  // namespace


void register_builtin_module(const std::string& name, BuiltinModuleFactory factory) {
  builtin_modules()[name] = factory;
}

void register_source_module(const std::string& name, const char* source) {
  source_modules()[name] = source;
}

Dict* sys_modules() {
  if (!g_modules) g_modules = static_cast<Dict*>(make_dict().release().as_object());
  return g_modules;
}

namespace {
// Sets the values of `d` to None as CPython's _PyModule_ClearDict: first the names with a
// single leading underscore, then every other name but __builtins__.
void clear_module_dict(Dict* d) {
  for (int pass = 0; pass < 2; ++pass) {
    std::vector<Ref> keys;
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, pos, k, v)) keys.push_back(Ref::borrow(k));
    for (const Ref& key : keys) {
      if (!is_str(key.get())) continue;
      std::string_view name = as_str(key.get())->view();
      bool single_underscore = name.size() >= 1 && name[0] == '_' && (name.size() < 2 || name[1] != '_');
      if (pass == 0 ? !single_underscore : name == "__builtins__") continue;
      if (dict_get(d, key.get()).is_absent()) continue;
      if (dict_set(d, key.get(), Value::none()) < 0) clear_error();
    }
  }
}
}  // namespace

void finalize_modules() {
  collect();
  // CPython imports these at start-up, before __main__, so they are cleared after it, and
  // the __del__ of a file left open in __main__ still finds io working. Gyre imports them on
  // first use; they are put where CPython has them.
  static const char* const kStartupModules[] = {"time", "codecs", "abc", "io"};
  std::vector<Ref> modules;
  for (const char* name : kStartupModules) {
    Value v = dict_get_str(sys_modules(), intern(name));
    if (!v.is_absent() && type_of(v) == module_type && !builtin_modules().count(name)) modules.push_back(Ref::borrow(v));
  }
  size_t pos = 0;
  Value k, v;
  while (dict_next(sys_modules(), pos, k, v)) {
    if (!is_str(k)) continue;
    std::string name(as_str(k)->view());
    if (name == "sys" || name == "builtins" || builtin_modules().count(name)) continue;
    if (std::find(std::begin(kStartupModules), std::end(kStartupModules), name) != std::end(kStartupModules)) continue;
    if (v.is_object() && type_of(v) == module_type) modules.push_back(Ref::borrow(v));
  }
  for (auto it = modules.rbegin(); it != modules.rend(); ++it) clear_module_dict(as_module(it->get())->dict);
  collect();
}

Value sys_path() { return g_path; }
void set_sys_path(Value list) {
  incref(list);
  Value old = g_path;
  g_path = list;
  decref(old);
}

Ref import_module(const std::string& name) {
  Ref module;
  size_t start = 0;
  while (true) {
    size_t dot = name.find('.', start);
    std::string prefix = dot == std::string::npos ? name : name.substr(0, dot);
    module = load_one(prefix);
    if (!module) return module;
    if (dot == std::string::npos) return module;
    start = dot + 1;
  }
}

Ref import_name(Str* name_str, Dict* globals, Value fromlist, int level) {
  std::string name(name_str->view());
  if (level > 0) {
    std::string package = str_of(dict_get_str(globals, intern("__package__")));
    if (package.empty() && !dict_get_str(globals, intern("__path__")).is_absent()) {
      package = str_of(dict_get_str(globals, intern("__name__")));
    } else if (package.empty()) {
      std::string mod = str_of(dict_get_str(globals, intern("__name__")));
      size_t dot = mod.rfind('.');
      package = dot == std::string::npos ? "" : mod.substr(0, dot);
    }
    if (package.empty()) {
      return raise(import_error_type, "attempted relative import with no known parent package");
    }
    for (int i = 1; i < level; ++i) {
      size_t dot = package.rfind('.');
      if (dot == std::string::npos) {
        return raise(import_error_type, "attempted relative import beyond top-level package");
      }
      package = package.substr(0, dot);
    }
    name = name.empty() ? package : package + "." + name;
  }
  Ref module = import_module(name);
  if (!module) return module;
  bool has_fromlist = fromlist.is_object() && is_tuple(fromlist) && as_tuple(fromlist)->size > 0;
  if (has_fromlist) return module;
  // `import a.b.c` binds the top-level package.
  if (level == 0) {
    std::string top = name.substr(0, name.find('.'));
    Value top_module = dict_get_str(sys_modules(), top);
    if (!top_module.is_absent()) return Ref::borrow(top_module);
  }
  return module;
}

Ref import_from(Value module, Str* name) {
  Ref v = getattr_optional(module, name);
  if (v || error_pending()) return v;
  // A submodule not yet imported.
  Ref mod_name = getattr_optional(module, intern("__name__"));
  std::string mname = mod_name ? str_of(mod_name.get()) : "<unknown module name>";
  clear_error();
  Value sub = dict_get_str(sys_modules(), mname + "." + std::string(name->view()));
  if (!sub.is_absent()) return Ref::borrow(sub);
  if (!getattr_optional(module, intern("__path__"))) {
    clear_error();
  } else {
    Ref loaded = import_module(mname + "." + std::string(name->view()));
    if (loaded) return loaded;
    if (!error_matches(module_not_found_error_type)) return Ref();
    clear_error();
  }
  Ref file = getattr_optional(module, intern("__file__"));
  clear_error();
  if (file && is_str(file.get())) {
    return raise_format(import_error_type, "cannot import name '{}' from '{}' ({})", name->view(),
                        mname, as_str(file.get())->view());
  }
  return raise_format(import_error_type, "cannot import name '{}' from '{}' (unknown location)",
                      name->view(), mname);
}

int import_star(Value module, Value target) {
  Ref all = getattr_optional(module, intern("__all__"));
  if (error_pending()) return -1;
  Ref dict = getattr(module, intern("__dict__"));
  if (!dict) return -1;
  auto bind = [&](Value key) -> int {
    Ref v = getattr(module, as_str(key));
    if (!v) return -1;
    return set_item(target, key, v.get());
  };
  if (all) {
    Ref it = get_iter(all.get());
    if (!it) return -1;
    while (Ref key = iter_next(it.get())) {
      if (bind(key.get()) < 0) return -1;
    }
    return error_pending() ? -1 : 0;
  }
  Dict* d = as_dict(dict.get());
  size_t pos = 0;
  Value k, v;
  std::vector<Value> keys;
  while (dict_next(d, pos, k, v)) {
    if (is_str(k) && !as_str(k)->view().starts_with("_")) keys.push_back(k);
  }
  for (Value key : keys) {
    if (set_item(target, key, dict_get(d, key)) < 0) return -1;
  }
  return 0;
}

}  // namespace gyre::vm
