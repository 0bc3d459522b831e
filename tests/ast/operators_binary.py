# Every binary operator, with precedence and associativity mixes.
a + b
a - b
a * b
a @ b
a / b
a // b
a % b
a ** b
a << b
a >> b
a & b
a ^ b
a | b
a + b - c + d
a - b - c
a - (b - c)
a * b / c // d % e @ f
a + b * c
(a + b) * c
a * b + c * d
a ** b ** c
(a ** b) ** c
a << b + c
a + b << c
a & b | c ^ d
a | b & c
a ^ b & c | d
a | b ^ c & d << e + f * g ** h
x = 1 + 2 * 3 - 4 / 5 % 6 // 7 ** 8
x = 2 ** 3 ** 2
x = a @ b @ c
x = (a @ b) @ c
x = a + -b
x = a - -b
x = a * +b
x = a ** -b
x = -a ** b
x = a // -b % c
x = "a" + "b" * 3
x = [1] * 3 + [2]
x = a if b else c + d
x = (a if b else c) + d
x = a + (b if c else d)
x = ~a & b
x = a & ~b | ~c
x = 1 << 2 >> 3
x = f(a) + g(b) * h[c] ** d.e
x = a.b ** c.d
x = a[b] @ c[d]
x = a+b*c-d
x = a+-b
x = a--b
x = a- - -b
