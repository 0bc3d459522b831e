from .sub.deep import depth
def helper():
    return "util.helper " + str(depth())
