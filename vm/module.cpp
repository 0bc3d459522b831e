// module objects: a namespace dict with __name__; attribute access goes through the dict.
#include "vm/module.hpp"

#include <fmt/format.h>

#include "vm/attributes.hpp"
#include "vm/builtin_init.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Type* module_type;

Ref make_module(std::string_view name) {
  Module* m = allocate<Module>(module_type);
  Ref owner = Ref::steal(m);
  m->dict = static_cast<Dict*>(make_dict().release().as_object());
  Ref n = make_str(name);
  dict_set_str(m->dict, "__name__", n.get());
  dict_set_str(m->dict, "__doc__", Value::none());
  return owner;
}

namespace {

void m_dealloc(Object* o) {
  Module* m = static_cast<Module*>(o);
  if (m->dict) decref(m->dict);
  free_object(o);
}
void m_traverse(Object* o, VisitFn visit, void* arg) {
  Module* m = static_cast<Module*>(o);
  if (m->dict) visit(value_of(m->dict), arg);
}
void m_clear(Object* o) {
  Module* m = static_cast<Module*>(o);
  if (m->dict) dict_clear(m->dict);
}

Ref m_repr(Value self) {
  Value name = dict_get_str(as_module(self)->dict, "__name__");
  std::string shown = !name.is_absent() && is_str(name) ? str_repr_text(as_str(name)->view()) : "'?'";
  return make_str(fmt::format("<module {}>", shown));
}

Ref m_getattr(Value self, Str* name) {
  Ref r = generic_getattr(self, name);
  if (r || !error_matches(attribute_error_type)) return r;
  clear_error();
  Value module_name = dict_get_str(as_module(self)->dict, "__name__");
  if (!module_name.is_absent() && is_str(module_name))
    return raise_format(attribute_error_type, "module '{}' has no attribute '{}'",
                        as_str(module_name)->view(), name->view());
  return raise_format(attribute_error_type, "module has no attribute '{}'", name->view());
}

Ref m_new(Type*, const Value* args, size_t nargs, Tuple*) {
  if (nargs < 1 || !is_str(args[0]))
    return raise(type_error_type, "module() argument 'name' must be str");
  return make_module(as_str(args[0])->view());
}

Ref get_dict(Value self) { return Ref::borrow(value_of(as_module(self)->dict)); }

}  // namespace

void init_module_type() {
  module_type = make_builtin_type("module", nullptr, sizeof(Module),
                                  TypeFlag::kBaseType | TypeFlag::kGc | TypeFlag::kHasDict);
  Type* t = module_type;
  t->dict_offset = offsetof(Module, dict);
  t->dealloc = m_dealloc;
  t->traverse = m_traverse;
  t->clear = m_clear;
  t->repr = m_repr;
  t->getattro = m_getattr;
  t->new_ = m_new;
  (void)get_dict;
}

}  // namespace gyre::vm
