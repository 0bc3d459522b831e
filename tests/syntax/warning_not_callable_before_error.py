points = [(1, 2) (3, 4)]
yield points
