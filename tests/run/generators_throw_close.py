# throw() and close(): every form, at every kind of paused yield.
import sys

def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", repr(e), "handling", sys.exc_info()[0].__name__)
        yield "recovered"
    else:
        print("else ran")
    finally:
        print("finally ran")
    yield "after"

g = guarded(); next(g)
print(g.throw(ValueError))
print(next(g))
try:
    next(g)
except StopIteration:
    print("done")

for args in [(ValueError,), (ValueError, "msg"), (ValueError, ("a", 1)), (ValueError("inst"),),
             (ValueError, None), (ValueError, ValueError("same")), (ValueError, None, None)]:
    g = guarded(); next(g)
    print(args[0] if isinstance(args[0], type) else "instance", "->", g.throw(*args))

g = guarded(); next(g)
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e), g.gi_frame, g.gi_suspended)
try:
    next(g)
except StopIteration:
    print("finished after throw")
try:
    g.throw(TypeError("into finished"))
except TypeError as e:
    print("finished raises", e)

fresh = guarded()
try:
    fresh.throw(RuntimeError("at start"))
except RuntimeError as e:
    print("not started:", e, fresh.gi_frame)

bad = guarded(); next(bad)
for args in [(1,), ("str",), (ValueError("x"), "value"), (ValueError, None, "tb"), (object,)]:
    try:
        bad.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
print("still suspended:", bad.gi_suspended)
try:
    bad.throw()
except TypeError as e:
    print(e)

try:
    raise KeyError("k")
except KeyError as exc:
    tb = exc.__traceback__
g = guarded(); next(g)
try:
    g.throw(IndexError, IndexError("with tb"), tb)
except IndexError as e:
    n = 0
    t = e.__traceback__
    while t:
        n += 1
        t = t.tb_next
    print("traceback entries", n)

def resource():
    print("open")
    try:
        yield "data"
        yield "more"
    finally:
        print("close")
r = resource(); next(r)
print(r.close(), r.gi_frame, r.close())
print(resource().close())
r = resource()
print(list(r))

def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        yield "ignored"
i = ignore_exit(); next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def raise_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("during close")
ro = raise_other(); next(ro)
try:
    ro.close()
except ValueError as e:
    print("close raised", e, type(e.__context__).__name__)

def return_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "value ignored"
rx = return_on_exit(); next(rx)
print("close returns", rx.close())

def stop_on_exit():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration
so = stop_on_exit(); next(so)
try:
    print("close", so.close())
except RuntimeError as e:
    print("RuntimeError", e)

def with_cm():
    class CM:
        def __enter__(self):
            print("enter")
        def __exit__(self, *a):
            print("exit", a[0].__name__ if a[0] else None)
            return a[0] is KeyError
    with CM():
        yield 1
    yield "after with"
w = with_cm(); next(w)
print(w.throw(KeyError))
w = with_cm(); next(w)
try:
    w.throw(IndexError)
except IndexError:
    print("IndexError passed through")
w = with_cm(); next(w); w.close()

def exc_state():
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]
es = exc_state()
print(repr(next(es)), repr(sys.exc_info()[1]))
try:
    raise IndexError("outer")
except IndexError:
    print(repr(next(es)), repr(sys.exc_info()[1]))
    print(repr(next(es)))

def chained():
    try:
        yield 1
    except KeyError:
        yield 2
c = chained(); next(c); c.throw(KeyError("first"))
try:
    c.throw(ValueError("second"))
except ValueError as e:
    print("context", repr(e.__context__))

def reraiser():
    try:
        yield
    except Exception:
        raise
rr = reraiser(); next(rr)
try:
    rr.throw(ZeroDivisionError("re"))
except ZeroDivisionError as e:
    print("reraised", e)

def pep479():
    yield 1
    next(iter([]))
try:
    list(pep479())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
def stop_subclass():
    class MyStop(StopIteration):
        pass
    raise MyStop("sub")
    yield
try:
    next(stop_subclass())
except RuntimeError as e:
    print(repr(e), type(e.__cause__).__name__)
def throw_stop():
    yield 1
ts = throw_stop(); next(ts)
try:
    ts.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("thrown StopIteration ->", e)

def close_in_finally():
    try:
        yield 1
    finally:
        yield 2
cf = close_in_finally(); next(cf)
try:
    cf.close()
except RuntimeError as e:
    print(e)
