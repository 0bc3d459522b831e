tests = [
 "exec(1)", "exec('x', 1)", "exec('x', {}, 1)", "eval(1)", "eval('x', 1)", "eval('x', {}, 1)",
 "compile(1, 'f', 'exec')", "compile('x', 'f', 'bad')", "compile('a\\0', 'f', 'exec')", "eval('a\\0')",
 "exec('a\\0')", "compile('x', 1, 'exec')", "eval('1', [])", "exec('', [])",
 "print(eval(' \\t 1+1'))", "print(eval('\\n1'))", "compile('1', 'f', 'exec', flags=12345)", "exec(b'print(1)')", "print(eval(b'2'))",
 "compile(b'x=1', 'f', 'exec')", "eval('x=1')", "exec('return 1')", "g={}; exec('', g); print(type(g['__builtins__']))",
 "compile('x', 'f', 'exec', dont_inherit=True, optimize=0)", "compile(source='x', filename='f', mode='exec')",
 "print(repr(compile('x', 'f', 'exec'))[:25])", "print(eval(\"('a', 'b')\"))", "print(eval('1', {}, {}))", "exec('import sys')",
 "def f():\n  y=3\n  return eval('y+1')\nprint(f())",
 "def f():\n  y=3\n  exec('y=4; z=5')\n  return y\nprint(f())",
 "class M:\n  def __getitem__(s, k): return 42\nprint(eval('a+1', {}, M()))",
 "exec('')",
 "ns = {}; exec('def sq(x):\\n    return x * x\\nresult = sq(7)', ns); print(ns['result'], ns['sq'].__name__, ns['sq'].__module__)",
 "ns = {'__name__': 'mod'}; exec('def sq(x):\\n    return x\\n', ns); print(ns['sq'].__module__)",
 "code = compile('a * 2', '<calc>', 'eval'); print(eval(code, {'a': 21}), code.co_filename, code.co_name)",
 "exec(compile('print(\"hi from code\")', 'x', 'exec'))",
 "g = {'x': 1}; l = {'x': 2}; exec('y = x', g, l); print(sorted(l), 'y' in g)",
 "print(eval('[i*i for i in range(4)]'))",
 "print(eval('[i*k for i in range(4)]', {'k': 3}))",
 "eval('1 +')",
 "exec('if True:\\n  x=1\\n y=2')",
 "exec('def g():\\n    yield 1\\n    yield 2\\nprint(list(g()))')",
 "exec('raise ValueError(5)')",
 "print(eval('__name__'), eval('__name__', {}))",
 "exec('import os', {}); print('ok')",
 "eval('1', None, None)",
 "exec('x=1', None, None)",
 "eval('x', {'x': 5}, None)",
 "compile('x', 'f')",
 "compile('x', 'f', 'exec', 0, False, 0, 1)",
 "compile('x', 'f', 'exec', foo=1)",
 "eval()", "exec()", "exec(' 1', {}, {}, {})", "eval('1', {}, {}, {})", "exec('1', globals={})", "eval('1', closure=None)", "eval('1', globals={})",
]
for t in tests:
    try:
        exec(t)
        print("ok")
    except BaseException as e:
        print(repr(t), '->', type(e).__name__, e)
