// mappingproxy (types.MappingProxyType): a read-only view of a mapping; `cls.__dict__`.
#pragma once

#include "vm/object.hpp"

namespace gyre::vm {

struct Type;
extern Type* mappingproxy_type;

Ref make_mappingproxy(Value mapping);

}  // namespace gyre::vm
