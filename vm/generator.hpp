// Generator objects: a suspended frame and the protocol that resumes it (see vm/GENERATORS.md).
//
// Invariants:
// - A Generator owns its frame from creation to its end; frame->generator points back
//   (borrowed). The frame is cleared (locals and stack dropped) when the generator finishes,
//   and gi_frame is None from then on.
// - Memory: the frame lives inside the generator's allocation, right after the Generator
//   (one GcLink, one malloc: GENERATORS.md "Memory layout"). The generator holds one reference
//   to its frame, as it did when the frame was separate. When the generator dies while
//   something else (a traceback, gi_frame) still holds the frame, the allocation stays until
//   the frame goes: the dead generator's header (refcount 0, state Closed, frame->generator
//   null) keeps its GcLink for the frame, which the collector treats as one node with it.
// - gi_code is frame()->code (a frame keeps its code until it is freed); __name__ and
//   __qualname__ are gi_code's unless set otherwise (has_own_names: a side table holds them).
// - state: Created (never resumed, ip 0, empty stack), Suspended (stopped at a YIELD_VALUE,
//   the value stack saved in the frame), Running (its frame is on the chain of executing
//   frames), Closed (returned, raised or closed).
// - exc_state is the generator's own "exception being handled" (sys.exc_info() inside it);
//   while Running it is linked on top of the thread's ExcInfo stack.
// - A generator suspended at the YIELD_VALUE of a `yield from` has the subiterator on top of
//   its value stack: that is gi_yieldfrom, and where send/throw/close are forwarded.
// - Linked chains (vm/GENERATORS.md, "Delegation chains"): a generator whose subgenerator
//   was resumed by its SEND inside the loop stays frozen just after that SEND while the
//   subgenerator runs and after it yields; the subgenerator's frame->back keeps pointing at
//   the delegator's frame (borrowed: the delegator's stack owns the subgenerator) and its
//   exc_state.previous at the delegator's exc_state. Only the chain's root (frame->back null
//   while suspended) changes links per resume; it caches the innermost generator in `leaf`.
//   A linked generator's `state` field reads Linked; its effective state is its root's
//   (generator_state). Anything but the loop's resume (throw, close, a direct send to a
//   linked generator, clearing) unlinks the whole chain first (generator_unlink).
#pragma once

#include "vm/interpreter.hpp"
#include "vm/object.hpp"

namespace gyre::vm {

struct Code;
struct Frame;
struct Function;
struct Str;
struct Type;

extern Type* generator_type;

// Linked: suspended inside a linked delegation chain below its root (the frame's back is the
// delegator's frame); Python sees the root's state (generator_state).
enum class GenState : uint8_t { Created, Suspended, Running, Closed, Linked };

struct Generator : Object {
  ExcInfo exc_state;
  // Suspended chain root: the innermost generator of its linked chain (borrowed), else null.
  Generator* leaf;
  // Running: the root of the chain it runs in (itself when resumed by anything but a SEND of
  // a generator frame); borrowed, meaningful only while running.
  Generator* chain_root;
  int base_depth;  // root: thread().recursion_depth when it was resumed
  int chain_len;   // suspended root with a leaf: frames from the root to the leaf
  GenState state;
  bool has_own_names;  // __name__/__qualname__ are not gi_code's (kept in a side table)

  // The generator's frame, which follows it in the same allocation.
  Frame* frame() { return reinterpret_cast<Frame*>(this + 1); }
};
// Every byte counts (issue 7: a suspended small generator in at most 200 bytes).
static_assert(sizeof(Generator) == 64);

// The bytes of a generator whose code needs `nslots` frame slots: what is allocated (besides
// its GcLink), and what sys.getsizeof reports with the GcLink.
size_t generator_bytes(uint32_t nslots);

// A generator whose frame is linked under its delegator's (not a chain root).
inline bool generator_linked(const Generator* g) { return g->state == GenState::Linked; }
// The state as Python sees it: a linked generator's is its chain root's.
GenState generator_state(Generator* g);
// If g belongs to a suspended linked chain, unlinks the whole chain: every member becomes an
// ordinary suspended generator (the delegators paused after their YIELD_VALUE).
void generator_unlink(Generator* g);

inline bool is_generator(Value v) { return v.is_object() && v.as_object()->type == generator_type; }
inline Generator* as_generator(Value v) { return static_cast<Generator*>(v.as_object()); }

// The frame of a new generator for calling `fn` (a generator function), inside the
// generator's allocation: the caller binds the arguments into it, then make_generator turns
// it into the generator (or decref drops the lot). Until then the generator is unborn
// (refcount 0) and the caller holds the frame's only reference.
Frame* make_generator_frame(Function* fn);
// The generator around a frame of make_generator_frame whose arguments are bound; takes the
// frame's reference (which becomes the generator's).
Ref make_generator(Frame* frame);

// The outcome of one resumption.
enum class GenResult : uint8_t { Yielded, Returned, Error };

// Resumes `g` with `sent` (None for next()); `result` gets the yielded or returned value.
GenResult generator_send(Generator* g, Value sent, Ref& result);
// g.throw(type, value, traceback) with CPython's argument rules (value and traceback may be
// absent).
GenResult generator_throw(Generator* g, Value type, Value value, Value traceback, Ref& result);
// g.close(): absent Ref with the exception pending on error.
Ref generator_close(Generator* g);

// Whether `def` is generator.send, or the builtin next() (the stdlib registers it): the loop
// resumes generators for `g.send(v)` and `next(g)` calls itself.
// (Both compared often by CALL: inline, against the definitions' addresses.)
extern const struct MethodDef* g_generator_send_def;
extern const struct MethodDef* g_builtin_next_def;
inline bool is_generator_send(const struct MethodDef* def) { return def == g_generator_send_def; }
inline bool is_builtin_next(const struct MethodDef* def) { return def == g_builtin_next_def; }
void set_builtin_next(const struct MethodDef* def);

// The subiterator g is delegating to with `yield from`, or absent (borrowed).
Value generator_yieldfrom(Generator* g);

// The common shape of send/next for any iterator, as `yield from` needs it: a generator
// directly, `next` when `sent` is None, else the iterator's `send` method. A StopIteration
// from the iterator becomes Returned with its value.
GenResult iterator_send(Value iterator, Value sent, Ref& result);

// next(iterator) as the builtin does it: absent with StopIteration pending when exhausted,
// carrying the value a generator returned or a class's __next__ raised.
Ref next_with_stop_value(Value iterator);

// The value a StopIteration carries (None when no exception is pending or it has none),
// clearing the pending StopIteration. Call only when error_matches(stop_iteration_type) or
// no error is pending.
Ref take_stop_iteration_value();

void init_generator_type();


}  // namespace gyre::vm
