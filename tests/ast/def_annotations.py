# Annotations on every parameter kind and return annotations.
def f(a: int, b: str = "x", /, c: float = 1.0, *args: int, d: bool, e: list = [], **kwargs: dict) -> None:
    pass


def g(x: "forward") -> "Result":
    return x


def h(*, key: Callable[[int], str] | None = None) -> tuple[int, ...]:
    return ()


def k(a: int = 1, *b: *Ts) -> list[int]:
    pass


def m(self, other: 'Self') -> 'bool':
    ...


def n(a: (yield_ := 3)) -> (lambda: int):
    pass


def p(a: int=1, b: int=2) -> int: return a + b


def q(x: list[dict[str, set[frozenset[int]]]]) -> dict[str, int] | None: ...


def r(cb: lambda x: x = None) -> None:
    pass


async def s(a: int, /, *, b: int) -> Awaitable[int]:
    return a + b


def t(a: int | None = None, b: "str | None" = None) -> int if flag else str:
    pass
