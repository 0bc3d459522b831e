async def f():
    g = lambda: (yield from x)
    yield from y
