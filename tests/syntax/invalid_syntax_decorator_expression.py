@f +
def g():
    pass
