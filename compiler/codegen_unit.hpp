// One code object being generated: its instructions with their lines and exception handlers,
// labels, constants, names, the static stack depth, and the frame blocks (loops, try, with)
// that return/break/continue must unwind. Internal to the code generator.
#pragma once

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "compiler/symtable.hpp"
#include "vm/code.hpp"
#include "vm/opcodes.hpp"

namespace gyre::compiler {

using vm::Opcode;

enum class FBlockKind { WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, HandlerCleanup };

struct FBlock {
  FBlockKind kind;
  int continue_label = -1;  // loops
  int break_label = -1;     // loops
  const ast::NodeList* finally_body = nullptr;  // FinallyTry
  std::string handler_name;                     // HandlerCleanup: `except E as name`
  size_t handler_level = 0;  // handlers active outside the block (what unwinding code gets)
};

class CodeUnit {
 public:
  CodeUnit(const Block* block, std::string qualname, std::string private_name)
      : block(block), qualname(std::move(qualname)), private_name(std::move(private_name)) {}

  const Block* block;
  std::string qualname;
  std::string private_name;  // the enclosing class's name, for mangling
  std::vector<FBlock> fblocks;
  int line = 0;

  // --- emission
  void emit(Opcode op, uint32_t arg = 0);
  void emit_jump(Opcode op, int label) { emit(op, static_cast<uint32_t>(label)); }
  int new_label();
  void bind(int label);
  bool reachable() const { return !unreachable_; }
  int depth() const { return depth_; }
  void set_depth(int d) { depth_ = d; unreachable_ = false; }

  // --- exception handlers: instructions emitted between push and pop are covered by the
  // handler at `label`; the stack is cut to the depth of the push point.
  void push_handler(int label);
  void push_handler_at_depth(int label, int depth);
  void pop_handler();
  size_t handler_level() const { return handler_stack_.size(); }
  std::vector<int> handler_snapshot() const { return handler_stack_; }
  void truncate_handlers(size_t level) { handler_stack_.resize(std::min(level, handler_stack_.size())); }
  void restore_handlers(std::vector<int> snapshot) { handler_stack_ = std::move(snapshot); }
  // Binds a handler's label: the stack is the handler's depth plus the exception.
  void bind_handler(int label);

  // --- tables
  uint32_t add_const(vm::Value stolen, const std::string& key);
  uint32_t add_name(std::string_view name);

  // Finishes the Code: resolves jumps, builds the exception table and the line table.
  void assemble(vm::Code* code);

 private:
  struct Handler {
    int label;
    int depth;
  };
  std::vector<vm::Instruction> code_;
  std::vector<int> lines_;
  std::vector<int> handler_of_;  // per instruction: index into handlers_, or -1
  std::vector<Handler> handlers_;
  std::vector<int> handler_stack_;
  std::vector<int> label_pos_;
  std::vector<int> label_depth_;
  std::vector<vm::Value> consts_;
  std::map<std::string, uint32_t> const_index_;
  std::vector<std::string> names_;
  std::map<std::string, uint32_t, std::less<>> name_index_;
  int depth_ = 0;
  int max_depth_ = 0;
  bool unreachable_ = false;

  friend class Codegen;
 public:
  std::vector<vm::Value>& constants() { return consts_; }
};

}  // namespace gyre::compiler
