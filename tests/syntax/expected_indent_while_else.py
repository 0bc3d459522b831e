while x:
    x -= 1
else:
x = 0
