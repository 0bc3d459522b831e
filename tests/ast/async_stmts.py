# async def / async for / async with and await.
import asyncio


async def simple():
    pass


async def awaits():
    await asyncio.sleep(1)
    x = await fetch()
    y = await a.b.c()
    z = [await v for v in values]
    return await other


async def loops():
    async for item in aiter():
        print(item)
    async for a, b in pairs():
        pass
    else:
        done()
    async for x in y:
        if x:
            break
        continue


async def contexts():
    async with lock:
        pass
    async with open_a() as a, open_b() as b:
        pass
    async with (
        first() as f,
        second() as s,
    ):
        pass
    async with ctx as (x, y):
        pass


async def comprehensions():
    xs = [x async for x in aiter()]
    ys = {x async for x in aiter() if await pred(x)}
    zs = {k: v async for k, v in aitems()}
    gs = (x async for x in aiter())
    nested = [y for x in xs async for y in x]
    awaited = [await f(x) for x in xs]
    return xs, ys, zs, gs, nested, awaited


async def generator():
    yield 1
    x = yield
    await asyncio.sleep(0)


async def expressions():
    result = await a + await b
    neg = -await c
    power = await base ** 2
    call = (await get())()
    attr = (await obj).attr
    sub = (await seq)[0]
    cond = await a if await b else await c
    lam = lambda: 1
    return [result, neg, power, call, attr, sub, cond, lam]


class Service:
    async def start(self):
        async with self.lock:
            await self.run()

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


async def oneliners():
    async for x in y: pass
    async with z: pass
