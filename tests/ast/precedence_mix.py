# Expressions mixing many precedence levels at once.
x = lambda a: a if a else not a or a and a | a ^ a & a << a + a * -a ** a
x = not a == b or c < d and e in f
x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
x = -a.b[c](d) ** -e.f
x = (a or b) and (c or d) if (e and f) else (g or h)
x = a if b else lambda: c if d else e
x = [a for b in c if d or e and not f]
x = a < b == c > d != e <= f >= g is h is not i in j not in k
x = await_ + yield_
x = ~a ** -b
x = a * b ** c * d
x = a ** b * c ** d
x = a + b * c ** d ** e / f - g
x = a << b < c
x = a & b == c
x = not a in b
x = not a is b
x = -a < -b
x = a or not b and c
x = (a, b if c else d, *e)
x = a[b:c, d:e:f, g, ...][h](i, *j, k=l, **m).n
x = f"{a + b * c:{d}}" + g
x = a if b else c, d
x = (yield_ := a + b) * c


async def coro():
    x = await a ** b
    y = -await a
    z = await a + await b * await c
    w = not await a
    v = await a if await b else await c
