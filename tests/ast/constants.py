# Keyword constants and special names.
True
False
None
x = True
x = False
x = None
x = [True, False, None]
x = not True
x = -True
x = True + False
x = None if True else False
x = __debug__
x = NotImplemented
x = Ellipsis
x = ...
if __debug__:
    pass
if x is None or x is True or x is False:
    pass
f(True, None, flag=False)
x = {None: True}
print(__name__, __file__, __doc__)
