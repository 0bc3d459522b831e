# return and yield / yield from in every position.
def r0():
    return


def r1():
    return 1


def r2():
    return 1, 2


def r3():
    return *a, *b


def r4():
    return (yield)


def g0():
    yield


def g1():
    yield 1
    yield 1, 2
    yield *a, b
    yield from other()
    yield from (x for x in y)


def g2():
    x = yield
    x = yield 1
    x = yield a, b
    x = yield from g1()
    y = (yield)
    z = (yield 1)
    f((yield))
    f((yield x))
    f((yield from x))
    lst = [(yield), (yield 1)]
    d = {(yield): (yield)}
    s = {(yield a)}
    t = (yield), (yield)
    w = (yield) + (yield)
    await_like = not (yield)
    x += yield
    x -= yield 2
    obj.attr = yield
    obj[0] = yield value
    a = b = yield c
    v: int = yield
    print((yield), sep=(yield))
    return (yield from g1())


def g3():
    if (yield):
        pass
    while (yield x):
        pass
    for i in (yield):
        pass
    with (yield) as y:
        pass
    return [i for i in (yield)] if False else None


def g4():
    yield lambda: (yield)
    x = yield lambda: 1
    yield (yield (yield))


async def ag():
    yield
    yield 1
    x = yield
    await x
