# Indexing, slicing and searching non-ASCII text in every order (forward, backward, jumping,
# alternating between strings, strings freed and made again), as line readers and loops do.
import random

rng = random.Random(7)
words = ['héllo', 'wörld', 'ünïcode', '日本語', 'emoji😀', 'plain', '\u0301x', '']
texts = [' '.join(rng.choice(words) for _ in range(n)) + '\n' for n in (1, 5, 40, 300)]
digest = 0
for text in texts:
    n = len(text)
    for i in list(range(n)) + list(range(n - 1, -1, -1)) + [rng.randrange(n) for _ in range(200)]:
        digest = (digest * 31 + ord(text[i])) % 1000003
        j = rng.randrange(n + 1)
        piece = text[min(i, j):max(i, j)]
        digest = (digest * 31 + len(piece) + text.find(' ', i) + text.rfind('ö', 0, j)) % 1000003
        other = texts[rng.randrange(len(texts))]
        digest = (digest * 31 + ord(other[rng.randrange(len(other))])) % 1000003
print(digest)

# Walking lines the way a reader does: find the newline from a position, slice, move on.
block = ''.join('línea %d: ñandú %s\n' % (i, '€' * (i % 7)) for i in range(2000))
pos, lines = 0, []
while True:
    end = block.find('\n', pos)
    if end < 0:
        break
    lines.append(block[pos:end + 1])
    pos = end + 1
print(len(lines), lines[0], lines[-1], sep='')
print(lines == block.splitlines(keepends=True))

# A string freed and another made in its place must not reuse stale positions.
for k in range(50):
    s = ('ä' * k) + 'target' + ('ö' * (50 - k))
    assert s.index('target') == k, k
    assert s[k:k + 6] == 'target'
    del s
print('ok')
print([c for c in 'aé日😀'[::-1]], 'aé日😀'[1:3], 'aé日😀'[-1], 'aé日😀'.find('😀'))
