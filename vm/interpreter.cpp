// The interpreter loop: one function, run_frame, that executes frames of Python code. See
// vm/FRAMES.md for the protocol (calls without C++ recursion, one unwind path).
//
// Register discipline (as Wren's and Lua's loops): `f`, `code`, `ip` and `sp` are the current
// frame's state in locals of this function (as few as possible, so that they stay in
// registers); SAVE_FRAME() writes ip and stack depth back into the frame before anything that
// can switch frames, and LOAD_FRAME() reloads them after. `ip` always points at the next
// instruction.
#include "vm/interpreter.hpp"

#include <fmt/format.h>

#include <cmath>
#include <vector>

#include "vm/abstract.hpp"
#include "vm/attributes.hpp"
#include "vm/code.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/fast_paths.hpp"
#include "vm/frame.hpp"
#include "vm/function.hpp"
#include "vm/generator.hpp"
#include "vm/gc.hpp"
#include "vm/import.hpp"
#include "vm/instance_attrs.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/numbers.hpp"
#include "vm/opcode_helpers.hpp"
#include "vm/range.hpp"
#include "vm/runtime.hpp"
#include "vm/sequence_helpers.hpp"
#include "vm/set.hpp"
#include "vm/signals.hpp"
#include "vm/singletons.hpp"
#include "vm/slice.hpp"
#include "vm/str.hpp"
#include "vm/traceback.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#ifndef GYRE_COMPUTED_GOTO
#if defined(__GNUC__)
#define GYRE_COMPUTED_GOTO 1
#else
#define GYRE_COMPUTED_GOTO 0
#endif
#endif

namespace gyre::vm {

// The instruction pointer of the running loop. With GCC on x86-64 it lives in a register
// reserved for it throughout this file: in a function this large, GCC otherwise keeps it in
// a stack slot, and every dispatch then waits on a store and a reload (fib_rec ran about 13%
// slower). r12 is callee-saved, so code in other files preserves it; run_frame saves and
// restores it around a nested loop (C++ calling Python calling C++ ...).
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define GYRE_IP_IN_REGISTER 1
register const Instruction* ip asm("r12");
#else
#define GYRE_IP_IN_REGISTER 0
#endif

namespace {

Frame* g_current = nullptr;
ExcInfo g_thread_exc_info;              // the bottom of the stack of handled exceptions
ExcInfo* g_exc_info = &g_thread_exc_info;  // its top: a running generator's, or the thread's
int g_native_depth = 0;  // nested run_frame calls (C++ recursion)
// The exception a Python frame called from native code (an __exit__, a slot, ...) just
// propagated out of run_frame. CPython chains __context__ only where an exception is raised:
// when it reaches the calling frame's error handling it must not be chained again (its
// context may have been cleared on purpose, as contextlib.ExitStack does). Only compared, and
// consumed by the next error handling.
const Object* g_propagated_exception = nullptr;
// Beyond this many nested loops the C++ stack could run out whatever the recursion limit is:
// RecursionError instead. The program runs on a large stack (cli), so this is generous.
constexpr int kMaxNativeDepth = 20000;

// The exception being handled: the topmost one set on the ExcInfo stack (absent if none).
Value current_handled() {
  for (ExcInfo* e = g_exc_info; e; e = e->previous) {
    if (!e->exc.is_absent()) return e->exc;
  }
  return Value();
}

void set_handled(Value v) {
  Value old = g_exc_info->exc;
  g_exc_info->exc = v.is_none() ? Value() : v;
  incref(g_exc_info->exc);
  decref(old);
}

// A generator's frame starts or resumes running: its exception state goes on top of the
// stack (CPython's gi_exc_state).
void enter_generator(Generator* g) {
  g->state = GenState::Running;
  g->exc_state.previous = g_exc_info;
  g_exc_info = &g->exc_state;
}
// ... and stops: suspended at a yield, or finished.
void leave_generator(Generator* g, bool finished) {
  g_exc_info = g->exc_state.previous;
  g->exc_state.previous = nullptr;
  if (!finished) {
    g->state = GenState::Suspended;
    return;
  }
  g->state = GenState::Closed;
  Value exc = g->exc_state.exc;
  g->exc_state.exc = Value();
  decref(exc);
}

// PEP 479: a StopIteration escaping a generator's body becomes a RuntimeError caused by it.
Ref stop_iteration_to_runtime_error(Ref exc) {
  if (!is_subtype(type_of(exc.get()), stop_iteration_type)) return exc;
  Ref message = make_str("generator raised StopIteration");
  Value arg = message.get();
  Ref error = make_exception(runtime_error_type, std::span<const Value>(&arg, 1));
  if (!error) return exc;
  ExceptionObject* e = as_exception(error.get());
  e->cause = exc.get();
  incref(e->cause);
  e->context = exc.get();
  incref(e->context);
  e->suppress_context = true;
  return error;
}

// The chaining CPython does when an exception is raised while another is handled.
void chain_context(Value exc) {
  Value handled = current_handled();
  if (handled.is_absent() || handled == exc || !is_exception_instance(exc)) return;
  ExceptionObject* e = as_exception(exc);
  if (e->context.is_object()) return;
  // Break a cycle: exc must not already be in the handled exception's context chain.
  Value o = handled;
  while (true) {
    ExceptionObject* oe = as_exception(o);
    Value ctx = oe->context;
    if (!ctx.is_object()) break;
    if (ctx == exc) {
      oe->context = Value::none();
      decref(ctx);
      break;
    }
    o = ctx;
  }
  Value old = e->context;
  e->context = handled;
  incref(handled);
  decref(old);
}

// Makes the cells of a new frame (a parameter that is also a cell starts with the argument)
// and copies in the closure's cells for its free variables.
void init_cells(Function* fn, Code* code, Frame* frame) {
  size_t nl = code->nlocals();
  for (size_t i = 0; i < code->ncells_; ++i) {
    int arg = code->cell_args[i];
    Value initial = arg >= 0 ? frame->slots[arg] : Value();
    Ref cell = make_cell(initial);
    frame->slots[nl + i] = cell.release();
  }
  size_t nc = code->ncells_;
  for (size_t i = 0; i < code->nfree_ && fn->closure; ++i) {
    Value c = fn->closure->items[i];
    incref(c);
    frame->slots[nl + nc + i] = c;
  }
}

// Makes a frame for calling `fn` with the arguments bound; null with an exception pending.
// (For a generator function the frame becomes the generator's: see make_generator.)
Frame* prepare_frame(Function* fn, const Value* args, size_t nargs, Tuple* kwnames) {
  Code* code = fn->code;
  bool generator = code->flags & CodeFlag::kGenerator;  // its frame is inside the generator
  if (kwnames == nullptr && code->simple_args_ && nargs == static_cast<size_t>(code->argcount)) {
    // Positional arguments, exactly the parameters: they are the first locals.
    Frame* frame;
    if (generator) {
      frame = make_generator_frame(fn);
    } else {
      incref(fn);
      frame = make_call_frame(fn, code, fn->globals, fn->builtins);
    }
    for (size_t i = 0; i < nargs; ++i) {
      incref(args[i]);
      frame->slots[i] = args[i];
    }
    if (code->ncells_ | code->nfree_) init_cells(fn, code, frame);
    return frame;
  }
  Frame* frame = generator ? make_generator_frame(fn) : make_frame(code, fn, fn->globals, fn->builtins, Value());
  if (!bind_arguments(fn, frame, args, nargs, kwnames)) {
    decref(frame);
    return nullptr;
  }
  if (code->ncells_ | code->nfree_) init_cells(fn, code, frame);
  return frame;
}

// Whether obj.name on instances of `type` is decided by the instance dict alone (when the
// name is in it): the type uses the generic attribute protocol, has instance dicts, and has
// no data descriptor for the name. `__dict__` itself is special in generic_getattr.
bool instance_attr_cacheable(Type* type, Str* name, bool store) {
  if (type->version == 0 || type->dict_offset == 0) return false;
  if (store ? type->setattro != generic_setattr : type->getattro != generic_getattr) return false;
  static Str* const dict_name = intern("__dict__");
  if (name == dict_name) return false;
  Value descr = type_lookup(type, name);
  return descr.is_absent() || type_of(descr)->descr_set == nullptr;
}

// The slot of (type, name, variant) in a memo of `size` entries (a power of two).
inline size_t memo_slot(Type* type, Str* name, size_t variant, size_t size) {
  return ((reinterpret_cast<uintptr_t>(type) >> 4) * 31 + (reinterpret_cast<uintptr_t>(name) >> 4) * 2 + variant) &
         (size - 1);
}

// LOAD_METHOD's cache for `type`, from a memo of earlier refills as for attributes (below):
// a site calling a method on instances of several classes in turn does not redo the lookups.
struct MethodMemo {
  Str* name = nullptr;
  MethodCache cache;
};
constexpr size_t kMethodMemoSize = 512;
MethodMemo g_method_memo[kMethodMemoSize];

// Whether instances of `type` in the values form cannot shadow the method `name` (it is not
// one of the class's shared names), recorded as MethodCache::keys_without_name.
void note_unshadowed(MethodCache& cache, Type* type, Str* name) {
  size_t used = type->instance_keys.entries_used;
  if (cache.keys_without_name == used + 1) return;
  cache.keys_without_name = shared_key_index(type, name) < 0 ? used + 1 : 0;
}

[[gnu::noinline]] void refill_method_cache(MethodCache& cache, Type* type, Str* name) {
  if (type->version == 0 || !name->interned) {
    cache = {type, type->version, type_lookup(type, name), 0};
    return;
  }
  MethodMemo& memo = g_method_memo[memo_slot(type, name, 0, kMethodMemoSize)];
  if (memo.name != name || memo.cache.type != type || memo.cache.type_version != type->version) {
    memo.name = name;
    memo.cache = {type, type->version, type_lookup(type, name), 0};
  }
  note_unshadowed(memo.cache, type, name);
  cache = memo.cache;
}

// What refills found, by (type, version, name, load or store): a site that sees several
// types in turn (a base class's method run on instances of its subclasses) swaps its cache
// back in from here instead of redoing the type lookups. Type versions are never reused, so a
// matching entry is current; only interned (immortal) names are kept.
struct AttrMemo {
  Type* type = nullptr;
  uint64_t version = 0;
  Str* name = nullptr;
  bool store = false;
  AttrCache cache;
};
constexpr size_t kAttrMemoSize = 1024;
AttrMemo g_attr_memo[kAttrMemoSize];

// The attribute cache of instruction `index` (the side table is made on first use), valid for
// `type` as it is now.
[[gnu::noinline]] void refill_attr_cache(Code* code, ptrdiff_t index, Type* type, Str* name, bool store) {
  if (code->attr_caches.empty()) code->attr_caches.resize(code->instructions.size());
  uint64_t version = type->version;
  AttrMemo& memo = g_attr_memo[memo_slot(type, name, store, kAttrMemoSize)];
  if (memo.type == type && memo.version == version && memo.name == name && memo.store == store && version != 0) {
    // A name instances had not stored yet when the memo was made may be shared by now.
    if (memo.cache.usable && memo.cache.shared_index < 0) {
      memo.cache.shared_index = static_cast<int32_t>(shared_key_index(type, name));
    }
    code->attr_caches[index] = memo.cache;
    return;
  }
  bool usable = instance_attr_cacheable(type, name, store);
  int32_t shared = usable ? static_cast<int32_t>(shared_key_index(type, name)) : -1;
  AttrCache fresh{type, version, -1, shared, usable};
  if (version != 0 && name->interned) memo = {type, version, name, store, fresh};
  code->attr_caches[index] = fresh;
}
[[gnu::always_inline]] inline AttrCache& attr_cache_for(Code* code, ptrdiff_t index, Type* type, Str* name,
                                                         bool store) {
  if (code->attr_caches.empty() || code->attr_caches[index].type != type ||
      code->attr_caches[index].type_version != type->version) {
    refill_attr_cache(code, index, type, name, store);
  }
  return code->attr_caches[index];
}

// The entry of `name` in an instance dict, trying the entry of the last hit first; -1 absent,
// -2 error.
inline int64_t cached_dict_entry(AttrCache& cache, Dict* dict, Str* name) {
  HashTable& t = dict->table;
  int64_t hint = cache.hint;
  if (hint >= 0 && static_cast<size_t>(hint) < t.entries_used && t.entries[hint].key == value_of(name)) {
    return hint;
  }
  int64_t ix = table_lookup_str(t, name, str_hash(name));
  if (ix >= 0) cache.hint = ix;
  return ix;
}

// FOR_ITER's steps of range and list iterators, done without a call: true with the next item
// (owned) in `next`; false when the general path must run (another iterator, the end, or a
// range item past the small-int range).
[[gnu::always_inline]] inline bool step_builtin_iterator(Value it, Value& next) {
  if (!it.is_object()) return false;
  Type* type = it.as_object()->type;
  if (type == range_iterator_type) {
    auto* ri = static_cast<RangeIterator*>(it.as_object());
    if (ri->remaining <= 0 || !Value::fits_small_int(ri->next)) return false;
    --ri->remaining;
    next = Value::from_small_int(ri->next);
    ri->next += ri->step;
    return true;
  }
  if (type == list_iterator_type) {
    auto* li = static_cast<SeqIterator*>(it.as_object());
    if (li->seq.is_absent() || li->index >= as_list(li->seq)->size) return false;
    next = as_list(li->seq)->items[li->index++];
    incref(next);
    return true;
  }
  return false;
}

// The index of `name` among the class's shared names (vm/instance_attrs.hpp), looked up until
// found: the key table only grows, so a found index stays right for this type.
inline int64_t cached_shared_index(AttrCache& cache, Type* type, Str* name) {
  if (cache.shared_index < 0) cache.shared_index = static_cast<int32_t>(shared_key_index(type, name));
  return cache.shared_index;
}

// obj's own attribute `name` (either form): BORROWED, absent when obj has none; `error` is set
// when a dict lookup raised.
[[gnu::always_inline]] inline Value cached_instance_attr(AttrCache& cache, Object* obj, Str* name, bool& error) {
  Dict* word = *instance_dict_slot(value_of(obj));
  if (word_holds_values(word)) {
    InstanceValues* values = values_of_word(word);
    int64_t index = cached_shared_index(cache, obj->type, name);
    return index >= 0 && index < values->capacity ? values->values[index] : Value();
  }
  if (word == nullptr) return Value();
  int64_t ix = cached_dict_entry(cache, word, name);
  if (ix >= 0) return word->table.entries[ix].value;
  error = ix == -2;
  return Value();
}

// STORE_ATTR's fast path: replaces or adds obj's own attribute `name` where no reallocation,
// new shared name or change of form is needed. Steals `value` and returns 1 when done; 0
// leaves the store to setattr; -1 error (value still owned by the caller).
[[gnu::always_inline]] inline int cached_instance_store(AttrCache& cache, Object* obj, Str* name, Value value) {
  Dict** slot = instance_dict_slot(value_of(obj));
  Dict* word = *slot;
  if (word_holds_values(word) || (word == nullptr && obj->type->has_flag(TypeFlag::kCompactAttrs))) {
    int64_t index = cached_shared_index(cache, obj->type, name);
    return index >= 0 && values_store_in_place(obj, slot, index, value);
  }
  if (word == nullptr) return 0;
  int64_t ix = cached_dict_entry(cache, word, name);
  if (ix == -2) return -1;
  if (ix < 0) return 0;  // a new key: setattr
  Value old = word->table.entries[ix].value;
  word->table.entries[ix].value = value;
  dict_modified(word);
  decref(old);
  return 1;
}

}  // namespace

namespace {

// The chain cases of resume_in_loop: g is a suspended chain root (its leaf runs), or g is
// resumed by a generator frame's SEND (g joins that frame's chain).
[[gnu::noinline]] void resume_chain(Generator* g, Frame* resumer, bool by_send, Value sent, ThreadState& ts) {
  Generator* leaf = g->leaf;
  Generator* run = leaf ? leaf : g;
  Frame* gf = run->frame();
  if (leaf || g->state == GenState::Suspended) gf->stack_base()[gf->stack_depth++] = sent;
  Generator* root;
  if (by_send) {
    // A new `yield from`: g (and its chain, if it is a suspended chain root) joins the
    // delegator's chain. The delegator stays frozen after its SEND, linked above g: Python
    // sees its root's state.
    Generator* delegator = resumer->generator;
    root = delegator->chain_root;
    if (delegator != root) {
      delegator->state = GenState::Linked;
    } else {
      root->base_depth = ts.recursion_depth - 1;  // the root's frame is the current one
    }
  } else {
    root = g;
    g->base_depth = ts.recursion_depth;
  }
  ts.recursion_depth += leaf ? g->chain_len : 1;
  g->frame()->back = resumer;
  g->exc_state.previous = g_exc_info;
  if (leaf) {
    g->leaf = nullptr;
    g->state = root == g ? GenState::Running : GenState::Linked;
  }
  g_exc_info = &run->exc_state;
  run->state = GenState::Running;
  run->chain_root = root;
  gf->executing = true;
  g_current = gf;
}

// RESUME_GENERATOR's work (see there): makes the frame to run current.
[[gnu::always_inline]] inline void resume_in_loop(Generator* g, Frame* resumer, bool by_send, Value sent, ThreadState& ts) {
  if (g->leaf || by_send) {
    resume_chain(g, resumer, by_send, sent, ts);
    return;
  }
  // The common case: a lone generator (or a chain's future root) resumed by FOR_ITER or a
  // next()/send() call.
  Frame* gf = g->frame();
  if (g->state == GenState::Suspended) gf->stack_base()[gf->stack_depth++] = sent;
  ++ts.recursion_depth;
  gf->back = resumer;
  gf->executing = true;
  g->chain_root = g;
  enter_generator(g);
  g_current = gf;
}

// A leaf of a linked chain yields: it stays linked (frame and exc_state) to its delegator,
// which stays frozen after its SEND; the root is the frame that yields to its resumer (the
// caller finishes that as for a lone generator). Returns the root's frame.
[[gnu::noinline]] Frame* yield_to_root(Generator* gen, ThreadState& ts) {
  Generator* root = gen->chain_root;
  gen->state = GenState::Linked;
  root->leaf = gen;
  root->chain_len = ts.recursion_depth - root->base_depth;
  ts.recursion_depth = root->base_depth + 1;
  root->frame()->executing = false;
  g_exc_info = &root->exc_state;
  return root->frame();
}

}  // namespace

Frame* current_frame() { return g_current; }
void set_current_frame(Frame* frame) { g_current = frame; }
Value handled_exception() { return current_handled(); }

namespace {
Ref run_loop(Frame* entry, bool throwing);
}  // namespace

Ref run_frame(Frame* entry, bool throwing) {
#if GYRE_IP_IN_REGISTER
  const Instruction* outer_ip = ip;  // the enclosing loop's, if this one is nested
  Ref result = run_loop(entry, throwing);
  ip = outer_ip;
  return result;
#else
  return run_loop(entry, throwing);
#endif
}

namespace {

Ref run_loop(Frame* entry, bool throwing) {
  ThreadState& ts = thread();
  if (ts.recursion_depth + 1 > ts.recursion_limit || g_native_depth >= kMaxNativeDepth) {
    return raise(recursion_error_type, "maximum recursion depth exceeded");
  }
  int base_depth = ts.recursion_depth;
  ++ts.recursion_depth;
  ++g_native_depth;
  entry->back = g_current;
  entry->executing = true;
  Frame* f = entry;
  if (Generator* eg = entry->generator) {
    eg->base_depth = base_depth;
    eg->chain_root = eg;
    enter_generator(eg);
    if (Generator* leaf = eg->leaf) {
      // A suspended chain: its innermost generator runs on, under the linked frames
      // (generator_send checked the depth and pushed the sent value on the leaf's frame).
      eg->leaf = nullptr;
      ts.recursion_depth = base_depth + eg->chain_len;
      g_exc_info = &leaf->exc_state;
      leaf->state = GenState::Running;
      leaf->chain_root = eg;
      leaf->frame()->executing = true;
      f = leaf->frame();
    }
  }
  g_current = f;

  Code* code;
#if !GYRE_IP_IN_REGISTER
  const Instruction* ip;
#endif
  Value* sp;
  Tuple* kwnames = nullptr;
  bool reraise = false;

#define LOAD_FRAME()                              \
  do {                                            \
    code = f->code;                               \
    ip = code->instructions.data() + f->ip;       \
    sp = f->stack_base() + f->stack_depth;        \
  } while (0)
#define SAVE_FRAME()                                                \
  do {                                                              \
    f->ip = static_cast<uint32_t>(ip - BASE);                       \
    f->stack_depth = static_cast<uint32_t>(sp - f->stack_base());   \
  } while (0)
// The argument of the executing instruction, read again where it is used (rather than kept
// in a variable from the dispatch) so that no register is tied up holding it across calls.
#define OPARG (arg_of(ip[-1]))
// The code's instructions and constants, read through `code` rather than kept in locals: the
// fewer values the loop keeps live, the likelier ip and sp stay in registers.
#define BASE (code->instructions.data())
#define CONSTS (code->constants.data())
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define GOTO_ERROR() goto error
// The common shape "top of stack -> f(top)": `expr` computes a Ref from the value `top`.
#define REPLACE_TOP(expr)         \
  do {                            \
    Value top = TOP();            \
    SAVE_FRAME();                 \
    Ref result_ = (expr);         \
    if (!result_) GOTO_ERROR();   \
    decref(top);                  \
    TOP() = result_.release();    \
    DISPATCH();                   \
  } while (0)

// Resumes generator `g` (state Created or Suspended, not linked under a delegator) inside
// this loop, its frame on top of the current one as a call's would be; `sent` (owned; absent
// for a Created generator) is pushed as the value of the paused yield. Resumed by the SEND of
// a generator's frame (by_send), g joins that frame's chain (its frame stays linked when it
// yields); otherwise g is the root of its chain. A suspended chain root runs its leaf
// directly: O(1) whatever the depth (vm/GENERATORS.md, "Delegation chains").
#define RESUME_GENERATOR(g, sent, by_send)                                      \
  do {                                                                          \
    Generator* rg_ = (g);                                                       \
    if (rg_->leaf && ts.recursion_depth + rg_->chain_len > ts.recursion_limit) { \
      SAVE_FRAME();                                                             \
      generator_unlink(rg_); /* level by level: RecursionError where it was */  \
    }                                                                           \
    if (ts.recursion_depth + 1 > ts.recursion_limit) {                          \
      decref(sent);                                                             \
      raise(recursion_error_type, "maximum recursion depth exceeded");          \
      GOTO_ERROR();                                                             \
    }                                                                           \
    resume_in_loop(rg_, f, (by_send), (sent), ts);                              \
    SAVE_FRAME();                                                               \
    f = g_current;                                                              \
    LOAD_FRAME();                                                               \
    DISPATCH();                                                                 \
  } while (0)

  LOAD_FRAME();
  bool thrown = false;
  if (throwing) {
    // generator.throw(): raised at the paused yield, chained to the exception the generator
    // itself was handling there (not to the caller's).
    if (!entry->generator->exc_state.exc.is_absent()) {
      Ref exc = fetch_error();
      chain_context(exc.get());
      raise_value(exc.get());
    }
    thrown = true;
    GOTO_ERROR();
  }

#if GYRE_COMPUTED_GOTO
  static void* const dispatch_table[] = {
#define OPCODE(name, effect, kind) &&L_##name,
#include "vm/opcodes.def"
#undef OPCODE
  };
#define TARGET(op) L_##op:
// A plain goto to one dispatch point: leaving an opcode's block by `goto` runs the destructors
// of its locals (a computed goto would skip them).
#define DISPATCH() goto dispatch
dispatch:
  goto* dispatch_table[*ip++ & 0xFF];
#else
#define TARGET(op) \
  case Opcode::op: \
  L_##op:
#define DISPATCH() goto dispatch
dispatch:
  switch (opcode_of(*ip++)) {
#endif

  TARGET(NOP) { DISPATCH(); }
  TARGET(POP_TOP) {
    decref(POP());
    DISPATCH();
  }
  TARGET(PRINT_EXPR) {
    // Interactive code: sys.displayhook(v), looked up at each use as CPython does.
    Value v = POP();
    SAVE_FRAME();
    Value sys = dict_get_str(sys_modules(), "sys");
    Ref hook = sys.is_absent() ? Ref() : getattr_optional(sys, intern("displayhook"));
    if (!hook) {
      decref(v);
      if (!error_pending()) raise(runtime_error_type, "lost sys.displayhook");
      GOTO_ERROR();
    }
    Ref r = call1(hook.get(), v);
    decref(v);
    if (!r) GOTO_ERROR();
    DISPATCH();
  }
  TARGET(COPY) {
    Value v = sp[-static_cast<int>(OPARG)];
    incref(v);
    PUSH(v);
    DISPATCH();
  }
  TARGET(SWAP) {
    std::swap(sp[-1], sp[-static_cast<int>(OPARG)]);
    DISPATCH();
  }
  TARGET(PUSH_NULL) {
    PUSH(Value());
    DISPATCH();
  }
// The bodies of the instructions that superinstructions pair up (vm/opcodes.def). In a
// superinstruction, `++ip` between two bodies steps onto the second instruction, so OPARG
// and a traceback's line are the second's from there on.
#define DO_LOAD_CONST()         \
  do {                          \
    Value v_ = CONSTS[OPARG];   \
    incref(v_);                 \
    PUSH(v_);                   \
  } while (0)
#define DO_LOAD_FAST()                \
  do {                                \
    Value v_ = f->slots[OPARG];       \
    if (v_.is_absent()) {             \
      unbound_local(code, OPARG);     \
      GOTO_ERROR();                   \
    }                                 \
    incref(v_);                       \
    PUSH(v_);                         \
  } while (0)
#define DO_STORE_FAST()               \
  do {                                \
    Value old_ = f->slots[OPARG];     \
    f->slots[OPARG] = POP();          \
    decref(old_);                     \
  } while (0)

  TARGET(LOAD_CONST) {
    DO_LOAD_CONST();
    DISPATCH();
  }
  TARGET(LOAD_FAST) {
    DO_LOAD_FAST();
    DISPATCH();
  }
  TARGET(STORE_FAST) {
    DO_STORE_FAST();
    DISPATCH();
  }
  TARGET(LOAD_FAST__LOAD_FAST) {
    DO_LOAD_FAST();
    ++ip;
    DO_LOAD_FAST();
    DISPATCH();
  }
  TARGET(LOAD_FAST__LOAD_CONST) {
    DO_LOAD_FAST();
    ++ip;
    DO_LOAD_CONST();
    DISPATCH();
  }
  TARGET(LOAD_CONST__LOAD_FAST) {
    DO_LOAD_CONST();
    ++ip;
    DO_LOAD_FAST();
    DISPATCH();
  }
  TARGET(STORE_FAST__LOAD_FAST) {
    DO_STORE_FAST();
    ++ip;
    DO_LOAD_FAST();
    DISPATCH();
  }
  TARGET(STORE_FAST__STORE_FAST) {
    DO_STORE_FAST();
    ++ip;
    DO_STORE_FAST();
    DISPATCH();
  }
  TARGET(DELETE_FAST) {
    SAVE_FRAME();  // the old value's finalizer may report this frame's line
    Value old = f->slots[OPARG];
    if (old.is_absent()) {
      unbound_local(code, OPARG);
      GOTO_ERROR();
    }
    f->slots[OPARG] = Value();
    decref(old);
    DISPATCH();
  }
  TARGET(LOAD_DEREF) {
    Cell* cell = as_cell(f->slots[code->nlocals() + OPARG]);
    Value v = cell->contents;
    if (v.is_absent()) {
      unbound_deref(code, OPARG);
      GOTO_ERROR();
    }
    incref(v);
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_DEREF) {
    Cell* cell = as_cell(f->slots[code->nlocals() + OPARG]);
    Value old = cell->contents;
    cell->contents = POP();
    decref(old);
    DISPATCH();
  }
  TARGET(DELETE_DEREF) {
    Cell* cell = as_cell(f->slots[code->nlocals() + OPARG]);
    Value old = cell->contents;
    if (old.is_absent()) {
      unbound_deref(code, OPARG);
      GOTO_ERROR();
    }
    cell->contents = Value();
    decref(old);
    DISPATCH();
  }
  TARGET(LOAD_CLOSURE) {
    Value cell = f->slots[code->nlocals() + OPARG];
    incref(cell);
    PUSH(cell);
    DISPATCH();
  }
  TARGET(LOAD_CLASSDEREF) {
    Str* name = deref_name(code, OPARG);
    Ref v = locals_get(f->locals, name);
    if (!v && error_pending()) GOTO_ERROR();
    if (!v) {
      Value c = as_cell(f->slots[code->nlocals() + OPARG])->contents;
      if (c.is_absent()) {
        unbound_deref(code, OPARG);
        GOTO_ERROR();
      }
      v = Ref::borrow(c);
    }
    PUSH(v.release());
    DISPATCH();
  }
#define DO_LOAD_GLOBAL()                                                                          \
  do {                                                                                            \
    if (code->global_caches.empty()) code->global_caches.resize(code->instructions.size());      \
    GlobalCache& cache_ = code->global_caches[ip - BASE - 1];                                     \
    Value v_;                                                                                     \
    if (cache_.globals_version == f->globals->version && cache_.builtins_version == f->builtins->version) { \
      v_ = cache_.value;                                                                          \
    } else {                                                                                      \
      Str* name_ = code->names[OPARG];                                                            \
      v_ = dict_get_str(f->globals, name_);                                                       \
      if (v_.is_absent()) v_ = dict_get_str(f->builtins, name_);                                  \
      if (v_.is_absent()) {                                                                       \
        name_error(name_);                                                                        \
        GOTO_ERROR();                                                                             \
      }                                                                                           \
      cache_ = {f->globals->version, f->builtins->version, v_};                                   \
    }                                                                                             \
    incref(v_);                                                                                   \
    PUSH(v_);                                                                                     \
  } while (0)
  TARGET(LOAD_GLOBAL) {
    DO_LOAD_GLOBAL();
    DISPATCH();
  }
  TARGET(PUSH_NULL__LOAD_GLOBAL) {
    PUSH(Value());
    ++ip;
    DO_LOAD_GLOBAL();
    DISPATCH();
  }
  TARGET(STORE_GLOBAL) {
    SAVE_FRAME();  // the old value's finalizer may report this frame's line
    Value v = POP();
    int r = dict_set(f->globals, value_of(code->names[OPARG]), v);
    decref(v);
    if (r < 0) GOTO_ERROR();
    DISPATCH();
  }
  TARGET(DELETE_GLOBAL) {
    SAVE_FRAME();  // the old value's finalizer may report this frame's line
    Str* name = code->names[OPARG];
    if (dict_get_str(f->globals, name).is_absent()) {
      name_error(name);
      GOTO_ERROR();
    }
    if (dict_del(f->globals, value_of(name)) < 0) GOTO_ERROR();
    DISPATCH();
  }
  TARGET(LOAD_NAME) {
    Str* name = code->names[OPARG];
    Ref v = locals_get(f->locals, name);
    if (!v && error_pending()) GOTO_ERROR();
    if (!v) {
      Value g = dict_get_str(f->globals, name);
      if (g.is_absent()) g = dict_get_str(f->builtins, name);
      if (g.is_absent()) {
        name_error(name);
        GOTO_ERROR();
      }
      v = Ref::borrow(g);
    }
    PUSH(v.release());
    DISPATCH();
  }
  TARGET(STORE_NAME) {
    SAVE_FRAME();  // the old value's finalizer may report this frame's line
    Value v = POP();
    Value name = value_of(code->names[OPARG]);
    // A dict subclass (from __prepare__) gets its __setitem__ called, as in CPython.
    int r = type_of(f->locals) == dict_type ? dict_set(as_dict(f->locals), name, v) : set_item(f->locals, name, v);
    decref(v);
    if (r < 0) GOTO_ERROR();
    DISPATCH();
  }
  TARGET(DELETE_NAME) {
    SAVE_FRAME();  // the old value's finalizer may report this frame's line
    Value name = value_of(code->names[OPARG]);
    int r = del_item(f->locals, name);
    if (r < 0) {
      if (error_matches(key_error_type)) {
        clear_error();
        name_error(code->names[OPARG]);
      }
      GOTO_ERROR();
    }
    DISPATCH();
  }
  TARGET(LOAD_ATTR) {
    Value obj = TOP();
    Str* name = code->names[OPARG];
    if (obj.is_object()) {
      Type* type = obj.as_object()->type;
      AttrCache& cache = attr_cache_for(code, ip - BASE - 1, type, name, false);
      if (cache.usable) {
        bool error = false;
        Value v = cached_instance_attr(cache, obj.as_object(), name, error);
        if (error) GOTO_ERROR();
        if (!v.is_absent()) {
          incref(v);
          decref(obj);
          TOP() = v;
          DISPATCH();
        }
        // Not in the instance dict: a method, class attribute or non-data descriptor.
        Value descr = type_lookup(type, name);
        if (!descr.is_absent()) {
          SAVE_FRAME();
          DescrGetSlot get = type_of(descr)->descr_get;
          Ref r = get ? get(descr, obj, type) : Ref::borrow(descr);
          if (!r) GOTO_ERROR();
          decref(obj);
          TOP() = r.release();
          DISPATCH();
        }
      }
    }
    SAVE_FRAME();
    Ref r = getattr(obj, name);
    if (!r) GOTO_ERROR();
    decref(obj);
    TOP() = r.release();
    DISPATCH();
  }
  TARGET(STORE_ATTR) {
    Value obj = POP();
    Value v = POP();
    Str* name = code->names[OPARG];
    SAVE_FRAME();
    if (obj.is_object()) {
      Type* type = obj.as_object()->type;
      AttrCache& cache = attr_cache_for(code, ip - BASE - 1, type, name, true);
      if (cache.usable) {
        int done = cached_instance_store(cache, obj.as_object(), name, v);
        if (done != 0) {
          decref(obj);
          if (done < 0) {
            decref(v);
            GOTO_ERROR();
          }
          DISPATCH();
        }
      }
    }
    int r = setattr(obj, name, v);
    decref(obj);
    decref(v);
    if (r < 0) GOTO_ERROR();
    DISPATCH();
  }
  TARGET(DELETE_ATTR) {
    Value obj = POP();
    SAVE_FRAME();
    int r = delattr(obj, code->names[OPARG]);
    decref(obj);
    if (r < 0) GOTO_ERROR();
    DISPATCH();
  }
  TARGET(LOAD_METHOD) {
    Value obj = TOP();
    Str* name = code->names[OPARG];
    Type* type = type_of(obj);
    if (type->getattro == generic_getattr) {
      if (code->method_caches.empty()) code->method_caches.resize(code->instructions.size());
      MethodCache& cache = code->method_caches[ip - BASE - 1];
      Value descr;
      if (cache.type == type && cache.type_version == type->version) {
        descr = cache.descr;
      } else {
        refill_method_cache(cache, type, name);
        descr = cache.descr;
      }
      if (descr.is_object() &&
          (descr.as_object()->type == function_type || descr.as_object()->type == method_descriptor_type)) {
        Dict** slot = instance_dict_slot(obj);
        bool shadowed = false;  // by an attribute of the instance
        if (slot != nullptr && *slot != nullptr) {
          // In the values form, a name that is not one of the class's shared names cannot be
          // an attribute (see MethodCache::keys_without_name).
          if (word_holds_values(*slot)) note_unshadowed(cache, type, name);
          if (!word_holds_values(*slot) || cache.keys_without_name == 0) {
            shadowed = !instance_attr_get(obj.as_object(), slot, name).is_absent();
          }
        }
        if (!shadowed) {
          incref(descr);
          TOP() = descr;
          PUSH(obj);  // the reference moves from the slot below
          DISPATCH();
        }
      }
    }
    SAVE_FRAME();
    Ref r = getattr(obj, name);
    if (!r) GOTO_ERROR();
    decref(obj);
    TOP() = Value();
    PUSH(r.release());
    DISPATCH();
  }
  TARGET(KW_NAMES) {
    kwnames = as_tuple(CONSTS[OPARG]);
    DISPATCH();
  }
  TARGET(CALL) {
    size_t n = OPARG;
    Value* slot = sp - n - 2;
    Value callable;
    Value* args;
    size_t total;
    if (slot[0].is_absent()) {
      callable = slot[1];
      args = slot + 2;
      total = n;
    } else {
      callable = slot[0];
      args = slot + 1;
      total = n + 1;
    }
    Tuple* names = kwnames;
    kwnames = nullptr;
    SAVE_FRAME();
    if (callable.is_object() && callable.as_object()->type == function_type) {
      Function* fn = as_function(callable);
      Code* fc = fn->code;
      if (names == nullptr && fc->simple_args_ && total == static_cast<size_t>(fc->argcount) &&
          !(fc->flags & CodeFlag::kGenerator) && ts.recursion_depth + 1 <= ts.recursion_limit) {
        // The common call: the function and the arguments move from this stack into the new
        // frame.
        Frame* nf = make_call_frame(fn, fc, fn->globals, fn->builtins);
        for (size_t i = 0; i < total; ++i) nf->slots[i] = args[i];
        if (fc->ncells_ | fc->nfree_) init_cells(fn, fc, nf);
        sp = slot;
        SAVE_FRAME();
        if (g_gc_requested) collect();
        ++ts.recursion_depth;
        nf->back = f;
        nf->executing = true;
        f = nf;
        g_current = f;
        LOAD_FRAME();
        DISPATCH();
      }
      Frame* nf = prepare_frame(fn, args, total, names);
      // The call's stack entries go; the new frame holds what it needs.
      while (sp > slot) decref(POP());
      if (!nf) GOTO_ERROR();
      if (nf->code->flags & CodeFlag::kGenerator) {
        PUSH(make_generator(nf).release());
        DISPATCH();
      }
      if (ts.recursion_depth + 1 > ts.recursion_limit) {
        decref(nf);
        raise(recursion_error_type, "maximum recursion depth exceeded");
        GOTO_ERROR();
      }
      SAVE_FRAME();
      if (g_gc_requested) collect();
      ++ts.recursion_depth;
      nf->back = f;
      nf->executing = true;
      f = nf;
      g_current = f;
      LOAD_FRAME();
      DISPATCH();
    }
    if (total == 2 && names == nullptr && callable.is_object() &&
        callable.as_object()->type == method_descriptor_type &&
        is_generator_send(static_cast<MethodDescriptor*>(callable.as_object())->def) &&
        is_generator(args[0])) {
      // g.send(v): resumed in this loop like SEND does; the generator stays on this stack
      // (keeping it alive) until it yields (the call's result) or returns (StopIteration).
      Generator* g = as_generator(args[0]);
      Value sent = args[1];
      if (g->state == GenState::Suspended || (g->state == GenState::Created && sent.is_none())) {
        Value gen = args[0];
        decref(slot[0]);
        slot[0] = gen;
        sp = slot + 1;
        RESUME_GENERATOR(g, sent, false);
      }
    }
    if (total == 1 && names == nullptr && callable.is_object() &&
        callable.as_object()->type == builtin_function_type &&
        is_builtin_next(static_cast<NativeFunction*>(callable.as_object())->def) &&
        is_generator(args[0])) {
      // next(g): as g.send(None) above.
      Generator* g = as_generator(args[0]);
      if (g->state == GenState::Suspended || g->state == GenState::Created) {
        Value gen = args[0];
        incref(gen);
        while (sp > slot) decref(POP());
        PUSH(gen);
        RESUME_GENERATOR(g, Value::none(), false);
      }
    }
    Ref r;
    if (callable.is_object() && names == nullptr) {
      // Builtins called with positional arguments go straight to their C++ function (the
      // call slot's argument checks, done here): len(x), isinstance(x, t), list.append ...
      Type* ct = callable.as_object()->type;
      if (ct == builtin_function_type) {
        auto* nf = static_cast<NativeFunction*>(callable.as_object());
        if (arity_accepts(nf->def, total)) {
          r = nf->def->fn(nf->self, args, total, nullptr);
          goto call_done;
        }
      } else if (ct == method_descriptor_type) {
        // obj.method(...) found by LOAD_METHOD: self is args[0], of the descriptor's own type.
        auto* md = static_cast<MethodDescriptor*>(callable.as_object());
        if (total >= 1 && md->def->kind == MethodKind::kInstance && type_of(args[0]) == md->owner &&
            arity_accepts(md->def, total - 1)) {
          r = md->def->fn(args[0], args + 1, total - 1, nullptr);
          goto call_done;
        }
      }
    }
    r = call(callable, args, total, names);
  call_done:
    while (sp > slot) decref(POP());
    if (!r) GOTO_ERROR();
    PUSH(r.release());
    DISPATCH();
  }
  TARGET(CALL_FUNCTION_EX) {
    Value kwargs = (OPARG & 1) ? POP() : Value();
    Value positional = POP();
    Value callable = POP();
    Value null = POP();
    (void)null;
    std::vector<Value> all(as_tuple(positional)->items, as_tuple(positional)->items + as_tuple(positional)->size);
    Ref names;
    if (kwargs.is_object()) {
      Dict* d = as_dict(kwargs);
      std::vector<Value> keys;
      size_t pos = 0;
      Value k, v;
      while (dict_next(d, pos, k, v)) {
        if (!is_str(k)) {
          raise(type_error_type, "keywords must be strings");
          break;
        }
        keys.push_back(k);
        all.push_back(v);
      }
      if (!error_pending()) names = make_tuple(std::span<const Value>(keys));
    }
    SAVE_FRAME();
    Ref r;
    if (!error_pending()) {
      r = call(callable, all.data(), all.size(), names ? names.as<Tuple>() : nullptr);
    }
    decref(kwargs);
    decref(positional);
    decref(callable);
    if (!r) GOTO_ERROR();
    PUSH(r.release());
    DISPATCH();
  }
  TARGET(MAKE_FUNCTION) {
    Value code_value = POP();
    Value closure = (OPARG & 8) ? POP() : Value();
    Value annotations = (OPARG & 4) ? POP() : Value();
    Value kwdefaults = (OPARG & 2) ? POP() : Value();
    Value defaults = (OPARG & 1) ? POP() : Value();
    Ref fn = make_function(as_code(code_value), f->globals, f->builtins);
    decref(code_value);
    Function* func = fn.as<Function>();
    if (closure.is_object()) func->closure = as_tuple(closure);
    if (annotations.is_object()) func->annotations = annotations;
    if (kwdefaults.is_object()) func->kwdefaults = as_dict(kwdefaults);
    if (defaults.is_object()) func->defaults = as_tuple(defaults);
    PUSH(fn.release());
    DISPATCH();
  }
  TARGET(LOAD_BUILD_CLASS) {
    Value v = dict_get_str(f->builtins, intern("__build_class__"));
    if (v.is_absent()) {
      raise(name_error_type, "__build_class__ not found");
      GOTO_ERROR();
    }
    incref(v);
    PUSH(v);
    DISPATCH();
  }
  TARGET(SETUP_ANNOTATIONS) {
    Str* name = intern("__annotations__");
    Ref existing = locals_get(f->locals, name);
    if (!existing && error_pending()) GOTO_ERROR();
    if (!existing) {
      Ref d = make_dict();
      int r = is_dict(f->locals) ? dict_set(as_dict(f->locals), value_of(name), d.get())
                                 : set_item(f->locals, value_of(name), d.get());
      if (r < 0) GOTO_ERROR();
    }
    DISPATCH();
  }
  TARGET(RETURN_VALUE) {
    Value result = POP();
    SAVE_FRAME();
    Frame* back = f->back;
    Generator* gen = f->generator;
    --ts.recursion_depth;
    g_current = back;
    if (!gen && f != entry) {
      frame_release(f);
      f = back;
      LOAD_FRAME();
      PUSH(result);
      DISPATCH();
    }
    if (gen) leave_generator(gen, true);
    f->executing = false;
    frame_clear(f);
    f->back = nullptr;
    if (f == entry) {
      --g_native_depth;
      return Ref::steal(result);
    }
    // A generator resumed by this loop's FOR_ITER or SEND returned: that instruction's
    // exhausted path runs (drop the iterator, jump; SEND keeps the value). Resumed by a
    // g.send() CALL: the call raises StopIteration(value).
    f = back;
    LOAD_FRAME();
    if (gen->chain_root != gen) {
      // The delegator of a linked chain runs again, at its SEND's exhausted path.
      Generator* d = f->generator;
      d->state = GenState::Running;
      d->chain_root = gen->chain_root;
      f->executing = true;
    }
    Instruction resumer = ip[-1];
    Value iterator = POP();
    if (opcode_of(resumer) == Opcode::CALL) {
      SAVE_FRAME();
      Ref value = Ref::steal(result);
      Ref stop = value.get().is_none() ? make_exception(stop_iteration_type, {})
                                       : make_exception(stop_iteration_type, std::span<const Value>(&result, 1));
      decref(iterator);
      if (stop) raise_value(stop.get());
      GOTO_ERROR();
    }
    if (opcode_of(resumer) == Opcode::SEND) PUSH(result); else decref(result);
    ip = BASE + arg_of(resumer);
    decref(iterator);  // may free the generator and its frame: neither is used any more
    DISPATCH();
  }
  TARGET(BINARY_SUBSCR) {
    Value key = POP();
    Value container = TOP();
    if (container.is_object() && container.as_object()->type == list_type && key.is_small_int()) {
      List* l = as_list(container);
      int64_t i = key.as_small_int();
      if (i < 0) i += static_cast<int64_t>(l->size);
      if (i >= 0 && i < static_cast<int64_t>(l->size)) {
        Value v = l->items[i];
        incref(v);
        TOP() = v;
        decref(container);
        DISPATCH();
      }
    }
    SAVE_FRAME();
    Ref r = get_item(container, key);
    decref(key);
    if (!r) GOTO_ERROR();
    decref(container);
    TOP() = r.release();
    DISPATCH();
  }
  TARGET(STORE_SUBSCR) {
    Value key = POP();
    Value container = POP();
    Value v = POP();
    SAVE_FRAME();
    int r = set_item(container, key, v);
    decref(key);
    decref(container);
    decref(v);
    if (r < 0) GOTO_ERROR();
    DISPATCH();
  }
  TARGET(DELETE_SUBSCR) {
    Value key = POP();
    Value container = POP();
    SAVE_FRAME();
    int r = del_item(container, key);
    decref(key);
    decref(container);
    if (r < 0) GOTO_ERROR();
    DISPATCH();
  }
// BINARY_OP's specializations (vm/opcodes.def): small ints (the result too) and floats;
// anything else, or an int result past the small range, runs BINARY_OP.
// A specialization's fast path: `int_ok` computes int64_t r from the small ints x and y and
// is false on overflow; `float_op` combines two floats.
#define SPECIALIZED_ARITHMETIC(int_ok, float_op)                       \
  do {                                                                 \
    Value a = sp[-2], b = sp[-1];                                      \
    if (a.is_small_int() && b.is_small_int()) {                        \
      int64_t x = a.as_small_int(), y = b.as_small_int(), r;           \
      if ((int_ok) && Value::fits_small_int(r)) {                      \
        --sp;                                                          \
        TOP() = Value::from_small_int(r);                              \
        DISPATCH();                                                    \
      }                                                                \
    } else if (a.is_double() && b.is_double()) {                       \
      --sp;                                                            \
      TOP() = Value::from_double(a.as_double() float_op b.as_double()); \
      DISPATCH();                                                      \
    }                                                                  \
    goto L_BINARY_OP;                                                  \
  } while (0)
  TARGET(BINARY_OP_ADD) { SPECIALIZED_ARITHMETIC((r = x + y, true), +); }  // 48-bit: no overflow
  TARGET(BINARY_OP_SUB) { SPECIALIZED_ARITHMETIC((r = x - y, true), -); }
  TARGET(BINARY_OP_MUL) { SPECIALIZED_ARITHMETIC(!__builtin_mul_overflow(x, y, &r), *); }
  TARGET(BINARY_OP_MOD) {
    Value a = sp[-2], b = sp[-1];
    if (a.is_small_int() && b.is_small_int() && b.as_small_int() != 0) {
      --sp;
      TOP() = Value::from_small_int(floor_mod(a.as_small_int(), b.as_small_int()));
      DISPATCH();
    }
    goto L_BINARY_OP;
  }
  TARGET(BINARY_OP) {
    Value b = POP();
    Value a = TOP();
    Value fast = fast_binary(OPARG, a, b);
    if (!fast.is_absent()) {
      TOP() = fast;
      DISPATCH();
    }
    SAVE_FRAME();
    Ref r = OPARG >= static_cast<uint32_t>(kBinaryOpCount)
                ? inplace_op(a, b, static_cast<BinaryOp>(OPARG - kBinaryOpCount))
                : binary_op(a, b, static_cast<BinaryOp>(OPARG));
    decref(b);
    if (!r) GOTO_ERROR();
    decref(a);
    TOP() = r.release();
    DISPATCH();
  }
  TARGET(UNARY_NEGATIVE) {
    Value a = TOP();
    if (a.is_small_int() && a.as_small_int() != Value::kSmallIntMin) {
      TOP() = Value::from_small_int(-a.as_small_int());
      DISPATCH();
    }
    if (a.is_double()) {
      TOP() = Value::from_double(-a.as_double());
      DISPATCH();
    }
    REPLACE_TOP(unary_op(top, UnaryOp::Neg));
  }
  TARGET(UNARY_POSITIVE) { REPLACE_TOP(unary_op(top, UnaryOp::Pos)); }
  TARGET(UNARY_INVERT) { REPLACE_TOP(unary_op(top, UnaryOp::Invert)); }
  TARGET(UNARY_NOT) {
    Value a = TOP();
    SAVE_FRAME();
    int t = truth(a);
    if (t < 0) GOTO_ERROR();
    decref(a);
    TOP() = Value::boolean(!t);
    DISPATCH();
  }
// COMPARE_OP + POP_JUMP_IF_<when>: numbers compare and branch without making a bool;
// anything else runs the pair apart.
#define COMPARE_AND_JUMP(when)                                                    \
  do {                                                                            \
    int fast = fast_compare(static_cast<CompareOp>(OPARG), sp[-2], sp[-1]);       \
    if (fast < 0) goto L_COMPARE_OP;                                              \
    sp -= 2; /* numbers: no references to drop */                                 \
    ++ip;                                                                         \
    if (static_cast<bool>(fast) == (when)) ip = BASE + OPARG;                     \
    DISPATCH();                                                                   \
  } while (0)
  TARGET(COMPARE_OP__POP_JUMP_IF_FALSE) { COMPARE_AND_JUMP(false); }
  TARGET(COMPARE_OP__POP_JUMP_IF_TRUE) { COMPARE_AND_JUMP(true); }
  TARGET(COMPARE_OP) {
    Value b = POP();
    Value a = TOP();
    int fast = fast_compare(static_cast<CompareOp>(OPARG), a, b);
    if (fast >= 0) {
      TOP() = Value::boolean(fast);
      DISPATCH();
    }
    SAVE_FRAME();
    Ref r = rich_compare(a, b, static_cast<CompareOp>(OPARG));
    decref(b);
    if (!r) GOTO_ERROR();
    decref(a);
    TOP() = r.release();
    DISPATCH();
  }
  TARGET(IS_OP) {
    Value b = POP();
    Value a = TOP();
    bool same = a == b;
    decref(a);
    decref(b);
    TOP() = Value::boolean(OPARG ? !same : same);
    DISPATCH();
  }
  TARGET(CONTAINS_OP) {
    Value container = POP();
    Value item = TOP();
    SAVE_FRAME();
    int r = contains(container, item);
    decref(container);
    if (r < 0) GOTO_ERROR();
    decref(item);
    TOP() = Value::boolean(OPARG ? !r : r);
    DISPATCH();
  }
  TARGET(BUILD_TUPLE) {
    Ref t = make_tuple_uninitialized(OPARG);
    if (!t) GOTO_ERROR();
    for (uint32_t i = 0; i < OPARG; ++i) tuple_init_item(t.as<Tuple>(), i, sp[static_cast<int>(i) - static_cast<int>(OPARG)]);
    sp -= OPARG;
    PUSH(t.release());
    DISPATCH();
  }
  TARGET(BUILD_LIST) {
    Ref l = make_list(std::span<const Value>(sp - OPARG, OPARG));
    if (!l) GOTO_ERROR();
    for (uint32_t i = 0; i < OPARG; ++i) decref(POP());
    PUSH(l.release());
    DISPATCH();
  }
  TARGET(BUILD_SET) {
    Ref s = make_set();
    if (!s) GOTO_ERROR();
    SAVE_FRAME();
    bool failed = false;
    for (uint32_t i = 0; i < OPARG && !failed; ++i) {
      failed = set_add(as_set(s.get()), sp[static_cast<int>(i) - static_cast<int>(OPARG)]) < 0;
    }
    for (uint32_t i = 0; i < OPARG; ++i) decref(POP());
    if (failed) GOTO_ERROR();
    PUSH(s.release());
    DISPATCH();
  }
  TARGET(BUILD_MAP) {
    Ref d = make_dict();
    if (!d) GOTO_ERROR();
    SAVE_FRAME();
    bool failed = false;
    Value* items = sp - 2 * OPARG;
    for (uint32_t i = 0; i < OPARG && !failed; ++i) {
      failed = dict_set(d.as<Dict>(), items[2 * i], items[2 * i + 1]) < 0;
    }
    for (uint32_t i = 0; i < 2 * OPARG; ++i) decref(POP());
    if (failed) GOTO_ERROR();
    PUSH(d.release());
    DISPATCH();
  }
  TARGET(BUILD_SLICE) {
    Value step = OPARG == 3 ? POP() : Value::none();
    Value stop = POP();
    Value start = POP();
    Ref s = make_slice(start, stop, step);
    decref(start);
    decref(stop);
    decref(step);
    if (!s) GOTO_ERROR();
    PUSH(s.release());
    DISPATCH();
  }
  TARGET(BUILD_STRING) {
    Ref s = build_string(sp - OPARG, OPARG);
    for (uint32_t i = 0; i < OPARG; ++i) decref(POP());
    if (!s) GOTO_ERROR();
    PUSH(s.release());
    DISPATCH();
  }
  TARGET(LIST_APPEND) {
    Value v = POP();
    int r = list_append(as_list(sp[-static_cast<int>(OPARG)]), v);
    decref(v);
    if (r < 0) GOTO_ERROR();
    DISPATCH();
  }
  TARGET(SET_ADD) {
    Value v = POP();
    SAVE_FRAME();
    int r = set_add(as_set(sp[-static_cast<int>(OPARG)]), v);
    decref(v);
    if (r < 0) GOTO_ERROR();
    DISPATCH();
  }
  TARGET(MAP_ADD) {
    Value v = POP();
    Value k = POP();
    SAVE_FRAME();
    int r = dict_set(as_dict(sp[-static_cast<int>(OPARG)]), k, v);
    decref(k);
    decref(v);
    if (r < 0) GOTO_ERROR();
    DISPATCH();
  }
  TARGET(LIST_EXTEND) {
    Value v = POP();
    SAVE_FRAME();
    int r = list_extend(as_list(sp[-static_cast<int>(OPARG)]), v);
    if (r < 0 && error_matches(type_error_type) && type_of(v)->iter == nullptr &&
        type_of(v)->getitem == nullptr) {
      clear_error();
      raise_format(type_error_type, "Value after * must be an iterable, not {}", type_name(type_of(v)));
    }
    decref(v);
    if (r < 0) GOTO_ERROR();
    DISPATCH();
  }
  TARGET(SET_UPDATE) {
    Value v = POP();
    SAVE_FRAME();
    int r = set_update(as_set(sp[-static_cast<int>(OPARG)]), v);
    decref(v);
    if (r < 0) GOTO_ERROR();
    DISPATCH();
  }
  TARGET(DICT_UPDATE) {
    Value v = POP();
    int r;
    if (is_dict(v)) {
      r = dict_update(as_dict(sp[-static_cast<int>(OPARG)]), as_dict(v));
    } else {
      raise_format(type_error_type, "'{}' object is not a mapping", type_name(type_of(v)));
      r = -1;
    }
    decref(v);
    if (r < 0) GOTO_ERROR();
    DISPATCH();
  }
  TARGET(DICT_MERGE) {
    Value v = POP();
    Dict* target = as_dict(sp[-static_cast<int>(OPARG)]);
    int r = 0;
    if (!is_dict(v)) {
      raise_format(type_error_type, "argument after ** must be a mapping, not {}", type_name(type_of(v)));
      r = -1;
    } else {
      size_t pos = 0;
      Value k, val;
      while (r == 0 && dict_next(as_dict(v), pos, k, val)) {
        if (dict_contains(target, k) > 0) {
          Ref kr = repr(k);
          raise_format(type_error_type, "got multiple values for keyword argument {}",
                       kr ? std::string(as_str(kr.get())->view()) : "?");
          r = -1;
        } else {
          r = dict_set(target, k, val);
        }
      }
    }
    decref(v);
    if (r < 0) GOTO_ERROR();
    DISPATCH();
  }
  TARGET(LIST_TO_TUPLE) {
    Value l = TOP();
    Ref t = list_as_tuple(as_list(l));
    if (!t) GOTO_ERROR();
    decref(l);
    TOP() = t.release();
    DISPATCH();
  }
  TARGET(FORMAT_VALUE) {
    Value spec = (OPARG & 4) ? POP() : Value();
    Value v = TOP();
    SAVE_FRAME();
    Ref converted;
    switch (OPARG & 3) {
      case 1: converted = str(v); break;
      case 2: converted = repr(v); break;
      case 3: converted = ascii_repr(v); break;
      default: converted = Ref::borrow(v);
    }
    Ref r = converted ? format_value(converted.get(), spec) : Ref();
    decref(spec);
    if (!r) GOTO_ERROR();
    decref(v);
    TOP() = r.release();
    DISPATCH();
  }
  TARGET(JUMP) {
    ip = BASE + OPARG;
    // A loop's back edge is a safe point for the cycle collector and for signals (SIGINT
    // raises KeyboardInterrupt here).
    if (g_gc_requested | static_cast<bool>(g_sigint_pending)) [[unlikely]] {
      SAVE_FRAME();
      if (!handle_pending_signals()) GOTO_ERROR();
      if (g_gc_requested) collect();
    }
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_FALSE) {
    Value v = POP();
    int t = truth(v);
    decref(v);
    if (t < 0) GOTO_ERROR();
    if (!t) ip = BASE + OPARG;
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_TRUE) {
    Value v = POP();
    int t = truth(v);
    decref(v);
    if (t < 0) GOTO_ERROR();
    if (t) ip = BASE + OPARG;
    DISPATCH();
  }
  TARGET(JUMP_IF_FALSE_OR_POP) {
    int t = truth(TOP());
    if (t < 0) GOTO_ERROR();
    if (!t) {
      ip = BASE + OPARG;
    } else {
      decref(POP());
    }
    DISPATCH();
  }
  TARGET(JUMP_IF_TRUE_OR_POP) {
    int t = truth(TOP());
    if (t < 0) GOTO_ERROR();
    if (t) {
      ip = BASE + OPARG;
    } else {
      decref(POP());
    }
    DISPATCH();
  }
  TARGET(GET_ITER) { REPLACE_TOP(get_iter(top)); }
  TARGET(FOR_ITER__STORE_FAST) {
    // Range and list steps store straight into the loop variable; every other case runs
    // FOR_ITER, and STORE_FAST after it.
    Value next;
    if (!step_builtin_iterator(TOP(), next)) goto L_FOR_ITER;
    ++ip;
    Value old = f->slots[OPARG];
    f->slots[OPARG] = next;
    decref(old);
    DISPATCH();
  }
  TARGET(FOR_ITER) {
    Value it = TOP();
    Value item;
    if (step_builtin_iterator(it, item)) {
      PUSH(item);
      DISPATCH();
    }
    SAVE_FRAME();
    if (is_generator(it)) {
      Generator* g = as_generator(it);
      if (g->state == GenState::Suspended || g->state == GenState::Created) {
        RESUME_GENERATOR(g, Value::none(), false);
      }
    }
    IterNextSlot next = type_of(it)->iternext;
    Ref v = next ? next(it) : iter_next(it);
    if (v) {
      PUSH(v.release());
      DISPATCH();
    }
    if (error_pending()) {
      if (!error_matches(stop_iteration_type)) GOTO_ERROR();
      clear_error();
    }
    decref(POP());
    ip = BASE + OPARG;
    DISPATCH();
  }
  TARGET(UNPACK_SEQUENCE) {
    Value seq = POP();
    std::vector<Value> items;
    SAVE_FRAME();
    bool ok = unpack(seq, OPARG, 0, false, items);
    decref(seq);
    if (!ok) GOTO_ERROR();
    for (size_t i = items.size(); i-- > 0;) PUSH(items[i]);
    DISPATCH();
  }
  TARGET(UNPACK_EX) {
    Value seq = POP();
    std::vector<Value> items;
    SAVE_FRAME();
    bool ok = unpack(seq, OPARG & 0xFF, OPARG >> 8, true, items);
    decref(seq);
    if (!ok) GOTO_ERROR();
    for (size_t i = items.size(); i-- > 0;) PUSH(items[i]);
    DISPATCH();
  }
  TARGET(IMPORT_NAME) {
    Value fromlist = POP();
    Value level = POP();
    SAVE_FRAME();
    Ref m = import_name(code->names[OPARG], f->globals, fromlist,
                        level.is_small_int() ? static_cast<int>(level.as_small_int()) : 0);
    decref(fromlist);
    decref(level);
    if (!m) GOTO_ERROR();
    PUSH(m.release());
    DISPATCH();
  }
  TARGET(IMPORT_FROM) {
    SAVE_FRAME();
    Ref v = import_from(TOP(), code->names[OPARG]);
    if (!v) GOTO_ERROR();
    PUSH(v.release());
    DISPATCH();
  }
  TARGET(IMPORT_STAR) {
    Value m = POP();
    SAVE_FRAME();
    int r = import_star(m, f->locals.is_absent() ? value_of(f->globals) : f->locals);
    decref(m);
    if (r < 0) GOTO_ERROR();
    DISPATCH();
  }
  TARGET(RAISE_VARARGS) {
    SAVE_FRAME();
    if (OPARG == 0) {
      Value handled = current_handled();
      if (handled.is_absent()) {
        raise(runtime_error_type, "No active exception to reraise");
        GOTO_ERROR();
      }
      raise_value(handled);
      reraise = true;
      GOTO_ERROR();
    }
    Value cause = OPARG == 2 ? POP() : Value();
    Value exc_value = POP();
    Ref exc = make_raised(exc_value);
    decref(exc_value);
    if (!exc) {
      decref(cause);
      GOTO_ERROR();
    }
    if (OPARG == 2) {
      Ref cause_exc;
      if (cause.is_none()) {
        cause_exc = new_none();
      } else {
        cause_exc = make_raised(cause);
        if (!cause_exc && error_matches(type_error_type)) {
          clear_error();
          raise(type_error_type, "exception causes must derive from BaseException");
        }
      }
      decref(cause);
      if (!cause_exc) GOTO_ERROR();
      ExceptionObject* e = as_exception(exc.get());
      Value old = e->cause;
      e->cause = cause_exc.release();
      decref(old);
      e->suppress_context = true;
    }
    raise_value(exc.get());
    GOTO_ERROR();
  }
  TARGET(LOAD_ASSERTION_ERROR) {
    PUSH(value_of(assertion_error_type));
    incref(TOP());
    DISPATCH();
  }
  TARGET(PUSH_EXC_INFO) {
    Value exc = TOP();
    Value prev = g_exc_info->exc.is_absent() ? Value::none() : g_exc_info->exc;
    incref(prev);
    TOP() = prev;
    set_handled(exc);
    PUSH(exc);
    DISPATCH();
  }
  TARGET(POP_EXCEPT) {
    Value prev = POP();
    set_handled(prev);
    decref(prev);
    DISPATCH();
  }
  TARGET(CHECK_EXC_MATCH) {
    Value type = POP();
    SAVE_FRAME();
    int r = exception_matches(TOP(), type);
    decref(type);
    if (r < 0) GOTO_ERROR();
    PUSH(Value::boolean(r));
    DISPATCH();
  }
  TARGET(RERAISE) {
    Value exc = POP();
    SAVE_FRAME();
    raise_value(exc);
    decref(exc);
    reraise = true;
    GOTO_ERROR();
  }
  TARGET(BEFORE_WITH) {
    Value mgr = TOP();
    SAVE_FRAME();
    Type* type = type_of(mgr);
    Value enter = type_lookup(type, intern("__enter__"));
    Value exit = type_lookup(type, intern("__exit__"));
    if (enter.is_absent() || exit.is_absent()) {
      raise_format(type_error_type,
                   "'{}' object does not support the context manager protocol", type_name(type));
      GOTO_ERROR();
    }
    Ref bound_exit = getattr(mgr, intern("__exit__"));
    if (!bound_exit) GOTO_ERROR();
    Ref bound_enter = getattr(mgr, intern("__enter__"));
    if (!bound_enter) GOTO_ERROR();
    Ref result = call0(bound_enter.get());
    if (!result) GOTO_ERROR();
    decref(mgr);
    TOP() = bound_exit.release();
    PUSH(result.release());
    DISPATCH();
  }
  TARGET(WITH_EXIT) {
    Value exit = POP();
    SAVE_FRAME();
    Value args[3] = {Value::none(), Value::none(), Value::none()};
    Ref r = call(exit, args, 3);
    decref(exit);
    if (!r) GOTO_ERROR();
    DISPATCH();
  }
  TARGET(WITH_EXCEPT_START) {
    Value exc = sp[-1];
    Value exit = sp[-3];
    SAVE_FRAME();
    ExceptionObject* e = as_exception(exc);
    Value args[3] = {value_of(type_of(exc)), exc,
                     e->traceback.is_absent() ? Value::none() : e->traceback};
    Ref r = call(exit, args, 3);
    if (!r) GOTO_ERROR();
    PUSH(r.release());
    DISPATCH();
  }
  TARGET(YIELD_VALUE) {
    Value v = POP();
    SAVE_FRAME();
    Generator* gen = f->generator;
    f->executing = false;
    if (gen->chain_root != gen) [[unlikely]] {
      // A linked chain: the value goes straight to the root's resumer.
      f = yield_to_root(gen, ts);
      gen = f->generator;
    }
    leave_generator(gen, false);
    Frame* back = f->back;
    f->back = nullptr;
    --ts.recursion_depth;
    g_current = back;
    if (f == entry) {
      --g_native_depth;
      return Ref::steal(v);
    }
    // Resumed by this loop's FOR_ITER, SEND or g.send() CALL: the value is its result.
    f = back;
    LOAD_FRAME();
    if (opcode_of(ip[-1]) == Opcode::CALL) {
      Value gen = TOP();
      TOP() = v;
      SAVE_FRAME();  // dropping the generator may finalize it, running Python code
      decref(gen);
      DISPATCH();
    }
    PUSH(v);
    DISPATCH();
  }
  TARGET(GET_YIELD_FROM_ITER) {
    if (is_generator(TOP())) DISPATCH();
    REPLACE_TOP(get_iter(top));
  }
  TARGET(SEND) {
    // [iterator, sent] -> [iterator, yielded], or [value] and jump when it is exhausted.
    Value sent = TOP();
    Value it = sp[-2];
    SAVE_FRAME();
    if (is_generator(it)) {
      Generator* g = as_generator(it);
      if (g->state == GenState::Suspended || (g->state == GenState::Created && sent.is_none())) {
        --sp;  // the sent value moves to the generator's stack
        RESUME_GENERATOR(g, sent, true);
      }
    }
    Ref result;
    GenResult outcome = iterator_send(it, sent, result);
    decref(POP());
    if (outcome == GenResult::Error) GOTO_ERROR();
    if (outcome == GenResult::Returned) {
      decref(POP());
      ip = BASE + OPARG;
    }
    PUSH(result.release());
    DISPATCH();
  }
  TARGET(GET_LEN)
  TARGET(RETURN_GENERATOR) {
    SAVE_FRAME();
    raise(system_error_type, "gyre: opcode not used by this compiler");
    GOTO_ERROR();
  }
#if !GYRE_COMPUTED_GOTO
  }
#endif

error : {
  // An exception is pending: find a handler in this frame or leave it.
  kwnames = nullptr;
  SAVE_FRAME();
  Ref exc = fetch_error();
  bool propagated = exc.get().is_object() && exc.get().as_object() == g_propagated_exception;
  g_propagated_exception = nullptr;
  if (!reraise) {
    if (!thrown && !propagated) chain_context(exc.get());
    add_traceback(exc.get(), f);
  }
  reraise = false;
  thrown = false;
  while (true) {
    const ExceptionHandler* h = f->ip > 0 ? find_handler(code, f->ip - 1) : nullptr;
    if (h) {
      Value* target = f->stack_base() + h->depth;
      while (sp > target) decref(POP());
      PUSH(exc.release());
      ip = BASE + h->target;
      DISPATCH();
    }
    // Leave the frame.
    while (sp > f->stack_base()) decref(POP());
    SAVE_FRAME();
    Frame* back = f->back;
    Generator* gen = f->generator;
    if (gen) {
      leave_generator(gen, true);
      exc = stop_iteration_to_runtime_error(std::move(exc));
    }
    f->executing = false;
    frame_clear(f);
    f->back = nullptr;
    --ts.recursion_depth;
    g_current = back;
    if (f == entry) {
      --g_native_depth;
      g_propagated_exception = exc.get().is_object() ? exc.get().as_object() : nullptr;
      raise_value(exc.get());
      return Ref();
    }
    if (!gen) decref(f);  // a generator owns its frame
    f = back;
    LOAD_FRAME();
    if (gen && gen->chain_root != gen) {
      // The delegator of a linked chain runs again: the exception is raised at its SEND.
      Generator* d = f->generator;
      d->state = GenState::Running;
      d->chain_root = gen->chain_root;
      f->executing = true;
    }
    add_traceback(exc.get(), f);
  }
}
#undef LOAD_FRAME
#undef SAVE_FRAME
#undef PUSH
#undef POP
#undef TOP
#undef REPLACE_TOP
#undef RESUME_GENERATOR
#undef TARGET
#undef DISPATCH
}

}  // namespace

Ref call_python_function(Function* function, const Value* args, size_t nargs, Tuple* kwnames) {
  Frame* frame = prepare_frame(function, args, nargs, kwnames);
  if (!frame) return Ref();
  if (frame->code->flags & CodeFlag::kGenerator) return make_generator(frame);
  Ref result = run_frame(frame);
  decref(frame);
  return result;
}

Ref run_module_code(Code* code, Dict* globals, Dict* builtins, Value locals) {
  if (locals.is_absent()) locals = value_of(globals);
  Frame* frame = make_frame(code, nullptr, globals, builtins, locals);
  Ref result = run_frame(frame);
  decref(frame);
  return result;
}

Ref run_class_body(Value body_function, Dict* namespace_) {
  Function* fn = as_function(body_function);
  Code* code = fn->code;
  Frame* frame = make_frame(code, fn, fn->globals, fn->builtins, value_of(namespace_));
  init_cells(fn, code, frame);
  Ref result = run_frame(frame);
  decref(frame);
  return result;
}

}  // namespace gyre::vm
