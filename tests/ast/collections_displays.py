# Tuple, list, set and dict displays with starred and double-starred items.
()
(1,)
(1, 2)
(1, 2,)
1, 2
1,
[]
[1]
[1, 2, 3]
[1, 2, 3,]
{1}
{1, 2}
{1, 2,}
{}
{1: 2}
{1: 2, 3: 4}
{1: 2, 3: 4,}
[*a]
[*a, *b]
[1, *a, 2, *b]
(*a,)
(*a, *b)
*a, *b
{*a}
{*a, *b, 1}
{**a}
{**a, **b}
{1: 2, **a, 3: 4, **b}
{**{1: 2}, **dict(a=1)}
x = *a, *b
x = [[], [[]], [[[]]]]
x = {"a": [1, {"b": (2, {3})}]}
x = ((((1,),),),)
x = [
    1,
    2,
    # comment
    3,
]
x = {
    "key": "value",
    "nested": {
        "list": [1, 2, 3],
        "tuple": (4, 5),
    },
}
x = {a: b for a, b in c}, {a for a in b}, [a for a in b]
x = (1)
x = ((1))
x = (1, (2, (3, (4,))))
x = [*range(3), *"abc", *(yield_ for yield_ in ())]
x = {(1, 2): [3, 4], frozenset(): None, "": ..., None: True, True: False, 1.5: 2j}
print(*[1, 2], *(3, 4), *{5, 6})
