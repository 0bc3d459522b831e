x = 1
s = (f'ok {x}'
     f'bad {x +}')
