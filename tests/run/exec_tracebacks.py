import sys

def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, e)

src = "def boom(n):\n    if n == 0:\n        raise KeyError('deep')\n    return boom(n - 1)\nboom(2)\n"
show(lambda: exec(src))
try:
    exec("x = (1,\n 2")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text.rstrip()), e.filename)
try:
    compile("for x in y:\nprint(x)", "prog.py", "exec")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.filename)
try:
    exec("def f():\n    return 1\n    yield\nreturn 5")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text))
e = SyntaxError("custom", ("file.py", 3, 4, "  abc def\n", 3, 7))
print(e, e.args, e.end_offset)
sys.stderr.write("-- exec traceback\n")
try:
    exec(src, {})
except KeyError:
    sys.stderr.write("caught\n")
def fail():
    exec("1 +* 2")
fail()
