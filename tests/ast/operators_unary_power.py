# Unary operators and their interaction with ** and await.
x = -1
x = +1
x = ~1
x = not 1
x = --1
x = -+-+1
x = ~~x
x = not not x
x = -2 ** -3
x = (-2) ** -3
x = -(2 ** -3)
x = 2 ** -1
x = 2 ** -a ** -b
x = -x ** 2
x = ~x ** 2
x = not -x
x = -x.attr
x = -x[0]
x = -f()
x = -(a + b)
x = not a == b
x = not (a == b)
x = (not a) == b
x = -a * -b
x = +a + +b
x = -1.5
x = -1j
x = -0x10
x = - - - 1
x = not a and not b or not c
x = a ** b ** -c ** d
x = (-1) ** 0.5
x = ~-~-~0
