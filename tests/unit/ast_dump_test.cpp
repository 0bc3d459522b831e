// gyre::ast::dump on trees built by hand. Every expected string is what CPython 3.11's
// ast.dump prints for the source in the comment above the test (and, for the second string of
// a test, ast.dump(..., include_attributes=True)).
#include "parser/ast_dump.hpp"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "parser/ast.hpp"

namespace gyre::ast {
namespace {

Position span(int col, int end_col) { return {1, col, 1, end_col}; }  // on line 1

Name* name(Tree& tree, std::string_view id, Position pos = {}, Ctx ctx = Ctx::Load) {
  auto* node = tree.make<Name>(pos);
  node->id = tree.intern(id);
  node->ctx = ctx;
  return node;
}

Constant* constant(Tree& tree, ConstantValue::Type type, std::string text = "",
                   Position pos = {}) {
  auto* node = tree.make<Constant>(pos);
  node->value.type = type;
  node->value.text = std::move(text);
  return node;
}

Module* module_of(Tree& tree, std::initializer_list<Node*> body) {
  auto* module = tree.make<Module>();
  module->body = body;
  tree.root = module;
  return module;
}

Expr* expr(Tree& tree, Node* value, Position pos = {}) {
  auto* node = tree.make<Expr>(pos);
  node->value = value;
  return node;
}

// x
TEST(AstDump, Name) {
  Tree tree;
  Module* module = module_of(tree, {expr(tree, name(tree, "x", span(0, 1)), span(0, 1))});
  EXPECT_EQ(dump(module), "Module(body=[Expr(value=Name(id='x', ctx=Load()))], type_ignores=[])");
  EXPECT_EQ(dump(module, true),
            "Module(body=[Expr(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, "
            "end_lineno=1, end_col_offset=1), lineno=1, col_offset=0, end_lineno=1, "
            "end_col_offset=1)], type_ignores=[])");
}

// def f(a): pass
FunctionDef* function_f(Tree& tree) {
  auto* param = tree.make<Arg>(span(6, 7));
  param->arg = tree.intern("a");
  auto* args = tree.make<arguments>();
  args->args = {param};
  auto* function = tree.make<FunctionDef>(span(0, 14));
  function->name = tree.intern("f");
  function->args = args;
  function->body = {tree.make<Pass>(span(10, 14))};
  return function;  // returns and type_comment stay absent
}

TEST(AstDump, FunctionDefWithoutReturns) {
  Tree tree;
  Module* module = module_of(tree, {function_f(tree)});
  EXPECT_EQ(dump(module),
            "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], "
            "kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], "
            "type_ignores=[])");
}

TEST(AstDump, FunctionDefWithPositions) {
  Tree tree;
  Module* module = module_of(tree, {function_f(tree)});
  EXPECT_EQ(dump(module, true),
            "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', "
            "lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], kwonlyargs=[], "
            "kw_defaults=[], defaults=[]), body=[Pass(lineno=1, col_offset=10, end_lineno=1, "
            "end_col_offset=14)], decorator_list=[], lineno=1, col_offset=0, end_lineno=1, "
            "end_col_offset=14)], type_ignores=[])");
}

// def g(a: int, *, b) -> None: ...
TEST(AstDump, FunctionDefWithAnnotationsAndKeywordOnly) {
  Tree tree;
  auto* a = tree.make<Arg>();
  a->arg = tree.intern("a");
  a->annotation = name(tree, "int");
  auto* b = tree.make<Arg>();
  b->arg = tree.intern("b");
  auto* args = tree.make<arguments>();
  args->args = {a};
  args->kwonlyargs = {b};
  args->kw_defaults = {nullptr};  // b has no default: None in CPython's list
  auto* function = tree.make<FunctionDef>();
  function->name = tree.intern("g");
  function->args = args;
  function->body = {expr(tree, constant(tree, ConstantValue::Type::Ellipsis))};
  function->returns = constant(tree, ConstantValue::Type::None);
  Module* module = module_of(tree, {function});
  EXPECT_EQ(dump(module),
            "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[arg(arg='a', "
            "annotation=Name(id='int', ctx=Load()))], kwonlyargs=[arg(arg='b')], "
            "kw_defaults=[None], defaults=[]), body=[Expr(value=Constant(value=Ellipsis))], "
            "decorator_list=[], returns=Constant(value=None))], type_ignores=[])");
}

// from . import x as y
TEST(AstDump, ImportFromWithoutModule) {
  Tree tree;
  auto* alias_node = tree.make<alias>();
  alias_node->name = tree.intern("x");
  alias_node->asname = tree.intern("y");
  auto* import = tree.make<ImportFrom>();
  import->names = {alias_node};
  import->level = 1;
  EXPECT_EQ(dump(module_of(tree, {import})),
            "Module(body=[ImportFrom(names=[alias(name='x', asname='y')], level=1)], "
            "type_ignores=[])");
}

// {**d, 1: 2}
TEST(AstDump, DictWithDoubleStar) {
  Tree tree;
  auto* dict = tree.make<Dict>();
  dict->keys = {nullptr, constant(tree, ConstantValue::Type::Int, "1")};
  dict->values = {name(tree, "d"), constant(tree, ConstantValue::Type::Int, "2")};
  EXPECT_EQ(dump(module_of(tree, {expr(tree, dict)})),
            "Module(body=[Expr(value=Dict(keys=[None, Constant(value=1)], "
            "values=[Name(id='d', ctx=Load()), Constant(value=2)]))], type_ignores=[])");
}

// global a, b
TEST(AstDump, Global) {
  Tree tree;
  auto* global = tree.make<Global>();
  global->names = {tree.intern("a"), tree.intern("b")};
  EXPECT_EQ(dump(module_of(tree, {global})),
            "Module(body=[Global(names=['a', 'b'])], type_ignores=[])");
}

// a < b not in c
TEST(AstDump, CompareChain) {
  Tree tree;
  auto* compare = tree.make<Compare>();
  compare->left = name(tree, "a");
  compare->ops = {CmpOperator::Lt, CmpOperator::NotIn};
  compare->comparators = {name(tree, "b"), name(tree, "c")};
  EXPECT_EQ(dump(module_of(tree, {expr(tree, compare)})),
            "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), NotIn()], "
            "comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], "
            "type_ignores=[])");
}

// u'it\'s'; None; True; 123456789012345678901234567890
TEST(AstDump, Constants) {
  Tree tree;
  Constant* str = constant(tree, ConstantValue::Type::Str, "it's");
  str->kind = tree.intern("u");
  Module* module = module_of(
      tree, {expr(tree, str), expr(tree, constant(tree, ConstantValue::Type::None)),
             expr(tree, constant(tree, ConstantValue::Type::True)),
             expr(tree, constant(tree, ConstantValue::Type::Int, "123456789012345678901234567890"))});
  EXPECT_EQ(dump(module),
            "Module(body=[Expr(value=Constant(value=\"it's\", kind='u')), "
            "Expr(value=Constant(value=None)), Expr(value=Constant(value=True)), "
            "Expr(value=Constant(value=123456789012345678901234567890))], type_ignores=[])");
}

// x[1:] = -y
TEST(AstDump, AssignToSlice) {
  Tree tree;
  auto* slice = tree.make<Slice>(span(2, 4));
  slice->lower = constant(tree, ConstantValue::Type::Int, "1", span(2, 3));
  auto* subscript = tree.make<Subscript>(span(0, 5));
  subscript->value = name(tree, "x", span(0, 1));
  subscript->slice = slice;
  subscript->ctx = Ctx::Store;
  auto* negation = tree.make<UnaryOp>(span(8, 10));
  negation->op = UnaryOperator::USub;
  negation->operand = name(tree, "y", span(9, 10));
  auto* assign = tree.make<Assign>(span(0, 10));
  assign->targets = {subscript};
  assign->value = negation;
  Module* module = module_of(tree, {assign});
  EXPECT_EQ(dump(module),
            "Module(body=[Assign(targets=[Subscript(value=Name(id='x', ctx=Load()), "
            "slice=Slice(lower=Constant(value=1)), ctx=Store())], value=UnaryOp(op=USub(), "
            "operand=Name(id='y', ctx=Load())))], type_ignores=[])");
  EXPECT_EQ(dump(module, true),
            "Module(body=[Assign(targets=[Subscript(value=Name(id='x', ctx=Load(), lineno=1, "
            "col_offset=0, end_lineno=1, end_col_offset=1), slice=Slice(lower=Constant(value=1, "
            "lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), lineno=1, col_offset=2, "
            "end_lineno=1, end_col_offset=4), ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
            "end_col_offset=5)], value=UnaryOp(op=USub(), operand=Name(id='y', ctx=Load(), "
            "lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=8, "
            "end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, "
            "end_col_offset=10)], type_ignores=[])");
}

}  // namespace
}  // namespace gyre::ast
