// The thread state and the recursion guard. init_runtime lives in vm/bootstrap.cpp.
#include "vm/runtime.hpp"

#include "vm/errors.hpp"
#include "vm/exceptions.hpp"

namespace gyre::vm {

RecursionGuard::RecursionGuard(const char* where) {
  ThreadState& t = thread();
  if (t.recursion_depth >= t.recursion_limit) {
    ok_ = false;
    raise_format(recursion_error_type, "maximum recursion depth exceeded{}", where);
    return;
  }
  ++t.recursion_depth;
  ok_ = true;
}

namespace {
std::vector<Object*>& repr_stack() {
  static std::vector<Object*> stack;
  return stack;
}
}  // namespace

bool repr_enter(Object* o) {
  auto& stack = repr_stack();
  for (Object* x : stack)
    if (x == o) return true;
  stack.push_back(o);
  return false;
}

void repr_leave(Object* o) {
  auto& stack = repr_stack();
  for (size_t i = stack.size(); i-- > 0;)
    if (stack[i] == o) {
      stack.erase(stack.begin() + static_cast<ptrdiff_t>(i));
      return;
    }
}

RecursionGuard::~RecursionGuard() {
  if (ok_) --thread().recursion_depth;
}

}  // namespace gyre::vm
