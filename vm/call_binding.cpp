// Argument binding: CPython's _PyEval_MakeFrameVector / positional_only_passed_as_keyword /
// missing_arguments / too_many_positional, with their messages.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "vm/code.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/frame.hpp"
#include "vm/function.hpp"
#include "vm/interpreter.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"

namespace gyre::vm {

namespace {

// 'a'; 'a' and 'b'; 'a', 'b', and 'c'
std::string name_list(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

bool missing(Function* f, Frame* frame, bool positional, int start, int end) {
  Code* code = f->code;
  std::vector<std::string> names;
  for (int i = start; i < end; ++i) {
    if (frame->slots[i].is_absent()) names.emplace_back(code->varnames[i]->view());
  }
  raise_format(type_error_type, "{}() missing {} required {} argument{}: {}", f->qualname->view(),
               names.size(), positional ? "positional" : "keyword-only",
               names.size() == 1 ? "" : "s", name_list(names));
  return false;
}

bool too_many_positional(Function* f, Frame* frame, size_t given) {
  Code* code = f->code;
  int defaults = f->defaults ? static_cast<int>(f->defaults->size) : 0;
  int kwonly_given = 0;
  for (int i = code->argcount; i < code->argcount + code->kwonlyargcount; ++i) {
    if (!frame->slots[i].is_absent()) ++kwonly_given;
  }
  std::string takes;
  if (defaults) {
    takes = fmt::format("from {} to {} positional arguments", code->argcount - defaults, code->argcount);
  } else {
    takes = fmt::format("{} positional argument{}", code->argcount, code->argcount == 1 ? "" : "s");
  }
  std::string kw;
  if (kwonly_given) {
    kw = fmt::format(" positional argument{} (and {} keyword-only argument{})", given == 1 ? "" : "s",
                     kwonly_given, kwonly_given == 1 ? "" : "s");
  }
  raise_format(type_error_type, "{}() takes {} but {}{} {} given", f->qualname->view(), takes, given,
               kw, (given == 1 && !kwonly_given) ? "was" : "were");
  return false;
}

int find_parameter(Code* code, Str* name, int start, int end) {
  for (int i = start; i < end; ++i) {
    if (code->varnames[i] == name) return i;
  }
  for (int i = start; i < end; ++i) {
    if (str_equal(code->varnames[i], name)) return i;
  }
  return -1;
}

}  // namespace

bool bind_arguments(Function* f, Frame* frame, const Value* args, size_t nargs, Tuple* kwnames) {
  Code* code = f->code;
  // The common call: exactly the positional parameters, nothing else.
  if (kwnames == nullptr && nargs == static_cast<size_t>(code->argcount) && code->kwonlyargcount == 0 &&
      !(code->flags & (CodeFlag::kVarArgs | CodeFlag::kVarKeywords))) {
    for (size_t i = 0; i < nargs; ++i) {
      incref(args[i]);
      frame->slots[i] = args[i];
    }
    return true;
  }
  size_t nkw = tuple_size(kwnames);
  size_t npos = nargs - nkw;
  int argcount = code->argcount;
  bool varargs = code->flags & CodeFlag::kVarArgs;
  bool varkw = code->flags & CodeFlag::kVarKeywords;
  int total = argcount + code->kwonlyargcount;
  Value* slots = frame->slots;

  Dict* kwargs = nullptr;
  if (varkw) {
    Ref d = make_dict();
    if (!d) return false;
    kwargs = d.as<Dict>();
    slots[total + (varargs ? 1 : 0)] = d.release();
  }
  size_t n = std::min<size_t>(npos, static_cast<size_t>(argcount));
  for (size_t i = 0; i < n; ++i) {
    incref(args[i]);
    slots[i] = args[i];
  }
  if (varargs) {
    size_t extra = npos > n ? npos - n : 0;
    Ref t = make_tuple(std::span<const Value>(args + n, extra));
    if (!t) return false;
    slots[total] = t.release();
  }
  // Keyword arguments.
  std::vector<std::string> posonly_as_keyword;
  for (size_t k = 0; k < nkw; ++k) {
    Value key = kwnames->items[k];
    Value value = args[npos + k];
    Str* name = as_str(key);
    int index = find_parameter(code, name, code->posonlyargcount, total);
    if (index < 0) {
      if (varkw) {
        if (dict_set(kwargs, key, value) < 0) return false;
        continue;
      }
      if (find_parameter(code, name, 0, code->posonlyargcount) >= 0) {
        posonly_as_keyword.emplace_back(name->view());
        continue;
      }
      raise_format(type_error_type, "{}() got an unexpected keyword argument '{}'",
                   f->qualname->view(), name->view());
      return false;
    }
    if (!slots[index].is_absent()) {
      raise_format(type_error_type, "{}() got multiple values for argument '{}'", f->qualname->view(),
                   name->view());
      return false;
    }
    incref(value);
    slots[index] = value;
  }
  if (!posonly_as_keyword.empty()) {
    std::string list;
    for (size_t i = 0; i < posonly_as_keyword.size(); ++i) {
      if (i) list += ", ";
      list += posonly_as_keyword[i];
    }
    raise_format(type_error_type,
                 "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                 f->qualname->view(), list);
    return false;
  }
  if (npos > static_cast<size_t>(argcount) && !varargs) return too_many_positional(f, frame, npos);
  // Defaults of positional parameters.
  if (npos < static_cast<size_t>(argcount)) {
    int ndefaults = f->defaults ? static_cast<int>(f->defaults->size) : 0;
    int first_default = argcount - ndefaults;
    for (int i = static_cast<int>(npos); i < argcount; ++i) {
      if (!slots[i].is_absent()) continue;
      if (i >= first_default) {
        Value d = f->defaults->items[i - first_default];
        incref(d);
        slots[i] = d;
      }
    }
    for (int i = static_cast<int>(npos); i < argcount; ++i) {
      if (slots[i].is_absent()) return missing(f, frame, true, static_cast<int>(npos), argcount);
    }
  }
  // Keyword-only defaults.
  for (int i = argcount; i < total; ++i) {
    if (!slots[i].is_absent()) continue;
    if (f->kwdefaults) {
      Value d = dict_get(f->kwdefaults, value_of(code->varnames[i]));
      if (!d.is_absent()) {
        incref(d);
        slots[i] = d;
        continue;
      }
      if (error_pending()) return false;
    }
  }
  for (int i = argcount; i < total; ++i) {
    if (slots[i].is_absent()) return missing(f, frame, false, argcount, total);
  }
  return true;
}

}  // namespace gyre::vm
