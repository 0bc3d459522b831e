# A module imported by imports.py.
print("mod_helper runs once, as", __name__)
VALUE = 42
_private = "hidden"

def double(x):
    return 2 * x
