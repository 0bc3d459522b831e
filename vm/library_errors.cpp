#include "vm/library_errors.hpp"

#include "vm/errors.hpp"
#include "vm/exceptions.hpp"

namespace gyre::vm {

Ref raise_text_error(const text::Error& e) {
  switch (e.kind) {
    case text::ErrorKind::ValueError: return raise(value_error_type, e.message);
    case text::ErrorKind::TypeError: return raise(type_error_type, e.message);
    case text::ErrorKind::IndexError: return raise(index_error_type, e.message);
    case text::ErrorKind::OverflowError: return raise(overflow_error_type, e.message);
  }
  return Ref();
}

Ref raise_format_error(const format::FormatError& e) {
  switch (e.kind) {
    case format::ErrorKind::ValueError: return raise(value_error_type, e.message);
    case format::ErrorKind::TypeError: return raise(type_error_type, e.message);
    case format::ErrorKind::OverflowError: return raise(overflow_error_type, e.message);
    case format::ErrorKind::MemoryError: return raise_no_memory();
  }
  return Ref();
}

Ref raise_number_error(const number::Error& e) {
  switch (e.kind) {
    case number::ErrorKind::ValueError: return raise(value_error_type, e.message);
    case number::ErrorKind::OverflowError: return raise(overflow_error_type, e.message);
    case number::ErrorKind::ZeroDivisionError: return raise(zero_division_error_type, e.message);
    case number::ErrorKind::MemoryError: return raise_no_memory();
    case number::ErrorKind::ComplexResult:
      return raise(value_error_type, "gyre: complex results are not supported");
  }
  return Ref();
}

}  // namespace gyre::vm
