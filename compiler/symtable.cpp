// The symbol table: a transcription of CPython 3.11's Python/symtable.c (visit order, flags,
// error checks and their positions, analysis), on Gyre's AST. Function names follow
// CPython's so that the two can be read side by side.
#include "compiler/symtable.hpp"

#include <algorithm>
#include <unordered_set>
#include <utility>

#include "compiler/ast_opt.hpp"

namespace gyre::compiler {

// ---------------------------------------------------------------------------------------------
// Blocks and the table

const Symbol* Block::lookup(std::string_view mangled_name) const {
  auto it = index_.find(mangled_name);
  return it == index_.end() ? nullptr : &symbols[it->second];
}

uint32_t Block::flags(std::string_view mangled_name) const {
  const Symbol* s = lookup(mangled_name);
  return s ? s->flags : 0;
}

Scope Block::scope(std::string_view mangled_name) const {
  const Symbol* s = lookup(mangled_name);
  return s ? s->scope : Scope::None;
}

Symbol& Block::symbol(std::string_view mangled_name) {
  auto it = index_.find(mangled_name);
  if (it != index_.end()) return symbols[it->second];
  index_.emplace(std::string(mangled_name), symbols.size());
  symbols.push_back(Symbol{std::string(mangled_name), 0, Scope::None});
  return symbols.back();
}

const Block* SymbolTable::lookup(const ast::Node* node) const {
  auto it = by_node_.find(node);
  return it == by_node_.end() ? nullptr : it->second;
}

std::string mangle(std::string_view private_name, std::string_view name) {
  if (private_name.data() == nullptr || name.size() < 2 || name[0] != '_' || name[1] != '_') {
    return std::string(name);
  }
  // Don't mangle __id__ or dotted names (only imports have those).
  if ((name.size() >= 2 && name.ends_with("__")) || name.find('.') != std::string_view::npos) {
    return std::string(name);
  }
  size_t strip = private_name.find_first_not_of('_');
  if (strip == std::string_view::npos) return std::string(name);  // class named "___"
  std::string out = "_";
  out += private_name.substr(strip);
  out += name;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Pass 1: the visit

class SymtableBuilder {
 public:
  SymtableBuilder(const FutureFeatures& future, SymtableOptions options, RawError& error)
      : future_(future), options_(options), error_(error) {}

  std::unique_ptr<SymbolTable> build(const ast::Node* module) {
    table_ = std::make_unique<SymbolTable>();
    table_->future = future_;
    enter_block("top", BlockType::Module, module, ast::Position{});
    top_ = cur_;
    table_->top_ = top_;
    bool ok = true;
    if (const auto* mod = module->as<ast::Module>()) {
      ok = visit_stmts(mod->body);
    } else if (const auto* inter = module->as<ast::Interactive>()) {
      ok = visit_stmts(inter->body);
    } else if (const auto* expr = module->as<ast::Expression>()) {
      ok = visit_expr(expr->body);
    }
    if (!ok) return nullptr;
    exit_block();
    return std::move(table_);
  }

 private:
  bool fail_at(std::string msg, const ast::Position& pos) {
    error_ = ranged_error(std::move(msg), pos);
    return false;
  }

  // symtable_enter_block. Annotation blocks are nobody's child and are not looked up by node.
  void enter_block(std::string name, BlockType type, const ast::Node* node,
                   const ast::Position& pos) {
    auto owned = std::make_unique<Block>();
    Block* ste = owned.get();
    table_->blocks_.push_back(std::move(owned));
    ste->type = type;
    ste->name = std::move(name);
    ste->node = node;
    ste->pos = pos;
    ste->parent = cur_;
    if (cur_ != nullptr && (cur_->nested || cur_->type == BlockType::Function)) ste->nested = true;
    // bpo-37757: no walrus anywhere in a comprehension's iterable, not even in a nested
    // comprehension or lambda there.
    if (cur_ != nullptr) ste->comp_iter_expr_ = cur_->comp_iter_expr_;
    stack_.push_back(ste);
    Block* prev = cur_;
    cur_ = ste;
    if (type == BlockType::Annotation) return;
    table_->by_node_[node] = ste;
    if (prev != nullptr) prev->children.push_back(ste);
  }

  void exit_block() {
    stack_.pop_back();
    cur_ = stack_.empty() ? nullptr : stack_.back();
  }

  // symtable_lookup: the flags of `name` (mangled) in the current block.
  uint32_t lookup(std::string_view name) const { return cur_->flags(mangle(private_, name)); }

  bool add_def(std::string_view name, uint32_t flag, const ast::Position& pos) {
    return add_def_helper(name, flag, cur_, pos);
  }

  // symtable_add_def_helper.
  bool add_def_helper(std::string_view name, uint32_t flag, Block* ste, const ast::Position& pos) {
    std::string mangled = mangle(private_, name);
    uint32_t val = flag;
    if (const Symbol* existing = ste->lookup(mangled)) {
      if ((flag & kDefParam) && (existing->flags & kDefParam)) {
        return fail_at("duplicate argument '" + std::string(name) + "' in function definition",
                       pos);
      }
      val = existing->flags | flag;
    }
    if (ste->comp_iter_target_) {
      // An iteration variable of a comprehension: it may not rebind a walrus target, and a later
      // walrus may not rebind it.
      if (val & (kDefGlobal | kDefNonlocal)) {
        return fail_at("comprehension inner loop cannot rebind assignment expression target '" +
                           std::string(name) + "'",
                       pos);
      }
      val |= kDefCompIter;
    }
    Symbol& symbol = ste->symbol(mangled);
    symbol.flags = val;
    if (flag & kDefParam) {
      ste->varnames.push_back(mangled);
    } else if (flag & kDefGlobal) {
      // A global declaration anywhere marks the module's symbol too (st_global).
      top_->symbol(mangled).flags |= flag;
    }
    return true;
  }

  void record_directive(std::string_view name, const ast::Position& pos) {
    cur_->directives_.push_back(Block::Directive{mangle(private_, name), pos});
  }

  // symtable_implicit_arg: the ".0" parameter of a comprehension.
  bool implicit_arg(int index) {
    return add_def("." + std::to_string(index), kDefParam, cur_->pos);
  }

  bool visit_stmts(const ast::NodeList& stmts) {
    for (const ast::Node* s : stmts) {
      if (!visit_stmt(s)) return false;
    }
    return true;
  }

  bool visit_exprs(const ast::NodeList& exprs) {
    for (const ast::Node* e : exprs) {
      if (e != nullptr && !visit_expr(e)) return false;  // nulls: Dict keys, kw_defaults
    }
    return true;
  }

  template <typename Def>
  bool visit_function(const Def* s, bool is_async) {
    if (!add_def(s->name, kDefLocal, s->pos)) return false;
    const auto* args = static_cast<const ast::arguments*>(s->args);
    if (!visit_exprs(args->defaults)) return false;
    if (!visit_exprs(args->kw_defaults)) return false;
    if (!visit_annotations(s, args, s->returns)) return false;
    if (!visit_exprs(s->decorator_list)) return false;
    enter_block(std::string(s->name), BlockType::Function, s, s->pos);
    if (is_async) cur_->coroutine = true;
    if (!visit_arguments(args)) return false;
    if (!visit_stmts(s->body)) return false;
    exit_block();
    return true;
  }

  bool visit_stmt(const ast::Node* s) {
    switch (s->kind) {
      case ast::Kind::FunctionDef:
        return visit_function(static_cast<const ast::FunctionDef*>(s), false);
      case ast::Kind::AsyncFunctionDef:
        return visit_function(static_cast<const ast::AsyncFunctionDef*>(s), true);
      case ast::Kind::ClassDef: {
        const auto* c = static_cast<const ast::ClassDef*>(s);
        if (!add_def(c->name, kDefLocal, c->pos)) return false;
        if (!visit_exprs(c->bases)) return false;
        for (const ast::Node* k : c->keywords) {
          if (!visit_expr(static_cast<const ast::keyword*>(k)->value)) return false;
        }
        if (!visit_exprs(c->decorator_list)) return false;
        enter_block(std::string(c->name), BlockType::Class, c, c->pos);
        std::string_view saved = private_;
        private_ = c->name;
        if (!visit_stmts(c->body)) return false;
        private_ = saved;
        exit_block();
        return true;
      }
      case ast::Kind::Return: {
        const auto* r = static_cast<const ast::Return*>(s);
        if (r->value != nullptr) {
          if (!visit_expr(r->value)) return false;
          cur_->returns_value = true;
        }
        return true;
      }
      case ast::Kind::Delete:
        return visit_exprs(static_cast<const ast::Delete*>(s)->targets);
      case ast::Kind::Assign: {
        const auto* a = static_cast<const ast::Assign*>(s);
        return visit_exprs(a->targets) && visit_expr(a->value);
      }
      case ast::Kind::AnnAssign:
        return visit_annassign(static_cast<const ast::AnnAssign*>(s));
      case ast::Kind::AugAssign: {
        const auto* a = static_cast<const ast::AugAssign*>(s);
        return visit_expr(a->target) && visit_expr(a->value);
      }
      case ast::Kind::For: {
        const auto* f = static_cast<const ast::For*>(s);
        return visit_expr(f->target) && visit_expr(f->iter) && visit_stmts(f->body) &&
               visit_stmts(f->orelse);
      }
      case ast::Kind::AsyncFor: {
        const auto* f = static_cast<const ast::AsyncFor*>(s);
        return visit_expr(f->target) && visit_expr(f->iter) && visit_stmts(f->body) &&
               visit_stmts(f->orelse);
      }
      case ast::Kind::While: {
        const auto* w = static_cast<const ast::While*>(s);
        return visit_expr(w->test) && visit_stmts(w->body) && visit_stmts(w->orelse);
      }
      case ast::Kind::If: {
        const auto* i = static_cast<const ast::If*>(s);
        return visit_expr(i->test) && visit_stmts(i->body) && visit_stmts(i->orelse);
      }
      case ast::Kind::Raise: {
        const auto* r = static_cast<const ast::Raise*>(s);
        if (r->exc != nullptr) {
          if (!visit_expr(r->exc)) return false;
          if (r->cause != nullptr && !visit_expr(r->cause)) return false;
        }
        return true;
      }
      case ast::Kind::Try: {
        const auto* t = static_cast<const ast::Try*>(s);
        return visit_stmts(t->body) && visit_stmts(t->orelse) && visit_handlers(t->handlers) &&
               visit_stmts(t->finalbody);
      }
      case ast::Kind::TryStar: {
        const auto* t = static_cast<const ast::TryStar*>(s);
        return visit_stmts(t->body) && visit_stmts(t->orelse) && visit_handlers(t->handlers) &&
               visit_stmts(t->finalbody);
      }
      case ast::Kind::Assert: {
        const auto* a = static_cast<const ast::Assert*>(s);
        return visit_expr(a->test) && (a->msg == nullptr || visit_expr(a->msg));
      }
      case ast::Kind::Import:
        return visit_aliases(static_cast<const ast::Import*>(s)->names);
      case ast::Kind::ImportFrom:
        return visit_aliases(static_cast<const ast::ImportFrom*>(s)->names);
      case ast::Kind::Global:
        return visit_declaration(s, static_cast<const ast::Global*>(s)->names, true);
      case ast::Kind::Nonlocal:
        return visit_declaration(s, static_cast<const ast::Nonlocal*>(s)->names, false);
      case ast::Kind::Expr:
        return visit_expr(static_cast<const ast::Expr*>(s)->value);
      case ast::Kind::Pass:
      case ast::Kind::Break:
      case ast::Kind::Continue:
        return true;
      case ast::Kind::With:
        return visit_withitems(static_cast<const ast::With*>(s)->items) &&
               visit_stmts(static_cast<const ast::With*>(s)->body);
      case ast::Kind::AsyncWith:
        return visit_withitems(static_cast<const ast::AsyncWith*>(s)->items) &&
               visit_stmts(static_cast<const ast::AsyncWith*>(s)->body);
      default:
        return true;
    }
  }

  // `global a, b` / `nonlocal a, b`: a name already used, assigned, annotated or a parameter in
  // this block cannot be declared any more.
  bool visit_declaration(const ast::Node* s, const ast::IdentList& names, bool global) {
    for (ast::Ident name : names) {
      uint32_t cur = lookup(name);
      if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
        const char* what = global ? "global" : "nonlocal";
        std::string msg = "name '" + std::string(name) + "' ";
        if (cur & kDefParam) {
          msg += std::string("is parameter and ") + what;
        } else if (cur & kUse) {
          msg += std::string("is used prior to ") + what + " declaration";
        } else if (cur & kDefAnnot) {
          msg = "annotated name '" + std::string(name) + "' can't be " + what;
        } else {
          msg += std::string("is assigned to before ") + what + " declaration";
        }
        return fail_at(std::move(msg), s->pos);
      }
      if (!add_def(name, global ? kDefGlobal : kDefNonlocal, s->pos)) return false;
      record_directive(name, s->pos);
    }
    return true;
  }

  bool visit_annassign(const ast::AnnAssign* s) {
    if (const auto* target = s->target->as<ast::Name>()) {
      uint32_t cur = lookup(target->id);
      if ((cur & (kDefGlobal | kDefNonlocal)) && cur_ != top_ && s->simple) {
        return fail_at("annotated name '" + std::string(target->id) + "' can't be " +
                           ((cur & kDefGlobal) ? "global" : "nonlocal"),
                       s->pos);
      }
      if (s->simple) {
        if (!add_def(target->id, kDefAnnot | kDefLocal, target->pos)) return false;
      } else if (s->value != nullptr) {
        if (!add_def(target->id, kDefLocal, target->pos)) return false;
      }
    } else {
      if (!visit_expr(s->target)) return false;
    }
    if (!visit_annotation(s->annotation)) return false;
    return s->value == nullptr || visit_expr(s->value);
  }

  // symtable_visit_annotation: with `from __future__ import annotations` the annotation gets a
  // block of its own (where yield, await and walrus are errors).
  bool visit_annotation(const ast::Node* annotation) {
    if (future_.annotations)
      enter_block("_annotation", BlockType::Annotation, annotation, annotation->pos);
    if (!visit_expr(annotation)) return false;
    if (future_.annotations) exit_block();
    return true;
  }

  bool visit_argannotations(const ast::NodeList& args) {
    for (const ast::Node* a : args) {
      const auto* arg = static_cast<const ast::Arg*>(a);
      if (arg->annotation != nullptr && !visit_expr(arg->annotation)) return false;
    }
    return true;
  }

  // symtable_visit_annotations: parameter annotations (in one annotation block under the
  // future import), then the return annotation.
  bool visit_annotations(const ast::Node* def, const ast::arguments* a, const ast::Node* returns) {
    if (future_.annotations) enter_block("_annotation", BlockType::Annotation, def, def->pos);
    if (!visit_argannotations(a->posonlyargs)) return false;
    if (!visit_argannotations(a->args)) return false;
    if (a->vararg != nullptr) {
      const auto* v = static_cast<const ast::Arg*>(a->vararg);
      if (v->annotation != nullptr && !visit_expr(v->annotation)) return false;
    }
    if (a->kwarg != nullptr) {
      const auto* k = static_cast<const ast::Arg*>(a->kwarg);
      if (k->annotation != nullptr && !visit_expr(k->annotation)) return false;
    }
    if (!visit_argannotations(a->kwonlyargs)) return false;
    if (future_.annotations) exit_block();
    return returns == nullptr || visit_annotation(returns);
  }

  bool visit_params(const ast::NodeList& args) {
    for (const ast::Node* a : args) {
      if (!add_def(static_cast<const ast::Arg*>(a)->arg, kDefParam, a->pos)) return false;
    }
    return true;
  }

  // symtable_visit_arguments: the parameters, inside the function's block.
  bool visit_arguments(const ast::arguments* a) {
    if (!visit_params(a->posonlyargs)) return false;
    if (!visit_params(a->args)) return false;
    if (!visit_params(a->kwonlyargs)) return false;
    if (a->vararg != nullptr) {
      if (!add_def(static_cast<const ast::Arg*>(a->vararg)->arg, kDefParam, a->vararg->pos)) {
        return false;
      }
      cur_->varargs = true;
    }
    if (a->kwarg != nullptr) {
      if (!add_def(static_cast<const ast::Arg*>(a->kwarg)->arg, kDefParam, a->kwarg->pos)) {
        return false;
      }
      cur_->varkeywords = true;
    }
    return true;
  }

  bool visit_handlers(const ast::NodeList& handlers) {
    for (const ast::Node* h : handlers) {
      const auto* eh = static_cast<const ast::ExceptHandler*>(h);
      if (eh->type != nullptr && !visit_expr(eh->type)) return false;
      if (eh->name.data() != nullptr && !add_def(eh->name, kDefLocal, eh->pos)) return false;
      if (!visit_stmts(eh->body)) return false;
    }
    return true;
  }

  bool visit_withitems(const ast::NodeList& items) {
    for (const ast::Node* i : items) {
      const auto* item = static_cast<const ast::withitem*>(i);
      if (!visit_expr(item->context_expr)) return false;
      if (item->optional_vars != nullptr && !visit_expr(item->optional_vars)) return false;
    }
    return true;
  }

  // symtable_visit_alias: `import a.b` binds `a`; `import *` only at module level.
  bool visit_aliases(const ast::NodeList& names) {
    for (const ast::Node* n : names) {
      const auto* a = static_cast<const ast::alias*>(n);
      std::string_view name = a->asname.data() != nullptr ? a->asname : a->name;
      if (name == "*") {
        if (cur_->type != BlockType::Module) {
          return fail_at("import * only allowed at module level", a->pos);
        }
        continue;
      }
      std::string_view store_name = name.substr(0, name.find('.'));
      if (!add_def(store_name, kDefImport, a->pos)) return false;
    }
    return true;
  }

  // symtable_raise_if_annotation_block.
  bool check_not_in_annotation(const char* what, const ast::Node* e) {
    if (cur_->type != BlockType::Annotation) return true;
    return fail_at("'" + std::string(what) + "' can not be used within an annotation", e->pos);
  }

  // symtable_raise_if_comprehension_block: `yield` in a comprehension.
  bool fail_yield_in_comprehension(const ast::Node* e) {
    const char* msg = "'yield' inside generator expression";
    switch (cur_->comprehension) {
      case ComprehensionType::List:
        msg = "'yield' inside list comprehension";
        break;
      case ComprehensionType::Set:
        msg = "'yield' inside set comprehension";
        break;
      case ComprehensionType::Dict:
        msg = "'yield' inside dict comprehension";
        break;
      default:
        break;
    }
    return fail_at(msg, e->pos);
  }

  bool visit_expr(const ast::Node* e) {
    switch (e->kind) {
      case ast::Kind::NamedExpr:
        if (!check_not_in_annotation("named expression", e)) return false;
        return handle_namedexpr(static_cast<const ast::NamedExpr*>(e));
      case ast::Kind::BoolOp:
        return visit_exprs(static_cast<const ast::BoolOp*>(e)->values);
      case ast::Kind::BinOp: {
        const auto* b = static_cast<const ast::BinOp*>(e);
        return visit_expr(b->left) && visit_expr(b->right);
      }
      case ast::Kind::UnaryOp:
        return visit_expr(static_cast<const ast::UnaryOp*>(e)->operand);
      case ast::Kind::Lambda: {
        const auto* l = static_cast<const ast::Lambda*>(e);
        const auto* args = static_cast<const ast::arguments*>(l->args);
        if (!visit_exprs(args->defaults)) return false;
        if (!visit_exprs(args->kw_defaults)) return false;
        enter_block("lambda", BlockType::Function, e, e->pos);
        if (!visit_arguments(args)) return false;
        if (!visit_expr(l->body)) return false;
        exit_block();
        return true;
      }
      case ast::Kind::IfExp: {
        const auto* i = static_cast<const ast::IfExp*>(e);
        return visit_expr(i->test) && visit_expr(i->body) && visit_expr(i->orelse);
      }
      case ast::Kind::Dict: {
        const auto* d = static_cast<const ast::Dict*>(e);
        return visit_exprs(d->keys) && visit_exprs(d->values);
      }
      case ast::Kind::Set:
        return visit_exprs(static_cast<const ast::Set*>(e)->elts);
      case ast::Kind::GeneratorExp: {
        const auto* g = static_cast<const ast::GeneratorExp*>(e);
        return handle_comprehension(e, "genexpr", g->generators, g->elt, nullptr);
      }
      case ast::Kind::ListComp: {
        const auto* l = static_cast<const ast::ListComp*>(e);
        return handle_comprehension(e, "listcomp", l->generators, l->elt, nullptr);
      }
      case ast::Kind::SetComp: {
        const auto* s = static_cast<const ast::SetComp*>(e);
        return handle_comprehension(e, "setcomp", s->generators, s->elt, nullptr);
      }
      case ast::Kind::DictComp: {
        const auto* d = static_cast<const ast::DictComp*>(e);
        return handle_comprehension(e, "dictcomp", d->generators, d->key, d->value);
      }
      case ast::Kind::Yield: {
        if (!check_not_in_annotation("yield expression", e)) return false;
        const auto* y = static_cast<const ast::Yield*>(e);
        if (y->value != nullptr && !visit_expr(y->value)) return false;
        cur_->generator = true;
        if (cur_->comprehension != ComprehensionType::None) return fail_yield_in_comprehension(e);
        return true;
      }
      case ast::Kind::YieldFrom: {
        if (!check_not_in_annotation("yield expression", e)) return false;
        if (!visit_expr(static_cast<const ast::YieldFrom*>(e)->value)) return false;
        cur_->generator = true;
        if (cur_->comprehension != ComprehensionType::None) return fail_yield_in_comprehension(e);
        return true;
      }
      case ast::Kind::Await:
        if (!check_not_in_annotation("await expression", e)) return false;
        if (!visit_expr(static_cast<const ast::Await*>(e)->value)) return false;
        cur_->coroutine = true;
        return true;
      case ast::Kind::Compare: {
        const auto* c = static_cast<const ast::Compare*>(e);
        return visit_expr(c->left) && visit_exprs(c->comparators);
      }
      case ast::Kind::Call: {
        const auto* c = static_cast<const ast::Call*>(e);
        if (!visit_expr(c->func) || !visit_exprs(c->args)) return false;
        for (const ast::Node* k : c->keywords) {
          if (!visit_expr(static_cast<const ast::keyword*>(k)->value)) return false;
        }
        return true;
      }
      case ast::Kind::FormattedValue: {
        const auto* f = static_cast<const ast::FormattedValue*>(e);
        return visit_expr(f->value) && (f->format_spec == nullptr || visit_expr(f->format_spec));
      }
      case ast::Kind::JoinedStr:
        return visit_exprs(static_cast<const ast::JoinedStr*>(e)->values);
      case ast::Kind::Constant:
        return true;
      case ast::Kind::Attribute:
        return visit_expr(static_cast<const ast::Attribute*>(e)->value);
      case ast::Kind::Subscript: {
        const auto* s = static_cast<const ast::Subscript*>(e);
        return visit_expr(s->value) && visit_expr(s->slice);
      }
      case ast::Kind::Starred:
        return visit_expr(static_cast<const ast::Starred*>(e)->value);
      case ast::Kind::Slice: {
        const auto* s = static_cast<const ast::Slice*>(e);
        return (s->lower == nullptr || visit_expr(s->lower)) &&
               (s->upper == nullptr || visit_expr(s->upper)) &&
               (s->step == nullptr || visit_expr(s->step));
      }
      case ast::Kind::Name: {
        const auto* n = static_cast<const ast::Name*>(e);
        if (options_.fold_debug && is_debug_load(n)) return true;  // a constant by now
        if (!add_def(n->id, n->ctx == ast::Ctx::Load ? kUse : kDefLocal, e->pos)) return false;
        // `super` (in any function-like block) counts as a use of `__class__`.
        if (n->ctx == ast::Ctx::Load && cur_->type == BlockType::Function && n->id == "super") {
          if (!add_def("__class__", kUse, e->pos)) return false;
        }
        return true;
      }
      case ast::Kind::List:
        return visit_exprs(static_cast<const ast::List*>(e)->elts);
      case ast::Kind::Tuple:
        return visit_exprs(static_cast<const ast::Tuple*>(e)->elts);
      default:
        return true;
    }
  }

  // symtable_handle_comprehension.
  bool handle_comprehension(const ast::Node* e, const char* scope_name,
                            const ast::NodeList& generators, const ast::Node* elt,
                            const ast::Node* value) {
    bool is_generator = e->kind == ast::Kind::GeneratorExp;
    const auto* outermost = static_cast<const ast::comprehension*>(generators[0]);
    // The outermost iterable is evaluated in the enclosing block.
    cur_->comp_iter_expr_++;
    if (!visit_expr(outermost->iter)) return false;
    cur_->comp_iter_expr_--;
    enter_block(scope_name, BlockType::Function, e, e->pos);
    switch (e->kind) {
      case ast::Kind::ListComp:
        cur_->comprehension = ComprehensionType::List;
        break;
      case ast::Kind::SetComp:
        cur_->comprehension = ComprehensionType::Set;
        break;
      case ast::Kind::DictComp:
        cur_->comprehension = ComprehensionType::Dict;
        break;
      default:
        cur_->comprehension = ComprehensionType::Generator;
        break;
    }
    if (outermost->is_async) cur_->coroutine = true;
    if (!implicit_arg(0)) return false;
    cur_->comp_iter_target_ = true;
    if (!visit_expr(outermost->target)) return false;
    cur_->comp_iter_target_ = false;
    if (!visit_exprs(outermost->ifs)) return false;
    for (size_t i = 1; i < generators.size(); ++i) {
      if (!visit_comprehension(static_cast<const ast::comprehension*>(generators[i]))) {
        return false;
      }
    }
    if (value != nullptr && !visit_expr(value)) return false;  // a dict comprehension's value
    if (!visit_expr(elt)) return false;                        // comes before its key
    cur_->generator = is_generator;
    bool is_async = cur_->coroutine && !is_generator;
    exit_block();
    // An async list/set/dict comprehension makes its enclosing block a coroutine (3.11).
    if (is_async) cur_->coroutine = true;
    return true;
  }

  // symtable_visit_comprehension: an inner `for` of a comprehension.
  bool visit_comprehension(const ast::comprehension* lc) {
    cur_->comp_iter_target_ = true;
    if (!visit_expr(lc->target)) return false;
    cur_->comp_iter_target_ = false;
    cur_->comp_iter_expr_++;
    if (!visit_expr(lc->iter)) return false;
    cur_->comp_iter_expr_--;
    if (!visit_exprs(lc->ifs)) return false;
    if (lc->is_async) cur_->coroutine = true;
    return true;
  }

  // symtable_handle_namedexpr.
  bool handle_namedexpr(const ast::NamedExpr* e) {
    if (cur_->comp_iter_expr_ > 0) {
      return fail_at("assignment expression cannot be used in a comprehension iterable expression",
                     e->pos);
    }
    if (cur_->comprehension != ComprehensionType::None) {
      // Inside a comprehension: the target binds in the nearest enclosing function or module.
      if (!extend_namedexpr_scope(static_cast<const ast::Name*>(e->target))) return false;
    }
    return visit_expr(e->value) && visit_expr(e->target);
  }

  // symtable_extend_namedexpr_scope.
  bool extend_namedexpr_scope(const ast::Name* target) {
    std::string_view name = target->id;
    for (size_t i = stack_.size(); i-- > 0;) {
      Block* ste = stack_[i];
      if (ste->comprehension != ComprehensionType::None) {
        // CPython looks the name up unmangled here.
        if (ste->flags(name) & kDefCompIter) {
          return fail_at("assignment expression cannot rebind comprehension iteration variable '" +
                             std::string(name) + "'",
                         target->pos);
        }
        continue;
      }
      if (ste->type == BlockType::Function) {
        uint32_t flags = ste->flags(name);
        if (!add_def(name, (flags & kDefGlobal) ? kDefGlobal : kDefNonlocal, target->pos)) {
          return false;
        }
        record_directive(name, target->pos);
        return add_def_helper(name, kDefLocal, ste, target->pos);
      }
      if (ste->type == BlockType::Module) {
        if (!add_def(name, kDefGlobal, target->pos)) return false;
        record_directive(name, target->pos);
        return add_def_helper(name, kDefGlobal, ste, target->pos);
      }
      if (ste->type == BlockType::Class) {
        return fail_at(
            "assignment expression within a comprehension cannot be used in a class body",
            target->pos);
      }
    }
    return true;  // unreachable: the module is at the bottom of the stack
  }

  const FutureFeatures& future_;
  SymtableOptions options_;
  RawError& error_;
  std::unique_ptr<SymbolTable> table_;
  std::vector<Block*> stack_;
  Block* cur_ = nullptr;
  Block* top_ = nullptr;
  std::string_view private_;  // the enclosing class's name, for mangling (null: none)
};

// ---------------------------------------------------------------------------------------------
// Pass 2: the analysis

using NameSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

class SymtableAnalyzer {
 public:
  explicit SymtableAnalyzer(RawError& error) : error_(error) {}

  bool analyze(Block* top) {
    NameSet free, global;
    return analyze_block(top, nullptr, free, global);
  }

 private:
  // error_at_directive: the error is located at the block's first declaration of the name.
  bool fail_at_directive(const Block* ste, const std::string& name, std::string msg) {
    for (const auto& directive : ste->directives_) {
      if (directive.name == name) {
        error_ = ranged_error(std::move(msg), directive.pos);
        return false;
      }
    }
    error_ = RawError{};
    error_.type = "SystemError";
    error_.msg = "BUG: internal directive bookkeeping broken";
    return false;
  }

  // analyze_name: decides the scope of one name.
  bool analyze_name(Block* ste, Symbol& symbol, NameSet* bound, NameSet& local, NameSet& free,
                    NameSet& global) {
    const std::string& name = symbol.name;
    uint32_t flags = symbol.flags;
    if (flags & kDefGlobal) {
      if (flags & kDefNonlocal) {
        return fail_at_directive(ste, name, "name '" + name + "' is nonlocal and global");
      }
      symbol.scope = Scope::GlobalExplicit;
      global.insert(name);
      if (bound != nullptr) bound->erase(name);
      return true;
    }
    if (flags & kDefNonlocal) {
      if (bound == nullptr) {
        return fail_at_directive(ste, name, "nonlocal declaration not allowed at module level");
      }
      if (!bound->contains(name)) {
        return fail_at_directive(ste, name, "no binding for nonlocal '" + name + "' found");
      }
      symbol.scope = Scope::Free;
      ste->has_free = true;
      free.insert(name);
      return true;
    }
    if (flags & kDefBound) {
      symbol.scope = Scope::Local;
      local.insert(name);
      global.erase(name);
      return true;
    }
    // Bound in an enclosing function: free here. (A non-null bound means the block is nested.)
    if (bound != nullptr && bound->contains(name)) {
      symbol.scope = Scope::Free;
      ste->has_free = true;
      free.insert(name);
      return true;
    }
    // A parent declared it global: CPython calls it implicit all the same.
    if (global.contains(name)) {
      symbol.scope = Scope::GlobalImplicit;
      return true;
    }
    if (ste->nested) ste->has_free = true;
    symbol.scope = Scope::GlobalImplicit;
    return true;
  }

  bool analyze_block(Block* ste, NameSet* bound, NameSet& free, NameSet& global) {
    NameSet local, newglobal, newfree, newbound;
    const bool is_class = ste->type == BlockType::Class;
    // A class body's names are invisible to its nested functions: they see what the class saw.
    if (is_class) {
      newglobal = global;
      if (bound != nullptr) newbound = *bound;
    }
    for (Symbol& symbol : ste->symbols) {
      if (!analyze_name(ste, symbol, bound, local, free, global)) return false;
    }
    if (!is_class) {
      if (ste->type == BlockType::Function) newbound.insert(local.begin(), local.end());
      if (bound != nullptr) newbound.insert(bound->begin(), bound->end());
      newglobal.insert(global.begin(), global.end());
    } else {
      newbound.insert("__class__");
    }
    NameSet allfree;
    for (Block* child : ste->children) {
      if (!analyze_child_block(child, newbound, newfree, newglobal, allfree)) return false;
      if (child->has_free || child->child_free) ste->child_free = true;
    }
    newfree.insert(allfree.begin(), allfree.end());
    if (ste->type == BlockType::Function) {
      analyze_cells(ste, newfree);
    } else if (is_class) {
      if (newfree.erase("__class__") != 0) ste->needs_class_closure = true;
    }
    update_symbols(ste, bound, newfree, is_class);
    free.insert(newfree.begin(), newfree.end());
    return true;
  }

  bool analyze_child_block(Block* entry, const NameSet& bound, const NameSet& free,
                           const NameSet& global, NameSet& child_free) {
    NameSet temp_bound = bound, temp_global = global, temp_free = free;
    if (!analyze_block(entry, &temp_bound, temp_free, temp_global)) return false;
    child_free.insert(temp_free.begin(), temp_free.end());
    return true;
  }

  // A local that a nested block uses freely becomes a cell.
  static void analyze_cells(Block* ste, NameSet& free) {
    for (Symbol& symbol : ste->symbols) {
      if (symbol.scope == Scope::Local && free.erase(symbol.name) != 0) symbol.scope = Scope::Cell;
    }
  }

  // update_symbols: free names of nested blocks that pass through this block become its free
  // symbols (unless they are globals).
  static void update_symbols(Block* ste, const NameSet* bound, const NameSet& free, bool is_class) {
    std::vector<std::string> names(free.begin(), free.end());
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
      auto it = ste->index_.find(name);
      if (it != ste->index_.end()) {
        Symbol& symbol = ste->symbols[it->second];
        // A method's free variable named like a binding of its class.
        if (is_class && (symbol.flags & (kDefBound | kDefGlobal))) symbol.flags |= kDefFreeClass;
        continue;
      }
      if (bound != nullptr && !bound->contains(name)) continue;  // a global
      ste->symbol(name).scope = Scope::Free;
    }
  }

  RawError& error_;
};

std::unique_ptr<SymbolTable> build_symtable(const ast::Node* module, const FutureFeatures& future,
                                            RawError& error, SymtableOptions options) {
  SymtableBuilder builder(future, options, error);
  std::unique_ptr<SymbolTable> table = builder.build(module);
  if (table == nullptr) return nullptr;
  SymtableAnalyzer analyzer(error);
  if (!analyzer.analyze(const_cast<Block*>(table->top()))) return nullptr;
  return table;
}

// ---------------------------------------------------------------------------------------------
// Dump

namespace {

void dump_flags(std::string& out, uint32_t flags) {
  static constexpr std::pair<uint32_t, const char*> kNames[] = {
      {kDefGlobal, "DEF_GLOBAL"},
      {kDefLocal, "DEF_LOCAL"},
      {kDefParam, "DEF_PARAM"},
      {kDefNonlocal, "DEF_NONLOCAL"},
      {kUse, "USE"},
      {kDefFree, "DEF_FREE"},
      {kDefFreeClass, "DEF_FREE_CLASS"},
      {kDefImport, "DEF_IMPORT"},
      {kDefAnnot, "DEF_ANNOT"},
      {kDefCompIter, "DEF_COMP_ITER"},
  };
  bool any = false;
  for (const auto& [bit, name] : kNames) {
    if (flags & bit) {
      if (any) out += '|';
      out += name;
      any = true;
    }
  }
  if (!any) out += '-';
}

const char* scope_name(Scope scope) {
  switch (scope) {
    case Scope::Local:
      return "LOCAL";
    case Scope::GlobalExplicit:
      return "GLOBAL_EXPLICIT";
    case Scope::GlobalImplicit:
      return "GLOBAL_IMPLICIT";
    case Scope::Free:
      return "FREE";
    case Scope::Cell:
      return "CELL";
    default:
      return "NONE";
  }
}

const char* type_name(BlockType type) {
  switch (type) {
    case BlockType::Function:
      return "function";
    case BlockType::Class:
      return "class";
    case BlockType::Module:
      return "module";
    default:
      return "annotation";
  }
}

void dump_block(std::string& out, const Block* block, int depth) {
  std::string indent(static_cast<size_t>(depth) * 2, ' ');
  out += indent + type_name(block->type) + " " + block->name +
         " lineno=" + std::to_string(block->pos.lineno) + " nested=" + (block->nested ? "1" : "0") +
         "\n";
  out += indent + "  varnames:";
  for (const std::string& v : block->varnames) out += " " + v;
  out += "\n";
  // The symbols only nested blocks mention (no flags of their own) come last, sorted.
  size_t explicit_end = block->symbols.size();
  while (explicit_end > 0 && block->symbols[explicit_end - 1].flags == 0) --explicit_end;
  std::vector<const Symbol*> order;
  for (const Symbol& s : block->symbols) order.push_back(&s);
  std::sort(order.begin() + static_cast<long>(explicit_end), order.end(),
            [](const Symbol* a, const Symbol* b) { return a->name < b->name; });
  for (const Symbol* s : order) {
    out += indent + "  symbol " + s->name + ": ";
    dump_flags(out, s->flags);
    out += " ";
    out += scope_name(s->scope);
    out += "\n";
  }
  for (const Block* child : block->children) dump_block(out, child, depth + 1);
}

}  // namespace

std::string dump(const SymbolTable& table) {
  std::string out;
  dump_block(out, table.top(), 0);
  return out;
}

}  // namespace gyre::compiler
