def f():
    return [x async for x in (await y for y in z)]
