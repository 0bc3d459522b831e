# try/except/else/finally, raise from, implicit chaining, bare raise, finally ordering.
def order():
    log = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            log.append(("try", i))
        except ValueError as e:
            log.append(("except", e.args))
        else:
            log.append(("else", i))
        finally:
            log.append(("finally", i))
    return log

print(order())

def returns_in_finally():
    try:
        return "try"
    finally:
        print("finally runs before the return completes")

print(returns_in_finally())

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise KeyError("k") from e
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__)

try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise
except TypeError as e:
    print("re-raised", e)

try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))

class MyError(Exception):
    def __init__(self, code):
        super().__init__("code", code)
        self.code = code

try:
    raise MyError(7)
except Exception as e:
    print(type(e).__name__, e.code, e.args, str(e))

e = None
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(err)
print(str(KeyError("a")), str(KeyError()), repr(ValueError()), str(ValueError(1, 2)))
print(issubclass(KeyError, LookupError), isinstance(StopIteration(), Exception))
