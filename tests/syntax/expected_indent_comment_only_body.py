while True:
    # nothing here
