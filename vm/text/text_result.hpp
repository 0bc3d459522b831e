// Result<T>: what a vm/text function that can fail returns, either its value or the Python
// exception it raises (kind and CPython's exact message), so that callers report errors by
// return value as the VM does (vm/DESIGN.md, "Errors"); nothing in vm/text throws except
// std::bad_alloc (Python's MemoryError) when memory runs out.
//
// Invariants: a Result holds exactly one of a value and an Error; Error::message points to a
// string literal (static storage), never to temporary memory.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <variant>

namespace gyre::text {

enum class ErrorKind : uint8_t { ValueError, TypeError, IndexError, OverflowError };

struct Error {
  ErrorKind kind;
  std::string_view message;  // CPython's message, e.g. "empty separator"

  bool operator==(const Error&) const = default;
};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
  Result(Error error) : state_(std::in_place_index<1>, error) {}

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  // Precondition for these three: ok().
  T& value() & { return *std::get_if<0>(&state_); }
  const T& value() const& { return *std::get_if<0>(&state_); }
  T&& value() && { return std::move(*std::get_if<0>(&state_)); }
  const T& operator*() const& { return value(); }
  const T* operator->() const { return &value(); }

  // Precondition: !ok().
  const Error& error() const { return *std::get_if<1>(&state_); }

 private:
  std::variant<T, Error> state_;
};

// The errors vm/text reports, with CPython 3.11's messages.
namespace errors {
inline constexpr Error kIndexOutOfRange{ErrorKind::IndexError, "string index out of range"};
inline constexpr Error kZeroStep{ErrorKind::ValueError, "slice step cannot be zero"};
inline constexpr Error kEmptySeparator{ErrorKind::ValueError, "empty separator"};
inline constexpr Error kSubstringNotFound{ErrorKind::ValueError, "substring not found"};
inline constexpr Error kFillCharacter{ErrorKind::TypeError,
                                      "The fill character must be exactly one character long"};
inline constexpr Error kRepeatTooLong{ErrorKind::OverflowError, "repeated string is too long"};
inline constexpr Error kReplaceTooLong{ErrorKind::OverflowError, "replace string is too long"};
inline constexpr Error kNewStringTooLong{ErrorKind::OverflowError, "new string is too long"};
}  // namespace errors

}  // namespace gyre::text
