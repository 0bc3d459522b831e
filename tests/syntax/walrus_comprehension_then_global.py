def f():
    [(x := 1) for y in range(3)]
    global x
