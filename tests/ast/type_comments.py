# Type comments are ordinary comments to ast.parse (type_comments=False).
x = []  # type: List[int]
y = None  # type: Optional[str]


def f(a, b):
    # type: (int, str) -> bool
    return True


def g(
    a,  # type: int
    b,  # type: str
):
    # type: (...) -> None
    pass


for i in range(3):  # type: int
    pass

with open("f") as fh:  # type: IO[str]
    pass

z = 1  # type: ignore
w = 2  # type: ignore[assignment]
import os  # type: ignore
