[i for i in range(5) if (j := i) for j in range(5)]
