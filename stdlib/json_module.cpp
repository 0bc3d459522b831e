// The _json module: json.loads's parser, RapidJSON's SAX reader building Gyre objects.
// Numbers come through as their source text (kParseNumbersAsStringsFlag) so that ints of
// any size are exact and floats are rounded by Gyre's own float parsing, as CPython's. The
// reader only tells success from failure: on a syntax error stdlib/lib/json.py finds
// CPython's message and position itself (RapidJSON's wording and offsets differ).
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/stream.h>

#include <cmath>
#include <string>
#include <vector>

#include "stdlib/builtins.hpp"
#include "vm/abstract.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/list.hpp"
#include "vm/module.hpp"
#include "vm/native_function.hpp"
#include "vm/number/float_convert.hpp"
#include "vm/numbers.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::stdlib {

using namespace gyre::vm;

namespace {

// The optional hooks of json.loads (absent when not given).
struct Hooks {
  Value parse_float, parse_int, parse_constant, object_hook, object_pairs_hook;
};

// One open container: a list, or an object's alternating keys and values (kept as a flat
// vector so that object_pairs_hook sees duplicates and the order).
struct Frame {
  bool is_object;
  std::vector<Ref> items;
};

class Builder {
 public:
  explicit Builder(const Hooks& hooks) : hooks_(hooks) {}

  bool Null() { return add(Ref::borrow(Value::none())); }
  bool Bool(bool b) { return add(new_bool(b)); }
  bool Int(int i) { return add(make_int(i)); }
  bool Uint(unsigned u) { return add(make_int(static_cast<int64_t>(u))); }
  bool Int64(int64_t i) { return add(make_int(i)); }
  bool Uint64(uint64_t u) { return RawNumber(std::to_string(u).c_str(), 0, false); }
  bool Double(double d) {
    // Only NaN and the infinities reach here (other numbers come as text).
    if (!hooks_.parse_constant.is_absent()) {
      const char* name = std::isnan(d) ? "NaN" : (d > 0 ? "Infinity" : "-Infinity");
      return add_hooked(hooks_.parse_constant, name);
    }
    return add(make_float(d));
  }
  bool RawNumber(const char* text, rapidjson::SizeType length, bool) {
    std::string_view digits(text, length ? length : std::char_traits<char>::length(text));
    if (digits == "NaN" || digits == "Infinity" || digits == "-Infinity") {
      double d = digits == "NaN" ? std::nan("") : (digits[0] == '-' ? -INFINITY : INFINITY);
      return Double(d);
    }
    // RapidJSON also takes Inf, -NaN, ...: not JSON for Python (a syntax error).
    if (digits.find_first_of("NI") != std::string_view::npos) return false;
    bool is_float = digits.find_first_of(".eE") != std::string_view::npos;
    if (is_float) {
      if (!hooks_.parse_float.is_absent()) return add_hooked(hooks_.parse_float, digits);
      auto result = number::parse_float(digits, nullptr);
      if (!result) return false;  // unreachable: RapidJSON checked the grammar
      return add(make_float(*result));
    }
    if (!hooks_.parse_int.is_absent()) return add_hooked(hooks_.parse_int, digits);
    bool negative = !digits.empty() && digits[0] == '-';
    Ref value = int_from_decimal(negative ? digits.substr(1) : digits);
    if (!value) return fail();
    if (negative) value = negative_of(value.get());
    return add(std::move(value));
  }
  bool String(const char* s, rapidjson::SizeType length, bool) { return add(make_str({s, length})); }
  bool Key(const char* s, rapidjson::SizeType length, bool) { return add(make_str({s, length})); }
  bool StartObject() {
    stack_.push_back(Frame{true, {}});
    return true;
  }
  bool EndObject(rapidjson::SizeType) {
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    Ref result;
    if (!hooks_.object_pairs_hook.is_absent()) {
      Ref pairs = make_list(frame.items.size() / 2);
      if (!pairs) return fail();
      for (size_t i = 0; i + 1 < frame.items.size(); i += 2) {
        Ref pair = make_tuple({frame.items[i].get(), frame.items[i + 1].get()});
        if (!pair || list_append(as_list(pairs.get()), pair.get()) < 0) return fail();
      }
      Value arg = pairs.get();
      result = call(hooks_.object_pairs_hook, &arg, 1, nullptr);
    } else {
      result = make_dict();
      if (!result) return fail();
      for (size_t i = 0; i + 1 < frame.items.size(); i += 2) {
        if (dict_set(as_dict(result.get()), frame.items[i].get(), frame.items[i + 1].get()) < 0) return fail();
      }
      if (!hooks_.object_hook.is_absent()) {
        Value arg = result.get();
        result = call(hooks_.object_hook, &arg, 1, nullptr);
      }
    }
    if (!result) return fail();
    return add(std::move(result));
  }
  bool StartArray() {
    stack_.push_back(Frame{false, {}});
    return true;
  }
  bool EndArray(rapidjson::SizeType) {
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    Ref list = make_list(frame.items.size());
    if (!list) return fail();
    for (Ref& item : frame.items) {
      if (list_append(as_list(list.get()), item.get()) < 0) return fail();
    }
    return add(std::move(list));
  }

  Ref take_result() { return std::move(result_); }
  bool failed_with_exception() const { return error_; }

 private:
  bool add(Ref value) {
    if (!value) return fail();
    if (stack_.empty()) {
      result_ = std::move(value);
    } else {
      stack_.back().items.push_back(std::move(value));
    }
    return true;
  }
  bool add_hooked(Value hook, std::string_view text) {
    Ref arg = make_str(text);
    if (!arg) return fail();
    Value a = arg.get();
    return add(call(hook, &a, 1, nullptr));
  }
  bool fail() {
    error_ = true;  // an exception is pending (a hook raised, or memory)
    return false;
  }
  Ref negative_of(Value v) {
    Ref zero = make_int(0);
    return binary_op(zero.get(), v, BinaryOp::Sub);
  }

  const Hooks& hooks_;
  std::vector<Frame> stack_;
  Ref result_;
  bool error_ = false;
};

Value hook_arg(Value v) { return v.is_none() ? Value() : v; }

// parse(text, parse_float, parse_int, parse_constant, object_hook, object_pairs_hook)
//   -> (value,) on success, None on a syntax error (json.py then locates it).
Ref json_parse(Value, const Value* args, size_t, Tuple*) {
  if (!is_str(args[0])) return raise(type_error_type, "_json.parse: expected a str");
  Str* text = as_str(args[0]);
  Hooks hooks{hook_arg(args[1]), hook_arg(args[2]), hook_arg(args[3]), hook_arg(args[4]), hook_arg(args[5])};
  Builder builder(hooks);
  rapidjson::Reader reader;
  rapidjson::MemoryStream memory(text->data, text->size);
  rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> stream(memory);
  constexpr unsigned kFlags = rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseNanAndInfFlag |
                              rapidjson::kParseIterativeFlag | rapidjson::kParseStopWhenDoneFlag;
  rapidjson::ParseResult ok = reader.Parse<kFlags>(stream, builder);
  if (builder.failed_with_exception()) return Ref();
  if (!ok) return Ref::borrow(Value::none());
  // Only whitespace may follow the value.
  for (size_t i = memory.Tell(); i < text->size; ++i) {
    char c = text->data[i];
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return Ref::borrow(Value::none());
  }
  Ref value = builder.take_result();
  return make_tuple({value.get()});
}

const MethodDef kJsonFunctions[] = {
    {"parse", json_parse, Arity::kRange, 6, 6},
    {nullptr, nullptr},
};

}  // namespace

Ref make_json_module() {
  Ref m = make_module("_json");
  Dict* d = as_module(m.get())->dict;
  add_functions(d, kJsonFunctions);
  return m;
}

}  // namespace gyre::stdlib
