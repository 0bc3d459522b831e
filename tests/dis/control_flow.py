# Comprehensions, with, try/except/else, chained comparisons and a while loop with break.
def work(path, values):
    squares = [v * v for v in values if 0 < v < 10]
    with open(path) as f:
        try:
            n = int(f.read())
        except ValueError as e:
            n = -1
        else:
            n += 1
    while n > 0:
        n -= 1
        if n == 3:
            break
    return squares, n
