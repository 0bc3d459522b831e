// Frames: the activation record of one execution of a Code object, a refcounted heap object
// with its locals and value stack inline (see vm/FRAMES.md).
//
// Invariants:
// - slots[0 .. nlocalsplus) are the locals, cells and free variables (absent = unbound);
//   slots[nlocalsplus .. nlocalsplus + stacksize) is the value stack, `stack_depth` deep when
//   the frame is not executing.
// - `back`: the caller while running (borrowed), else null (linked chains: GENERATORS.md).
// - `ip` is the index of the next instruction to execute whenever the frame is not executing.
// - `generator` is set for the frame of a generator (which owns it; vm/generator.hpp). Such a
//   frame lives inside the generator's allocation (GcFlag::kEmbedded): its memory is freed
//   when both the generator and every other reference to the frame are gone.
// - The frame has nlocalsplus + code->stacksize slots (frame_slot_count).
// - `locals` is the mapping of a module or class body (LOAD_NAME/STORE_NAME); absent for
//   function frames.
// - A frame with a function borrows globals and builtins from it (the frame owns the function,
//   and a function's __globals__ and __builtins__ never change); module code's frame, which
//   has no function, owns them.
#pragma once

#include "vm/code.hpp"
#include "vm/function.hpp"
#include "vm/gc.hpp"
#include "vm/object.hpp"

namespace gyre::vm {

struct Code;
struct Dict;
struct Function;
struct Generator;
struct Type;

extern Type* frame_type;

struct Frame : Object {
  Code* code;         // owned
  Function* function; // owned or null (module code)
  Dict* globals;      // owned
  Dict* builtins;     // owned
  Value locals;       // owned or absent
  Frame* back;        // borrowed while running
  Generator* generator;  // borrowed: the generator owning this frame, or null
  uint32_t ip;
  uint32_t stack_depth;
  uint32_t nlocalsplus;  // code->nlocalsplus(), at hand for stack_base()
  bool executing;
  bool cleared;       // frame_clear has run since the frame was made
  Value slots[1];     // frame_slot_count() entries

  Value* stack_base() { return slots + nlocalsplus; }
};

// A new frame for `code`: every local absent, the value stack empty. The frame is not tracked
// by the cycle collector while only the loop refers to it (a running frame is a root anyway);
// frame_escape tracks it once something else keeps it (a generator, a traceback, Python code).
Frame* make_frame(Code* code, Function* function, Dict* globals, Dict* builtins, Value locals);
// Sets up a frame for `code` in memory inside another object's allocation (`carrier`, which
// the frame follows), as make_frame does: every local absent, the stack empty.
// The frame is tracked by the collector with its carrier (vm/gc.hpp, GcFlag::kEmbedded).
void init_embedded_frame(Frame* frame, Object* carrier, Code* code, Function* function, Dict* globals,
                         Dict* builtins);
// The bytes of a frame with `nslots` slots (without a GcLink).
size_t frame_bytes(uint32_t nslots);
inline uint32_t frame_slot_count(const Frame* frame) { return frame->code->frame_slots_; }
inline void frame_escape(Frame* frame);
// Drops the value stack and locals (the call ended), keeping the frame object itself. Does
// nothing the second time.
void frame_clear_slow(Frame* frame);
inline void frame_clear(Frame* frame) {
  if (!frame->cleared) frame_clear_slow(frame);
}
int frame_line(const Frame* frame);  // the line of the instruction being (or last) executed
// locals(): the frame's locals mapping (a module or class body), or a new dict of the bound
// local, cell and free variables of a function's frame.
Ref frame_locals(Frame* frame);

void init_frame_type();

inline void frame_escape(Frame* frame) { gc_track(frame); }

// ---- The interpreter loop's fast paths for calls of Python functions ----
//
// Frame memory of small code objects is recycled through free lists, one per slot count,
// linked through the GcLink in front of the frame (a pooled frame is not tracked, so the link
// is free). A call then costs no malloc and no free.
namespace frame_pool {
inline constexpr uint32_t kPooledSlots = 48;
inline constexpr uint32_t kPoolDepth = 256;
struct FreeList {
  GcLink* head = nullptr;
  uint32_t count = 0;
};
extern FreeList g_lists[kPooledSlots + 1];

// Memory for a frame of `nslots` slots from its free list, with a plain header (refcount 1,
// untracked, with a link); null when the list is empty or such frames are not pooled.
[[gnu::always_inline]] inline Frame* take(uint32_t nslots) {
  if (nslots > kPooledSlots || g_lists[nslots].head == nullptr) return nullptr;
  FreeList& list = g_lists[nslots];
  GcLink* link = list.head;
  list.head = link->next;
  --list.count;
  Frame* f = static_cast<Frame*>(object_of_link(link));
  f->refcount = 1;
  f->type = frame_type;
  f->gc_flags = GcFlag::kHasLink;
  return f;
}
// Whether a dead frame of `nslots` slots fits its free list.
[[gnu::always_inline]] inline bool has_room(uint32_t nslots) { return nslots <= kPooledSlots && g_lists[nslots].count < kPoolDepth; }
// Puts the memory of a dead, untracked frame (has_room) on its free list.
[[gnu::always_inline]] inline void give(Frame* f, uint32_t nslots) {
  FreeList& list = g_lists[nslots];
  GcLink* link = gc_link_of(f);
  link->next = list.head;
  list.head = link;
  ++list.count;
}
}  // namespace frame_pool

// Sets every field of a new frame for `code` but its header: locals absent, stack empty, not
// running. Takes no references: the callers decide what the frame owns.
[[gnu::always_inline]] inline void init_frame_fields(Frame* f, Code* code, Function* fn, Dict* globals,
                                                     Dict* builtins, Value locals) {
  f->code = code;
  f->function = fn;
  f->globals = globals;
  f->builtins = builtins;
  f->locals = locals;
  f->back = nullptr;
  f->generator = nullptr;
  f->ip = f->stack_depth = 0;
  uint32_t nlocalsplus = code->nlocalsplus_;
  f->nlocalsplus = nlocalsplus;
  f->executing = false;
  f->cleared = false;
  // Only the locals need a value; the stack is live up to stack_depth only.
  for (uint32_t i = 0; i < nlocalsplus; ++i) f->slots[i] = Value();
}

// make_frame for a call of `fn` (its code `code`, layout prepared by make_function): the
// frame takes over the caller's reference to fn.
[[gnu::always_inline]] inline Frame* make_call_frame(Function* fn, Code* code, Dict* globals, Dict* builtins) {
  uint32_t nslots = code->frame_slots_;
  if (nslots > frame_pool::kPooledSlots || frame_pool::g_lists[nslots].head == nullptr) {
    Frame* f = make_frame(code, fn, globals, builtins, Value());
    decref(fn);  // make_frame took its own reference
    return f;
  }
  Frame* f = frame_pool::take(nslots);
  init_frame_fields(f, code, fn, globals, builtins, Value());
  incref(code);
  return f;
}

void frame_release_slow(Frame* frame);
// A function's frame returned (not a generator's): drops its contents and, when nothing but
// the loop holds it and it was never tracked (it did not escape into a traceback or
// sys._getframe), recycles its memory at once.
[[gnu::always_inline]] inline void frame_release(Frame* f) {
  uint32_t nslots = frame_slot_count(f);
  // (frame_pool::has_room written out: calling it here made GCC stop inlining this
  // function's decrefs into the loop.)
  if (f->refcount != 1 || nslots > frame_pool::kPooledSlots || f->function == nullptr ||
      frame_pool::g_lists[nslots].count >= frame_pool::kPoolDepth || f->gc_flags != GcFlag::kHasLink) {
    frame_release_slow(f);
    return;
  }
  // Only this loop refers to the frame, so nothing can observe its slots while they go.
  f->cleared = true;
  uint32_t live = f->nlocalsplus + f->stack_depth;
  for (uint32_t i = 0; i < live; ++i) decref(f->slots[i]);
  decref(f->function);
  decref(f->locals);
  decref(f->code);
  frame_pool::give(f, nslots);
}

}  // namespace gyre::vm
