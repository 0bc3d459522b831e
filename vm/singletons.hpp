// The singletons NotImplemented and Ellipsis (None is an immediate Value), with their types
// NoneType, NotImplementedType and ellipsis.
#pragma once

#include "vm/object.hpp"

namespace gyre::vm {

Value not_implemented();  // borrowed, immortal
Value ellipsis();         // borrowed, immortal
inline bool is_not_implemented(Value v) { return v == not_implemented(); }
inline Ref new_not_implemented() { return Ref::borrow(not_implemented()); }
inline Ref new_none() { return Ref::steal(Value::none()); }
inline Ref new_bool(bool b) { return Ref::steal(Value::boolean(b)); }

}  // namespace gyre::vm
