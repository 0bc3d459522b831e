def depth():
    return 3
