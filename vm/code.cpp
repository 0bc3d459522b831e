#include "vm/code.hpp"

#include <fmt/format.h>

#include <new>

#include "vm/abstract.hpp"
#include "vm/errors.hpp"
#include "vm/native_function.hpp"
#include "vm/numbers.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Type* code_type = nullptr;

namespace {

void code_dealloc(Object* self) {
  Code* code = static_cast<Code*>(self);
  for (Value v : code->constants) decref(v);
  for (auto* list : {&code->names, &code->varnames, &code->cellvars, &code->freevars}) {
    for (Str* s : *list) decref(s);
  }
  for (Str* s : {code->name, code->qualname, code->filename}) {
    if (s) decref(s);
  }
  code->~Code();
  free_object(self);
}

Ref code_repr(Value self) {
  Code* code = as_code(self);
  return make_str(fmt::format("<code object {} at {:#x}, file \"{}\", line {}>",
                              code->name->view(), reinterpret_cast<uintptr_t>(code),
                              code->filename->view(), code->firstlineno));
}

Ref names_tuple(const std::vector<Str*>& names) {
  Ref t = make_tuple_uninitialized(names.size());
  if (!t) return t;
  for (size_t i = 0; i < names.size(); ++i) {
    incref(names[i]);
    tuple_init_item(t.as<Tuple>(), i, value_of(names[i]));
  }
  return t;
}

Ref get_co_name(Value self) { return Ref::borrow(as_code(self)->name); }
Ref get_co_qualname(Value self) { return Ref::borrow(as_code(self)->qualname); }
Ref get_co_filename(Value self) { return Ref::borrow(as_code(self)->filename); }
Ref get_co_firstlineno(Value self) { return make_int(as_code(self)->firstlineno); }
Ref get_co_argcount(Value self) { return make_int(as_code(self)->argcount); }
Ref get_co_posonlyargcount(Value self) { return make_int(as_code(self)->posonlyargcount); }
Ref get_co_kwonlyargcount(Value self) { return make_int(as_code(self)->kwonlyargcount); }
Ref get_co_flags(Value self) { return make_int(as_code(self)->flags); }
Ref get_co_nlocals(Value self) { return make_int(as_code(self)->varnames.size()); }
Ref get_co_stacksize(Value self) { return make_int(as_code(self)->stacksize); }
Ref get_co_varnames(Value self) { return names_tuple(as_code(self)->varnames); }
Ref get_co_cellvars(Value self) { return names_tuple(as_code(self)->cellvars); }
Ref get_co_freevars(Value self) { return names_tuple(as_code(self)->freevars); }
Ref get_co_names(Value self) { return names_tuple(as_code(self)->names); }
Ref get_co_consts(Value self) {
  Code* code = as_code(self);
  return make_tuple(std::span<const Value>(code->constants));
}

const GetSetDef code_getsets[] = {
    {"co_name", get_co_name},
    {"co_qualname", get_co_qualname},
    {"co_filename", get_co_filename},
    {"co_firstlineno", get_co_firstlineno},
    {"co_argcount", get_co_argcount},
    {"co_posonlyargcount", get_co_posonlyargcount},
    {"co_kwonlyargcount", get_co_kwonlyargcount},
    {"co_flags", get_co_flags},
    {"co_nlocals", get_co_nlocals},
    {"co_stacksize", get_co_stacksize},
    {"co_varnames", get_co_varnames},
    {"co_cellvars", get_co_cellvars},
    {"co_freevars", get_co_freevars},
    {"co_names", get_co_names},
    {"co_consts", get_co_consts},
    {nullptr, nullptr},
};

}  // namespace

Code* make_code() {
  Object* o = allocate_object(code_type, sizeof(Code));
  // allocate_object zero-fills and sets the header; construct the C++ members in place.
  // Placement new value-initializes the header too: keep what allocate_object put there.
  Object header = *o;
  Code* code = new (o) Code();
  *static_cast<Object*>(code) = header;
  return code;
}

bool is_code(Value v) { return v.is_object() && v.as_object()->type == code_type; }

const ExceptionHandler* find_handler(const Code* code, uint32_t ip) {
  for (const ExceptionHandler& h : code->handlers) {
    if (ip >= h.start && ip < h.end) return &h;
  }
  return nullptr;
}

void init_code_type() {
  if (code_type) return;
  code_type = make_builtin_type("code", nullptr, sizeof(Code), 0);
  code_type->dealloc = code_dealloc;
  code_type->repr = code_repr;
  code_type->getsets = code_getsets;
  type_ready(code_type);
}

namespace {

// The specialization of BINARY_OP for its argument (a BinaryOp, plus kBinaryOpCount for the
// in-place form), or BINARY_OP itself.
Opcode binary_op_specialization(uint32_t arg) {
  switch (static_cast<BinaryOp>(arg >= kBinaryOpCount ? arg - kBinaryOpCount : arg)) {
    case BinaryOp::Add: return Opcode::BINARY_OP_ADD;
    case BinaryOp::Sub: return Opcode::BINARY_OP_SUB;
    case BinaryOp::Mul: return Opcode::BINARY_OP_MUL;
    case BinaryOp::Mod: return Opcode::BINARY_OP_MOD;
    default: return Opcode::BINARY_OP;
  }
}

}  // namespace

void quicken(Code* code) {
  std::vector<Instruction>& ins = code->instructions;
  for (Instruction& i : ins) {
    if (opcode_of(i) == Opcode::BINARY_OP) i = make_instruction(binary_op_specialization(arg_of(i)), arg_of(i));
  }
  // ins[i - 1] is still the compiler's instruction when the pair (i - 1, i) is looked at: a
  // run of pairs (LOAD_FAST x3) quickens each first, so every entry point runs the same.
  for (size_t i = 1; i < ins.size(); ++i) {
    Opcode first = opcode_of(ins[i - 1]), second = opcode_of(ins[i]);
    for (const Superinstruction& s : kSuperinstructions) {
      if (s.first == first && s.second == second) {
        ins[i - 1] = make_instruction(s.name, arg_of(ins[i - 1]));
        break;
      }
    }
  }
}

}  // namespace gyre::vm
