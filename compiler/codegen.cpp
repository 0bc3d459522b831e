// The code generator (see codegen.hpp). One Codegen walks the module; each function, class
// body, lambda and comprehension gets its own CodeUnit, compiled to completion when met.
#include "compiler/codegen.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cstring>
#include <memory>

#include "compiler/ast_opt.hpp"
#include "compiler/codegen_unit.hpp"
#include "compiler/future.hpp"
#include "compiler/symtable.hpp"
#include "vm/bytes.hpp"
#include "vm/code.hpp"
#include "vm/errors.hpp"
#include "vm/numbers.hpp"
#include "vm/singletons.hpp"
#include "vm/slots.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"

namespace gyre::compiler {

using namespace gyre::ast;
using vm::Opcode;
using vm::Value;

namespace {

struct Unsupported {
  std::string what;
};

uint32_t binary_op_index(BinOperator op) {
  switch (op) {
    case BinOperator::Add: return (uint32_t)vm::BinaryOp::Add;
    case BinOperator::Sub: return (uint32_t)vm::BinaryOp::Sub;
    case BinOperator::Mult: return (uint32_t)vm::BinaryOp::Mul;
    case BinOperator::MatMult: return (uint32_t)vm::BinaryOp::MatMul;
    case BinOperator::Div: return (uint32_t)vm::BinaryOp::TrueDiv;
    case BinOperator::Mod: return (uint32_t)vm::BinaryOp::Mod;
    case BinOperator::Pow: return (uint32_t)vm::BinaryOp::Pow;
    case BinOperator::LShift: return (uint32_t)vm::BinaryOp::LShift;
    case BinOperator::RShift: return (uint32_t)vm::BinaryOp::RShift;
    case BinOperator::BitOr: return (uint32_t)vm::BinaryOp::Or;
    case BinOperator::BitXor: return (uint32_t)vm::BinaryOp::Xor;
    case BinOperator::BitAnd: return (uint32_t)vm::BinaryOp::And;
    case BinOperator::FloorDiv: return (uint32_t)vm::BinaryOp::FloorDiv;
  }
  return 0;
}

class Codegen {
 public:
  Codegen(const SymbolTable& table, std::string_view filename)
      : table_(table), filename_(filename) {}

  // 'exec' mode: a module, its docstring stored as __doc__.
  vm::Ref module(const Module* node) { return statements_code(node, node->body, /*interactive=*/false); }

  // 'single' mode (the REPL; compile(..., 'single')): no docstring, and every expression
  // statement outside functions and classes hands its value to sys.displayhook (PRINT_EXPR).
  vm::Ref interactive(const Interactive* node) { return statements_code(node, node->body, /*interactive=*/true); }

  // 'eval' mode: the expression's value is the result.
  vm::Ref expression(const Expression* node) {
    const Block* block = table_.lookup(node);
    CodeUnit unit(block, "<module>", "");
    u_ = &unit;
    u_->line = 1;
    expr(node->body);
    u_->emit(Opcode::RETURN_VALUE);
    return finish(unit, "<module>", 1, nullptr);
  }

 private:
  // ---------------------------------------------------------------- helpers
  // The code of a module or a REPL entry: its statements, then `return None`.
  vm::Ref statements_code(const Node* root, const NodeList& body, bool interactive) {
    const Block* block = table_.lookup(root);
    CodeUnit unit(block, "<module>", "");
    u_ = &unit;
    u_->line = 1;
    interactive_ = interactive;
    if (has_annotations(body)) u_->emit(Opcode::SETUP_ANNOTATIONS);
    if (interactive) {
      stmts(body);
    } else {
      body_with_docstring(body, /*store_doc=*/true);
    }
    if (u_->reachable()) {
      load_const_none();
      u_->emit(Opcode::RETURN_VALUE);
    }
    return finish(unit, "<module>", 1, nullptr);
  }

  static bool has_annotations(const NodeList& body) {
    for (const Node* s : body) {
      if (s->is(Kind::AnnAssign)) return true;
      // Annotations in nested compound statements count too (CPython's find_ann).
      if (auto* n = s->as<If>()) {
        if (has_annotations(n->body) || has_annotations(n->orelse)) return true;
      } else if (auto* n = s->as<For>()) {
        if (has_annotations(n->body) || has_annotations(n->orelse)) return true;
      } else if (auto* n = s->as<While>()) {
        if (has_annotations(n->body) || has_annotations(n->orelse)) return true;
      } else if (auto* n = s->as<With>()) {
        if (has_annotations(n->body)) return true;
      } else if (auto* n = s->as<Try>()) {
        if (has_annotations(n->body) || has_annotations(n->orelse) ||
            has_annotations(n->finalbody)) return true;
        for (const Node* h : n->handlers) {
          if (has_annotations(h->as<ExceptHandler>()->body)) return true;
        }
      }
    }
    return false;
  }

  std::string mangled(std::string_view name) const { return mangle(u_->private_name, name); }

  void set_line(const Node* node) {
    if (node->pos.lineno > 0) u_->line = node->pos.lineno;
  }

  uint32_t const_str(std::string_view text) {
    vm::Ref s = vm::make_str(text);
    return u_->add_const(s.release(), "s" + std::string(text));
  }
  void load_const_none() { u_->emit(Opcode::LOAD_CONST, u_->add_const(Value::none(), "N")); }
  void load_const_str(std::string_view text) { u_->emit(Opcode::LOAD_CONST, const_str(text)); }

  uint32_t constant(const ConstantValue& c) {
    using T = ConstantValue::Type;
    switch (c.type) {
      case T::None: return u_->add_const(Value::none(), "N");
      case T::True: return u_->add_const(Value::boolean(true), "T");
      case T::False: return u_->add_const(Value::boolean(false), "F");
      case T::Ellipsis: {
        vm::incref(vm::ellipsis());
        return u_->add_const(vm::ellipsis(), "E");
      }
      case T::Int: {
        vm::Ref v = vm::int_from_decimal(c.text);
        if (!v) {
          vm::clear_error();
          throw Unsupported{"an int literal beyond 48 bits"};
        }
        return u_->add_const(v.release(), "i" + c.text);
      }
      case T::Float: {
        uint64_t bits;
        std::memcpy(&bits, &c.number, 8);
        return u_->add_const(Value::from_double(c.number), "f" + std::to_string(bits));
      }
      case T::Complex: throw Unsupported{"complex numbers"};
      case T::Str: return const_str(c.text);
      case T::Bytes: {
        vm::Ref b = vm::make_bytes(c.text);
        return u_->add_const(b.release(), "b" + c.text);
      }
    }
    return 0;
  }

  // ---------------------------------------------------------------- names
  enum class Access { Load, Store, Del };

  void name_op(std::string_view raw, Access access) {
    std::string name = mangled(raw);
    const Block* b = u_->block;
    Scope scope = b->scope(name);
    enum { Fast, Deref, Global, NameOp } kind = NameOp;
    switch (scope) {
      case Scope::Free:
      case Scope::Cell: kind = Deref; break;
      case Scope::Local: kind = b->is_function() ? Fast : NameOp; break;
      case Scope::GlobalImplicit: kind = b->is_function() ? Global : NameOp; break;
      case Scope::GlobalExplicit: kind = Global; break;
      default: kind = NameOp; break;
    }
    if (name == "__debug__" && access == Access::Load) {
      u_->emit(Opcode::LOAD_CONST, u_->add_const(Value::boolean(true), "T"));
      return;
    }
    switch (kind) {
      case Fast: {
        uint32_t i = local_index(name);
        u_->emit(access == Access::Load    ? Opcode::LOAD_FAST
                 : access == Access::Store ? Opcode::STORE_FAST
                                           : Opcode::DELETE_FAST,
                 i);
        return;
      }
      case Deref: {
        uint32_t i = deref_index(name);
        if (access == Access::Load) {
          u_->emit(b->type == BlockType::Class ? Opcode::LOAD_CLASSDEREF : Opcode::LOAD_DEREF, i);
        } else {
          u_->emit(access == Access::Store ? Opcode::STORE_DEREF : Opcode::DELETE_DEREF, i);
        }
        return;
      }
      case Global: {
        uint32_t i = u_->add_name(name);
        u_->emit(access == Access::Load    ? Opcode::LOAD_GLOBAL
                 : access == Access::Store ? Opcode::STORE_GLOBAL
                                           : Opcode::DELETE_GLOBAL,
                 i);
        return;
      }
      case NameOp: {
        uint32_t i = u_->add_name(name);
        u_->emit(access == Access::Load    ? Opcode::LOAD_NAME
                 : access == Access::Store ? Opcode::STORE_NAME
                                           : Opcode::DELETE_NAME,
                 i);
        return;
      }
    }
  }

  // The layout of a unit's locals, decided when the unit starts.
  struct Layout {
    std::vector<std::string> varnames, cellvars, freevars;
  };
  std::vector<Layout> layouts_;

  Layout make_layout(const Block* b) {
    Layout l;
    if (b->is_function()) {
      l.varnames = b->varnames;
      for (const Symbol& s : b->symbols) {
        if (s.scope == Scope::Local && !s.is_parameter()) l.varnames.push_back(s.name);
      }
    }
    for (const Symbol& s : b->symbols) {
      if (s.scope == Scope::Cell) l.cellvars.push_back(s.name);
      if (s.scope == Scope::Free) l.freevars.push_back(s.name);
    }
    if (b->type == BlockType::Class && b->needs_class_closure) l.cellvars.push_back("__class__");
    std::sort(l.cellvars.begin(), l.cellvars.end());
    std::sort(l.freevars.begin(), l.freevars.end());
    return l;
  }

  uint32_t local_index(const std::string& name) {
    auto& v = layouts_.back().varnames;
    for (size_t i = 0; i < v.size(); ++i) {
      if (v[i] == name) return static_cast<uint32_t>(i);
    }
    v.push_back(name);  // a local the table did not list (should not happen)
    return static_cast<uint32_t>(v.size() - 1);
  }
  uint32_t deref_index(const std::string& name) {
    const Layout& l = layouts_.back();
    for (size_t i = 0; i < l.cellvars.size(); ++i) {
      if (l.cellvars[i] == name) return static_cast<uint32_t>(i);
    }
    for (size_t i = 0; i < l.freevars.size(); ++i) {
      if (l.freevars[i] == name) return static_cast<uint32_t>(l.cellvars.size() + i);
    }
    throw Unsupported{"a closure variable the symbol table did not list: " + name};
  }

  // ---------------------------------------------------------------- units
  vm::Ref finish(CodeUnit& unit, std::string_view name, int firstlineno, const arguments* args) {
    vm::Code* code = vm::make_code();
    vm::Ref owner = vm::Ref::steal(code);
    unit.assemble(code);
    const Layout& l = layouts_.empty() ? Layout{} : layouts_.back();
    auto intern_all = [](const std::vector<std::string>& in, std::vector<vm::Str*>& out) {
      for (const std::string& s : in) {
        vm::Str* str = vm::intern(s);
        vm::incref(str);
        out.push_back(str);
      }
    };
    if (!layouts_.empty()) {
      intern_all(l.varnames, code->varnames);
      intern_all(l.cellvars, code->cellvars);
      intern_all(l.freevars, code->freevars);
      for (const std::string& cell : l.cellvars) {
        int arg = -1;
        for (size_t i = 0; i < l.varnames.size() && i < unit.block->varnames.size(); ++i) {
          if (l.varnames[i] == cell) arg = static_cast<int>(i);
        }
        code->cell_args.push_back(arg);
      }
    }
    code->name = vm::intern(name);
    vm::incref(code->name);
    code->qualname = vm::intern(unit.qualname);
    vm::incref(code->qualname);
    vm::Ref file = vm::make_str(filename_);
    code->filename = static_cast<vm::Str*>(file.release().as_object());
    code->firstlineno = firstlineno;
    const Block* b = unit.block;
    if (b->is_function()) {
      code->flags |= vm::CodeFlag::kOptimized | vm::CodeFlag::kNewLocals;
      if (b->varargs) code->flags |= vm::CodeFlag::kVarArgs;
      if (b->varkeywords) code->flags |= vm::CodeFlag::kVarKeywords;
      if (b->nested) code->flags |= vm::CodeFlag::kNested;
      if (b->generator) code->flags |= vm::CodeFlag::kGenerator;
    }
    if (args) {
      code->posonlyargcount = static_cast<int>(args->posonlyargs.size());
      code->argcount = static_cast<int>(args->posonlyargs.size() + args->args.size());
      code->kwonlyargcount = static_cast<int>(args->kwonlyargs.size());
    }
    return owner;
  }

  // Compiles a nested block (function, lambda, class body, comprehension) to a Code object.
  template <class BodyFn>
  vm::Ref nested_unit(const Node* node, std::string name, std::string qualname,
                      std::string private_name, int firstlineno, const arguments* args,
                      BodyFn body) {
    const Block* block = table_.lookup(node);
    CodeUnit unit(block, std::move(qualname), std::move(private_name));
    unit.line = firstlineno;
    CodeUnit* saved = u_;
    u_ = &unit;
    layouts_.push_back(make_layout(block));
    body();
    vm::Ref code = finish(unit, name, firstlineno, args);
    layouts_.pop_back();
    u_ = saved;
    return code;
  }

  std::string child_qualname(std::string_view name) const {
    const Block* b = u_->block;
    if (b->type == BlockType::Module) return std::string(name);
    if (b->type == BlockType::Class) {
      // A name declared global in the class body is not qualified (CPython's compiler_set_qualname).
      if (b->scope(mangle(u_->private_name, name)) == Scope::GlobalExplicit) return std::string(name);
      return u_->qualname + "." + std::string(name);
    }
    return u_->qualname + ".<locals>." + std::string(name);
  }

  // Pushes the closure tuple for `code` (if it has free variables) and returns MAKE_FUNCTION's
  // closure flag.
  uint32_t load_closure(vm::Code* code) {
    if (code->freevars.empty()) return 0;
    for (vm::Str* free : code->freevars) {
      std::string name(free->view());
      // In a class body, __class__ is the class cell.
      u_->emit(Opcode::LOAD_CLOSURE, deref_index(name));
    }
    u_->emit(Opcode::BUILD_TUPLE, static_cast<uint32_t>(code->freevars.size()));
    return 8;
  }

  void make_function(vm::Ref code, uint32_t flags) {
    vm::Code* c = static_cast<vm::Code*>(code.get().as_object());
    flags |= load_closure(c);
    u_->emit(Opcode::LOAD_CONST, u_->add_const(code.release(), ""));
    u_->emit(Opcode::MAKE_FUNCTION, flags);
  }

  // Defaults and keyword-only defaults of `args`; returns MAKE_FUNCTION's flags for them.
  uint32_t function_defaults(const arguments* args) {
    uint32_t flags = 0;
    if (!args->defaults.empty()) {
      for (const Node* d : args->defaults) expr(d);
      u_->emit(Opcode::BUILD_TUPLE, static_cast<uint32_t>(args->defaults.size()));
      flags |= 1;
    }
    uint32_t kw = 0;
    for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
      const Node* d = i < args->kw_defaults.size() ? args->kw_defaults[i] : nullptr;
      if (!d) continue;
      load_const_str(mangled(args->kwonlyargs[i]->as<Arg>()->arg));
      expr(d);
      ++kw;
    }
    if (kw) {
      u_->emit(Opcode::BUILD_MAP, kw);
      flags |= 2;
    }
    return flags;
  }

  uint32_t function_annotations(const arguments* args, const Node* returns) {
    if (table_.future.annotations) return 0;  // PEP 563 strings: not supported, left out
    uint32_t n = 0;
    auto one = [&](const Node* a) {
      const Arg* arg = a->as<Arg>();
      if (arg && arg->annotation) {
        load_const_str(mangled(arg->arg));
        expr(arg->annotation);
        ++n;
      }
    };
    for (const Node* a : args->posonlyargs) one(a);
    for (const Node* a : args->args) one(a);
    if (args->vararg) one(args->vararg);
    for (const Node* a : args->kwonlyargs) one(a);
    if (args->kwarg) one(args->kwarg);
    if (returns) {
      load_const_str("return");
      expr(returns);
      ++n;
    }
    if (!n) return 0;
    u_->emit(Opcode::BUILD_MAP, n);
    return 4;
  }

  void decorators(const NodeList& list) {
    for (const Node* d : list) {
      u_->emit(Opcode::PUSH_NULL);
      expr(d);
    }
  }
  void apply_decorators(const NodeList& list) {
    for (size_t i = 0; i < list.size(); ++i) u_->emit(Opcode::CALL, 1);
  }

  void function_def(const Node* node, std::string_view name, const arguments* args,
                    const NodeList& body, const NodeList& decos, const Node* returns) {
    decorators(decos);
    int firstlineno = node->pos.lineno;
    if (!decos.empty()) firstlineno = decos.front()->pos.lineno;
    uint32_t flags = function_defaults(args);
    flags |= function_annotations(args, returns);
    std::string qualname = child_qualname(name);
    vm::Ref code = nested_unit(node, std::string(name), qualname, u_->private_name, firstlineno,
                               args, [&] {
                                 body_with_docstring(body, false);
                                 if (u_->reachable()) {
                                   load_const_none();
                                   u_->emit(Opcode::RETURN_VALUE);
                                 }
                               });
    set_line(node);
    make_function(std::move(code), flags);
    apply_decorators(decos);
    name_op(name, Access::Store);
  }

  // The docstring becomes co_consts[0] (functions) or __doc__ (modules, classes).
  void body_with_docstring(const NodeList& body, bool store_doc) {
    size_t start = 0;
    if (has_docstring(body)) {
      const Constant* c = body[0]->as<Expr>()->value->as<Constant>();
      if (store_doc) {
        set_line(body[0]);
        load_const_str(c->value.text);
        name_op("__doc__", Access::Store);
      } else {
        const_str(c->value.text);  // constant 0 of a function with a docstring
      }
      start = 1;
    } else if (!store_doc && u_->block->type == BlockType::Function) {
      load_none_first_const();
    }
    for (size_t i = start; i < body.size(); ++i) stmt(body[i]);
  }
  // Functions without a docstring have None as their first constant (CPython 3.11), which is
  // how MAKE_FUNCTION tells whether co_consts[0] is the docstring.
  void load_none_first_const() { u_->add_const(Value::none(), "N"); }

  // ---------------------------------------------------------------- statements
  void stmts(const NodeList& list) {
    for (const Node* s : list) stmt(s);
  }

  void stmt(const Node* s) {
    set_line(s);
    switch (s->kind) {
      case Kind::Expr: {
        expr(s->as<Expr>()->value);
        bool display = interactive_ && u_->block->type == BlockType::Module;
        u_->emit(display ? Opcode::PRINT_EXPR : Opcode::POP_TOP);
        return;
      }
      case Kind::Pass: u_->emit(Opcode::NOP); return;
      case Kind::Assign: {
        auto* n = s->as<Assign>();
        expr(n->value);
        for (size_t i = 0; i < n->targets.size(); ++i) {
          if (i + 1 < n->targets.size()) u_->emit(Opcode::COPY, 1);
          store(n->targets[i]);
        }
        return;
      }
      case Kind::AugAssign: return aug_assign(s->as<AugAssign>());
      case Kind::AnnAssign: return ann_assign(s->as<AnnAssign>());
      case Kind::If: {
        auto* n = s->as<If>();
        int orelse = u_->new_label(), end = u_->new_label();
        jump_if(n->test, false, orelse);
        stmts(n->body);
        if (!n->orelse.empty()) {
          if (u_->reachable()) u_->emit_jump(Opcode::JUMP, end);
          u_->bind(orelse);
          stmts(n->orelse);
        } else {
          u_->bind(orelse);
        }
        u_->bind(end);
        return;
      }
      case Kind::While: return while_stmt(s->as<While>());
      case Kind::For: return for_stmt(s->as<For>());
      case Kind::Break: return break_continue(true);
      case Kind::Continue: return break_continue(false);
      case Kind::Return: {
        auto* n = s->as<Return>();
        if (n->value) expr(n->value); else load_const_none();
        unwind_fblocks(/*preserve_tos=*/true, /*stop_at_loop=*/false);
        set_line(s);
        u_->emit(Opcode::RETURN_VALUE);
        return;
      }
      case Kind::Delete: {
        for (const Node* t : s->as<Delete>()->targets) del(t);
        return;
      }
      case Kind::Raise: {
        auto* n = s->as<Raise>();
        uint32_t count = 0;
        if (n->exc) {
          expr(n->exc);
          ++count;
          if (n->cause) {
            expr(n->cause);
            ++count;
          }
        }
        set_line(s);
        u_->emit(Opcode::RAISE_VARARGS, count);
        return;
      }
      case Kind::Assert: {
        auto* n = s->as<Assert>();
        int end = u_->new_label();
        jump_if(n->test, true, end);
        if (n->msg) {
          u_->emit(Opcode::PUSH_NULL);
          u_->emit(Opcode::LOAD_ASSERTION_ERROR);
          expr(n->msg);
          u_->emit(Opcode::CALL, 1);
        } else {
          u_->emit(Opcode::LOAD_ASSERTION_ERROR);
        }
        set_line(s);
        u_->emit(Opcode::RAISE_VARARGS, 1);
        u_->bind(end);
        return;
      }
      case Kind::Import: return import_stmt(s->as<Import>());
      case Kind::ImportFrom: return import_from(s->as<ImportFrom>());
      case Kind::Global:
      case Kind::Nonlocal: u_->emit(Opcode::NOP); return;
      case Kind::FunctionDef: {
        auto* n = s->as<FunctionDef>();
        return function_def(s, n->name, n->args->as<arguments>(), n->body, n->decorator_list,
                            n->returns);
      }
      case Kind::ClassDef: return class_def(s->as<ClassDef>());
      case Kind::Try: return try_stmt(s->as<Try>());
      case Kind::With: return with_stmt(s->as<With>(), 0);
      case Kind::AsyncFunctionDef:
      case Kind::AsyncFor:
      case Kind::AsyncWith: throw Unsupported{"async functions"};
      case Kind::TryStar: throw Unsupported{"except*"};
      default: throw Unsupported{std::string("statement ") + kind_name(s->kind)};
    }
  }

  void aug_assign(const AugAssign* n) {
    uint32_t op = binary_op_index(n->op) + vm::kBinaryOpCount;
    const Node* t = n->target;
    if (auto* name = t->as<Name>()) {
      name_op(name->id, Access::Load);
      expr(n->value);
      set_line(n);
      u_->emit(Opcode::BINARY_OP, op);
      name_op(name->id, Access::Store);
    } else if (auto* a = t->as<Attribute>()) {
      expr(a->value);
      u_->emit(Opcode::COPY, 1);
      u_->emit(Opcode::LOAD_ATTR, u_->add_name(mangled(a->attr)));
      expr(n->value);
      set_line(n);
      u_->emit(Opcode::BINARY_OP, op);
      u_->emit(Opcode::SWAP, 2);
      u_->emit(Opcode::STORE_ATTR, u_->add_name(mangled(a->attr)));
    } else if (auto* sub = t->as<Subscript>()) {
      expr(sub->value);
      expr(sub->slice);
      u_->emit(Opcode::COPY, 2);
      u_->emit(Opcode::COPY, 2);
      u_->emit(Opcode::BINARY_SUBSCR);
      expr(n->value);
      set_line(n);
      u_->emit(Opcode::BINARY_OP, op);
      u_->emit(Opcode::SWAP, 3);
      u_->emit(Opcode::SWAP, 2);
      u_->emit(Opcode::STORE_SUBSCR);
    }
  }

  void ann_assign(const AnnAssign* n) {
    if (n->value) {
      expr(n->value);
      store(n->target);
    }
    const Name* name = n->target->as<Name>();
    bool module_or_class = u_->block->type == BlockType::Module || u_->block->type == BlockType::Class;
    if (name && n->simple && module_or_class) {
      // __annotations__[name] = annotation
      if (table_.future.annotations) {
        throw Unsupported{"from __future__ import annotations"};
      }
      expr(n->annotation);
      name_op("__annotations__", Access::Load);
      load_const_str(mangled(name->id));
      u_->emit(Opcode::STORE_SUBSCR);
    } else if (!name && module_or_class) {
      // The target's parts are evaluated (CPython's check_ann_expr) but nothing is stored.
      if (auto* a = n->target->as<Attribute>()) {
        if (!n->value) {
          expr(a->value);
          u_->emit(Opcode::POP_TOP);
        }
      }
      expr(n->annotation);
      u_->emit(Opcode::POP_TOP);
    }
  }

  void while_stmt(const While* n) {
    int top = u_->new_label(), orelse = u_->new_label(), end = u_->new_label();
    u_->bind(top);
    jump_if(n->test, false, orelse);
    u_->fblocks.push_back({FBlockKind::WhileLoop, top, end, nullptr, "", u_->handler_level()});
    stmts(n->body);
    u_->fblocks.pop_back();
    if (u_->reachable()) {
      set_line(n);
      u_->emit_jump(Opcode::JUMP, top);
    }
    u_->bind(orelse);
    stmts(n->orelse);
    u_->bind(end);
  }

  void for_stmt(const For* n) {
    int top = u_->new_label(), cleanup = u_->new_label(), end = u_->new_label();
    iterable(n->iter);
    set_line(n);
    u_->emit(Opcode::GET_ITER);
    u_->bind(top);
    u_->emit_jump(Opcode::FOR_ITER, cleanup);
    store(n->target);
    u_->fblocks.push_back({FBlockKind::ForLoop, top, end, nullptr, "", u_->handler_level()});
    stmts(n->body);
    u_->fblocks.pop_back();
    if (u_->reachable()) {
      set_line(n);
      u_->emit_jump(Opcode::JUMP, top);
    }
    u_->bind(cleanup);
    stmts(n->orelse);
    u_->bind(end);
  }

  void break_continue(bool is_break) {
    // Unwind to the innermost loop (running finally bodies and with exits on the way).
    int loop = -1;
    for (int i = static_cast<int>(u_->fblocks.size()) - 1; i >= 0; --i) {
      if (u_->fblocks[i].kind == FBlockKind::WhileLoop || u_->fblocks[i].kind == FBlockKind::ForLoop) {
        loop = i;
        break;
      }
    }
    FBlock target = u_->fblocks[loop];
    unwind_fblocks(false, true);
    if (is_break) {
      if (target.kind == FBlockKind::ForLoop) u_->emit(Opcode::POP_TOP);
      u_->emit_jump(Opcode::JUMP, target.break_label);
    } else {
      u_->emit_jump(Opcode::JUMP, target.continue_label);
    }
  }

  // Emits the code that leaves the frame blocks (innermost first) for return (preserve_tos:
  // the return value stays on top) or break/continue (stop_at_loop: up to the innermost loop,
  // which the caller leaves itself).
  void unwind_fblocks(bool preserve_tos, bool stop_at_loop) {
    std::vector<FBlock> saved = u_->fblocks;
    std::vector<int> handlers = u_->handler_snapshot();
    while (!u_->fblocks.empty()) {
      FBlock b = u_->fblocks.back();
      if (stop_at_loop && (b.kind == FBlockKind::WhileLoop || b.kind == FBlockKind::ForLoop)) break;
      u_->fblocks.pop_back();
      // The code that leaves a block runs outside the block's own handlers.
      u_->truncate_handlers(b.handler_level);
      unwind_one(b, preserve_tos);
    }
    u_->fblocks = std::move(saved);
    u_->restore_handlers(std::move(handlers));
  }

  void unwind_one(const FBlock& b, bool preserve_tos) {
    switch (b.kind) {
      case FBlockKind::WhileLoop:
      case FBlockKind::TryExcept:
        return;
      case FBlockKind::ForLoop:
        if (preserve_tos) u_->emit(Opcode::SWAP, 2);
        u_->emit(Opcode::POP_TOP);
        return;
      case FBlockKind::FinallyTry:
        stmts(*b.finally_body);
        return;
      case FBlockKind::FinallyEnd:
        // Inside a finally body run for an exception: [prev, exc] are on the stack.
        if (preserve_tos) u_->emit(Opcode::SWAP, 2);
        u_->emit(Opcode::POP_TOP);  // exc
        if (preserve_tos) u_->emit(Opcode::SWAP, 2);
        u_->emit(Opcode::POP_EXCEPT);
        return;
      case FBlockKind::With:
        if (preserve_tos) u_->emit(Opcode::SWAP, 2);
        u_->emit(Opcode::WITH_EXIT);
        return;
      case FBlockKind::HandlerCleanup:
        if (preserve_tos) u_->emit(Opcode::SWAP, 2);
        u_->emit(Opcode::POP_EXCEPT);
        if (!b.handler_name.empty()) {
          load_const_none();
          name_op(b.handler_name, Access::Store);
          name_op(b.handler_name, Access::Del);
        }
        return;
    }
  }

  void try_stmt(const Try* n) {
    if (!n->finalbody.empty()) {
      int handler = u_->new_label(), end = u_->new_label();
      size_t level = u_->handler_level();
      u_->push_handler(handler);
      u_->fblocks.push_back({FBlockKind::FinallyTry, -1, -1, &n->finalbody, "", level});
      if (!n->handlers.empty()) {
        try_except(n);
      } else {
        stmts(n->body);
      }
      u_->fblocks.pop_back();
      u_->pop_handler();
      // Normal exit: the finally body inline.
      if (u_->reachable()) {
        stmts(n->finalbody);
        if (u_->reachable()) u_->emit_jump(Opcode::JUMP, end);
      }
      // Exceptional exit: [exc] -> [prev, exc], the body, then re-raise.
      u_->bind_handler(handler);
      int cleanup = u_->new_label();
      u_->emit(Opcode::PUSH_EXC_INFO);
      size_t end_level = u_->handler_level();
      u_->push_handler_at_depth(cleanup, u_->depth() - 1);
      u_->fblocks.push_back({FBlockKind::FinallyEnd, -1, -1, nullptr, "", end_level});
      stmts(n->finalbody);
      u_->fblocks.pop_back();
      if (u_->reachable()) u_->emit(Opcode::RERAISE);
      u_->pop_handler();
      pop_except_and_reraise(cleanup);
      u_->bind(end);
      return;
    }
    try_except(n);
  }

  // [prev, exc]: restore prev as the handled exception and raise exc again.
  void pop_except_and_reraise(int label) {
    u_->bind_handler(label);
    u_->emit(Opcode::SWAP, 2);
    u_->emit(Opcode::POP_EXCEPT);
    u_->emit(Opcode::RERAISE);
  }

  void try_except(const Try* n) {
    int handler = u_->new_label(), orelse = u_->new_label(), end = u_->new_label();
    size_t level = u_->handler_level();
    u_->push_handler(handler);
    u_->fblocks.push_back({FBlockKind::TryExcept, -1, -1, nullptr, "", level});
    stmts(n->body);
    u_->fblocks.pop_back();
    u_->pop_handler();
    if (u_->reachable()) u_->emit_jump(Opcode::JUMP, orelse);

    u_->bind_handler(handler);
    int cleanup = u_->new_label();
    u_->emit(Opcode::PUSH_EXC_INFO);  // [prev, exc]
    u_->push_handler_at_depth(cleanup, u_->depth() - 1);
    bool bare = false;
    for (const Node* h : n->handlers) {
      auto* eh = h->as<ExceptHandler>();
      set_line(eh);
      int next = u_->new_label();
      bare = !eh->type;
      if (eh->type) {
        expr(eh->type);
        u_->emit(Opcode::CHECK_EXC_MATCH);
        u_->emit_jump(Opcode::POP_JUMP_IF_FALSE, next);
      }
      std::string name;
      if (eh->name.data()) {
        name = std::string(eh->name);
        name_op(name, Access::Store);
      } else {
        u_->emit(Opcode::POP_TOP);
      }
      // [prev]: the handler body, with a cleanup that unbinds the name.
      int name_cleanup = u_->new_label();
      if (!name.empty()) u_->push_handler(name_cleanup);
      u_->fblocks.push_back({FBlockKind::HandlerCleanup, -1, -1, nullptr, name, level});
      stmts(eh->body);
      u_->fblocks.pop_back();
      if (!name.empty()) u_->pop_handler();
      if (u_->reachable()) {
        u_->emit(Opcode::POP_EXCEPT);
        if (!name.empty()) {
          load_const_none();
          name_op(name, Access::Store);
          name_op(name, Access::Del);
        }
        u_->emit_jump(Opcode::JUMP, end);
      }
      if (!name.empty()) {
        // An exception in the body: unbind the name, then re-raise into the cleanup.
        // Still inside the cleanup handler's region, which restores the handled exception.
        u_->bind_handler(name_cleanup);
        load_const_none();
        name_op(name, Access::Store);
        name_op(name, Access::Del);
        u_->emit(Opcode::RERAISE);
      }
      if (bare) break;
      u_->bind(next);
    }
    if (!bare) u_->emit(Opcode::RERAISE);  // no clause matched: [prev, exc]
    u_->pop_handler();
    pop_except_and_reraise(cleanup);

    u_->bind(orelse);
    stmts(n->orelse);
    u_->bind(end);
  }

  void with_stmt(const With* n, size_t item) {
    if (item == n->items.size()) {
      stmts(n->body);
      return;
    }
    auto* wi = n->items[item]->as<withitem>();
    expr(wi->context_expr);
    set_line(n);
    u_->emit(Opcode::BEFORE_WITH);  // [exit, value]
    int handler = u_->new_label(), end = u_->new_label();
    size_t level = u_->handler_level();
    u_->push_handler_at_depth(handler, u_->depth() - 1);  // the exit stays below
    u_->fblocks.push_back({FBlockKind::With, -1, -1, nullptr, "", level});
    if (wi->optional_vars) store(wi->optional_vars); else u_->emit(Opcode::POP_TOP);
    with_stmt(n, item + 1);
    u_->fblocks.pop_back();
    u_->pop_handler();
    if (u_->reachable()) {
      set_line(n);
      u_->emit(Opcode::WITH_EXIT);
      u_->emit_jump(Opcode::JUMP, end);
    }
    // [exit, exc] -> [exit, prev, exc]
    u_->bind_handler(handler);
    int cleanup = u_->new_label(), suppress = u_->new_label();
    set_line(n);
    u_->emit(Opcode::PUSH_EXC_INFO);
    u_->push_handler_at_depth(cleanup, u_->depth() - 1);
    u_->emit(Opcode::WITH_EXCEPT_START);
    u_->emit_jump(Opcode::POP_JUMP_IF_TRUE, suppress);
    u_->emit(Opcode::RERAISE);
    u_->bind(suppress);
    u_->emit(Opcode::POP_TOP);     // exc
    u_->emit(Opcode::POP_EXCEPT);  // prev
    u_->emit(Opcode::POP_TOP);     // exit
    u_->pop_handler();
    u_->emit_jump(Opcode::JUMP, end);
    pop_except_and_reraise(cleanup);
    u_->bind(end);
  }

  void import_stmt(const Import* n) {
    for (const Node* a : n->names) {
      auto* al = a->as<alias>();
      std::string_view full = al->name;
      u_->emit(Opcode::LOAD_CONST, u_->add_const(Value::from_small_int(0), "i0"));
      load_const_none();
      u_->emit(Opcode::IMPORT_NAME, u_->add_name(full));
      if (al->asname.data()) {
        // import a.b.c as d: the submodule, through attributes of the top package.
        size_t dot = full.find('.');
        while (dot != std::string_view::npos) {
          size_t next = full.find('.', dot + 1);
          std::string_view part = full.substr(dot + 1, next == std::string_view::npos ? next : next - dot - 1);
          u_->emit(Opcode::IMPORT_FROM, u_->add_name(part));
          u_->emit(Opcode::SWAP, 2);
          u_->emit(Opcode::POP_TOP);
          dot = next;
        }
        name_op(al->asname, Access::Store);
      } else {
        name_op(full.substr(0, full.find('.')), Access::Store);
      }
    }
  }

  void import_from(const ImportFrom* n) {
    u_->emit(Opcode::LOAD_CONST, u_->add_const(Value::from_small_int(n->level), "i" + std::to_string(n->level)));
    bool star = n->names.size() == 1 && n->names[0]->as<alias>()->name == "*";
    {
      std::vector<Value> names;
      for (const Node* a : n->names) {
        vm::Ref s = vm::make_str(a->as<alias>()->name);
        names.push_back(s.release());
      }
      vm::Ref t = vm::make_tuple(std::span<const Value>(names));
      for (Value v : names) vm::decref(v);
      u_->emit(Opcode::LOAD_CONST, u_->add_const(t.release(), ""));
    }
    std::string_view module = n->module.data() ? n->module : std::string_view("");
    u_->emit(Opcode::IMPORT_NAME, u_->add_name(module));
    if (star) {
      u_->emit(Opcode::IMPORT_STAR);
      return;
    }
    for (const Node* a : n->names) {
      auto* al = a->as<alias>();
      u_->emit(Opcode::IMPORT_FROM, u_->add_name(al->name));
      name_op(al->asname.data() ? al->asname : al->name, Access::Store);
    }
    u_->emit(Opcode::POP_TOP);
  }

  void class_def(const ClassDef* n) {
    decorators(n->decorator_list);
    int firstlineno = n->pos.lineno;
    if (!n->decorator_list.empty()) firstlineno = n->decorator_list.front()->pos.lineno;
    std::string name(n->name);
    std::string qualname = child_qualname(name);
    vm::Ref code = nested_unit(n, name, qualname, name, firstlineno, nullptr, [&] {
      name_op("__name__", Access::Load);
      name_op("__module__", Access::Store);
      load_const_str(qualname);
      name_op("__qualname__", Access::Store);
      if (has_annotations(n->body)) u_->emit(Opcode::SETUP_ANNOTATIONS);
      body_with_docstring(n->body, true);
      if (u_->block->needs_class_closure) {
        u_->emit(Opcode::LOAD_CLOSURE, deref_index("__class__"));
        u_->emit(Opcode::COPY, 1);
        name_op("__classcell__", Access::Store);
        u_->emit(Opcode::RETURN_VALUE);
      } else if (u_->reachable()) {
        load_const_none();
        u_->emit(Opcode::RETURN_VALUE);
      }
    });
    set_line(n);
    u_->emit(Opcode::PUSH_NULL);
    u_->emit(Opcode::LOAD_BUILD_CLASS);
    make_function(std::move(code), 0);
    load_const_str(name);
    call_arguments(n->bases, n->keywords, 2);
    apply_decorators(n->decorator_list);
    name_op(name, Access::Store);
  }

  // ---------------------------------------------------------------- targets
  void store(const Node* t) {
    switch (t->kind) {
      case Kind::Name: return name_op(t->as<Name>()->id, Access::Store);
      case Kind::Attribute: {
        auto* a = t->as<Attribute>();
        expr(a->value);
        set_line(t);
        u_->emit(Opcode::STORE_ATTR, u_->add_name(mangled(a->attr)));
        return;
      }
      case Kind::Subscript: {
        auto* s = t->as<Subscript>();
        expr(s->value);
        expr(s->slice);
        set_line(t);
        u_->emit(Opcode::STORE_SUBSCR);
        return;
      }
      case Kind::Tuple:
      case Kind::List: {
        const NodeList& elts = t->is(Kind::Tuple) ? t->as<Tuple>()->elts : t->as<List>()->elts;
        size_t star = elts.size();
        for (size_t i = 0; i < elts.size(); ++i) {
          if (elts[i]->is(Kind::Starred)) star = i;
        }
        set_line(t);
        if (star == elts.size()) {
          u_->emit(Opcode::UNPACK_SEQUENCE, static_cast<uint32_t>(elts.size()));
        } else {
          uint32_t before = static_cast<uint32_t>(star), after = static_cast<uint32_t>(elts.size() - star - 1);
          u_->emit(Opcode::UNPACK_EX, before | (after << 8));
        }
        for (const Node* e : elts) {
          store(e->is(Kind::Starred) ? e->as<Starred>()->value : e);
        }
        return;
      }
      case Kind::Starred: return store(t->as<Starred>()->value);
      default: throw Unsupported{std::string("assignment to ") + kind_name(t->kind)};
    }
  }

  void del(const Node* t) {
    set_line(t);
    switch (t->kind) {
      case Kind::Name: return name_op(t->as<Name>()->id, Access::Del);
      case Kind::Attribute: {
        auto* a = t->as<Attribute>();
        expr(a->value);
        set_line(t);
        u_->emit(Opcode::DELETE_ATTR, u_->add_name(mangled(a->attr)));
        return;
      }
      case Kind::Subscript: {
        auto* s = t->as<Subscript>();
        expr(s->value);
        expr(s->slice);
        set_line(t);
        u_->emit(Opcode::DELETE_SUBSCR);
        return;
      }
      case Kind::Tuple:
        for (const Node* e : t->as<Tuple>()->elts) del(e);
        return;
      case Kind::List:
        for (const Node* e : t->as<List>()->elts) del(e);
        return;
      default: throw Unsupported{"del of this target"};
    }
  }

  // ---------------------------------------------------------------- expressions
  // Jumps to `label` when the truth of `e` equals `when`; falls through otherwise.
  void jump_if(const Node* e, bool when, int label) {
    if (auto* u = e->as<UnaryOp>(); u && u->op == UnaryOperator::Not) {
      return jump_if(u->operand, !when, label);
    }
    if (auto* b = e->as<BoolOp>()) {
      bool is_or = b->op == BoolOperator::Or;
      if (is_or == when) {
        for (const Node* v : b->values) jump_if(v, when, label);
      } else {
        int skip = u_->new_label();
        for (size_t i = 0; i + 1 < b->values.size(); ++i) jump_if(b->values[i], !when, skip);
        jump_if(b->values.back(), when, label);
        u_->bind(skip);
      }
      return;
    }
    if (auto* c = e->as<Constant>()) {
      // A constant's truth is known (`while True:`, `if 0:`): an unconditional jump or none,
      // as CPython's compiler does.
      if (constant_truth(c->value) == when) u_->emit_jump(Opcode::JUMP, label);
      return;
    }
    expr(e);
    set_line(e);
    u_->emit_jump(when ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, label);
  }

  static bool constant_truth(const ConstantValue& v) {
    switch (v.type) {
      case ConstantValue::Type::None:
      case ConstantValue::Type::False: return false;
      case ConstantValue::Type::True:
      case ConstantValue::Type::Ellipsis: return true;
      case ConstantValue::Type::Int: return v.text.find_first_not_of('0') != std::string::npos;
      case ConstantValue::Type::Float:
      case ConstantValue::Type::Complex: return v.number != 0;
      case ConstantValue::Type::Str:
      case ConstantValue::Type::Bytes: return !v.text.empty();
    }
    return true;
  }

  void expr(const Node* e) {
    int saved_line = u_->line;
    set_line(e);
    expr_inner(e);
    u_->line = saved_line;
  }

  void expr_inner(const Node* e) {
    switch (e->kind) {
      case Kind::Constant: u_->emit(Opcode::LOAD_CONST, constant(e->as<Constant>()->value)); return;
      case Kind::Name: return name_op(e->as<Name>()->id, Access::Load);
      case Kind::BinOp: {
        auto* b = e->as<BinOp>();
        expr(b->left);
        expr(b->right);
        set_line(e);
        u_->emit(Opcode::BINARY_OP, binary_op_index(b->op));
        return;
      }
      case Kind::UnaryOp: {
        auto* u = e->as<UnaryOp>();
        expr(u->operand);
        set_line(e);
        switch (u->op) {
          case UnaryOperator::Invert: u_->emit(Opcode::UNARY_INVERT); break;
          case UnaryOperator::Not: u_->emit(Opcode::UNARY_NOT); break;
          case UnaryOperator::UAdd: u_->emit(Opcode::UNARY_POSITIVE); break;
          case UnaryOperator::USub: u_->emit(Opcode::UNARY_NEGATIVE); break;
        }
        return;
      }
      case Kind::BoolOp: {
        auto* b = e->as<BoolOp>();
        int end = u_->new_label();
        Opcode jump = b->op == BoolOperator::And ? Opcode::JUMP_IF_FALSE_OR_POP : Opcode::JUMP_IF_TRUE_OR_POP;
        for (size_t i = 0; i < b->values.size(); ++i) {
          expr(b->values[i]);
          if (i + 1 < b->values.size()) u_->emit_jump(jump, end);
        }
        u_->bind(end);
        return;
      }
      case Kind::Compare: return compare(e->as<Compare>());
      case Kind::Call: return call(e->as<Call>());
      case Kind::Attribute: {
        auto* a = e->as<Attribute>();
        expr(a->value);
        set_line(e);
        u_->emit(Opcode::LOAD_ATTR, u_->add_name(mangled(a->attr)));
        return;
      }
      case Kind::Subscript: {
        auto* s = e->as<Subscript>();
        expr(s->value);
        expr(s->slice);
        set_line(e);
        u_->emit(Opcode::BINARY_SUBSCR);
        return;
      }
      case Kind::Slice: {
        auto* s = e->as<Slice>();
        if (s->lower) expr(s->lower); else load_const_none();
        if (s->upper) expr(s->upper); else load_const_none();
        if (s->step) {
          expr(s->step);
          u_->emit(Opcode::BUILD_SLICE, 3);
        } else {
          u_->emit(Opcode::BUILD_SLICE, 2);
        }
        return;
      }
      case Kind::Tuple: return sequence(e->as<Tuple>()->elts, Opcode::BUILD_TUPLE);
      case Kind::List: return sequence(e->as<List>()->elts, Opcode::BUILD_LIST);
      case Kind::Set: return set_display(e->as<Set>()->elts);
      case Kind::Dict: return dict(e->as<Dict>());
      case Kind::IfExp: {
        auto* i = e->as<IfExp>();
        int orelse = u_->new_label(), end = u_->new_label();
        jump_if(i->test, false, orelse);
        expr(i->body);
        u_->emit_jump(Opcode::JUMP, end);
        u_->bind(orelse);
        expr(i->orelse);
        u_->bind(end);
        return;
      }
      case Kind::NamedExpr: {
        auto* n = e->as<NamedExpr>();
        expr(n->value);
        u_->emit(Opcode::COPY, 1);
        store(n->target);
        return;
      }
      case Kind::Lambda: {
        auto* l = e->as<Lambda>();
        const arguments* args = l->args->as<arguments>();
        uint32_t flags = function_defaults(args);
        vm::Ref code = nested_unit(e, "<lambda>", child_qualname("<lambda>"), u_->private_name,
                                   e->pos.lineno, args, [&] {
                                     load_none_first_const();
                                     expr(l->body);
                                     u_->emit(Opcode::RETURN_VALUE);
                                   });
        set_line(e);
        make_function(std::move(code), flags);
        return;
      }
      case Kind::JoinedStr: {
        auto* j = e->as<JoinedStr>();
        for (const Node* v : j->values) expr(v);
        if (j->values.size() != 1 || !j->values[0]->is(Kind::Constant)) {
          u_->emit(Opcode::BUILD_STRING, static_cast<uint32_t>(j->values.size()));
        }
        return;
      }
      case Kind::FormattedValue: {
        auto* f = e->as<FormattedValue>();
        expr(f->value);
        uint32_t flags = 0;
        switch (f->conversion) {
          case 's': flags = 1; break;
          case 'r': flags = 2; break;
          case 'a': flags = 3; break;
          default: flags = 0;
        }
        if (f->format_spec) {
          expr(f->format_spec);
          flags |= 4;
        }
        u_->emit(Opcode::FORMAT_VALUE, flags);
        return;
      }
      case Kind::ListComp: return comprehension(e, e->as<ListComp>()->generators, "<listcomp>");
      case Kind::SetComp: return comprehension(e, e->as<SetComp>()->generators, "<setcomp>");
      case Kind::DictComp: return comprehension(e, e->as<DictComp>()->generators, "<dictcomp>");
      case Kind::GeneratorExp: return comprehension(e, e->as<GeneratorExp>()->generators, "<genexpr>");
      case Kind::Yield: {
        auto* y = e->as<Yield>();
        if (y->value) expr(y->value); else load_const_none();
        u_->emit(Opcode::YIELD_VALUE);
        return;
      }
      case Kind::YieldFrom: {
        // The delegation loop: SEND resumes the subiterator and leaves what it yielded for
        // YIELD_VALUE to pass up, until it is exhausted and SEND jumps out with its value.
        // (vm/generator.cpp relies on this shape: SEND, YIELD_VALUE, JUMP back.)
        expr(e->as<YieldFrom>()->value);
        u_->emit(Opcode::GET_YIELD_FROM_ITER);
        load_const_none();
        int send = u_->new_label(), exit = u_->new_label();
        u_->bind(send);
        u_->emit_jump(Opcode::SEND, exit);
        u_->emit(Opcode::YIELD_VALUE);
        u_->emit_jump(Opcode::JUMP, send);
        u_->bind(exit);
        return;
      }
      case Kind::Starred: throw Unsupported{"a starred expression here"};
      case Kind::Await: throw Unsupported{"await"};
      default: throw Unsupported{std::string("expression ") + kind_name(e->kind)};
    }
  }

  void compare(const Compare* c) {
    expr(c->left);
    int cleanup = u_->new_label(), end = u_->new_label();
    size_t n = c->ops.size();
    for (size_t i = 0; i < n; ++i) {
      expr(c->comparators[i]);
      if (i + 1 < n) {
        u_->emit(Opcode::SWAP, 2);
        u_->emit(Opcode::COPY, 2);
      }
      set_line(c);
      compare_op(c->ops[i]);
      if (i + 1 < n) u_->emit_jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
    }
    if (n > 1) {
      u_->emit_jump(Opcode::JUMP, end);
      u_->bind(cleanup);
      u_->emit(Opcode::SWAP, 2);
      u_->emit(Opcode::POP_TOP);
      u_->bind(end);
    }
  }

  void compare_op(CmpOperator op) {
    switch (op) {
      case CmpOperator::Eq: u_->emit(Opcode::COMPARE_OP, (uint32_t)vm::CompareOp::Eq); break;
      case CmpOperator::NotEq: u_->emit(Opcode::COMPARE_OP, (uint32_t)vm::CompareOp::Ne); break;
      case CmpOperator::Lt: u_->emit(Opcode::COMPARE_OP, (uint32_t)vm::CompareOp::Lt); break;
      case CmpOperator::LtE: u_->emit(Opcode::COMPARE_OP, (uint32_t)vm::CompareOp::Le); break;
      case CmpOperator::Gt: u_->emit(Opcode::COMPARE_OP, (uint32_t)vm::CompareOp::Gt); break;
      case CmpOperator::GtE: u_->emit(Opcode::COMPARE_OP, (uint32_t)vm::CompareOp::Ge); break;
      case CmpOperator::Is: u_->emit(Opcode::IS_OP, 0); break;
      case CmpOperator::IsNot: u_->emit(Opcode::IS_OP, 1); break;
      case CmpOperator::In: u_->emit(Opcode::CONTAINS_OP, 0); break;
      case CmpOperator::NotIn: u_->emit(Opcode::CONTAINS_OP, 1); break;
    }
  }

  static bool has_starred(const NodeList& elts) {
    for (const Node* e : elts) {
      if (e->is(Kind::Starred)) return true;
    }
    return false;
  }

  void sequence(const NodeList& elts, Opcode build) {
    if (!has_starred(elts)) {
      for (const Node* e : elts) expr(e);
      u_->emit(build, static_cast<uint32_t>(elts.size()));
      return;
    }
    bool is_set = build == Opcode::BUILD_SET;
    u_->emit(is_set ? Opcode::BUILD_SET : Opcode::BUILD_LIST, 0);
    for (const Node* e : elts) {
      if (auto* s = e->as<Starred>()) {
        expr(s->value);
        u_->emit(is_set ? Opcode::SET_UPDATE : Opcode::LIST_EXTEND, 1);
      } else {
        expr(e);
        u_->emit(is_set ? Opcode::SET_ADD : Opcode::LIST_APPEND, 1);
      }
    }
    if (build == Opcode::BUILD_TUPLE) u_->emit(Opcode::LIST_TO_TUPLE);
  }

  static bool all_constant(const NodeList& elts) {
    for (const Node* e : elts) {
      if (!folded_constant(e)) return false;
    }
    return true;
  }

  // A set display. CPython compiles one of more than two constants as BUILD_SET 0, LOAD_CONST
  // frozenset, SET_UPDATE: the set is then a merge of the frozenset's table, whose slot order
  // can differ from adding the items one by one. BUILD_SET n of the items builds that same
  // table (adding them in order, as the frozenset was), and SET_UPDATE merges it likewise.
  void set_display(const NodeList& elts) {
    if (elts.size() <= 2 || !all_constant(elts)) return sequence(elts, Opcode::BUILD_SET);
    u_->emit(Opcode::BUILD_SET, 0);
    sequence(elts, Opcode::BUILD_SET);
    u_->emit(Opcode::SET_UPDATE, 1);
  }

  // The iterable of a for loop or comprehension. CPython turns a set display of constants there
  // into a frozenset constant, iterated as built: adding the items in order.
  void iterable(const Node* e) {
    if (auto* s = e->as<Set>(); s != nullptr && all_constant(s->elts)) return sequence(s->elts, Opcode::BUILD_SET);
    expr(e);
  }

  void dict(const Dict* d) {
    bool has_unpack = false;
    for (const Node* k : d->keys) has_unpack |= (k == nullptr);
    if (!has_unpack) {
      for (size_t i = 0; i < d->keys.size(); ++i) {
        expr(d->keys[i]);
        expr(d->values[i]);
      }
      u_->emit(Opcode::BUILD_MAP, static_cast<uint32_t>(d->keys.size()));
      return;
    }
    u_->emit(Opcode::BUILD_MAP, 0);
    for (size_t i = 0; i < d->keys.size(); ++i) {
      if (d->keys[i]) {
        expr(d->keys[i]);
        expr(d->values[i]);
        u_->emit(Opcode::MAP_ADD, 1);
      } else {
        expr(d->values[i]);
        u_->emit(Opcode::DICT_UPDATE, 1);
      }
    }
  }

  void call(const Call* c) {
    bool simple = !has_starred(c->args);
    for (const Node* k : c->keywords) simple &= k->as<keyword>()->arg.data() != nullptr;
    if (auto* a = c->func->as<Attribute>(); a && simple) {
      expr(a->value);
      set_line(a);
      u_->emit(Opcode::LOAD_METHOD, u_->add_name(mangled(a->attr)));
      call_arguments(c->args, c->keywords, 0, c);
      return;
    }
    u_->emit(Opcode::PUSH_NULL);
    expr(c->func);
    call_arguments(c->args, c->keywords, 0, c);
  }

  // Arguments of a call whose [A, callable] are on the stack, `extra` positional arguments
  // already pushed after them (class definitions push the body function and the name).
  void call_arguments(const NodeList& args, const NodeList& keywords, uint32_t extra,
                      const Node* at = nullptr) {
    bool simple = !has_starred(args);
    for (const Node* k : keywords) simple &= k->as<keyword>()->arg.data() != nullptr;
    if (simple) {
      for (const Node* a : args) expr(a);
      std::vector<Value> names;
      for (const Node* k : keywords) {
        expr(k->as<keyword>()->value);
        vm::Ref s = vm::make_str(k->as<keyword>()->arg);
        names.push_back(s.release());
      }
      if (at) set_line(at);
      if (!names.empty()) {
        vm::Ref t = vm::make_tuple(std::span<const Value>(names));
        for (Value v : names) vm::decref(v);
        u_->emit(Opcode::KW_NAMES, u_->add_const(t.release(), ""));
      }
      u_->emit(Opcode::CALL, static_cast<uint32_t>(extra + args.size() + keywords.size()));
      return;
    }
    // General form: a positional tuple and a keyword dict.
    u_->emit(Opcode::BUILD_LIST, extra);
    for (const Node* a : args) {
      if (auto* s = a->as<Starred>()) {
        expr(s->value);
        u_->emit(Opcode::LIST_EXTEND, 1);
      } else {
        expr(a);
        u_->emit(Opcode::LIST_APPEND, 1);
      }
    }
    u_->emit(Opcode::LIST_TO_TUPLE);
    uint32_t flags = 0;
    if (!keywords.empty()) {
      u_->emit(Opcode::BUILD_MAP, 0);
      for (const Node* k : keywords) {
        auto* kw = k->as<keyword>();
        if (kw->arg.data()) {
          load_const_str(kw->arg);
          expr(kw->value);
          u_->emit(Opcode::BUILD_MAP, 1);
          u_->emit(Opcode::DICT_MERGE, 1);
        } else {
          expr(kw->value);
          u_->emit(Opcode::DICT_MERGE, 1);
        }
      }
      flags = 1;
    }
    if (at) set_line(at);
    u_->emit(Opcode::CALL_FUNCTION_EX, flags);
  }

  void comprehension(const Node* e, const NodeList& generators, const char* name) {
    bool is_generator = e->is(Kind::GeneratorExp);
    auto* gen0 = generators[0]->as<ast::comprehension>();
    vm::Ref code = nested_unit(e, name, child_qualname(name), u_->private_name, e->pos.lineno,
                               nullptr, [&] {
                                 load_none_first_const();
                                 if (is_generator) {
                                   comprehension_body(e, generators, 0, 0);
                                   load_const_none();
                                   u_->emit(Opcode::RETURN_VALUE);
                                   return;
                                 }
                                 Opcode build = e->is(Kind::ListComp)  ? Opcode::BUILD_LIST
                                                : e->is(Kind::SetComp) ? Opcode::BUILD_SET
                                                                       : Opcode::BUILD_MAP;
                                 u_->emit(build, 0);
                                 comprehension_body(e, generators, 0, 1);
                                 u_->emit(Opcode::RETURN_VALUE);
                               });
    static_cast<vm::Code*>(code.get().as_object())->argcount = 1;
    u_->emit(Opcode::PUSH_NULL);
    make_function(std::move(code), 0);
    iterable(gen0->iter);
    set_line(e);
    u_->emit(Opcode::GET_ITER);
    u_->emit(Opcode::CALL, 1);
  }

  // The loops of a comprehension; `depth` is how many values (the result container) lie below
  // the loop iterators on the stack.
  void comprehension_body(const Node* e, const NodeList& generators, size_t index, int depth) {
    auto* gen = generators[index]->as<ast::comprehension>();
    if (gen->is_async) throw Unsupported{"async comprehensions"};
    int top = u_->new_label(), end = u_->new_label(), skip = u_->new_label();
    if (index == 0) {
      u_->emit(Opcode::LOAD_FAST, 0);  // .0
    } else {
      iterable(gen->iter);
      u_->emit(Opcode::GET_ITER);
    }
    u_->bind(top);
    u_->emit_jump(Opcode::FOR_ITER, end);
    store(gen->target);
    for (const Node* cond : gen->ifs) jump_if(cond, false, skip);
    if (index + 1 < generators.size()) {
      comprehension_body(e, generators, index + 1, depth);
    } else {
      int below = static_cast<int>(generators.size()) + depth;  // iterators + container
      switch (e->kind) {
        case Kind::ListComp:
          expr(e->as<ListComp>()->elt);
          u_->emit(Opcode::LIST_APPEND, below);
          break;
        case Kind::SetComp:
          expr(e->as<SetComp>()->elt);
          u_->emit(Opcode::SET_ADD, below);
          break;
        case Kind::DictComp:
          expr(e->as<DictComp>()->key);
          expr(e->as<DictComp>()->value);
          u_->emit(Opcode::MAP_ADD, below);
          break;
        case Kind::GeneratorExp:
          expr(e->as<GeneratorExp>()->elt);
          u_->emit(Opcode::YIELD_VALUE);
          u_->emit(Opcode::POP_TOP);
          break;
        default: break;
      }
    }
    u_->bind(skip);
    u_->emit_jump(Opcode::JUMP, top);
    u_->bind(end);
  }

  const SymbolTable& table_;
  std::string filename_;
  bool interactive_ = false;  // 'single' mode: top-level expression statements display
  CodeUnit* u_ = nullptr;
};

}  // namespace

CodegenResult generate_module(const ast::Node* module, const SymbolTable& table,
                              std::string_view filename) {
  CodegenResult result;
  try {
    Codegen gen(table, filename);
    if (const auto* m = module->as<Module>()) {
      result.code = gen.module(m);
    } else if (const auto* i = module->as<Interactive>()) {
      result.code = gen.interactive(i);
    } else {
      result.code = gen.expression(module->as<Expression>());
    }
  } catch (const Unsupported& u) {
    result.error = "gyre does not support " + u.what + " yet";
  }
  return result;
}

}  // namespace gyre::compiler
