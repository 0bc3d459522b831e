def f():
    '''docstring
    more

x = 1
