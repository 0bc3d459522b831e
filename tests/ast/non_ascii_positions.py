# Column offsets in the AST count UTF-8 bytes: non-ASCII text before a node shifts it.
s = 'é'; t = 1
u = '日本語' + x
v = "😀" + y + '😀' + z
w = {'ключ': 'значение', 'k': v}
café = größe + π
f(é=1, ü=2)
x = f'{é}' + f'ü{ü}' + '€'
y = [
    'ñ', 'ø',
    'å', a,
]
z = """é
ü""" + b
# comment with non-ASCII: é ü 日本
q = 1  # trailing é
r = 'a' 'é' 'b'
