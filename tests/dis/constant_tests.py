# Tests whose truth is a constant compile to an unconditional jump or to none: `while True:`
# has no test at the top of each iteration, `if 0:` jumps over its body.
def server(target):
    while True:
        item = yield
        target.send(item)


def never():
    while 0:
        print("unreachable")
    if "":
        print("empty string is false")
    else:
        print("else branch")
    return 1
