for __debug__ in range(3):
    pass
