# BINARY_OP's specializations (vm/opcodes.def) against every kind of operand: small ints at
# the edge of the immediate range, floats, mixes, big ints, str/list operands, errors.
big = 2**47
cases = [(1, 2), (big - 1, 1), (-big, -1), (big, big), (2**100, 1), (1.5, 2.25), (1, 0.5),
         (0.5, 3), (-7, 3), (7, -3), (-7.5, 2), (3, 0), (0.0, 0), ("ab", "cd"), ([1], [2]),
         ("ab", 3), ([0], 2), (True, True), (2**62, 2**62), (-(2**47), 2**47)]


def apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    return a % b


def apply_inplace(op, a, b):
    if op == "+":
        a += b
    elif op == "-":
        a -= b
    elif op == "*":
        a *= b
    else:
        a %= b
    return a


for a, b in cases:
    row = []
    for op in "+-*%":
        for fn in (apply, apply_inplace):
            try:
                row.append(repr(fn(op, a, b)))
            except Exception as e:
                row.append(type(e).__name__)
    print(repr(a), repr(b), " ".join(row))

total = 0
for i in range(100):
    total = total * 3 + i - 7  # grows past the small-int range on the way
print(total % 1000003, total.bit_length())
