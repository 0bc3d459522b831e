# String and bytes literals with every prefix, in upper and lower case.
'single'
"double"
''
""
u'unicode'
U'unicode'
r'raw\n'
R'raw\n'
b'bytes'
B'bytes'
br'raw bytes\n'
Br'raw bytes\n'
bR'raw bytes\n'
BR'raw bytes\n'
rb'raw bytes\n'
rB'raw bytes\n'
Rb'raw bytes\n'
RB'raw bytes\n'
f'format'
F'format'
fr'raw format\n{x}'
fR'raw format\n{x}'
Fr'raw format\n{x}'
FR'raw format\n{x}'
rf'raw format\n{x}'
rF'raw format\n{x}'
Rf'raw format\n{x}'
RF'raw format\n{x}'
u"double"
r"double"
b"double"
f"double"
rb"double"
fr"double"
'''triple single'''
"""triple double"""
r'''raw triple'''
b'''bytes triple'''
rb"""raw bytes triple"""
f'''format triple {x}'''
rf"""raw format triple {x}"""
u'''unicode triple'''
'it\'s'
"it's"
'say "hi"'
"say \"hi\""
r'\''
r"\""
r'\\'
r'a\
b'
b'\x00\xff'
rb'\x00'
'\
'
x = 'a' 'b'
x = b'a' b'b'
x = r'a' 'b' R"c"
x = u'a' 'b'
