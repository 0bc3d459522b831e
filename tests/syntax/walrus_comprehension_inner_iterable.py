[x for x in range(3) for y in (z := [x])]
