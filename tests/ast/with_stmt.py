# with statements: one item, several items, targets, parenthesized forms.
with open("f") as f:
    data = f.read()

with lock:
    pass

with a as x, b as y, c:
    pass

with a, b, c:
    pass

with ctx() as (first, second):
    pass

with ctx() as [first, second]:
    pass

with ctx() as obj.attr:
    pass

with ctx() as items[0]:
    pass

with ctx() as (a, *rest):
    pass

with (
    open("a") as a,
    open("b") as b,
):
    pass

with (open("a") as a, open("b") as b):
    pass

with (open("a") as a):
    pass

with (a, b):
    pass

with (a, b) as c:
    pass

with (yield_ := make()) as m:
    pass

with (
    first,
    second as s,
    third
):
    pass

with (x) as y, (z):
    pass

with nested() as n:
    with inner() as i:
        with innermost():
            pass

with a: pass

with a as b: x = 1; y = 2

with f(x for x in y) as g:
    pass

with a if b else c as d:
    pass
