# Expression statements and small statements of every kind.
global x
pass
x
x.y
x[0]
f()
1
"string"
-x
x + y
x if y else z
lambda: 0
[x]
(x, y)
x, y
*x, y
await_ = 1
not x
x and y
x < y
x == y
(yield_)
(x)
((x))
{}
[]
()
{1}
{1: 2}
x = 1
del x
import x
assert x
if x: pass
break_ = continue_ = 0
for _ in (): break
for _ in (): continue
while 0: pass
def f(): return
def g(): pass
class C: pass
