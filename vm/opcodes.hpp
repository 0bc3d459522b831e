// Everything generated from the opcode table vm/opcodes.def: the Opcode enum, names, argument
// kinds, stack effects, and the instruction word format.
//
// An instruction is a 32-bit word: opcode in bits 0..7, argument in bits 8..31 (so no
// EXTENDED_ARG: arguments up to 16,777,215).
#pragma once

#include <cstdint>
#include <optional>

namespace gyre::vm {

enum class ArgKind : uint8_t {
  None, Count, Const, Local, Cell, Name, Flag, MakeFunction, BinaryOp, CompareOp, Format, Jump,
  UnpackEx,
};

inline constexpr int kVar = 1000;  // "stack effect depends on the argument"

enum class Opcode : uint8_t {
#define OPCODE(name, effect, kind) name,
#include "vm/opcodes.def"
#undef OPCODE
};

inline constexpr int kOpcodeCount = 0
#define OPCODE(name, effect, kind) +1
#include "vm/opcodes.def"
#undef OPCODE
    ;

inline constexpr const char* kOpcodeNames[] = {
#define OPCODE(name, effect, kind) #name,
#include "vm/opcodes.def"
#undef OPCODE
};

inline constexpr ArgKind kOpcodeArgKinds[] = {
#define OPCODE(name, effect, kind) ArgKind::kind,
#include "vm/opcodes.def"
#undef OPCODE
};

inline constexpr int kOpcodeFixedEffects[] = {
#define OPCODE(name, effect, kind) effect,
#include "vm/opcodes.def"
#undef OPCODE
};

// What an instruction is to everything but the loop: the first instruction of a
// superinstruction's pair, the base of a specialization (vm/opcodes.def); any other opcode
// is itself.
inline constexpr Opcode kOpcodeBases[] = {
#define OPCODE(name, effect, kind) Opcode::name,
#define SUPERINSTRUCTION(name, first, second) Opcode::first,
#define SPECIALIZATION(name, base) Opcode::base,
#include "vm/opcodes.def"
#undef SPECIALIZATION
#undef SUPERINSTRUCTION
#undef OPCODE
};
inline constexpr Opcode base_opcode(Opcode op) { return kOpcodeBases[static_cast<int>(op)]; }

struct Superinstruction {
  Opcode name, first, second;
};
inline constexpr Superinstruction kSuperinstructions[] = {
#define OPCODE(name, effect, kind)
#define SUPERINSTRUCTION(name, first, second) {Opcode::name, Opcode::first, Opcode::second},
#define SPECIALIZATION(name, base)
#include "vm/opcodes.def"
#undef SPECIALIZATION
#undef SUPERINSTRUCTION
#undef OPCODE
};

inline const char* opcode_name(Opcode op) { return kOpcodeNames[static_cast<int>(base_opcode(op))]; }
inline ArgKind arg_kind(Opcode op) { return kOpcodeArgKinds[static_cast<int>(base_opcode(op))]; }

using Instruction = uint32_t;
inline constexpr uint32_t kMaxArg = (1u << 24) - 1;
inline constexpr Instruction make_instruction(Opcode op, uint32_t arg) {
  return static_cast<uint32_t>(op) | (arg << 8);
}
inline constexpr Opcode opcode_of(Instruction i) { return static_cast<Opcode>(i & 0xFF); }
// The opcode as the compiler emitted it (superinstructions read as their first instruction).
inline constexpr Opcode base_opcode_of(Instruction i) { return base_opcode(opcode_of(i)); }
inline constexpr uint32_t arg_of(Instruction i) { return i >> 8; }

// Whether control can continue to the next instruction.
inline bool is_unconditional_transfer(Opcode op) {
  return op == Opcode::JUMP || op == Opcode::RETURN_VALUE || op == Opcode::RAISE_VARARGS ||
         op == Opcode::RERAISE;
}
inline bool is_jump(Opcode op) { return arg_kind(op) == ArgKind::Jump; }

// Stack effect of `op` with argument `arg`, on the fall-through path (jump = false) or when
// the jump is taken (jump = true).
inline int stack_effect(Opcode op, uint32_t arg, bool jump = false) {
  op = base_opcode(op);
  int fixed = kOpcodeFixedEffects[static_cast<int>(op)];
  if (fixed != kVar) return fixed;
  int n = static_cast<int>(arg);
  switch (op) {
    case Opcode::CALL: return -(n + 1);
    case Opcode::CALL_FUNCTION_EX: return (arg & 1) ? -3 : -2;
    case Opcode::MAKE_FUNCTION:
      return -((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1));
    case Opcode::BUILD_TUPLE:
    case Opcode::BUILD_LIST:
    case Opcode::BUILD_SET:
    case Opcode::BUILD_STRING: return 1 - n;
    case Opcode::BUILD_MAP: return 1 - 2 * n;
    case Opcode::BUILD_SLICE: return 1 - n;
    case Opcode::FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case Opcode::JUMP_IF_FALSE_OR_POP:
    case Opcode::JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case Opcode::FOR_ITER: return jump ? -1 : 1;
    case Opcode::UNPACK_SEQUENCE: return n - 1;
    case Opcode::UNPACK_EX: return (n & 0xFF) + (n >> 8);
    case Opcode::RAISE_VARARGS: return -n;
    case Opcode::SEND: return jump ? -1 : 0;
    default: return 0;
  }
}

}  // namespace gyre::vm
