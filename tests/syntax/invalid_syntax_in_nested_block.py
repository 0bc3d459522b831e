def f():
    for i in x:
        if i:
            while True:
                y = i +* 2
