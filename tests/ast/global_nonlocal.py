# global and nonlocal declarations.
counter = 0
a = b = c = 0


def increment():
    global counter
    counter += 1


def many():
    global a, b, c
    a = b = c = 1


def outer():
    x = 0
    y = 0

    def inner():
        nonlocal x
        x += 1

        def innermost():
            nonlocal x, y
            x = y = 2
            global counter
            counter = x

        innermost()

    inner()
    return x


def global_then_use():
    global undefined_before
    undefined_before = 1
    return undefined_before


class C:
    global class_level
    class_level = 1

    def method(self):
        global counter
        return counter
