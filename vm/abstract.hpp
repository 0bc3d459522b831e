// The abstract object protocol: what the interpreter and builtins call on any value. Each
// function dispatches through the type slots (vm/type.hpp) with CPython's fallback rules and
// error messages.
//
// Convention (vm/object.hpp): arguments borrowed, Ref results new, absent Ref = exception
// pending; int results: -1 = exception pending (is_true, contains, set_item, ...).
#pragma once

#include <cstddef>
#include <cstdint>

#include "vm/object.hpp"
#include "vm/slots.hpp"

namespace gyre::vm {

struct Str;
struct Tuple;

Ref repr(Value v);  // a str; RecursionError-guarded
Ref str(Value v);   // a str (str(s) is s for an exact str)
// hash(v); -1 with TypeError "unhashable type: 'list'" pending on error.
int64_t hash(Value v);

// a <op> b with reflected operands and NotImplemented fallbacks; for == and != falls back to
// identity; otherwise TypeError "'<' not supported between instances of 'int' and 'str'".
Ref rich_compare(Value a, Value b, CompareOp op);
// The truth of rich_compare: 1, 0, -1 = error. Identity implies equality for Eq/Ne (as
// PyObject_RichCompareBool).
int rich_compare_bool(Value a, Value b, CompareOp op);
// a == b as containers compare elements (identity first): 1, 0, -1.
inline int equal(Value a, Value b) { return rich_compare_bool(a, b, CompareOp::Eq); }

int is_true(Value v);  // bool(v): 1, 0, -1 = error

// a <op> b: left slot, then right slot (the right first when type(b) is a proper subtype of
// type(a) and overrides the slot); TypeError "unsupported operand type(s) for +: 'int' and
// 'str'" when both give NotImplemented.
Ref binary_op(Value a, Value b, BinaryOp op);
// a <op>= b: the inplace slot first, then as binary_op; message uses "+=".
Ref inplace_op(Value a, Value b, BinaryOp op);
// -a, +a, abs(a), ~a; TypeError "bad operand type for unary -: 'str'" / "bad operand type for
// abs(): 'str'".
Ref unary_op(Value a, UnaryOp op);
// operator.index(v): an int; TypeError "'str' object cannot be interpreted as an integer".
Ref index(Value v);
// operator.index(v) as int64_t; OverflowError "cannot fit 'int' into an index-sized integer"
// for big ints. Returns false with an exception pending.
bool index_to_int64(Value v, int64_t& out);

// callable(*args, **kw) in vectorcall form (see CallSlot in vm/slots.hpp); TypeError "'int'
// object is not callable".
Ref call(Value callable, const Value* args, size_t nargs, Tuple* kwnames = nullptr);
inline Ref call0(Value callable) { return call(callable, nullptr, 0); }
Ref call1(Value callable, Value arg);
// Looks up method `name` on obj and calls it with args.
Ref call_method(Value obj, Str* name, const Value* args, size_t nargs);
bool is_callable(Value v);

Ref get_iter(Value v);   // iter(v); TypeError "'int' object is not iterable"
// iter(v) for str.join/bytes.join: TypeError "can only join an iterable" instead.
Ref get_iter_to_join(Value v);
// next(it): absent with NO exception pending = exhausted; absent with one = error.
// TypeError "'int' object is not an iterator".
Ref iter_next(Value iterator);

int64_t length(Value v);  // len(v); -1 error; TypeError "object of type 'int' has no len()"
Ref get_item(Value container, Value key);  // TypeError "'int' object is not subscriptable"
int set_item(Value container, Value key, Value value);  // "... does not support item assignment"
int del_item(Value container, Value key);               // "... doesn't support item deletion"
// `item in container`: the contains slot, else iteration; 1, 0, -1.
int contains(Value container, Value item);

}  // namespace gyre::vm
