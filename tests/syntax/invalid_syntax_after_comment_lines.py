# comment
# another
   # indented comment
x = 1 +
