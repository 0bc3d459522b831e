#include "compiler/codegen_unit.hpp"

#include <algorithm>

#include "vm/str.hpp"

namespace gyre::compiler {

void CodeUnit::emit(Opcode op, uint32_t arg) {
  code_.push_back(vm::make_instruction(op, arg));
  lines_.push_back(line);
  handler_of_.push_back(handler_stack_.empty() ? -1 : handler_stack_.back());
  if (vm::is_jump(op)) {
    int target_depth = depth_ + vm::stack_effect(op, arg, true);
    int label = static_cast<int>(arg);
    label_depth_[label] = std::max(label_depth_[label], target_depth);
    max_depth_ = std::max(max_depth_, target_depth);
  }
  depth_ += vm::stack_effect(op, arg, false);
  max_depth_ = std::max(max_depth_, depth_);
  if (vm::is_unconditional_transfer(op)) unreachable_ = true;
}

int CodeUnit::new_label() {
  label_pos_.push_back(-1);
  label_depth_.push_back(-1);
  return static_cast<int>(label_pos_.size()) - 1;
}

void CodeUnit::bind(int label) {
  label_pos_[label] = static_cast<int>(code_.size());
  if (unreachable_ && label_depth_[label] >= 0) {
    depth_ = label_depth_[label];
    unreachable_ = false;
  } else if (label_depth_[label] >= 0) {
    depth_ = std::max(depth_, label_depth_[label]);
  }
  unreachable_ = false;
}

void CodeUnit::push_handler(int label) {
  handlers_.push_back({label, depth_});
  handler_stack_.push_back(static_cast<int>(handlers_.size()) - 1);
}

void CodeUnit::push_handler_at_depth(int label, int depth) {
  handlers_.push_back({label, depth});
  handler_stack_.push_back(static_cast<int>(handlers_.size()) - 1);
}

void CodeUnit::pop_handler() { handler_stack_.pop_back(); }

void CodeUnit::bind_handler(int label) {
  label_pos_[label] = static_cast<int>(code_.size());
  for (const Handler& h : handlers_) {
    if (h.label == label) depth_ = h.depth + 1;
  }
  max_depth_ = std::max(max_depth_, depth_);
  unreachable_ = false;
}

uint32_t CodeUnit::add_const(vm::Value stolen, const std::string& key) {
  if (!key.empty()) {
    auto it = const_index_.find(key);
    if (it != const_index_.end()) {
      vm::decref(stolen);
      return it->second;
    }
  }
  uint32_t index = static_cast<uint32_t>(consts_.size());
  consts_.push_back(stolen);
  if (!key.empty()) const_index_[key] = index;
  return index;
}

uint32_t CodeUnit::add_name(std::string_view name) {
  auto it = name_index_.find(name);
  if (it != name_index_.end()) return it->second;
  uint32_t index = static_cast<uint32_t>(names_.size());
  names_.emplace_back(name);
  name_index_.emplace(std::string(name), index);
  return index;
}

void CodeUnit::assemble(vm::Code* code) {
  for (vm::Instruction& instruction : code_) {
    Opcode op = vm::opcode_of(instruction);
    if (vm::is_jump(op)) {
      instruction = vm::make_instruction(op, label_pos_[vm::arg_of(instruction)]);
    }
  }
  // Exception table: maximal runs of instructions with the same handler.
  for (size_t i = 0; i < code_.size();) {
    int h = handler_of_[i];
    size_t j = i;
    while (j < code_.size() && handler_of_[j] == h) ++j;
    if (h >= 0) {
      code->handlers.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j),
                                static_cast<uint32_t>(label_pos_[handlers_[h].label]),
                                static_cast<uint32_t>(handlers_[h].depth)});
    }
    i = j;
  }
  code->instructions = std::move(code_);
  code->lines.assign(lines_.begin(), lines_.end());
  code->constants = std::move(consts_);
  for (const std::string& name : names_) {
    vm::Str* s = vm::intern(name);
    vm::incref(s);
    code->names.push_back(s);
  }
  code->stacksize = max_depth_ + 1;
}

}  // namespace gyre::compiler
