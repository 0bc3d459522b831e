# Tracebacks through generators, yield from chains and throw(), printed by traceback-free
# means: walk __traceback__ and print (function, line) pairs, then one uncaught at the end.
def frames(exc):
    out = []
    tb = exc.__traceback__
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

def failing():
    yield 1
    raise ValueError("in generator")

def middle():
    yield from failing()

def top():
    yield from middle()

try:
    list(top())
except ValueError as e:
    print(frames(e))

def paused():
    yield "a"
    yield "b"
def delegate():
    yield from paused()
d = delegate(); next(d)
try:
    d.throw(KeyError("thrown"))
except KeyError as e:
    print(frames(e))

p = paused()
try:
    p.throw(IndexError("fresh"))
except IndexError as e:
    print(frames(e))

def pep():
    yield 1
    raise StopIteration("x")
try:
    for _ in pep():
        pass
except RuntimeError as e:
    print(frames(e), frames(e.__cause__))

def consumer():
    for x in top():
        pass
try:
    consumer()
except ValueError as e:
    print(frames(e))

def catches():
    try:
        yield from failing()
    except ValueError:
        raise TypeError("converted")
try:
    list(catches())
except TypeError as e:
    print(frames(e), frames(e.__context__))

def gen_expr_fail():
    return list(1 / x for x in [1, 0])
try:
    gen_expr_fail()
except ZeroDivisionError as e:
    print(frames(e))

def close_fail():
    try:
        yield
    finally:
        raise OSError("closing")
cf = close_fail(); next(cf)
try:
    cf.close()
except OSError as e:
    print(frames(e))

def send_target():
    while True:
        x = yield
        print(10 / x)
st = send_target(); next(st); st.send(5)
def driver():
    st.send(0)
driver()
