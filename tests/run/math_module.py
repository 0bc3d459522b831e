# math: constants, float functions, integer functions over big ints, and CPython's errors.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for name in ['sqrt', 'exp', 'log', 'log2', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
             'sinh', 'cosh', 'tanh', 'fabs', 'degrees', 'radians', 'expm1', 'log1p', 'erf',
             'asinh']:
    f = getattr(math, name)
    print(name, [f(x) for x in [0.5, 1, 0.25, 0.75]])
print(math.floor(2.7), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.9), math.trunc(-3.7))
print(math.floor(1e30), math.ceil(-1.5e25), type(math.floor(3.0)).__name__, math.floor(10 ** 40))
print(math.floor(True), math.ceil(7))


class Num:
    def __floor__(self):
        return 'floor!'

    def __ceil__(self):
        return 'ceil!'

    def __trunc__(self):
        return 'trunc!'


print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(0.0, 0), math.pow(-8, 1 / 3) if False else 0)
print(math.log(8, 2), math.log(100, 10), math.log(10 ** 400), math.log2(1024), math.log10(10 ** 50))
print(math.log2(2 ** 1000), math.log10(1000))
print(math.atan2(1, 1), math.atan2(-1, -1), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot())
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1, 1.05, rel_tol=0.1),
      math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6), math.gcd(), math.gcd(2 ** 100, 6 ** 50),
      math.gcd(12, 18, 27))
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(2 ** 40, 3 ** 20, 10))
print(math.factorial(0), math.factorial(20), math.factorial(50))
print(len(str(math.factorial(1000))))
print(math.comb(10, 3), math.comb(100, 50), math.comb(5, 7), math.comb(10 ** 20, 2))
print(math.perm(5), math.perm(10, 3), math.perm(5, 9), math.perm(30, 10))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10 ** 40 + 1), math.isqrt(2 ** 201))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]),
      math.fsum([]), math.fsum(range(10)), math.fsum([math.inf, 1.0]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 30)),
      math.prod([3], start=10), math.prod(['ab'], start=1))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.fmod(7, 3), math.fmod(-7, 3),
      math.fmod(5.5, math.inf))
print(math.modf(3.25), math.modf(-2.5), math.modf(math.inf), math.frexp(8.0), math.frexp(0.0),
      math.frexp(-3.5))
print(math.ldexp(0.5, 4), math.ldexp(1.0, -1080), math.ldexp(3, 2))
print(math.remainder(10, 3), math.nextafter(1.0, 2.0), math.ulp(1.0), math.dist((0, 0), (3, 4)))
print(math.sqrt(4), math.sqrt(2 ** 100), math.exp(0), math.sin(math.pi / 2))
# gamma and lgamma: libm's values may differ from CPython's own Lanczos sum in the last bit
print(math.gamma(5), math.gamma(0.5) - 1.7724538509055159 < 1e-15, math.lgamma(1), abs(math.lgamma(3) - 0.693147180559945) < 1e-15)

for call in ['math.sqrt(-1)', 'math.log(0)', 'math.log(-5)', 'math.log(0.0)', 'math.exp(1000)',
             'math.pow(0, -1)', 'math.pow(10, 400)', 'math.acos(2)', 'math.factorial(-1)',
             'math.factorial(2.5)', 'math.comb(-1, 2)', 'math.comb(5, -2)', 'math.perm(-3)',
             'math.isqrt(-1)', 'math.floor(math.inf)', 'math.ceil(math.nan)', 'math.fmod(1, 0)',
             'math.sqrt("4")', 'math.fsum([math.inf, -math.inf])', 'math.fsum([1e308, 1e308])',
             'math.isclose(1, 2, rel_tol=-1)', 'math.cosh(1000)', 'math.log(10, 1)',
             'math.ldexp(1.0, 2000)', 'math.gcd(1.5)', 'math.trunc("x")', 'math.gamma(0)',
             'math.sin(math.inf)', 'math.log(-(10 ** 400))']:
    try:
        print(call, eval(call) if False else None) if False else None
        result = {
            'math.sqrt(-1)': lambda: math.sqrt(-1), 'math.log(0)': lambda: math.log(0),
            'math.log(-5)': lambda: math.log(-5), 'math.log(0.0)': lambda: math.log(0.0),
            'math.exp(1000)': lambda: math.exp(1000), 'math.pow(0, -1)': lambda: math.pow(0, -1),
            'math.pow(10, 400)': lambda: math.pow(10, 400), 'math.acos(2)': lambda: math.acos(2),
            'math.factorial(-1)': lambda: math.factorial(-1),
            'math.factorial(2.5)': lambda: math.factorial(2.5),
            'math.comb(-1, 2)': lambda: math.comb(-1, 2), 'math.comb(5, -2)': lambda: math.comb(5, -2),
            'math.perm(-3)': lambda: math.perm(-3), 'math.isqrt(-1)': lambda: math.isqrt(-1),
            'math.floor(math.inf)': lambda: math.floor(math.inf),
            'math.ceil(math.nan)': lambda: math.ceil(math.nan),
            'math.fmod(1, 0)': lambda: math.fmod(1, 0), 'math.sqrt("4")': lambda: math.sqrt("4"),
            'math.fsum([math.inf, -math.inf])': lambda: math.fsum([math.inf, -math.inf]),
            'math.fsum([1e308, 1e308])': lambda: math.fsum([1e308, 1e308]),
            'math.isclose(1, 2, rel_tol=-1)': lambda: math.isclose(1, 2, rel_tol=-1),
            'math.cosh(1000)': lambda: math.cosh(1000), 'math.log(10, 1)': lambda: math.log(10, 1),
            'math.ldexp(1.0, 2000)': lambda: math.ldexp(1.0, 2000),
            'math.gcd(1.5)': lambda: math.gcd(1.5), 'math.trunc("x")': lambda: math.trunc("x"),
            'math.gamma(0)': lambda: math.gamma(0), 'math.sin(math.inf)': lambda: math.sin(math.inf),
            'math.log(-(10 ** 400))': lambda: math.log(-(10 ** 400)),
        }[call]()
        print(call, result)
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(call, type(e).__name__, e)
