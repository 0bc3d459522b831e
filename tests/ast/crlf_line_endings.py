# This file uses CRLF line endings.
x = 1
def f(a,
      b):
    return a + \
        b

s = '''line one
line two'''
if x:
    y = [1,
         2]  # comment
else:
    pass
