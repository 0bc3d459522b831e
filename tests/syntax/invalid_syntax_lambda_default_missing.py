f = lambda x=: x
