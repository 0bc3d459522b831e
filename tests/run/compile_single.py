exec(compile('1 + 1', '<s>', 'single'))
exec(compile('x = 5; x * 2', '<s>', 'single'))
exec(compile('for i in range(2): i\n', '<s>', 'single'))
exec(compile('None', '<s>', 'single'))
for src in ['a = 1\nb = 2\n', 'if x:\n']:
    try:
        compile(src, '<s>', 'single')
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
print(_)
