def f():
    try:
        return
        break
    finally:
        continue
