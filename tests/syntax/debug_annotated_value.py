__debug__: bool = True
