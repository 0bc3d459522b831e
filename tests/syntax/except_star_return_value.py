def f():
    try:
        pass
    except* ValueError as e:
        return e
