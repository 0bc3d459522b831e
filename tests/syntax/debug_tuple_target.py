a, (b, __debug__) = c
