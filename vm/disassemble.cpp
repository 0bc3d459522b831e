// `gyre --dis`: one instruction a line, with the source line where it changes, the offset,
// the opcode, the argument and what it means; jump targets marked `>>`; then the exception
// table; then every nested code object.
#include <fmt/format.h>

#include <set>

#include "vm/abstract.hpp"
#include "vm/code.hpp"
#include "vm/errors.hpp"
#include "vm/str.hpp"
#include "vm/slots.hpp"

namespace gyre::vm {

namespace {

std::string value_repr(Value v) {
  Ref r = repr(v);
  if (!r) {
    clear_error();
    return "<?>";
  }
  return std::string(as_str(r.get())->view());
}

std::string argument_meaning(const Code* code, Opcode op, uint32_t arg) {
  auto name_of = [](const std::vector<Str*>& names, uint32_t i) {
    return i < names.size() ? std::string(names[i]->view()) : std::string("?");
  };
  switch (arg_kind(op)) {
    case ArgKind::Const:
      if (arg < code->constants.size()) {
        Value c = code->constants[arg];
        if (is_code(c)) return fmt::format("<code object {}>", as_code(c)->name->view());
        return value_repr(c);
      }
      return "?";
    case ArgKind::Local: return name_of(code->varnames, arg);
    case ArgKind::Cell:
      return arg < code->cellvars.size() ? name_of(code->cellvars, arg)
                                         : name_of(code->freevars, arg - code->cellvars.size());
    case ArgKind::Name: return name_of(code->names, arg);
    case ArgKind::Jump: return fmt::format("to {}", arg);
    case ArgKind::BinaryOp:
      return arg >= static_cast<uint32_t>(kBinaryOpCount) ? inplace_op_symbol(static_cast<BinaryOp>(arg - kBinaryOpCount))
                                                          : binary_op_symbol(static_cast<BinaryOp>(arg));
    case ArgKind::CompareOp: return compare_op_symbol(static_cast<CompareOp>(arg));
    case ArgKind::Format: {
      static const char* conversions[] = {"", "str", "repr", "ascii"};
      std::string s = conversions[arg & 3];
      if (arg & 4) s += s.empty() ? "with format" : ", with format";
      return s;
    }
    case ArgKind::MakeFunction: {
      std::string s;
      const char* parts[] = {"defaults", "kwdefaults", "annotations", "closure"};
      for (int i = 0; i < 4; ++i) {
        if (arg & (1u << i)) s += std::string(s.empty() ? "" : ", ") + parts[i];
      }
      return s;
    }
    case ArgKind::UnpackEx: return fmt::format("{} before, {} after", arg & 0xFF, arg >> 8);
    default: return "";
  }
}

void disassemble_one(const Code* code, std::string& out) {
  out += fmt::format("Disassembly of <code object {} at {:#x}, file \"{}\", line {}>:\n",
                     code->name->view(), reinterpret_cast<uintptr_t>(code), code->filename->view(),
                     code->firstlineno);
  std::set<uint32_t> targets;
  for (Instruction i : code->instructions) {
    if (is_jump(opcode_of(i))) targets.insert(arg_of(i));
  }
  for (const ExceptionHandler& h : code->handlers) targets.insert(h.target);
  int last_line = -2;
  for (size_t pc = 0; pc < code->instructions.size(); ++pc) {
    Instruction i = code->instructions[pc];
    Opcode op = base_opcode_of(i);
    int line = code->line_of(pc);
    std::string line_col = line != last_line ? fmt::format("{:>4}", line) : "    ";
    if (line != last_line && pc > 0) out += "\n";
    last_line = line;
    std::string marker = targets.count(static_cast<uint32_t>(pc)) ? ">>" : "  ";
    std::string text = fmt::format("{}  {} {:>5} {:<22}", line_col, marker, pc, opcode_name(op));
    if (arg_kind(op) != ArgKind::None) {
      text += fmt::format(" {:>4}", arg_of(i));
      std::string meaning = argument_meaning(code, op, arg_of(i));
      if (!meaning.empty()) text += " (" + meaning + ")";
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text + "\n";
  }
  if (!code->handlers.empty()) {
    out += "ExceptionTable:\n";
    for (const ExceptionHandler& h : code->handlers) {
      out += fmt::format("  {} to {} -> {} [{}]\n", h.start, h.end - 1, h.target, h.depth);
    }
  }
}

void disassemble_all(const Code* code, std::string& out) {
  disassemble_one(code, out);
  for (Value c : code->constants) {
    if (is_code(c)) {
      out += "\n";
      disassemble_all(as_code(c), out);
    }
  }
}

}  // namespace

std::string disassemble(const Code* code) {
  std::string out;
  disassemble_all(code, out);
  return out;
}

}  // namespace gyre::vm
