// Helpers for the VM kernel tests: runtime start-up, repr as std::string, the pending
// exception as "Type: message".
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "vm/abstract.hpp"
#include "vm/errors.hpp"
#include "vm/gc.hpp"
#include "vm/runtime.hpp"
#include "vm/str.hpp"
#include "vm/type.hpp"

namespace gyre::vm::testing {

class KernelTest : public ::testing::Test {
 protected:
  void SetUp() override { init_runtime(); }
  void TearDown() override {
    EXPECT_FALSE(error_pending()) << take_error();
    collect();  // classes made by a test form cycles (type -> mro -> type)
  }

 public:
  // repr(v) as text ("<repr failed: ...>" when it raises).
  static std::string repr_of(Value v) {
    Ref r = repr(v);
    if (!r) return "<repr failed: " + take_error() + ">";
    return std::string(as_str(r.get())->view());
  }
  static std::string str_of(Value v) {
    Ref r = str(v);
    if (!r) return "<str failed: " + take_error() + ">";
    return std::string(as_str(r.get())->view());
  }
  // The pending exception as "TypeError: message" (and clears it); "" when none.
  static std::string take_error() {
    Ref e = fetch_error();
    if (!e) return "";
    Ref s = str(e.get());
    std::string text = s ? std::string(as_str(s.get())->view()) : "?";
    return std::string(type_name(type_of(e.get()))) + ": " + text;
  }
  static Value small(int64_t i) { return Value::from_small_int(i); }
};

}  // namespace gyre::vm::testing
