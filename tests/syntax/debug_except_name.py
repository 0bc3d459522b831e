try:
    pass
except Exception as __debug__:
    pass
