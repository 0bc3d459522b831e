// posix: the system calls the Python-level os and io modules are built on (file descriptors,
// stat, directories, the environment), plus _decode/_encode, the codecs io's text files need
// (utf-8, ascii, latin-1). Failing calls raise the OSError subclass of their errno.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <string>

#include "stdlib/native_modules.hpp"
#include "vm/abstract.hpp"
#include "vm/bytes.hpp"
#include "vm/codecs.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/list.hpp"
#include "vm/module.hpp"
#include "vm/numbers.hpp"
#include "vm/os_error_types.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

extern char** environ;

namespace gyre::stdlib {

using namespace gyre::vm;

Ref make_function_module(std::string_view name, const MethodDef* functions) {
  Ref m = make_module(name);
  add_functions(as_module(m.get())->dict, functions);
  return m;
}


Ref raise_os_error(int error, Value filename) {
  Type* type = os_error_type_for_errno(error);
  Ref code = make_int(error);
  Ref message = make_str(std::strerror(error));
  Ref e = filename.is_absent() ? make_exception(type, std::initializer_list<Value>{code.get(), message.get()})
                               : make_exception(type, std::initializer_list<Value>{code.get(), message.get(), filename});
  if (!e) return e;
  return raise_value(e.get());
}

bool to_double(Value v, double& out) {
  if (v.is_double() || is_float(v)) {
    out = float_value(v);
    return true;
  }
  Type* t = type_of(v);
  if (!is_int(v) && t->float_ == nullptr && t->index == nullptr) {
    raise_format(type_error_type, "must be real number, not {}", type_name(t));
    return false;
  }
  Ref f = call1(value_of(float_type), v);
  if (!f) return false;
  out = float_value(f.get());
  return true;
}

namespace {

// A path argument: str (or bytes) -> its text; TypeError as CPython's os functions.
bool path_arg(const char* fn, const char* what, Value v, std::string& out) {
  if (is_str(v)) out = as_str(v)->view();
  else if (is_bytes(v)) out = as_bytes(v)->view();
  else {
    raise_format(type_error_type, "{}: {} should be string, bytes or os.PathLike, not {}", fn, what,
                 type_name_of(v));
    return false;
  }
  if (out.find('\0') != std::string::npos) {
    raise_format(value_error_type, "{}: embedded null character in {}", fn, what);
    return false;
  }
  return true;
}

bool int_arg(Value v, int64_t& out) { return index_to_int64(v, out); }

Ref p_open(Value, const Value* args, size_t nargs, Tuple*) {
  std::string path;
  int64_t flags, mode = 0777;
  if (!path_arg("open", "path", args[0], path) || !int_arg(args[1], flags)) return Ref();
  if (nargs > 2 && !int_arg(args[2], mode)) return Ref();
  int fd = ::open(path.c_str(), static_cast<int>(flags) | O_CLOEXEC, static_cast<mode_t>(mode));
  if (fd < 0) return raise_os_error(errno, args[0]);
  return make_int(fd);
}

Ref p_read(Value, const Value* args, size_t, Tuple*) {
  int64_t fd, n;
  if (!int_arg(args[0], fd) || !int_arg(args[1], n)) return Ref();
  if (n < 0) return raise(value_error_type, "negative buffersize in read");
  // read(2) may return fewer bytes than asked: a huge n need not be allocated up front.
  std::string buffer(static_cast<size_t>(std::min<int64_t>(n, int64_t{1} << 26)), '\0');
  ssize_t got;
  do got = ::read(static_cast<int>(fd), buffer.data(), buffer.size());
  while (got < 0 && errno == EINTR);
  if (got < 0) return raise_os_error(errno);
  buffer.resize(static_cast<size_t>(got));
  return make_bytes(buffer);
}

// write(fd, data): data is bytes-like (or, for io's convenience, an already-encoded str).
Ref p_write(Value, const Value* args, size_t, Tuple*) {
  int64_t fd;
  if (!int_arg(args[0], fd)) return Ref();
  std::string_view data;
  std::string copy;
  if (is_bytes_like(args[1])) data = copy = bytes_like_view(args[1]);
  else if (is_str(args[1])) data = as_str(args[1])->view();
  else return raise_format(type_error_type, "a bytes-like object is required, not '{}'", type_name_of(args[1]));
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(static_cast<int>(fd), data.data() + done, data.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return raise_os_error(errno);
    }
    done += static_cast<size_t>(n);
  }
  return make_int(static_cast<int64_t>(done));
}

Ref p_close(Value, const Value* args, size_t, Tuple*) {
  int64_t fd;
  if (!int_arg(args[0], fd)) return Ref();
  if (::close(static_cast<int>(fd)) < 0) return raise_os_error(errno);
  return new_none();
}

Ref p_lseek(Value, const Value* args, size_t, Tuple*) {
  int64_t fd, pos, how;
  if (!int_arg(args[0], fd) || !int_arg(args[1], pos) || !int_arg(args[2], how)) return Ref();
  off_t r = ::lseek(static_cast<int>(fd), pos, static_cast<int>(how));
  if (r < 0) return raise_os_error(errno);
  return make_int(r);
}

Ref p_ftruncate(Value, const Value* args, size_t, Tuple*) {
  int64_t fd, size;
  if (!int_arg(args[0], fd) || !int_arg(args[1], size)) return Ref();
  if (::ftruncate(static_cast<int>(fd), size) < 0) return raise_os_error(errno);
  return new_none();
}

Ref p_isatty(Value, const Value* args, size_t, Tuple*) {
  int64_t fd;
  if (!int_arg(args[0], fd)) return Ref();
  return Ref::steal(Value::boolean(::isatty(static_cast<int>(fd)) == 1));
}

double timespec_seconds(const timespec& t) { return static_cast<double>(t.tv_sec) + t.tv_nsec * 1e-9; }

// (st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size, st_atime, st_mtime, st_ctime):
// os.stat_result is built from it in os.py.
Ref stat_tuple(const struct stat& st) {
  Ref items[10] = {make_int(st.st_mode), make_int(static_cast<int64_t>(st.st_ino)),
                   make_int(static_cast<int64_t>(st.st_dev)), make_int(static_cast<int64_t>(st.st_nlink)),
                   make_int(st.st_uid), make_int(st.st_gid), make_int(st.st_size),
                   make_float(timespec_seconds(st.st_atim)), make_float(timespec_seconds(st.st_mtim)),
                   make_float(timespec_seconds(st.st_ctim))};
  Value values[10];
  for (int i = 0; i < 10; ++i) values[i] = items[i].get();
  return make_tuple(std::span<const Value>(values, 10));
}

Ref p_stat(Value, const Value* args, size_t nargs, Tuple*) {
  std::string path;
  if (!path_arg("stat", "path", args[0], path)) return Ref();
  bool follow = nargs < 2 || is_true(args[1]) > 0;
  struct stat st;
  if ((follow ? ::stat(path.c_str(), &st) : ::lstat(path.c_str(), &st)) < 0) return raise_os_error(errno, args[0]);
  return stat_tuple(st);
}

Ref p_fstat(Value, const Value* args, size_t, Tuple*) {
  int64_t fd;
  if (!int_arg(args[0], fd)) return Ref();
  struct stat st;
  if (::fstat(static_cast<int>(fd), &st) < 0) return raise_os_error(errno);
  return stat_tuple(st);
}

Ref p_listdir(Value, const Value* args, size_t nargs, Tuple*) {
  std::string path = ".";
  if (nargs > 0 && !args[0].is_none() && !path_arg("listdir", "path", args[0], path)) return Ref();
  DIR* dir = ::opendir(path.c_str());
  if (!dir) return raise_os_error(errno, nargs > 0 ? args[0] : Value());
  Ref names = make_list();
  while (dirent* entry = ::readdir(dir)) {
    std::string_view name = entry->d_name;
    if (name == "." || name == "..") continue;
    Ref s = make_str(name);
    list_append(names.as<List>(), s.get());
  }
  ::closedir(dir);
  return names;
}

Ref p_getcwd(Value, const Value*, size_t, Tuple*) {
  char buffer[4096];
  if (!::getcwd(buffer, sizeof buffer)) return raise_os_error(errno);
  return make_str(buffer);
}

// The one-path calls: chdir, rmdir, unlink.
template <int (*Call)(const char*), const char* Name>
Ref one_path_call(Value, const Value* args, size_t, Tuple*) {
  std::string path;
  if (!path_arg(Name, "path", args[0], path)) return Ref();
  if (Call(path.c_str()) < 0) return raise_os_error(errno, args[0]);
  return new_none();
}
constexpr char kChdir[] = "chdir", kRmdir[] = "rmdir", kUnlink[] = "unlink", kRemove[] = "remove";

Ref p_mkdir(Value, const Value* args, size_t nargs, Tuple*) {
  std::string path;
  int64_t mode = 0777;
  if (!path_arg("mkdir", "path", args[0], path)) return Ref();
  if (nargs > 1 && !int_arg(args[1], mode)) return Ref();
  if (::mkdir(path.c_str(), static_cast<mode_t>(mode)) < 0) return raise_os_error(errno, args[0]);
  return new_none();
}

Ref p_rename(Value, const Value* args, size_t, Tuple*) {
  std::string src, dst;
  if (!path_arg("rename", "src", args[0], src) || !path_arg("rename", "dst", args[1], dst)) return Ref();
  if (::rename(src.c_str(), dst.c_str()) < 0) {
    int error = errno;
    Ref code = make_int(error);
    Ref message = make_str(std::strerror(error));
    Ref none = new_none();
    Value fields[5] = {code.get(), message.get(), args[0], none.get(), args[1]};
    // CPython names both paths: [Errno 2] No such file or directory: 'a' -> 'b'.
    Ref e = make_exception(os_error_type_for_errno(error), std::span<const Value>(fields, 5));
    if (!e) return e;
    return raise_value(e.get());
  }
  return new_none();
}

Ref p_getpid(Value, const Value*, size_t, Tuple*) { return make_int(::getpid()); }

Ref p_putenv(Value, const Value* args, size_t, Tuple*) {
  std::string key, value;
  if (!path_arg("putenv", "name", args[0], key) || !path_arg("putenv", "value", args[1], value)) return Ref();
  if (key.empty() || key.find('=') != std::string::npos) return raise(value_error_type, "illegal environment variable name");
  if (::setenv(key.c_str(), value.c_str(), 1) < 0) return raise_os_error(errno);
  return new_none();
}

Ref p_unsetenv(Value, const Value* args, size_t, Tuple*) {
  std::string key;
  if (!path_arg("unsetenv", "name", args[0], key)) return Ref();
  if (::unsetenv(key.c_str()) < 0) return raise_os_error(errno);
  return new_none();
}

Ref p_urandom(Value, const Value* args, size_t, Tuple*) {
  int64_t n;
  if (!int_arg(args[0], n)) return Ref();
  if (n < 0) return raise(value_error_type, "negative argument not allowed");
  std::string buffer(static_cast<size_t>(n), '\0');
  std::ifstream source("/dev/urandom", std::ios::binary);
  source.read(buffer.data(), n);
  return make_bytes(buffer);
}

Ref p_strerror(Value, const Value* args, size_t, Tuple*) {
  int64_t code;
  if (!int_arg(args[0], code)) return Ref();
  return make_str(std::strerror(static_cast<int>(code)));
}

// ---- codecs: _decode(data, encoding, errors, final) -> (text, consumed),
// _encode(text, encoding, errors) -> bytes, over vm/codecs.hpp. `encoding` is already
// normalized by io.py to 'utf-8', 'ascii' or 'latin-1'.

Ref p_decode(Value, const Value* args, size_t, Tuple*) {
  if (!is_bytes_like(args[0])) return raise_format(type_error_type, "a bytes-like object is required, not '{}'", type_name_of(args[0]));
  Codec codec;
  if (!lookup_codec(as_str(args[1])->view(), codec)) return Ref();
  std::string data(bytes_like_view(args[0]));
  size_t consumed = 0;
  Ref text = decode_text(data, codec, as_str(args[2])->view(), is_true(args[3]) > 0, &consumed);
  if (!text) return text;
  Ref used = make_int(static_cast<int64_t>(consumed));
  return make_tuple({text.get(), used.get()});
}

Ref p_encode(Value, const Value* args, size_t, Tuple*) {
  if (!is_str(args[0])) return raise_format(type_error_type, "write() argument must be str, not {}", type_name_of(args[0]));
  Codec codec;
  if (!lookup_codec(as_str(args[1])->view(), codec)) return Ref();
  return encode_text(as_str(args[0])->view(), codec, as_str(args[2])->view());
}

const MethodDef kPosixFunctions[] = {
    {"open", p_open, Arity::kRange, 2, 3},
    {"read", p_read, Arity::kRange, 2, 2},
    {"write", p_write, Arity::kRange, 2, 2},
    {"close", p_close, Arity::kOneArg},
    {"lseek", p_lseek, Arity::kRange, 3, 3},
    {"ftruncate", p_ftruncate, Arity::kRange, 2, 2},
    {"isatty", p_isatty, Arity::kOneArg},
    {"stat", p_stat, Arity::kRange, 1, 2},
    {"fstat", p_fstat, Arity::kOneArg},
    {"listdir", p_listdir, Arity::kRange, 0, 1},
    {"getcwd", p_getcwd, Arity::kNoArgs},
    {"chdir", one_path_call<::chdir, kChdir>, Arity::kOneArg},
    {"rmdir", one_path_call<::rmdir, kRmdir>, Arity::kOneArg},
    {"unlink", one_path_call<::unlink, kUnlink>, Arity::kOneArg},
    {"remove", one_path_call<::unlink, kRemove>, Arity::kOneArg},
    {"mkdir", p_mkdir, Arity::kRange, 1, 2},
    {"rename", p_rename, Arity::kRange, 2, 2},
    {"getpid", p_getpid, Arity::kNoArgs},
    {"putenv", p_putenv, Arity::kRange, 2, 2},
    {"unsetenv", p_unsetenv, Arity::kOneArg},
    {"urandom", p_urandom, Arity::kOneArg},
    {"strerror", p_strerror, Arity::kOneArg},
    {"_decode", p_decode, Arity::kRange, 4, 4},
    {"_encode", p_encode, Arity::kRange, 3, 3},
    {nullptr, nullptr},
};

}  // namespace

Ref make_posix_module() {
  Ref m = make_function_module("posix", kPosixFunctions);
  Ref env = make_dict();
  for (char** entry = environ; entry && *entry; ++entry) {
    std::string_view text = *entry;
    size_t eq = text.find('=');
    if (eq == std::string_view::npos) continue;
    Ref key = make_str(text.substr(0, eq));
    Ref value = make_str(text.substr(eq + 1));
    dict_set(env.as<Dict>(), key.get(), value.get());
  }
  dict_set_str(as_module(m.get())->dict, "environ", env.get());
  return m;
}

}  // namespace gyre::stdlib
