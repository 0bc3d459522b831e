// Runs a function on a thread with a large stack and waits for it. The recursive descent of a
// PEG (and recursive walks of deep trees) use the C++ stack in proportion to nesting; a big
// reserved stack (only touched pages cost memory) lets nesting limits, not the 8 MB default,
// decide what input is too deep.
#pragma once

#include <cstddef>
#include <functional>

namespace gyre {

constexpr size_t kLargeStackBytes = size_t{1} << 30;  // 1 GiB reserved, committed on use

void run_on_large_stack(const std::function<void()>& body, size_t bytes = kLargeStackBytes);

}  // namespace gyre
