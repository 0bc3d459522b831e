#!/usr/bin/env python3
"""Tests of gyre's REPL and of how it runs stdin and handles SIGINT.

    tests/repl_test.py GYRE CASE     run one case (ctest registers each as repl/CASE)
    tests/repl_test.py GYRE          run them all

Interactive cases drive `gyre` through a real pseudo-terminal (pty.fork), so libedit, the
prompts, Tab, the arrow keys, Ctrl-C and Ctrl-D are exercised as a user meets them; each waits
for the output it expects with a timeout, so a hang fails instead of blocking. HOME is a
temporary folder (the history file goes there). The stdin and SIGINT cases compare with
python3 (CPython 3.11), the oracle.
"""
import os
import pty
import re
import select
import signal
import subprocess
import sys
import tempfile
import time

TIMEOUT = 5.0
ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b[=>]|\x07")


class Session:
    """A gyre process on a pty; `expect` waits for text in its (escape-free) output."""

    def __init__(self, argv, home):
        env = dict(os.environ, HOME=home, TERM="xterm", LC_ALL="C.UTF-8")
        env.pop("PYTHONSTARTUP", None)
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.chdir(home)
            os.execve(argv[0], argv, env)
        self.raw = b""
        self.seen = 0  # expect() searches the output after what it matched last
        self.status = None

    def text(self):
        return ANSI.sub(b"", self.raw).replace(b"\r", b"").decode("utf-8", "replace")

    def _read(self, wait):
        r, _, _ = select.select([self.fd], [], [], wait)
        if not r:
            return True
        try:
            data = os.read(self.fd, 4096)
        except OSError:
            return False
        if not data:
            return False
        self.raw += data
        return True

    def expect(self, needle, timeout=TIMEOUT):
        end = time.time() + timeout
        while True:
            text = self.text()
            i = text.find(needle, self.seen)
            if i >= 0:
                self.seen = i + len(needle)
                return text[: self.seen]
            if time.time() > end:
                raise AssertionError(f"timed out waiting for {needle!r}; output so far:\n{text}")
            if not self._read(0.05):
                text = self.text()
                if text.find(needle, self.seen) < 0:
                    raise AssertionError(f"gyre ended before {needle!r}; output:\n{text}")

    def send(self, data):
        # libedit switches the terminal to raw mode around when it shows the prompt: keys typed
        # at that very moment would be handled by the terminal's cooked mode. No user is that
        # fast; give it a moment.
        self._read(0.08)
        os.write(self.fd, data.encode())

    def line(self, text, then=">>> "):
        """Types a line and waits for the next prompt."""
        self.send(text + "\r")
        return self.expect(then)

    def wait(self, timeout=TIMEOUT):
        end = time.time() + timeout
        while time.time() < end:
            self._read(0.05)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                while self._read(0.01) and select.select([self.fd], [], [], 0)[0]:
                    pass
                self.status = os.waitstatus_to_exitcode(status)
                return self.status
        self.kill()
        raise AssertionError("gyre did not exit; output:\n" + self.text())

    def kill(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass


def check(condition, message, session=None):
    if not condition:
        raise AssertionError(message + ("\noutput:\n" + session.text() if session else ""))


def between(text, start, end):
    i = text.rindex(start)
    return text[i + len(start): text.index(end, i + len(start))]


# ----------------------------------------------------------------------------------------------
# Interactive cases (pty)

def case_banner_and_ctrl_d(gyre, home):
    s = Session([gyre], home)
    out = s.expect(">>> ")
    check("Gyre" in out and "exit" in out, "banner missing", s)
    s.send("\x04")
    check(s.wait() == 0, "Ctrl-D: exit status not 0", s)
    check(s.text().endswith(">>> \n"), "Ctrl-D: not a newline after the prompt", s)
    s = Session([gyre, "-q"], home)
    out = s.expect(">>> ")
    check("Gyre" not in out, "-q printed the banner", s)
    s.send("\x04")
    check(s.wait() == 0, "Ctrl-D: exit status not 0", s)


def case_generator(gyre, home):
    s = Session([gyre, "-q"], home)
    s.expect(">>> ")
    s.line("def gen():", "... ")
    s.line("    total = 0", "... ")
    s.line("    while True:", "... ")
    s.line("        try:", "... ")
    s.line("            x = yield total", "... ")
    s.line("        except ValueError as e:", "... ")
    s.line("            x = 100", "... ")
    s.line("        total += x or 0", "... ")
    s.line("")
    s.line("g = gen()")
    out = s.line("next(g)")
    check(out.endswith("next(g)\n0\n>>> "), "next(g) did not show 0", s)
    out = s.line("g.send(5)")
    check(out.endswith("g.send(5)\n5\n>>> "), "g.send(5) did not show 5", s)
    out = s.line("g.throw(ValueError('x'))")
    check(out.endswith("\n105\n>>> "), "g.throw() did not show 105", s)
    out = s.line("g.close(); g.gi_frame is None")
    check(out.endswith("\nTrue\n>>> "), "g.close()", s)
    out = s.line("next(g)")
    check("StopIteration" in out and 'File "<stdin>", line 1, in <module>' in out, "next after close", s)
    s.send("exit()\r")
    check(s.wait() == 0, "exit(): status not 0", s)


def case_exception_recovery(gyre, home):
    s = Session([gyre, "-q"], home)
    s.expect(">>> ")
    s.line("x = 41")
    s.line("def f(d):", "... ")
    s.line("    return 1 / d", "... ")
    s.line("")
    out = s.line("f(0)")
    expected = ('Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n'
                '  File "<stdin>", line 2, in f\nZeroDivisionError: division by zero\n>>> ')
    check(out.endswith(expected), "traceback differs from CPython's", s)
    out = s.line("x + 1")
    check(out.endswith("\n42\n>>> "), "globals lost after an exception", s)
    out = s.line("try:", "... ")
    s.line("    raise KeyError('k')", "... ")
    s.line("except KeyError as e:", "... ")
    s.line("    print('caught', e)", "... ")
    out = s.line("")
    check(out.endswith("caught 'k'\n>>> "), "try/except in the REPL", s)
    s.send("\x04")
    check(s.wait() == 0, "exit status", s)


def case_syntax_error(gyre, home):
    s = Session([gyre, "-q"], home)
    s.expect(">>> ")
    out = s.line("x = = 1")
    expected = ('x = = 1\n  File "<stdin>", line 1\n    x = = 1\n        ^\n'
                'SyntaxError: invalid syntax\n>>> ')
    check(out.endswith(expected), "syntax error rendering", s)
    s.line("if x:", "... ")
    out = s.line("")
    check(out.endswith("IndentationError: expected an indented block after 'if' statement on line 1\n>>> "),
          "blank line after if", s)
    out = s.line("return 5")
    check(out.endswith('  File "<stdin>", line 1\nSyntaxError: \'return\' outside function\n>>> '),
          "compile-time error", s)
    s.line("(1,", "... ")
    s.line("", "... ")  # a blank line inside brackets continues
    out = s.line("2)")
    check(out.endswith("2)\n(1, 2)\n>>> "), "bracket continuation", s)
    s.line("s = '''a", "... ")
    out = s.line("b'''; s")
    check(out.endswith("'a\\nb'\n>>> "), "triple-quoted continuation", s)
    s.line("if 1:", "... ")
    s.line("    pass", "... ")
    out = s.line("print(3)")  # one compound statement per entry, as CPython's REPL
    check(out.endswith('  File "<stdin>", line 3\n    print(3)\n    ^^^^^\nSyntaxError: invalid syntax\n>>> '),
          "a statement after a compound statement", s)
    out = s.line("y = 2; y")
    check(out.endswith("\n2\n>>> "), "state after syntax errors", s)
    out = s.line("# just a comment")
    check(out.endswith("# just a comment\n>>> "), "a comment line", s)
    s.send("\x04")
    check(s.wait() == 0, "exit status", s)


def case_tab_completion(gyre, home):
    s = Session([gyre, "-q"], home)
    s.expect(">>> ")
    s.line("def gen():", "... ")
    s.line("    while True: yield 1", "... ")
    s.line("")
    s.line("g = gen()")
    s.send("g.se\t")
    s.expect("g.send(")
    out = s.line("None)")
    check(out.endswith("\n1\n>>> "), "completed g.send( did not run", s)
    s.send("lamb\t")
    s.expect("lambda ")
    out = s.line(": 3)()", ">>> ")
    s.send("xyz")
    s.send("\x1b[D\x1b[D\x04")  # Ctrl-D inside a line deletes the character under the cursor
    out = s.line("")
    check("NameError: name 'xz' is not defined" in out, "Ctrl-D inside a line", s)
    s.send("\tpass\r")  # Tab on an empty line indents (then an unexpected indent)
    out = s.expect(">>> ")
    check("IndentationError: unexpected indent" in out, "Tab on an empty line", s)
    s.send("\x04")
    check(s.wait() == 0, "exit status", s)


def case_history(gyre, home):
    history = os.path.join(home, ".gyre_history")
    if os.path.exists(history):
        os.remove(history)
    s = Session([gyre, "-q"], home)
    s.expect(">>> ")
    s.line("40 + 2")
    s.send("\x1b[A")  # Up arrow recalls the last line
    s.expect("40 + 2")
    out = s.line("", "\n42\n>>> ")
    check(out.count("\n42\n") == 2, "Up arrow did not recall '40 + 2'", s)
    s.line("7 * 6 + 1")
    s.send("\x12")  # Ctrl-R: incremental search back through the history
    s.send("40")
    s.expect("40 + 2")
    s.send("\r")
    s.expect("\n42\n>>> ")
    s.send("\x04")
    check(s.wait() == 0, "exit status", s)
    # libedit's format escapes spaces as \040.
    saved = open(history, errors="replace").read() if os.path.exists(history) else ""
    check("40 + 2" in saved.replace("\\040", " "), "history not saved in $HOME/.gyre_history")
    s = Session([gyre, "-q"], home)  # the history is loaded again
    s.expect(">>> ")
    s.send("\x1b[A")
    s.expect("40 + 2")
    s.line("", "\n42\n>>> ")
    s.send("\x04")
    s.wait()


def case_ctrl_c(gyre, home):
    s = Session([gyre, "-q"], home)
    s.expect(">>> ")
    s.send("abc")
    s.expect("abc")
    s.send("\x03")  # at the prompt: the line is dropped
    out = s.expect(">>> ")
    check(out.endswith("\nKeyboardInterrupt\n>>> "), "Ctrl-C at the prompt", s)
    s.line("n = 0")
    s.line("while True: n += 1", "... ")
    s.send("\r")
    time.sleep(0.3)
    s.send("\x03")
    out = s.expect(">>> ")
    check(out.endswith('Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n'
                       'KeyboardInterrupt\n>>> '), "Ctrl-C in a loop", s)
    out = s.line("n > 0")
    check(out.endswith("\nTrue\n>>> "), "state after Ctrl-C", s)
    # An infinite generator loop, interrupted and caught by the program.
    s.line("import itertools", ">>> ")
    s.line("try:", "... ")
    s.line("    for i in itertools.count(): pass", "... ")
    s.line("except KeyboardInterrupt:", "... ")
    s.line("    print('caught at', i > 0)", "... ")
    s.send("\r")
    time.sleep(0.3)
    s.send("\x03")
    out = s.expect(">>> ")
    check(out.endswith("caught at True\n>>> "), "KeyboardInterrupt not catchable", s)
    s.send("input('? ')\r")  # Ctrl-C while input() waits
    s.expect("? ")
    time.sleep(0.2)
    s.send("\x03")
    out = s.expect(">>> ")
    check(out.endswith('Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n'
                       'KeyboardInterrupt\n>>> '), "Ctrl-C in input()", s)
    out = s.line("1 + 1")
    check(out.endswith("\n2\n>>> "), "REPL after Ctrl-C", s)
    s.send("\x04")
    check(s.wait() == 0, "exit status", s)


def case_ps1_and_underscore(gyre, home):
    s = Session([gyre, "-q"], home)
    s.expect(">>> ")
    s.line("import sys")
    out = s.line("sys.ps1, sys.ps2", "')\n>>> ")
    check(out.endswith("('>>> ', '... ')\n>>> "), "sys.ps1/ps2", s)
    out = s.line("sys.ps1 = 'gyre> '", "\ngyre> ")
    out = s.line("6 * 7", "\ngyre> ")
    check(out.endswith("\n42\ngyre> "), "expression echo", s)
    out = s.line("None", "gyre> ")
    out = s.line("_ + 1", "gyre> ")
    check(out.endswith("\n43\ngyre> "), "_ is not the last value", s)
    out = s.line("for i in range(2): i * 10", "... ")
    out = s.line("", "gyre> ")
    check(out.endswith("\n0\n10\ngyre> "), "expressions in a loop are shown", s)
    out = s.line("class N:", "... ")
    s.line("    def __repr__(self): return 'an N'", "... ")
    s.line("", "gyre> ")
    out = s.line("N()", "gyre> ")
    check(out.endswith("\nan N\ngyre> "), "repr() is shown", s)
    out = s.line("exit", "gyre> ")
    check(out.endswith("\nUse exit() or Ctrl-D (i.e. EOF) to exit\ngyre> "), "repr(exit)", s)
    s.send("quit(3)\r")
    check(s.wait() == 3, "quit(3): status not 3", s)


# ----------------------------------------------------------------------------------------------
# stdin and SIGINT cases (compared with python3)

STDIN_PROGRAM = """\
import sys
print(sys.argv, __name__)
def g():
    yield 1
    yield 2
print(list(g()))
print('__file__' in globals())
1 + 1
raise ValueError('from stdin')
"""


def run_both(args_gyre, args_python, stdin, home):
    results = []
    for argv in (args_gyre, args_python):
        p = subprocess.run(argv, input=stdin.encode(), capture_output=True, timeout=TIMEOUT * 2,
                           cwd=home, env=dict(os.environ, HOME=home))
        results.append((p.stdout.decode(), p.stderr.decode(), p.returncode))
    return results


def without_traceback_markers(stderr):
    """Gyre's tracebacks do not have the 3.11 `~~^~~` markers (a SyntaxError's caret stays)."""
    lines = stderr.split("\n")
    kept = []
    for i, line in enumerate(lines):
        in_frame = i >= 2 and ", in " in lines[i - 2]
        if in_frame and re.fullmatch(r" *[~^]+", line):
            continue
        kept.append(line)
    return "\n".join(kept)


def compare(gyre_result, python_result, what):
    python_result = (python_result[0], without_traceback_markers(python_result[1]),
                     python_result[2])
    names = ("stdout", "stderr", "exit status")
    for name, g, p in zip(names, gyre_result, python_result):
        check(g == p, f"{what}: {name} differs\n--- gyre:\n{g}\n--- python3:\n{p}")


def case_stdin_script(gyre, home):
    g, p = run_both([gyre], [sys.executable], STDIN_PROGRAM, home)
    compare(g, p, "gyre < file")
    g, p = run_both([gyre, "-", "a", "b"], [sys.executable, "-", "a", "b"], STDIN_PROGRAM, home)
    compare(g, p, "gyre - a b")
    for bad in ("x = 1\ny = (1,\n  2 +)\n", "def f():\n  return 1\nreturn 2\n"):
        g, p = run_both([gyre], [sys.executable], bad, home)
        compare(g, p, "a SyntaxError in stdin")


def case_inspect(gyre, home):
    script = os.path.join(home, "script.py")
    with open(script, "w") as f:
        f.write("x = 6\ndef double(v):\n    return 2 * v\n")
    # (Not a SyntaxError: CPython shows no caret in it when stdin is not a terminal, Gyre does.)
    repl_input = "double(x)\nif x:\n    print('yes')\n\nundefined\nimport sys; sys.exit(4)\n"
    g, p = run_both([gyre, "-i", "script.py"], [sys.executable, "-i", "script.py"], repl_input, home)
    compare(g, p, "gyre -i script.py")
    with open(script, "w") as f:
        f.write("y = 7\n1 / 0\n")
    g, p = run_both([gyre, "-i", "script.py"], [sys.executable, "-i", "script.py"], "y * 6\n", home)
    compare(g, p, "gyre -i script.py (raising)")
    g, p = run_both([gyre, "-i", "-c", "z = 5"], [sys.executable, "-i", "-c", "z = 5"], "z\n", home)
    compare(g, p, "gyre -i -c")


SIGINT_PROGRAM = """\
import sys
def spin():
    n = 0
    while True:
        n += 1
        if n == 1000:
            print('ready', flush=True)
spin()
"""


def case_sigint_script(gyre, home):
    script = os.path.join(home, "spin.py")
    with open(script, "w") as f:
        f.write(SIGINT_PROGRAM)
    results = []
    for exe in (gyre, sys.executable):
        p = subprocess.Popen([exe, "spin.py"], cwd=home, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
        try:
            line = p.stdout.readline()
            check(line == b"ready\n", f"{exe}: no 'ready' line")
            p.send_signal(signal.SIGINT)
            out, err = p.communicate(timeout=TIMEOUT)
        finally:
            p.kill()
        # The line the loop was interrupted at varies: keep the traceback's shape.
        err = re.sub(r"line \d+, in spin\n.*\n", "line N, in spin\n", err.decode())
        err = re.sub(r"\n +\^+\n", "\n", err)
        results.append((err, p.returncode))
    check(results[0][1] == -signal.SIGINT, f"gyre's exit is not by SIGINT: {results[0][1]}")
    check(results[0] == results[1], f"SIGINT differs:\n--- gyre:\n{results[0][0]}\n--- python3:\n{results[1][0]}")
    # A KeyboardInterrupt raised by the program itself, uncaught, also ends by SIGINT.
    p = subprocess.run([gyre, "-c", "raise KeyboardInterrupt"], capture_output=True, timeout=TIMEOUT)
    check(p.returncode == -signal.SIGINT, f"raise KeyboardInterrupt: {p.returncode}")
    check(p.stderr.decode().endswith("KeyboardInterrupt\n"), "raise KeyboardInterrupt: traceback")


CASES = {name[5:]: fn for name, fn in globals().items() if name.startswith("case_")}


def main():
    gyre = os.path.abspath(sys.argv[1])
    names = sys.argv[2:] or list(CASES)
    failed = 0
    for name in names:
        with tempfile.TemporaryDirectory(prefix="gyre-repl-") as home:
            try:
                CASES[name](gyre, home)
                print(f"ok   {name}")
            except AssertionError as e:
                failed += 1
                print(f"FAIL {name}: {e}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
