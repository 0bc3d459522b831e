# Explicit line joining with backslashes.
x = 1 + \
    2
y = 1 \
    + 2 \
    + 3
if a and \
   b:
    pass
with open("a") as f, \
     open("b") as g:
    pass
assert x, \
    "message"
z = \
    5
def f(a,
      b) \
        -> int:
    return a \
        + b
s = 'string ' \
    'continued'
import os, \
    sys
from os import path, \
    sep
value = [1, 2, \
         3]
for i in \
        range(3):
    pass
while \
    False:
    pass
del a, \
    b
t = 1, \
    2
k = lambda: \
    0
if True:
    w = 1 + \
2
    v = 3
n = 1 \
\
+ 2
