# Pairs of instructions the loop runs as one superinstruction (vm/opcodes.def): each must
# behave as its two instructions would, including errors raised by the second one, jumps that
# land on the second one, and comparisons that are not between numbers.
import traceback


def second_load_unbound(flag):
    a = 1
    if flag:
        b = 2
    return a + b  # LOAD_FAST a, LOAD_FAST b: b unbound


for flag in (True, False):
    try:
        print(second_load_unbound(flag))
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
        print(traceback.extract_tb(e.__traceback__)[-1].lineno)


def jump_to_second(n):
    # The loop's back edge lands between the pair LOAD_FAST i / LOAD_FAST n.
    i = 0
    total = 0
    while i < n:
        total += i
        i += 1
    return total, i


print(jump_to_second(10), jump_to_second(0))


def swap(a, b):
    a, b = b, a  # STORE_FAST, STORE_FAST
    return a, b


print(swap(1, "x"))


def compare_branch(a, b):
    out = []
    if a < b:
        out.append("lt")
    if not a == b:
        out.append("ne")
    if a >= b:
        out.append("ge")
    return out


nan = float("nan")
for a, b in [(1, 2), (2, 1), (1.5, 1), (1, 1.0), (nan, nan), (2**60, 2**61), ("a", "b"),
             ((1, 2), (1, 3)), (True, 0), (None, None)]:
    try:
        print(repr(a), repr(b), compare_branch(a, b))
    except TypeError as e:
        print("TypeError:", e)


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt called")
        return self.v < other.v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        raise ValueError("no >= here")


try:
    compare_branch(Loud(1), Loud(2))
except ValueError as e:
    print("ValueError:", e, traceback.extract_tb(e.__traceback__)[-2].lineno)


def load_const_then_fast(x):
    return 10 - x, x - 10  # LOAD_CONST, LOAD_FAST / LOAD_FAST, LOAD_CONST


print(load_const_then_fast(3))


# FOR_ITER + STORE_FAST: range (across the small-int edge), list (grown while iterated),
# generators, other iterators, and a loop variable whose old value has a finalizer.
def loops():
    out = []
    for i in range(2**47 - 2, 2**47 + 2):
        out.append(i - 2**47)
    items = [1, 2]
    for x in items:
        if len(items) < 5:
            items.append(x * 10)
        out.append(x)
    for g in (n * n for n in range(3)):
        out.append(g)
    for c in "ab":
        out.append(c)
    for k, v in {"p": 1}.items():
        out.append((k, v))
    return out


print(loops())


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def rebinding():
    for obj in [Noisy(1), Noisy(2)]:
        pass
    print("loop done")


rebinding()


def global_calls():
    return len("abc"), abs(-4), max(2, 9)


print(global_calls())
