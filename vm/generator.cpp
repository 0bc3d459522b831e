// Generator objects and the C++ side of their protocol: send, throw and close called from
// C++ (next(), g.send(), list(g), ...), forwarding through `yield from`, and finalization.
// The interpreter loop does the rest: entering and leaving generator frames, YIELD_VALUE,
// SEND and FOR_ITER resuming generators without C++ recursion (vm/GENERATORS.md).
#include "vm/generator.hpp"

#include <fmt/format.h>

#include <unordered_map>

#include "vm/abstract.hpp"
#include "vm/attributes.hpp"
#include "vm/code.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/frame.hpp"
#include "vm/function.hpp"
#include "vm/gc.hpp"
#include "vm/native_function.hpp"
#include "vm/runtime.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/traceback.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Type* generator_type = nullptr;

namespace {

// __name__ and __qualname__ of the generators whose names are not their code's (rare: a
// renamed function, or a generator's names set): a side table, so that the others need no
// field for them. Owned references.
struct OwnNames {
  Str* name;
  Str* qualname;
};
std::unordered_map<const Generator*, OwnNames>& own_names_table() {
  static auto* table = new std::unordered_map<const Generator*, OwnNames>();  // never destroyed
  return *table;
}
OwnNames& own_names(const Generator* g) { return own_names_table().find(g)->second; }
void set_own_names(Generator* g, Str* name, Str* qualname) {
  incref(name);
  incref(qualname);
  if (g->has_own_names) {
    OwnNames& names = own_names(g);
    decref(names.name);
    decref(names.qualname);
    names = {name, qualname};
    return;
  }
  own_names_table().emplace(g, OwnNames{name, qualname});
  g->has_own_names = true;
}
void drop_own_names(Generator* g) {
  if (!g->has_own_names) return;
  auto it = own_names_table().find(g);
  OwnNames names = it->second;
  own_names_table().erase(it);
  g->has_own_names = false;
  decref(names.name);
  decref(names.qualname);
}
Str* generator_name(Generator* g) { return g->has_own_names ? own_names(g).name : g->frame()->code->name; }
Str* generator_qualname(Generator* g) {
  return g->has_own_names ? own_names(g).qualname : g->frame()->code->qualname;
}

// Resumes g's frame: with `sent` pushed as the value of the paused yield, or, when
// `throwing`, raising the pending exception there. The state checks are CPython's
// gen_send_ex2, in its order.
GenResult resume(Generator* g, Value sent, bool throwing, Ref& result) {
  if (g->state == GenState::Created && !throwing && !sent.is_none()) {
    raise(type_error_type, "can't send non-None value to a just-started generator");
    return GenResult::Error;
  }
  if (generator_state(g) == GenState::Running) {
    if (throwing) clear_error();
    raise(value_error_type, "generator already executing");
    return GenResult::Error;
  }
  if (g->state == GenState::Closed) {
    if (throwing) return GenResult::Error;  // the thrown exception propagates as is
    result = new_none();
    return GenResult::Returned;
  }
  // A generator linked under a delegator, resumed directly, is the root of this resumption:
  // the chain goes back to ordinary suspended generators (it relinks as it runs). A throw
  // runs level by level. A chain too deep for the recursion limit is resumed level by level
  // too, so that RecursionError is raised where it would be.
  if (generator_linked(g) || (g->leaf && (throwing || thread().recursion_depth + g->chain_len >
                                                           thread().recursion_limit))) {
    generator_unlink(g);
  }
  Frame* frame = g->leaf ? g->leaf->frame() : g->frame();  // run_frame starts at the leaf
  if (!throwing && g->state == GenState::Suspended) {
    incref(sent);
    frame->stack_base()[frame->stack_depth++] = sent;
  }
  Ref r = run_frame(g->frame(), throwing);
  if (!r) return GenResult::Error;
  result = std::move(r);
  return g->state == GenState::Suspended ? GenResult::Yielded : GenResult::Returned;
}

// Whether `type` (a class or an instance, as throw() accepts) is a GeneratorExit.
bool is_generator_exit(Value type) {
  if (is_exception_type(type)) return is_subtype(static_cast<Type*>(type.as_object()), generator_exit_type);
  return is_exception_instance(type) && is_subtype(type_of(type), generator_exit_type);
}

// Closes the subiterator of a `yield from` (CPython's gen_close_iter): 0, or -1 with the
// exception pending.
int close_iterator(Value iterator) {
  if (is_generator(iterator)) return generator_close(as_generator(iterator)) ? 0 : -1;
  Ref close = getattr_optional(iterator, intern("close"));
  if (!close) {
    if (error_pending()) clear_error();  // CPython reports it as unraisable; rare
    return 0;
  }
  return call(close.get(), nullptr, 0) ? 0 : -1;
}

// The exception instance throw(type, value, traceback) raises: CPython's normalization.
Ref make_thrown(Value type, Value value, Value traceback) {
  if (traceback.is_none()) traceback = Value();
  if (!traceback.is_absent() && type_of(traceback) != traceback_type) {
    return raise(type_error_type, "throw() third argument must be a traceback object");
  }
  Ref exc;
  if (is_exception_type(type)) {
    Type* t = static_cast<Type*>(type.as_object());
    if (!value.is_absent() && is_exception_instance(value) && is_subtype(type_of(value), t)) {
      exc = Ref::borrow(value);
    } else if (value.is_absent() || value.is_none()) {
      exc = make_exception(t, {});
    } else if (is_tuple(value)) {
      Tuple* args = as_tuple(value);
      exc = make_exception(t, std::span<const Value>(args->items, args->size));
    } else {
      exc = make_exception(t, std::span<const Value>(&value, 1));
    }
    if (exc && !is_exception_instance(exc.get())) {
      return raise_format(type_error_type,
                          "calling {} should have returned an instance of BaseException, not {}",
                          type_name(t), type_name_of(exc.get()));
    }
  } else if (is_exception_instance(type)) {
    if (!value.is_absent() && !value.is_none()) {
      return raise(type_error_type, "instance exception may not have a separate value");
    }
    exc = Ref::borrow(type);
  } else {
    return raise_format(type_error_type,
                        "exceptions must be classes or instances deriving from BaseException, not {}",
                        type_name_of(type));
  }
  if (exc && !traceback.is_absent()) {
    ExceptionObject* e = as_exception(exc.get());
    Value old = e->traceback;
    incref(traceback);
    e->traceback = traceback;
    decref(old);
  }
  return exc;
}

// The delegating generator's subiterator finished with `value` during a throw: drop it from
// the value stack and go on after the `yield from`, which evaluates to `value`.
Ref result_or_stop(GenResult outcome, Ref& result);

GenResult finish_yield_from(Generator* g, Value value, Ref& result) {
  Frame* frame = g->frame();
  decref(frame->stack_base()[--frame->stack_depth]);
  // The frame is paused after `SEND target; YIELD_VALUE`: continue at SEND's target.
  Instruction send = frame->code->instructions[frame->ip - 2];
  frame->ip = arg_of(send);
  return resume(g, value, false, result);
}

}  // namespace

size_t generator_bytes(uint32_t nslots) { return sizeof(Generator) + frame_bytes(nslots); }

Frame* make_generator_frame(Function* fn) {
  Code* code = fn->code;
  uint32_t nslots = code->nlocalsplus() + static_cast<uint32_t>(code->stacksize);
  Generator* g = static_cast<Generator*>(allocate_object(generator_type, generator_bytes(nslots)));
  g->refcount = 0;  // unborn: make_generator gives it its first reference
  g->gc_flags |= GcFlag::kCarrier;
  g->exc_state.exc = Value();
  g->exc_state.previous = nullptr;
  g->leaf = nullptr;
  g->chain_root = nullptr;
  g->base_depth = 0;
  g->chain_len = 0;
  g->state = GenState::Created;
  g->has_own_names = false;
  Frame* frame = g->frame();
  init_embedded_frame(frame, g, code, fn, fn->globals, fn->builtins);
  return frame;
}

Ref make_generator(Frame* frame) {
  Generator* g = static_cast<Generator*>(carrier_of(frame));
  g->refcount = 1;
  frame->generator = g;
  Function* fn = frame->function;
  if (fn->name != frame->code->name || fn->qualname != frame->code->qualname) {
    // CPython copies the function's names; they are the code's unless the function's were set.
    set_own_names(g, fn->name, fn->qualname);
  }
  return Ref::steal(g);
}

GenState generator_state(Generator* g) {
  while (generator_linked(g)) g = g->frame()->back->generator;
  return g->state;
}

void generator_unlink(Generator* g) {
  Generator* root = g;
  while (generator_linked(root)) root = root->frame()->back->generator;
  if (root->state != GenState::Suspended || !root->leaf) return;  // running, or not a chain
  Generator* x = root->leaf;
  root->leaf = nullptr;
  while (x != root) {
    Frame* back = x->frame()->back;
    x->state = GenState::Suspended;
    x->frame()->back = nullptr;
    x->exc_state.previous = nullptr;
    x = back->generator;
    // The delegator is paused just after its SEND; an ordinary suspended delegator is paused
    // after the YIELD_VALUE that follows, with the same stack (the subiterator on top).
    x->frame()->ip += 1;
  }
}

Value generator_yieldfrom(Generator* g) {
  if (generator_state(g) != GenState::Suspended) return Value();
  Frame* frame = g->frame();
  if (frame->ip < 2 || frame->stack_depth == 0) return Value();
  const Instruction* code = frame->code->instructions.data();
  // A delegator in a linked chain is paused just after its SEND.
  if (opcode_of(code[frame->ip - 1]) == Opcode::SEND) return frame->stack_base()[frame->stack_depth - 1];
  if (opcode_of(code[frame->ip - 1]) != Opcode::YIELD_VALUE ||
      opcode_of(code[frame->ip - 2]) != Opcode::SEND) {
    return Value();
  }
  return frame->stack_base()[frame->stack_depth - 1];
}

GenResult generator_send(Generator* g, Value sent, Ref& result) {
  return resume(g, sent, false, result);
}

GenResult generator_throw(Generator* g, Value type, Value value, Value traceback, Ref& result) {
  generator_unlink(g);  // throw() is forwarded level by level
  Ref sub = Ref::borrow(generator_yieldfrom(g));
  if (sub) {
    if (is_generator_exit(type)) {
      // Close the subiterator first; an error there is what the delegator sees instead.
      g->state = GenState::Running;
      int err = close_iterator(sub.get());
      g->state = GenState::Suspended;
      if (err < 0) return resume(g, Value::none(), true, result);
    } else {
      GenResult sub_result;
      Ref r;
      g->state = GenState::Running;
      if (is_generator(sub.get())) {
        // The delegator's frame is the current one while its subgenerator runs (f_back).
        Frame* previous = current_frame();
        g->frame()->back = previous;
        set_current_frame(g->frame());
        sub_result = generator_throw(as_generator(sub.get()), type, value, traceback, r);
        set_current_frame(previous);
        g->frame()->back = nullptr;
      } else {
        Ref throw_method = getattr_optional(sub.get(), intern("throw"));
        if (!throw_method) {
          g->state = GenState::Suspended;
          if (error_pending()) return GenResult::Error;
          goto throw_here;
        }
        Value args[3] = {type, value.is_absent() ? Value::none() : value,
                         traceback.is_absent() ? Value::none() : traceback};
        r = call(throw_method.get(), args, 3);
        sub_result = r ? GenResult::Yielded : GenResult::Error;
      }
      g->state = GenState::Suspended;
      if (sub_result == GenResult::Yielded) {
        result = std::move(r);
        return sub_result;
      }
      if (sub_result == GenResult::Returned) return finish_yield_from(g, r.get(), result);
      if (error_matches(stop_iteration_type)) {
        Ref v = take_stop_iteration_value();
        return finish_yield_from(g, v.get(), result);
      }
      // Any other exception from the subiterator is raised at the delegator's yield.
      return resume(g, Value::none(), true, result);
    }
  }
throw_here:
  Ref exc = make_thrown(type, value, traceback);
  if (!exc) return GenResult::Error;
  raise_value(exc.get());
  return resume(g, Value::none(), true, result);
}

Ref generator_close(Generator* g) {
  if (g->state == GenState::Created) {
    // Closing a generator that never ran runs none of it.
    g->state = GenState::Closed;
    frame_clear(g->frame());
    return new_none();
  }
  generator_unlink(g);  // close() is forwarded level by level
  int err = 0;
  Ref sub = Ref::borrow(generator_yieldfrom(g));
  if (sub) {
    g->state = GenState::Running;
    err = close_iterator(sub.get());
    g->state = GenState::Suspended;
  }
  if (err == 0) raise_empty(generator_exit_type);
  Ref r;
  GenResult outcome = resume(g, Value::none(), true, r);
  if (outcome == GenResult::Yielded) return raise(runtime_error_type, "generator ignored GeneratorExit");
  if (outcome == GenResult::Returned) return new_none();
  if (error_matches(stop_iteration_type) || error_matches(generator_exit_type)) {
    clear_error();
    return new_none();
  }
  return Ref();
}

Ref next_with_stop_value(Value iterator) {
  Type* type = type_of(iterator);
  if (type == generator_type) {
    Ref result;
    GenResult outcome = generator_send(as_generator(iterator), Value::none(), result);
    return result_or_stop(outcome, result);
  }
  // A class's __next__ is called directly: its StopIteration (and value) is kept.
  if (type->has_flag(TypeFlag::kHeapType)) return call_method(iterator, intern("__next__"), nullptr, 0);
  Ref r = iter_next(iterator);
  if (!r && !error_pending()) raise_empty(stop_iteration_type);
  return r;
}

GenResult iterator_send(Value iterator, Value sent, Ref& result) {
  if (is_generator(iterator)) return generator_send(as_generator(iterator), sent, result);
  Ref r;
  if (sent.is_none() && type_of(iterator)->iternext != nullptr) {
    r = next_with_stop_value(iterator);
  } else {
    r = call_method(iterator, intern("send"), &sent, 1);
  }
  if (r) {
    result = std::move(r);
    return GenResult::Yielded;
  }
  if (error_pending() && !error_matches(stop_iteration_type)) return GenResult::Error;
  result = take_stop_iteration_value();
  return GenResult::Returned;
}

Ref take_stop_iteration_value() {
  if (!error_pending()) return new_none();
  Ref exc = fetch_error();
  Value v = static_cast<StopIterationObject*>(exc.object())->value;
  return v.is_absent() ? new_none() : Ref::borrow(v);
}

namespace {

// The Python face of one resumption: the yielded value, or StopIteration(value) on return.
Ref result_or_stop(GenResult outcome, Ref& result) {
  if (outcome == GenResult::Yielded) return std::move(result);
  if (outcome == GenResult::Error) return Ref();
  if (result.get().is_none()) return raise_empty(stop_iteration_type);
  Value v = result.get();
  Ref exc = make_exception(stop_iteration_type, std::span<const Value>(&v, 1));
  if (!exc) return exc;
  return raise_value(exc.get());
}

// ---- the Python-visible methods and attributes

Ref gen_send(Value self, const Value* args, size_t, Tuple*) {
  Ref result;
  GenResult outcome = generator_send(as_generator(self), args[0], result);
  return result_or_stop(outcome, result);
}
Ref gen_throw(Value self, const Value* args, size_t nargs, Tuple*) {
  Ref result;
  GenResult outcome = generator_throw(as_generator(self), args[0], nargs > 1 ? args[1] : Value(),
                                      nargs > 2 ? args[2] : Value(), result);
  return result_or_stop(outcome, result);
}
Ref gen_close(Value self, const Value*, size_t, Tuple*) { return generator_close(as_generator(self)); }

Ref gen_iternext(Value self) {
  Ref result;
  GenResult outcome = generator_send(as_generator(self), Value::none(), result);
  // Exhausted: absent with nothing pending (the iteration protocol of vm/object.hpp; `yield
  // from` takes the return value through generator_send instead).
  if (outcome == GenResult::Returned) return Ref();
  return result_or_stop(outcome, result);
}
Ref gen_iter(Value self) { return Ref::borrow(self); }

Ref gen_repr(Value self) {
  Generator* g = as_generator(self);
  return make_str(fmt::format("<generator object {} at {:#x}>", generator_qualname(g)->view(),
                              reinterpret_cast<uintptr_t>(g)));
}

Ref get_name(Value self) { return Ref::borrow(generator_name(as_generator(self))); }
Ref get_qualname(Value self) { return Ref::borrow(generator_qualname(as_generator(self))); }
bool check_str_value(Value value, const char* what) {
  if (value.is_absent() || !is_str(value)) {
    raise_format(type_error_type, "{} must be set to a string object", what);
    return false;
  }
  return true;
}
int set_name(Value self, Value value) {
  if (!check_str_value(value, "__name__")) return -1;
  Generator* g = as_generator(self);
  set_own_names(g, as_str(value), generator_qualname(g));
  return 0;
}
int set_qualname(Value self, Value value) {
  if (!check_str_value(value, "__qualname__")) return -1;
  Generator* g = as_generator(self);
  set_own_names(g, generator_name(g), as_str(value));
  return 0;
}
Ref get_code(Value self) { return Ref::borrow(as_generator(self)->frame()->code); }
Ref get_frame(Value self) {
  Generator* g = as_generator(self);
  if (g->state == GenState::Closed) return new_none();
  return Ref::borrow(g->frame());
}
Ref get_running(Value self) {
  return Ref::steal(Value::boolean(generator_state(as_generator(self)) == GenState::Running));
}
Ref get_suspended(Value self) {
  return Ref::steal(Value::boolean(generator_state(as_generator(self)) == GenState::Suspended));
}
Ref get_yieldfrom(Value self) {
  Value v = generator_yieldfrom(as_generator(self));
  return v.is_absent() ? new_none() : Ref::borrow(v);
}

const MethodDef generator_methods[] = {
    {"send", gen_send, Arity::kOneArg},
    {"throw", gen_throw, Arity::kRange, 1, 3},
    {"close", gen_close, Arity::kNoArgs},
    {},
};
const GetSetDef generator_getsets[] = {
    {"__name__", get_name, set_name},
    {"__qualname__", get_qualname, set_qualname},
    {"gi_code", get_code},
    {"gi_frame", get_frame},
    {"gi_running", get_running},
    {"gi_suspended", get_suspended},
    {"gi_yieldfrom", get_yieldfrom},
    {},
};

// Dropping a suspended generator closes it (its finally blocks run now); an error there is
// reported, not raised (CPython's _PyGen_Finalize).
void generator_finalize(Object* self) {
  Generator* g = static_cast<Generator*>(self);
  if (generator_state(g) != GenState::Suspended) return;
  Ref saved = error_pending() ? fetch_error() : Ref();
  Ref r = generator_close(g);
  if (!r) {
    Ref exc = fetch_error();
    report_unraisable(exc.get(), value_of(g));
  }
  if (saved) raise_value(saved.get());
}

void generator_dealloc(Object* self) {
  Generator* g = static_cast<Generator*>(self);
  if ((g->state == GenState::Suspended || g->state == GenState::Linked) &&
      !(g->gc_flags & GcFlag::kFinalized)) {
    g->gc_flags |= GcFlag::kFinalized;
    g->refcount = 1;  // alive again while close() runs
    generator_finalize(g);
    if (--g->refcount != 0) return;  // resurrected by its finally block
  }
  generator_unlink(g);
  // The generator is dead. Its memory goes with its frame's last reference: now, unless
  // something else holds the frame (which then keeps its locals, as in CPython). Meanwhile
  // the dead header reads as a closed, finalized generator to the collector (and to the code
  // the decrefs below may run).
  g->state = GenState::Closed;
  g->gc_flags |= GcFlag::kFinalized;
  Frame* frame = g->frame();
  frame->generator = nullptr;
  drop_own_names(g);
  Value exc = g->exc_state.exc;
  g->exc_state.exc = Value();
  decref(exc);
  decref(frame);  // the generator's reference; may free g
}
// The node of the collector is the generator with its frame (vm/gc.hpp): the frame's
// references are reported here.
void generator_traverse(Object* self, VisitFn visit, void* arg) {
  Generator* g = static_cast<Generator*>(self);
  Frame* frame = g->frame();
  if (frame->generator == g) visit(value_of(frame), arg);  // the living generator's reference
  if (g->exc_state.exc.is_object()) visit(g->exc_state.exc, arg);
  if (g->has_own_names) {
    const OwnNames& names = own_names(g);
    visit(value_of(names.name), arg);
    visit(value_of(names.qualname), arg);
  }
  frame_type->traverse(frame, visit, arg);
}
void generator_clear(Object* self) {
  Generator* g = static_cast<Generator*>(self);
  if (generator_state(g) == GenState::Running) return;
  generator_unlink(g);
  g->state = GenState::Closed;
  frame_clear(g->frame());
  Value exc = g->exc_state.exc;
  g->exc_state.exc = Value();
  decref(exc);
}

}  // namespace

const MethodDef* g_generator_send_def = &generator_methods[0];
const MethodDef* g_builtin_next_def = nullptr;
void set_builtin_next(const MethodDef* def) { g_builtin_next_def = def; }

void init_generator_type() {
  if (generator_type) return;
  generator_type = make_builtin_type("generator", nullptr, sizeof(Generator), TypeFlag::kGc);
  generator_type->dealloc = generator_dealloc;
  generator_type->traverse = generator_traverse;
  generator_type->clear = generator_clear;
  generator_type->finalize = generator_finalize;
  generator_type->repr = gen_repr;
  generator_type->iter = gen_iter;
  generator_type->iternext = gen_iternext;
  generator_type->methods = generator_methods;
  generator_type->getsets = generator_getsets;
  type_ready(generator_type);
}

}  // namespace gyre::vm
