x = 1 if 2else 3 4
