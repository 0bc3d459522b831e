# Assignment expressions in every allowed position.
if (n := len(a)) > 10:
    pass

while (chunk := read(1024)):
    process(chunk)

x = (y := 5)
print(z := 1)
print(a, b := 2)
f(x := 1, y=(z := 2))
items = [y := 1, y ** 2]
data = [y for x in range(3) if (y := x * 2)]
values = [(last := x) for x in range(5)]
d = {(k := 1): (v := 2)}
s = {(e := 3)}
t = (w := 4),
lam = lambda: (q := 5)
r = x[(i := 0)]
r = x[i := 0]
r = x[(a := 1):(b := 2)]
cond = (c := 1) if (d := 2) else (e := 3)
assert (ok := check()), ok
total = sum(v for v in values if (m := v % 2))
if any((hit := item) == target for item in items):
    print(hit)
def f(a=(default := 3)):
    return (inner := a)
with (ctx := make()):
    pass
for i in (seq := [1, 2]):
    pass
foo((bar := 1), baz=(qux := 2))
x = [1, 2, (three := 3)]
y = f"{(w := 10)}"
while (a := a - 1) and (b := b + 1):
    pass
