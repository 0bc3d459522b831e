print("abc"[1, 2])
print([1, 2][3, 4])
print((1)[0])
continue
