// Code objects: the compiled form of a module, class body, function, lambda or comprehension.
//
// Invariants:
// - Immutable once the compiler has finished it (the interpreter only reads it).
// - Locals layout ("localsplus"): varnames (parameters first, in the order posonly, regular,
//   keyword-only, *args, **kwargs), then cellvars, then freevars. A frame has one slot per
//   entry, then `stacksize` value-stack slots. A parameter that is also a cell is copied into
//   its cell when the frame starts (cell_args).
// - lines[i] is the source line of instruction i (-1: none); handlers are sorted by start and
//   the innermost handler of an instruction comes first.
#pragma once

#include <string>
#include <vector>

#include "vm/object.hpp"
#include "vm/opcodes.hpp"

namespace gyre::vm {

struct Str;
struct Type;
extern Type* code_type;

namespace CodeFlag {
inline constexpr uint32_t kOptimized = 0x1;   // locals are fast slots
inline constexpr uint32_t kNewLocals = 0x2;
inline constexpr uint32_t kVarArgs = 0x4;
inline constexpr uint32_t kVarKeywords = 0x8;
inline constexpr uint32_t kNested = 0x10;
inline constexpr uint32_t kGenerator = 0x20;
}  // namespace CodeFlag

// One entry of the exception table: an exception raised by an instruction in [start, end)
// pops the value stack to `depth`, pushes the exception and jumps to `target`.
struct ExceptionHandler {
  uint32_t start, end, target, depth;
};

// Inline caches (vm/FRAMES.md): a side table per code object, one entry per instruction, made
// on first use. Values are borrowed: the dict or type they came from holds them, and its
// version (unique, see dict_modified / type_modified) proves they are still there.
struct GlobalCache {
  uint64_t globals_version = 0;
  uint64_t builtins_version = 0;
  Value value;
};
struct MethodCache {
  Type* type = nullptr;
  uint64_t type_version = 0;
  Value descr;  // the function or method descriptor found on the type
  // 1 + the size of type->instance_keys when the name was last found not to be one of them
  // (0: not known). The table only grows, so while its size is unchanged no instance in the
  // values form can have an attribute shadowing the method.
  size_t keys_without_name = 0;
};

// LOAD_ATTR/STORE_ATTR on instances: for this type version the attribute is not a data
// descriptor, so the instance dict decides; `hint` is the dict entry where the name was last
// found.
struct AttrCache {
  Type* type = nullptr;
  uint64_t type_version = 0;
  int64_t hint = -1;          // dict form: the entry index of the name at the last hit
  int32_t shared_index = -1;  // values form: the name's index among type->instance_keys (-1: not known yet)
  bool usable = false;        // false: this type's attribute protocol is not the plain one
};

struct Code;
// Rewrites the first instruction of each superinstruction pair (vm/opcodes.def).
void quicken(Code* code);

struct Code : Object {
  std::vector<Instruction> instructions;
  std::vector<Value> constants;       // owned
  std::vector<Str*> names;            // owned (interned)
  std::vector<Str*> varnames;         // owned (interned)
  std::vector<Str*> cellvars;         // owned (interned)
  std::vector<Str*> freevars;         // owned (interned)
  std::vector<int32_t> cell_args;     // per cellvar: the parameter it copies, or -1
  std::vector<int32_t> lines;         // per instruction
  std::vector<ExceptionHandler> handlers;
  Str* name = nullptr;                // owned
  Str* qualname = nullptr;            // owned
  Str* filename = nullptr;            // owned
  uint32_t flags = 0;
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  int firstlineno = 0;
  int stacksize = 0;
  std::vector<GlobalCache> global_caches;  // LOAD_GLOBAL, by instruction index
  std::vector<MethodCache> method_caches;  // LOAD_METHOD, by instruction index
  std::vector<AttrCache> attr_caches;      // LOAD_ATTR and STORE_ATTR, by instruction index

  // Counts cached by prepare_layout (the vectors are final by then).
  uint32_t nlocalsplus_ = 0, ncells_ = 0, nfree_ = 0;
  uint32_t frame_slots_ = 0;  // a frame's slots: nlocalsplus_ + stacksize
  bool layout_ready_ = false;
  bool simple_args_ = false;  // positional parameters only: no *args, **kwargs, keyword-only

  // Caches the layout counts and quickens the instructions; called once the code object is
  // complete (make_function, make_frame).
  void prepare_layout() {
    quicken(this);
    nlocalsplus_ = static_cast<uint32_t>(varnames.size() + cellvars.size() + freevars.size());
    ncells_ = static_cast<uint32_t>(cellvars.size());
    nfree_ = static_cast<uint32_t>(freevars.size());
    frame_slots_ = nlocalsplus_ + static_cast<uint32_t>(stacksize);
    simple_args_ = kwonlyargcount == 0 && !(flags & (CodeFlag::kVarArgs | CodeFlag::kVarKeywords));
    layout_ready_ = true;
  }
  size_t nlocals() const { return varnames.size(); }
  uint32_t nlocalsplus() {
    if (!layout_ready_) prepare_layout();
    return nlocalsplus_;
  }
  // All positional and keyword parameters, plus *args and **kwargs.
  int total_args() const {
    return argcount + kwonlyargcount + ((flags & CodeFlag::kVarArgs) ? 1 : 0) +
           ((flags & CodeFlag::kVarKeywords) ? 1 : 0);
  }
  int line_of(size_t instruction) const {
    return instruction < lines.size() ? lines[instruction] : firstlineno;
  }
};

// A new, empty Code (fields are filled by the compiler).
Code* make_code();
inline Code* as_code(Value v) { return static_cast<Code*>(v.as_object()); }
bool is_code(Value v);

// The handler covering instruction `ip`, or null.
const ExceptionHandler* find_handler(const Code* code, uint32_t ip);

// A readable disassembly of `code` and the code objects among its constants (`gyre --dis`).
std::string disassemble(const Code* code);

void init_code_type();

}  // namespace gyre::vm
