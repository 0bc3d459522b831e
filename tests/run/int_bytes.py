# int.to_bytes and int.from_bytes: lengths, byte orders, signed, errors, round trips.
def t(f):
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
t(lambda: (1024).to_bytes(2,'big')); t(lambda: (1024).to_bytes(2,'little')); t(lambda: (1024).to_bytes()); t(lambda: (1).to_bytes())
t(lambda: (-1).to_bytes(2, signed=True)); t(lambda: (-1).to_bytes(2)); t(lambda: (256).to_bytes(1)); t(lambda: (128).to_bytes(1, signed=True))
t(lambda: (-129).to_bytes(1, 'big', signed=True)); t(lambda: (-128).to_bytes(1, 'big', signed=True)); t(lambda: (1).to_bytes(-1)); t(lambda: (1).to_bytes(1, 'x')); t(lambda: (1).to_bytes(1, 2)); t(lambda: (1).to_bytes('a'))
t(lambda: (0).to_bytes(0)); t(lambda: (1).to_bytes(0)); t(lambda: (2**100).to_bytes(13, 'little')); t(lambda: (-2**100).to_bytes(13, 'little', signed=True))
t(lambda: int.from_bytes(b'\x04\x00')); t(lambda: int.from_bytes(b'\x04\x00', 'little')); t(lambda: int.from_bytes(b'\xff\xff', signed=True)); t(lambda: int.from_bytes([1, 2], 'big'))
t(lambda: int.from_bytes(bytearray(b'\x80'), 'big', signed=True)); t(lambda: int.from_bytes(b'', 'big', signed=True)); t(lambda: int.from_bytes('ab')); t(lambda: int.from_bytes(b'a', 'x')); t(lambda: int.from_bytes(1))
t(lambda: bool.from_bytes(b'\x01')); t(lambda: (1).to_bytes(1, 'big', True)); t(lambda: (1).to_bytes(1, 'big', foo=True)); t(lambda: (True).to_bytes(2))
t(lambda: int.from_bytes(b'\x01'*20, 'little'))
import random
r = random.Random(3)
ok = True
for i in range(2000):
    n = r.randrange(-2**130, 2**130) >> r.randrange(130)
    L = (n.bit_length() + 8) // 8 + r.randrange(2)
    for order in ('big', 'little'):
        b = n.to_bytes(L, order, signed=True)
        ok = ok and int.from_bytes(b, order, signed=True) == n
        if n >= 0:
            ok = ok and int.from_bytes(n.to_bytes(L, order), order) == n
print(ok, (2**64-1).to_bytes(8, 'big'), (-2**63).to_bytes(8, 'little', signed=True), int.from_bytes(b'\xff'*8, 'big', signed=True))
class I(int): pass
print(type(I.from_bytes(b'\x01')).__name__, I.from_bytes(b'\x01\x00', 'little'))
