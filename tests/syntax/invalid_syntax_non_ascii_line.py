größe = 1 2
