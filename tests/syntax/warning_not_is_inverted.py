if not x is "a":
    pass
return
