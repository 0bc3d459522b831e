# Starred expressions in every allowed position.
a, *b = c
*a, b = c
[a, *b] = c
(*a, b) = c
a, *b, c = d
for a, *b in c:
    pass
x = *a, b
x = a, *b
x = [*a, *b, c]
x = {*a, *b, c}
x = (*a, *b, c)
f(*a, *b, c)
f(a, *b, c=d, *e)
x = a[*b]
x = a[*b, *c]
x = a[1, *b]
return_value = [*range(3)]


def gen():
    yield *a, b
    return *a, b


for x in *a, *b:
    pass
print(*[1], *(2,), *{3}, *"4")
x = {**a, "k": 1, **b}
f(**a, **b, k=1)
t: tuple[int, *Ts] = ()
