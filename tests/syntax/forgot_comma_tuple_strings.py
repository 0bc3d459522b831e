t = ('a' 'b' 'c' d)
