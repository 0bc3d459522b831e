# Conditional expressions, alone and nested.
x = a if b else c
x = a if b else c if d else e
x = (a if b else c) if d else e
x = a if (b if c else d) else e
x = a if b else (c if d else e)
x = [a if b else c for a in d]
x = [a for a in b if c if d]
x = [a if b else c for a in d if e]
x = f(a if b else c)
x = f(a if b else c, d if e else f)
x = lambda: a if b else c
x = (lambda: a) if b else (lambda: c)
x = a or b if c and d else e or f
x = not a if b else not c
x = a + 1 if b - 1 else c * 2
x = (yield_ := 1) if True else 0
x = {k: v if v else None for k, v in items}
x = a if b else lambda: c
x = 1 if a else 2 if b else 3 if c else 4
print(a if b else c, end="" if d else "\n")
y = (
    first
    if condition
    else second
)
