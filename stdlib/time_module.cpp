// _time: the clocks and calendar calls under the Python-level time module (stdlib/lib/time.py,
// which adds struct_time). Clocks as CPython's on Linux: time = CLOCK_REALTIME, monotonic and
// perf_counter = CLOCK_MONOTONIC, process_time = CLOCK_PROCESS_CPUTIME_ID.
#include <time.h>

#include <cerrno>
#include <cmath>
#include <string>

#include "stdlib/native_modules.hpp"
#include "vm/abstract.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/numbers.hpp"
#include "vm/signals.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::stdlib {

using namespace gyre::vm;

namespace {

int64_t clock_ns(clockid_t clock) {
  timespec t;
  clock_gettime(clock, &t);
  return static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

template <clockid_t Clock>
Ref seconds(Value, const Value*, size_t, Tuple*) {
  return make_float(static_cast<double>(clock_ns(Clock)) * 1e-9);
}
template <clockid_t Clock>
Ref nanoseconds(Value, const Value*, size_t, Tuple*) {
  return make_int(clock_ns(Clock));
}

Ref t_sleep(Value, const Value* args, size_t, Tuple*) {
  double secs;
  if (!to_double(args[0], secs)) {
    if (error_matches(type_error_type)) {
      clear_error();
      return raise_format(type_error_type, "'{}' object cannot be interpreted as an integer", type_name(type_of(args[0])));
    }
    return Ref();
  }
  if (std::isnan(secs)) return raise(value_error_type, "Invalid value NaN (not a number)");
  if (secs < 0) return raise(value_error_type, "sleep length must be non-negative");
  if (secs > 9.2e18) return raise(overflow_error_type, "timestamp out of range for platform time_t");
  timespec t;
  t.tv_sec = static_cast<time_t>(secs);
  t.tv_nsec = static_cast<long>((secs - static_cast<double>(t.tv_sec)) * 1e9);
  while (nanosleep(&t, &t) < 0 && errno == EINTR) {
    if (!handle_pending_signals()) return Ref();  // Ctrl-C interrupts the sleep (PEP 475)
  }
  return new_none();
}

// The 11 fields of struct_time: the 9 of the tuple, then tm_zone and tm_gmtoff.
Ref tm_tuple(const struct tm& tm) {
  Ref zone = make_str(tm.tm_zone ? tm.tm_zone : "UTC");
  Ref fields[11] = {make_int(tm.tm_year + 1900), make_int(tm.tm_mon + 1), make_int(tm.tm_mday),
                    make_int(tm.tm_hour),        make_int(tm.tm_min),     make_int(tm.tm_sec),
                    make_int((tm.tm_wday + 6) % 7), make_int(tm.tm_yday + 1), make_int(tm.tm_isdst),
                    std::move(zone),             make_int(tm.tm_gmtoff)};
  Value values[11];
  for (int i = 0; i < 11; ++i) values[i] = fields[i].get();
  return make_tuple(std::span<const Value>(values, 11));
}

bool seconds_arg(const Value* args, size_t nargs, time_t& out) {
  if (nargs == 0 || args[0].is_none()) {
    out = ::time(nullptr);
    return true;
  }
  double secs;
  if (!to_double(args[0], secs)) return false;
  if (!std::isfinite(secs)) {
    raise(std::isnan(secs) ? value_error_type : overflow_error_type,
          std::isnan(secs) ? "Invalid value NaN (not a number)" : "timestamp out of range for platform time_t");
    return false;
  }
  if (std::fabs(secs) > 9.2e18) {
    raise(overflow_error_type, "timestamp out of range for platform time_t");
    return false;
  }
  out = static_cast<time_t>(std::floor(secs));
  return true;
}

template <bool Local>
Ref broken_down(Value, const Value* args, size_t nargs, Tuple*) {
  time_t when;
  if (!seconds_arg(args, nargs, when)) return Ref();
  struct tm tm {};
  if ((Local ? localtime_r(&when, &tm) : gmtime_r(&when, &tm)) == nullptr) {
    return raise(overflow_error_type, "timestamp out of range for platform time_t");
  }
  return tm_tuple(tm);
}

// A 9-sequence (year, mon, mday, hour, min, sec, wday, yday, isdst) -> struct tm.
bool tm_from_sequence(const char* fn, Value seq, struct tm& tm) {
  Ref t = call1(value_of(tuple_type), seq);
  if (!t) return false;
  Tuple* items = as_tuple(t.get());
  if (items->size < 9) {
    raise_format(type_error_type, "{}(): illegal time tuple argument", fn);
    return false;
  }
  int64_t f[9];
  for (int i = 0; i < 9; ++i) {
    if (!index_to_int64(items->items[i], f[i])) return false;
  }
  tm = {};
  tm.tm_year = static_cast<int>(f[0] - 1900);
  tm.tm_mon = static_cast<int>(f[1] - 1);
  tm.tm_mday = static_cast<int>(f[2]);
  tm.tm_hour = static_cast<int>(f[3]);
  tm.tm_min = static_cast<int>(f[4]);
  tm.tm_sec = static_cast<int>(f[5]);
  tm.tm_wday = static_cast<int>((f[6] + 1) % 7);
  tm.tm_yday = static_cast<int>(f[7] - 1);
  tm.tm_isdst = static_cast<int>(f[8]);
  return true;
}

Ref t_strftime(Value, const Value* args, size_t nargs, Tuple*) {
  if (!is_str(args[0])) return raise_format(type_error_type, "strftime() argument 1 must be str, not {}", type_name(type_of(args[0])));
  struct tm tm {};
  if (nargs > 1) {
    if (!tm_from_sequence("strftime", args[1], tm)) return Ref();
  } else {
    time_t now = ::time(nullptr);
    localtime_r(&now, &tm);
  }
  std::string format(as_str(args[0])->view());
  if (format.empty()) return make_str("");
  for (size_t size = 256;; size *= 2) {
    std::string out(size, '\0');
    size_t n = ::strftime(out.data(), size, format.c_str(), &tm);
    if (n > 0 || size > 65536) {
      out.resize(n);
      return make_str(out);
    }
  }
}

Ref t_mktime(Value, const Value* args, size_t, Tuple*) {
  struct tm tm {};
  if (!tm_from_sequence("mktime", args[0], tm)) return Ref();
  tm.tm_wday = -1;
  time_t t = ::mktime(&tm);
  if (t == -1 && tm.tm_wday == -1) return raise(overflow_error_type, "mktime argument out of range");
  return make_float(static_cast<double>(t));
}

const MethodDef kTimeFunctions[] = {
    {"time", seconds<CLOCK_REALTIME>, Arity::kNoArgs},
    {"time_ns", nanoseconds<CLOCK_REALTIME>, Arity::kNoArgs},
    {"monotonic", seconds<CLOCK_MONOTONIC>, Arity::kNoArgs},
    {"monotonic_ns", nanoseconds<CLOCK_MONOTONIC>, Arity::kNoArgs},
    {"perf_counter", seconds<CLOCK_MONOTONIC>, Arity::kNoArgs},
    {"perf_counter_ns", nanoseconds<CLOCK_MONOTONIC>, Arity::kNoArgs},
    {"process_time", seconds<CLOCK_PROCESS_CPUTIME_ID>, Arity::kNoArgs},
    {"process_time_ns", nanoseconds<CLOCK_PROCESS_CPUTIME_ID>, Arity::kNoArgs},
    {"sleep", t_sleep, Arity::kOneArg},
    {"localtime", broken_down<true>, Arity::kRange, 0, 1},
    {"gmtime", broken_down<false>, Arity::kRange, 0, 1},
    {"strftime", t_strftime, Arity::kRange, 1, 2},
    {"mktime", t_mktime, Arity::kOneArg},
    {nullptr, nullptr},
};

}  // namespace

Ref make_time_module() {
  tzset();
  return make_function_module("_time", kTimeFunctions);
}

}  // namespace gyre::stdlib
