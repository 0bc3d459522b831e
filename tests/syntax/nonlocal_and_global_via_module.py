nonlocal x
def f():
    global x
