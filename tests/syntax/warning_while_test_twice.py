while x is not ():
    pass
break
