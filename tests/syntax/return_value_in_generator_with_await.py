def f():
    return 1
    yield 2
    await z
