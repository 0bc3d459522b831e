// The OSError subclass for an errno value (FileNotFoundError for ENOENT, ...): what
// OSError(errno, strerror) returns in CPython, and what failing system calls raise.
#pragma once

namespace gyre::vm {

struct Type;

// os_error_type itself when no subclass maps the value.
Type* os_error_type_for_errno(int error);

}  // namespace gyre::vm
