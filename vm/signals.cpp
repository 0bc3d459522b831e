#include "vm/signals.hpp"

#include <unistd.h>

#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/gc.hpp"

namespace gyre::vm {

namespace {

extern "C" void on_sigint(int) { g_sigint_pending = 1; }

}  // namespace

void install_sigint_handler() {
  struct sigaction action {};
  action.sa_handler = on_sigint;
  sigemptyset(&action.sa_mask);
  // Blocking reads restart: only the interpreter's safe points raise KeyboardInterrupt.
  action.sa_flags = SA_RESTART;
  sigaction(SIGINT, &action, nullptr);
}

void set_sigint_interrupts_reads(bool interrupting) {
  struct sigaction action {};
  sigaction(SIGINT, nullptr, &action);
  if (action.sa_handler != on_sigint) return;  // not ours (SIG_DFL before the runtime starts)
  if (interrupting) action.sa_flags &= ~SA_RESTART; else action.sa_flags |= SA_RESTART;
  sigaction(SIGINT, &action, nullptr);
}

bool handle_pending_signals() {
  if (!g_sigint_pending) return true;
  g_sigint_pending = 0;
  raise_empty(keyboard_interrupt_type);
  return false;
}

void exit_by_sigint() {
  std::signal(SIGINT, SIG_DFL);
  std::raise(SIGINT);
  _exit(128 + SIGINT);  // the signal was blocked or ignored
}

}  // namespace gyre::vm
