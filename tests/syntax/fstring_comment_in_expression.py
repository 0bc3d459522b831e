s = f'{x # y}'
