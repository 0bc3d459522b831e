# except* (PEP 654, Python 3.11).
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    pass
except* TypeError as e:
    print(e.exceptions)

try:
    pass
except* (KeyError, IndexError) as group:
    pass
except *OSError:
    pass
else:
    pass
finally:
    pass

try:
    pass
except* module.Error:
    pass
finally:
    pass
