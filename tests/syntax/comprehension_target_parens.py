y = [a, b for a, b in z]
