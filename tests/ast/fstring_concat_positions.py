# Positions inside adjacent f-strings: the nodes of a JoinedStr span the whole run of literals,
# a format spec's JoinedStr its own token, and a plain-text spec's Constant that token too.
x = (f'UTC{sign}{hours:02d}:'
     f'.{microseconds:06d}')
y = (f'a'
     f'{x:>{w}.{p}}')
z = ('plain'
     f'{v!r:^10}' 'tail')
