# Boolean operators and comparisons, including chains.
x = a and b
x = a or b
x = a and b and c
x = a or b or c
x = a and b or c and d
x = a or b and c or d
x = (a or b) and (c or d)
x = not a or b
x = not (a or b)
x = a and not b
x = a == b
x = a != b
x = a < b
x = a <= b
x = a > b
x = a >= b
x = a is b
x = a is not b
x = a in b
x = a not in b
x = a < b < c
x = a < b <= c > d >= e == f != g
x = a is b is not c in d not in e
x = a < b and b < c
x = not a < b
x = a == b == c
x = (a < b) < c
x = a < (b < c)
x = a is not (not b)
x = a in (b, c) not in d
x = a not in [1, 2] or b in {3: 4}
x = a or b if c else d and e
x = lambda: a and b
x = a == b or c != d and not e is None
x = 1 < 2 > 3 == 4 >= 5 <= 6 != 7 in [8] not in [9] is x is not y
if a and (b or c) and not (d and e):
    pass
