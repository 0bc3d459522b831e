// Errors of the number library: the Python exception an operation raises (its type and
// CPython 3.11's exact message), returned by value in a Result<T>, never thrown, so that the
// interpreter's wrapper raises it in one line: `if (!r) return raise(r.error());`.
//
// Invariants: a Result holds exactly one of a value and an Error. Nothing in vm/number throws
// except std::bad_alloc (GMP aborts on allocation failure; huge results are refused up front with
// MemoryError). ErrorKind::ComplexResult is not an exception: it tells the caller that a float
// power has a complex result (negative ** fractional), which the caller computes or reports.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace gyre::vm::number {

enum class ErrorKind : uint8_t {
  ValueError,
  OverflowError,
  ZeroDivisionError,
  MemoryError,
  ComplexResult,  // not an exception: float ** float needs complex pow (e.g. (-8.0) ** (1/3))
};

// "ValueError", "OverflowError", ... ("ComplexResult" for the marker).
std::string_view exception_name(ErrorKind kind);

struct Error {
  ErrorKind kind;
  std::string message;  // CPython's message; empty for MemoryError and ComplexResult

  bool operator==(const Error&) const = default;
};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
  Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  // Precondition for these: ok().
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

// A function giving repr() of the original argument of int() / float() for their error
// messages: gyre::text::repr_str (vm/text/pyrepr.hpp) for a str, repr_bytes for bytes.
using ReprFunction = std::string (*)(std::string_view);

// What the text given to int() / float() was: a str (UTF-8; non-ASCII decimal digits and
// whitespace count as their ASCII equivalents) or a bytes-like object (raw bytes).
enum class TextSource : uint8_t { Str, Bytes };

// The fixed messages (CPython 3.11).
namespace messages {
inline constexpr std::string_view kIntDivisionByZero = "integer division or modulo by zero";
inline constexpr std::string_view kIntModuloByZero = "integer modulo by zero";  // a % 0 only
inline constexpr std::string_view kDivisionByZero = "division by zero";
inline constexpr std::string_view kFloatDivisionByZero = "float division by zero";
inline constexpr std::string_view kFloatFloorDivisionByZero = "float floor division by zero";
inline constexpr std::string_view kFloatModulo = "float modulo";
inline constexpr std::string_view kFloatDivmod = "float divmod()";
inline constexpr std::string_view kZeroNegativePower = "0.0 cannot be raised to a negative power";
inline constexpr std::string_view kPowModulusZero = "pow() 3rd argument cannot be 0";
inline constexpr std::string_view kNotInvertible = "base is not invertible for the given modulus";
inline constexpr std::string_view kIntDivisionTooLarge =
    "integer division result too large for a float";
inline constexpr std::string_view kIntTooLargeForFloat = "int too large to convert to float";
inline constexpr std::string_view kNegativeShiftCount = "negative shift count";
inline constexpr std::string_view kFloatRangeError = "(34, 'Numerical result out of range')";
inline constexpr std::string_view kInfinityToInteger = "cannot convert float infinity to integer";
inline constexpr std::string_view kNaNToInteger = "cannot convert float NaN to integer";
inline constexpr std::string_view kInfinityToRatio = "cannot convert Infinity to integer ratio";
inline constexpr std::string_view kNaNToRatio = "cannot convert NaN to integer ratio";
inline constexpr std::string_view kRoundedTooLarge = "rounded value too large to represent";
inline constexpr std::string_view kIntBase = "int() base must be >= 2 and <= 36, or 0";
}  // namespace messages

inline Error value_error(std::string_view m) { return {ErrorKind::ValueError, std::string(m)}; }
inline Error overflow_error(std::string_view m) {
  return {ErrorKind::OverflowError, std::string(m)};
}
inline Error zero_division_error(std::string_view m) {
  return {ErrorKind::ZeroDivisionError, std::string(m)};
}
inline Error memory_error() { return {ErrorKind::MemoryError, {}}; }

}  // namespace gyre::vm::number
