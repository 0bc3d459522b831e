# A backslash continuation inside the indentation of a line: CPython skips it, and the
# column of the first backslash is the indentation.
if 1:
    pass
    \

    pass
if 2:
  \
    x = 1
  y = 2
