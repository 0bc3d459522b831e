#include "vm/frame.hpp"

#include <fmt/format.h>

#include <cstring>
#include <vector>

#include "vm/code.hpp"
#include "vm/dict.hpp"
#include "vm/gc.hpp"
#include "vm/function.hpp"
#include "vm/generator.hpp"
#include "vm/native_function.hpp"
#include "vm/numbers.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Type* frame_type = nullptr;

namespace {

void frame_dealloc(Object* self) {
  Frame* f = static_cast<Frame*>(self);
  // Out of the collector's sight first: clearing runs arbitrary code (a __del__) that may
  // collect, and a tracked object without references would be garbage to it (freed twice).
  gc_untrack((f->gc_flags & GcFlag::kEmbedded) ? carrier_of(f) : f);
  frame_clear(f);
  uint32_t n = frame_slot_count(f);
  decref(f->code);
  // A generator's frame: the generator has gone too, so the memory they share goes.
  if (f->gc_flags & GcFlag::kEmbedded) return free_object(carrier_of(f));
  if (frame_pool::has_room(n) && (f->gc_flags & GcFlag::kHasLink)) {
    frame_pool::give(f, n);  // untracked above
    return;  // frame_type is immortal: no type reference to drop
  }
  free_object(self);
}
void frame_traverse(Object* self, VisitFn visit, void* arg) {
  Frame* f = static_cast<Frame*>(self);
  size_t live = f->nlocalsplus + f->stack_depth;
  for (size_t i = 0; i < live && i < frame_slot_count(f); ++i) {
    if (f->slots[i].is_object()) visit(f->slots[i], arg);
  }
  if (f->function) {
    visit(value_of(f->function), arg);  // which holds the globals
  } else if (f->globals) {
    visit(value_of(f->globals), arg);
  }
  if (f->locals.is_object()) visit(f->locals, arg);
}
void frame_clear_slot(Object* self) {
  Frame* f = static_cast<Frame*>(self);
  // The subgenerator on a linked delegator's stack must not keep a link to this frame.
  if (f->generator) generator_unlink(f->generator);
  frame_clear(f);
}
Ref frame_repr(Value self) {
  Frame* f = static_cast<Frame*>(self.as_object());
  return make_str(fmt::format("<frame at {:#x}, file '{}', line {}, code {}>",
                              reinterpret_cast<uintptr_t>(f), f->code->filename->view(),
                              frame_line(f), f->code->name->view()));
}
Frame* as_frame(Value v) { return static_cast<Frame*>(v.as_object()); }
Ref get_f_code(Value self) { return Ref::borrow(as_frame(self)->code); }
Ref get_f_lineno(Value self) { return make_int(frame_line(as_frame(self))); }
Ref get_f_globals(Value self) {
  Frame* f = as_frame(self);
  return f->globals ? Ref::borrow(f->globals) : new_none();
}
Ref get_f_back(Value self) {
  Frame* f = as_frame(self);
  if (!f->back) return new_none();
  // A suspended generator's frame has no f_back, even when linked under its delegator's.
  if (f->generator && generator_state(f->generator) != GenState::Running) return new_none();
  frame_escape(f->back);
  return Ref::borrow(f->back);
}
Ref get_f_locals(Value self) {
  Frame* f = as_frame(self);
  if (!f->locals.is_absent()) return Ref::borrow(f->locals);
  Ref d = make_dict();
  if (!d) return d;
  Code* code = f->code;
  for (size_t i = 0; i < code->varnames.size(); ++i) {
    if (!f->slots[i].is_absent() && dict_set(d.as<Dict>(), value_of(code->varnames[i]), f->slots[i]) < 0) {
      return Ref();
    }
  }
  return d;
}
const GetSetDef frame_getsets[] = {
    {"f_code", get_f_code},   {"f_lineno", get_f_lineno}, {"f_globals", get_f_globals},
    {"f_back", get_f_back},   {"f_locals", get_f_locals}, {nullptr, nullptr},
};

}  // namespace

Frame* make_frame(Code* code, Function* function, Dict* globals, Dict* builtins, Value locals) {
  code->nlocalsplus();  // prepares the layout of code that no function has prepared (module code)
  Frame* f = frame_pool::take(code->frame_slots_);
  if (f == nullptr) {
    f = static_cast<Frame*>(allocate_object(frame_type, frame_bytes(code->frame_slots_)));
    gc_untrack(f);  // tracked when it escapes (frame_escape)
  }
  init_frame_fields(f, code, function, globals, builtins, locals);
  incref(code);
  if (function) {
    incref(function);  // which holds the globals and builtins the frame borrows
  } else {
    if (globals) incref(globals);
    if (builtins) incref(builtins);
  }
  incref(locals);
  return f;
}

void init_embedded_frame(Frame* f, Object* carrier, Code* code, Function* function, Dict* globals,
                         Dict* builtins) {
  f->refcount = 1;
  f->type = frame_type;
  f->gc_flags = GcFlag::kEmbedded;
  f->reserved[0] = static_cast<uint8_t>(reinterpret_cast<char*>(f) - reinterpret_cast<char*>(carrier));
  code->nlocalsplus();  // prepares the layout
  init_frame_fields(f, code, function, globals, builtins, Value());  // generator: set by make_generator
  incref(code);
  incref(function);  // which holds the globals and builtins the frame borrows
}

size_t frame_bytes(uint32_t nslots) {
  return sizeof(Frame) + (nslots ? nslots - 1 : 0) * sizeof(Value);
}


void frame_clear_slow(Frame* f) {
  f->cleared = true;
  size_t live = f->nlocalsplus + f->stack_depth;
  for (size_t i = 0; i < live; ++i) {
    Value v = f->slots[i];
    f->slots[i] = Value();
    decref(v);
  }
  f->stack_depth = 0;
  Value locals = f->locals;
  f->locals = Value();
  decref(locals);
  Dict* globals = f->globals;
  Dict* builtins = f->builtins;
  f->globals = f->builtins = nullptr;
  if (Function* fn = f->function) {
    f->function = nullptr;
    decref(fn);  // the frame borrowed globals and builtins from it
  } else {
    if (globals) decref(globals);
    if (builtins) decref(builtins);
  }
}

void frame_release_slow(Frame* f) {
  frame_clear(f);
  f->executing = false;
  f->back = nullptr;
  decref(f);
}

namespace frame_pool {
FreeList g_lists[kPooledSlots + 1];
}

int frame_line(const Frame* f) {
  // ip is the next instruction; the one executing (or that raised) is the one before it. A
  // frame that has not started (a new generator's) is on its `def` line.
  return f->ip > 0 ? f->code->line_of(f->ip - 1) : f->code->firstlineno;
}

void init_frame_type() {
  if (frame_type) return;
  frame_type = make_builtin_type("frame", nullptr, sizeof(Frame), TypeFlag::kGc);
  frame_type->dealloc = frame_dealloc;
  frame_type->traverse = frame_traverse;
  frame_type->clear = frame_clear_slot;
  frame_type->repr = frame_repr;
  frame_type->getsets = frame_getsets;
  type_ready(frame_type);
}

Ref frame_locals(Frame* f) {
  if (!f->locals.is_absent()) return Ref::borrow(f->locals);
  Ref d = make_dict();
  Code* code = f->code;
  for (size_t i = 0; i < code->varnames.size(); ++i) {
    if (!f->slots[i].is_absent() && dict_set(d.as<Dict>(), value_of(code->varnames[i]), f->slots[i]) < 0) return Ref();
  }
  size_t nl = code->nlocals();
  for (size_t i = 0; i < code->cellvars.size() + code->freevars.size(); ++i) {
    Value c = as_cell(f->slots[nl + i])->contents;
    Str* name = i < code->cellvars.size() ? code->cellvars[i] : code->freevars[i - code->cellvars.size()];
    if (!c.is_absent() && dict_set(d.as<Dict>(), value_of(name), c) < 0) return Ref();
  }
  return d;
}

}  // namespace gyre::vm
