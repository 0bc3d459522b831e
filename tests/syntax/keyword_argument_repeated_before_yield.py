f((yield), x=1, x=2)
