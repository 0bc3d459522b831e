# An uncaught exception through several frames, with chaining: CPython's traceback on stderr.
def parse(text):
    return int(text)

def load(items):
    return [parse(x) for x in items]

def main():
    try:
        load(["1", "x"])
    except ValueError as e:
        raise RuntimeError("could not load") from e

print("before")
main()
print("never")
