# while/else, for/else, break, continue, pass.
while True:
    break

while x:
    x -= 1
else:
    done = True

while (line := read()) != "":
    if not line:
        continue
    process(line)

for i in range(10):
    pass

for i, j in pairs:
    pass

for (i, j) in pairs:
    pass

for [i, j] in pairs:
    pass

for i, (j, k) in nested:
    pass

for *a, b in seqs:
    pass

for obj.attr in values:
    pass

for items[0] in values:
    pass

for x in 1, 2, 3:
    pass

for x in *a, *b:
    pass

for x in range(3):
    if x == 1:
        continue
    if x == 2:
        break
else:
    nobreak()

for x in y:
    for z in x:
        while z:
            z = z - 1
            if z:
                break
        else:
            continue
        break

for i in range(3): pass
while False: pass
for i, in [(1,), (2,)]:
    pass
for x in lambda: 1, lambda: 2:
    pass
for x in (yield_ := [1, 2]):
    pass
