// What sys says about the interpreter: version, version_info, hexversion, implementation
// (name 'gyre'), maxsize, platform, byteorder, the encodings, and the small introspection
// functions (intern, getrefcount).
#include <fmt/format.h>

#include <string>
#include <unistd.h>

#include "stdlib/builtins.hpp"
#include "vm/abstract.hpp"
#include "vm/attributes.hpp"
#include "vm/descriptors.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/import.hpp"
#include "vm/module.hpp"
#include "vm/native_function.hpp"
#include "vm/numbers.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::stdlib {

using namespace vm;

namespace {

// The language version Gyre implements, and Gyre's own.
constexpr int kMajor = 3, kMinor = 11, kMicro = 0;
constexpr int kGyreMajor = 0, kGyreMinor = 1, kGyreMicro = 0;

// A CPython struct sequence (sys.version_info): a tuple subclass whose fields are also
// attributes, with repr `sys.version_info(major=3, ...)`. Built as `type(name, (tuple,), ns)`
// with a property over operator.itemgetter(i) for each field.
Ref struct_sequence_repr(Value, const Value* args, size_t, Tuple*) {
  Value self = args[0];  // a plain function in the class dict: the instance is its argument
  Ref fields = getattr(value_of(type_of(self)), intern("_fields"));
  if (!fields) return fields;
  Ref module = getattr(value_of(type_of(self)), intern("__module__"));
  if (!module) return module;
  std::string out = fmt::format("{}.{}(", as_str(module.get())->view(), type_name(type_of(self)));
  Tuple* names = as_tuple(fields.get());
  Tuple* items = as_tuple(self);
  for (size_t i = 0; i < names->size && i < items->size; ++i) {
    Ref shown = repr(items->items[i]);
    if (!shown) return shown;
    if (i > 0) out += ", ";
    out += fmt::format("{}={}", as_str(names->items[i])->view(), as_str(shown.get())->view());
  }
  return make_str(out + ")");
}
const MethodDef kStructSequenceRepr = {"__repr__", struct_sequence_repr, Arity::kOneArg};

Ref make_struct_sequence_type(std::string_view module, std::string_view name,
                              std::initializer_list<const char*> fields) {
  Ref op = import_module("_operator");
  if (!op) return op;
  Ref itemgetter = getattr(op.get(), intern("itemgetter"));
  if (!itemgetter) return itemgetter;
  Ref ns = make_dict();
  Dict* d = as_dict(ns.get());
  std::vector<Ref> names;
  int64_t index = 0;
  for (const char* field : fields) {
    Ref getter = call1(itemgetter.get(), Value::from_small_int(index++));
    if (!getter) return getter;
    Ref prop = call1(value_of(property_type), getter.get());
    if (!prop) return prop;
    dict_set_str(d, field, prop.get());
    names.push_back(make_str(field));
  }
  std::vector<Value> name_values;
  for (const Ref& n : names) name_values.push_back(n.get());
  Ref field_tuple = make_tuple(std::span<const Value>(name_values));
  dict_set_str(d, "_fields", field_tuple.get());
  dict_set_str(d, "n_fields", Value::from_small_int(static_cast<int64_t>(name_values.size())));
  Ref module_name = make_str(module);
  dict_set_str(d, "__module__", module_name.get());
  Ref repr_fn = make_native_function(&kStructSequenceRepr, Value());
  dict_set_str(d, "__repr__", repr_fn.get());
  Ref type_name_str = make_str(name);
  Ref bases = make_tuple({value_of(tuple_type)});
  Value args[] = {type_name_str.get(), bases.get(), ns.get()};
  return call(value_of(type_type), args, 3);
}

Ref make_version_info(Value type, int major, int minor, int micro) {
  Ref level = make_str("final");
  Ref items = make_tuple({Value::from_small_int(major), Value::from_small_int(minor), Value::from_small_int(micro),
                          level.get(), Value::from_small_int(0)});
  return call1(type, items.get());
}

Ref s_intern(Value, const Value* args, size_t, Tuple*) {
  if (!is_str_exact(args[0])) {
    return raise_format(type_error_type, "intern() argument must be str, not {}", type_name_of(args[0]));
  }
  return Ref::borrow(value_of(intern(as_str(args[0])->view())));
}
// The caller's reference to the argument counts, as in CPython.
Ref s_getrefcount(Value, const Value* args, size_t, Tuple*) {
  if (!args[0].is_object()) return make_int(1000000000);  // immediates are not counted
  return make_int(static_cast<int64_t>(args[0].as_object()->refcount) + 1);
}
Ref s_utf8(Value, const Value*, size_t, Tuple*) { return make_str("utf-8"); }

const MethodDef kInfoFunctions[] = {
    {"intern", s_intern, Arity::kOneArg},
    {"getrefcount", s_getrefcount, Arity::kOneArg},
    {"getdefaultencoding", s_utf8, Arity::kNoArgs},
    {"getfilesystemencoding", s_utf8, Arity::kNoArgs},
    {},
};

void set(Dict* d, const char* name, Ref value) { dict_set_str(d, name, value.get()); }

}  // namespace

void add_sys_info(Dict* d) {
  for (const MethodDef* def = kInfoFunctions; def->name; ++def) set(d, def->name, make_native_function(def, Value()));
  set(d, "version", make_str(fmt::format("{}.{}.{} (Gyre {}.{}.{})", kMajor, kMinor, kMicro, kGyreMajor,
                                         kGyreMinor, kGyreMicro)));
  set(d, "hexversion", make_int((kMajor << 24) | (kMinor << 16) | (kMicro << 8) | (0xf << 4)));
  set(d, "api_version", make_int(1013));
  Ref version_info_type = make_struct_sequence_type("sys", "version_info", {"major", "minor", "micro", "releaselevel", "serial"});
  Ref version_info = version_info_type ? make_version_info(version_info_type.get(), kMajor, kMinor, kMicro) : Ref();
  if (!version_info) {
    clear_error();
    return;
  }
  set(d, "version_info", version_info);
  Ref implementation = make_simple_namespace();
  Dict* impl = as_dict(getattr(implementation.get(), intern("__dict__")).get());
  set(impl, "name", make_str("gyre"));
  set(impl, "cache_tag", new_none());
  set(impl, "version", make_version_info(version_info_type.get(), kGyreMajor, kGyreMinor, kGyreMicro));
  set(impl, "hexversion", make_int((kGyreMajor << 24) | (kGyreMinor << 16) | (kGyreMicro << 8) | (0xf << 4)));
  set(d, "implementation", implementation);
  set(d, "maxsize", make_int(INT64_MAX));
  set(d, "maxunicode", make_int(0x10ffff));
  set(d, "platform", make_str("linux"));
  set(d, "byteorder", make_str("little"));
  set(d, "float_repr_style", make_str("short"));
  char path[4096];
  ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
  set(d, "executable", make_str(n > 0 ? std::string_view(path, static_cast<size_t>(n)) : std::string_view()));
}

}  // namespace gyre::stdlib
