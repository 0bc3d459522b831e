# Annotated assignments: simple names (simple=1), and parenthesized names,
# attributes and subscripts (simple=0), with and without a value.
x: int
y: int = 5
z: "forward ref" = None
(p): int = 1
(q): str
obj.attr: int
obj.attr: int = 3
obj.a.b: list[int] = []
arr[0]: float
arr[0]: float = 0.5
arr[i:j]: list = []
d: dict[str, list[tuple[int, ...]]] = {}
cb: Callable[[int, str], None] | None = None
u: int | str | None
t: tuple[int, *Ts]
v: "List[int]" = []
pair: tuple = 1, 2
star: tuple = (*a, *b)
lam: object = lambda: 1
cond: int = 1 if flag else 2
walrus: int = (n := 10)


class C:
    field: int
    other: str = "x"
    (paren): bool = True
    ClassVar_thing: "ClassVar[int]" = 0

    def __init__(self):
        self.value: int = 0
        self.items: list[str]


def f():
    local: int
    local2: float = 1.0
    nonlocal_like: "int"
    return local2


def g():
    y: int = yield
    z: tuple = yield 1, 2
