// Frames: the activation record of one execution of a Code object, a refcounted heap object
// with its locals and value stack inline (see vm/FRAMES.md).
//
// Invariants:
// - slots[0 .. nlocalsplus) are the locals, cells and free variables (absent = unbound);
//   slots[nlocalsplus .. nlocalsplus + stacksize) is the value stack, `stack_depth` deep when
//   the frame is not executing.
// - `back`: the caller while running (borrowed), else null (linked chains: GENERATORS.md).
// - `ip` is the index of the next instruction to execute whenever the frame is not executing.
// - `generator` is set for the frame of a generator (which owns it; vm/generator.hpp).
// - `locals` is the mapping of a module or class body (LOAD_NAME/STORE_NAME); absent for
//   function frames.
#pragma once

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
  uint32_t nslots;    // nlocalsplus + stacksize
  uint32_t nlocalsplus;
  bool executing;
  bool cleared;       // frame_clear has run since the frame was made
  Value slots[1];     // nslots entries

  Value* stack_base() { return slots + nlocalsplus; }
};

// A new frame for `code`: every local absent, the value stack empty. The frame is not tracked
// by the cycle collector while only the loop refers to it (a running frame is a root anyway);
// frame_escape tracks it once something else keeps it (a generator, a traceback, Python code).
Frame* make_frame(Code* code, Function* function, Dict* globals, Dict* builtins, Value locals);
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

void gc_track(Object* o);
inline void frame_escape(Frame* frame) { gc_track(frame); }

}  // namespace gyre::vm
