# f-strings and the format mini-language shared by format(), str.format and f-strings.
x, name, pi = 42, "gyre", 3.14159265
print(f"{x} {x!r} {name!r} {name:>8}| {name:*^9} {pi:.3f} {pi:10.2e} {x:#06x} {x:,} {1234567.891:_.2f}")
print(f"{x = }, {pi=:.2f}, {name.upper()!s:5}.")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}}] [{'nested':{'^'}{width}}]")
print("{} {:>5} {name} {0}".format(1, 2, name="n") if False else "{0} {1:>5} {name}".format(1, 2, name="n"))
print("{0[1]} {1.real} {d[k]}".format([7, 8], 5, d={"k": "v"}))
print(format(0.1, ".17g"), format(1e100, "g"), format(-0.0, "+"), format(12345, "e"), format(0.5, "%"))
print("%5d|%-5s|%05.1f|%x|%o|%c|%r|%%" % (42, "ab", 3.14159, 255, 8, 65, "q"))
for bad in ["{", "}", "{0} {}", "{:d}"]:
    try:
        print(bad.format(1.5))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(ascii('é€😀x'), f"{'ü'!a}", '{!a}'.format('ß'), f'{"é"!r}')
