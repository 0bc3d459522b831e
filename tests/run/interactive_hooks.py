# What the REPL relies on, seen from a script: sys.displayhook, builtins._, exit/quit, and the
# absence of sys.ps1/ps2 outside interactive mode.
import builtins
import sys

print(hasattr(sys, 'ps1'), hasattr(sys, 'ps2'))
print(sys.displayhook is sys.__displayhook__)
print(hasattr(builtins, '_'))
r = sys.displayhook(None)
print(r, hasattr(builtins, '_'))
sys.displayhook(42)
print(builtins._)
sys.displayhook('text')
print(repr(builtins._))
sys.displayhook(None)
print(repr(builtins._))


class Shown:
    def __repr__(self):
        print('during repr, _ is', repr(builtins._))
        return 'Shown()'


sys.displayhook(Shown())
print(type(builtins._).__name__)


class Bad:
    def __repr__(self):
        raise ValueError('no repr')


try:
    sys.displayhook(Bad())
except ValueError as e:
    print('ValueError', e, repr(builtins._))

print(repr(exit))
print(str(quit))
print(callable(exit), type(exit).__name__)
for quitter, args in ((exit, ()), (quit, (3,)), (exit, ('bye',))):
    try:
        quitter(*args)
    except SystemExit as e:
        print('SystemExit', e.args, e.code)
try:
    exit(1, 2)
except TypeError as e:
    print('TypeError', e)
quit(5)
