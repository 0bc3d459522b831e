# List, set, dict comprehensions and generator expressions.
[x for x in y]
{x for x in y}
{k: v for k, v in items}
(x for x in y)
[x for x in y if x]
[x for x in y if x if not x]
[x * y for x in a for y in b]
[x for x in a if x for y in b if y for z in c]
[(x, y) for x in range(3) for y in range(x)]
[[x for x in row] for row in matrix]
[x for row in matrix for x in row]
{k: [v for v in vs] for k, vs in groups.items()}
{(a, b) for a in x for b in y if a != b}
[x for x, in pairs]
[x for x, y in pairs]
[x for (x, y) in pairs]
[x for [x, y] in pairs]
[x for *x, y in triples]
[f(x) for x in g(y) if h(x)]
[x for x in (1, 2, 3)]
[lambda: x for x in y]
[x if x else 0 for x in y]
[x for x in (lambda: y)()]
[x for x in y if (x if x else 0)]
[x for x in (1, 2)]
[x for x in y or z if a and b]
sum(x for x in y)
sum((x for x in y), 0)
list(x for x in range(10) if x % 2)
dict((k, v) for k, v in pairs)
{**{k: v for k, v in a}, **b}
[*[x for x in y]]
[[[z for z in y] for y in x] for x in w]
((x, y) for x in a for y in b)
{x: {y: z for y, z in x} for x in data}
[x.attr for x in objs]
[x[0] for x in seqs]
[i for i in range(10) if i > 2 if i < 8]
[obj.attr for obj.attr in values]


async def agen():
    [x async for x in aiter()]
    {x async for x in aiter()}
    {k: v async for k, v in aiter()}
    (x async for x in aiter())
    [x for y in z async for x in y]
    [x async for y in z for x in y]
    [await x for x in y]
    [x for x in y if await x]
    [x async for x in aiter() if await pred(x)]
