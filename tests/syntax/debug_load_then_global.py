def f():
    print(__debug__)
    global __debug__
    del __debug__
