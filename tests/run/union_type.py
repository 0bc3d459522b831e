# PEP 604 unions: int | None in annotations, isinstance over a union, equality and hashing.
import typing
print(int | None, None | int, list[int] | None, int | str | int, (int | str) | (float | None), int | int)
print((int | str) == (str | int), hash(int | str) == hash(str | int), (int | str).__args__, type(int | str))
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None), isinstance(None, int | None))
class A: pass
print(A | None, dict[str, A] | None)
def f(x: int | None = None, y: list[str] | None = None) -> dict[str, int] | None:
    return None
print(f.__annotations__)
try:
    int | 5
except TypeError as e:
    print(e)
print(typing.Optional[int | str] if False else "", type.__or__)
import types
print(types.UnionType, isinstance(int | None, types.UnionType))
