# This file deliberately ends without a newline.
def f():
    if True:
        return 1
x = f()