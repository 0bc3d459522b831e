# During handling of the above exception, another exception occurred.
def cleanup():
    raise KeyError("cleanup")

try:
    1 / 0
except ZeroDivisionError:
    cleanup()
