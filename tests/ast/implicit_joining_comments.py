# Implicit line joining inside brackets, with comments and blank lines inside.
x = [  # opening comment
    1,  # one
    2,  # two

    # a comment on its own line

    3   # three
]  # closing comment
y = (
    1
    +
    2
)
z = {
    'a': 1,   # comment
        'b': 2,  # odd indentation is fine inside brackets
  'c': 3,
}
def f(
    a,  # first
    # between
    b=2,
):  # after the colon
    return (a
            # in the middle of an expression
            + b)
call(arg1,
     arg2,
        arg3,
 arg4)
s = ('a'
     'b'

     'c')
result = some_function(
    positional,
    keyword=value,
)[
    0
]
if (a and
        b):
    pass
t = (
)
u = [
]
v = {
}
w = (
    # only a comment
)
class C(
    Base,
    metaclass=Meta,
):
    pass
lam = (lambda:
       0)
nested = [[
    1, 2,
], [
    3, 4,
]]
