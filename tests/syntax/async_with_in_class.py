async def f():
    class C:
        async with a as b:
            pass
