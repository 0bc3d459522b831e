import sys
import traceback


def inner():
    raise ValueError('bad value')


def outer():
    try:
        inner()
    except ValueError as e:
        raise KeyError('wrapped') from e


try:
    outer()
except KeyError as e:
    print(''.join(traceback.format_exception(e)), end='')
    print(traceback.format_exc() == ''.join(traceback.format_exception(e)))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    traceback.print_exc(file=sys.stdout)
    tb = e.__traceback__
    for fs in traceback.extract_tb(tb):
        print(fs.filename.endswith('traceback_module.py'), fs.lineno, fs.name, fs.line)
    print(traceback.format_tb(tb))
    fs = traceback.extract_tb(tb)[0]
    print(list(fs), fs[2], len(fs))

print(traceback.format_exc())


def where():
    return traceback.extract_stack()


for fs in where():
    print(fs.lineno, fs.name, fs.line)
print(traceback.format_stack()[-1].strip())
try:
    exec('x = (')
except SyntaxError as e:
    print(traceback.format_exception_only(e))
traceback.print_stack(file=sys.stdout)
print(traceback.format_exception(None))
try:
    1 / 0
except ZeroDivisionError:
    traceback.print_exc()
