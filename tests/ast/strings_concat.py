# Implicit concatenation of strings, bytes and f-strings.
x = 'a' 'b' 'c'
x = 'a' "b" '''c''' """d"""
x = ('first line '
     'second line '
     'third line')
x = 'a' f'{b}' 'c'
x = f'{a}' f'{b}'
x = f'{a}' 'plain'
x = 'plain' f'{a}'
x = r'\d' '\n' f'{x}' rf'\d{y}'
x = u'a' 'b'
x = b'a' b'b' rb'c' Br'd'
x = ('a'
     # comment between parts
     'b')
x = ('a'  # trailing comment
     f'{b!r}'
     'c')
x = f'' ''
x = '' f''
x = '' '' ''
x = f'{a}' f'{b}' f'{c}'
x = 'a' \
    'b'
x = f'{x}' \
    'continued'
x = 'a' f'{b:>{width}}' 'c' f'{d=}'
x = '''triple''' 'single'
x = f'''{a}''' f"""{b}"""
call('a' 'b', 'c' 'd')
x = ['a' 'b', 'c']
x = 'tab\t' f'{x}\n' 'end'
x = 'é' 'ü' f'{ß}'
x = 'a' 'b' == 'ab'
