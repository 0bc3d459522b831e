// Asynchronous signals (SIGINT). The handler only sets a flag; the interpreter loop looks at it
// at its safe points (a loop's backward jump, next to the cycle collector's request) and raises
// KeyboardInterrupt there, in the running program, as CPython's eval breaker does.
#pragma once

#include <csignal>

namespace gyre::vm {

// Set by the SIGINT handler; cleared when the interpreter raises KeyboardInterrupt for it.
inline volatile std::sig_atomic_t g_sigint_pending = 0;

// Installs the SIGINT handler (CPython's default_int_handler: the next safe point raises
// KeyboardInterrupt). Idempotent.
void install_sigint_handler();

// While `interrupting` is set, SIGINT makes a blocking read fail with EINTR (no SA_RESTART), so
// that reading a line (the REPL, input()) can be interrupted; otherwise reads restart.
void set_sigint_interrupts_reads(bool interrupting);

// The slow path of the safe-point check: if SIGINT arrived, clears the flag and raises
// KeyboardInterrupt (returns false); else true.
bool handle_pending_signals();

// After an uncaught KeyboardInterrupt was reported: dies by SIGINT (default action), so that
// the parent sees the signal (status 130 in a shell), as CPython does.
[[noreturn]] void exit_by_sigint();

}  // namespace gyre::vm
