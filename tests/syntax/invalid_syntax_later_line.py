import os

def f(a):
    return a

class C:
    x = 1
    y = = 2
