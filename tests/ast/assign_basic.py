# Plain, chained, tuple/list and starred assignment targets.
x = 1
x = y = z = 0
a, b = 1, 2
(a, b) = (b, a)
[a, b] = [1, 2]
a, = [1]
(a,) = (1,)
[a] = [1]
a, (b, c), [d, e] = 1, (2, 3), [4, 5]
first, *rest = range(10)
*init, last = range(10)
head, *middle, tail = "abcdef"
[*xs] = 1, 2, 3
(*ys,) = 4, 5
a, *b, (c, *d) = 1, 2, 3, (4, 5, 6)
obj.attr = 1
obj.a.b.c = 2
obj[0] = 3
obj[1:2] = [4]
obj[key][other] = 5
obj.method().attr = 6
f()[0] = 7
a = b = obj.x = obj[0] = c, d = 1, 2
x = yield_ = 1
t = 1,
t = ()
t = (1)
t = (1,)
u = lambda: 0
v = (w := 3)
long_name_with_underscores_123 = _private = __dunder__ = _ = 0
x = \
    5
