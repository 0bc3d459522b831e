# Triple-quoted strings spanning lines, and code on the same lines around them.
a = """first
second
third"""
b = '''one''' + '''two
three'''
c = """
"""
d = """"quotes" inside"""
e = '''it's 'quoted' '''
f = """ends with escaped quote \""""
g = """a "" b"""
h = '''a '' b'''
i = """line with trailing backslash \
continued"""
j = r"""raw \n
stays"""
k = b"""bytes
over lines"""
l = call("""arg
one""", """arg
two""")
m = """x""" if """y
z""" else """w"""
n = ["""a
b""", 1]; o = 2
p = """
    indented content
        more
"""
q = """\
starts with an escaped newline"""
r = """ unicode é
日本 😀 """
s = """\t\n\x41\N{SNOWMAN}"""
def fn():
    """Docstring
    spanning lines."""
    return """inside
function"""
t = ("""a
""" """b
""")
