try:
    pass
finally:
    x is -1
return
