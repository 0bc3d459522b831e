import typing
from typing import *
print(Optional[int], Union[int, str], Union[int, None], List[int], Dict[str, int], Tuple[int, ...], Set[int])
print(Callable[[int], str], Callable[..., int], Iterator[int], Generator[int, None, None], Any, Optional)
print(List, Dict, Union, Callable, Tuple[()], FrozenSet[int], Type[int], Sequence[int], Mapping[str, int])
T = TypeVar('T'); print(T, TypeVar('U', bound=int), TypeVar('V', covariant=True))
class Box(Generic[T]):
    pass
print(Box[int], Box, Box.__mro__)
class P(NamedTuple):
    x: int
    y: str = "a"
p = P(1); print(p, p.x, p._fields, p._asdict(), P._field_defaults, p._replace(x=5), tuple(p))
print(cast(int, "x"), TYPE_CHECKING, Literal[1, 2], ClassVar[int], Final[int])
class Pr(Protocol):
    def f(self) -> int: ...
print(Pr, Optional[List[int]], Union[int], Union[int, int, str], Union[int, Union[str, float]])
print(AnyStr, NoReturn, Iterable[int], AsyncIterator[int], Coroutine[None, None, int], Awaitable[int])
print(Dict[str, List[int]], Deque[int], DefaultDict[str, int], Counter[str], OrderedDict, Text, Hashable, Sized)
NT = NamedTuple('NT', [('a', int)]); print(NT(1))
print(Optional[int].__args__, Union[int, str].__origin__, List[int].__origin__, get_origin(List[int]), get_args(Dict[str,int]))
def f(x: int) -> str: pass
print(get_type_hints(f))
print(isinstance([], List), isinstance(3, Union[int, str]) if False else 0)
print(isinstance({}, Dict), issubclass(list, List), isinstance(3, List))
try:
    isinstance(3, List[int])
except TypeError as e:
    print(e)
try:
    isinstance(3, 4)
except TypeError as e:
    print(e)
def gen() -> Iterator[int]:
    yield 1
def process(items: List[Dict[str, Any]], cb: Optional[Callable[[int], None]] = None) -> Tuple[int, str]:
    return len(items), "ok"
print(process([{}]), process.__annotations__["return"], list(gen()))
U = TypeVar("U")
class Stack(Generic[U]):
    def __init__(self) -> None:
        self.items: List[U] = []
    def push(self, item: U) -> None:
        self.items.append(item)
s: Stack[int] = Stack()
s.push(1)
print(s.items, Stack.__parameters__, Stack[int])
class Employee(NamedTuple):
    name: str
    id: int = 3
    def describe(self) -> str:
        return f"{self.name}#{self.id}"
e = Employee("ann")
print(e, e.describe(), Employee._fields, isinstance(e, tuple), e == ("ann", 3), Employee.__doc__)
for args in [(), (1, 2, 3)]:
    try:
        Employee(*args)
    except TypeError as err:
        print(err)
if TYPE_CHECKING:
    print("never")
print(cast(List[int], [1]), typing.Optional is Optional, Union[int, None] == Optional[int])
K = TypeVar("K")
V = TypeVar("V")
class Proto(Protocol[T]):
    def get(self) -> T: ...
class Pair(Generic[K, V]): pass
class IntList(List[int]): pass
class Child(Stack[int]): pass
print(Proto, Pair[str, int], IntList([1]), IntList.__mro__, Pair.__parameters__, Child.__mro__)
def annotated(x: "Optional[int]" = None, *args: int, **kw: str) -> Dict[str, List[int]]: return {}
print(annotated.__annotations__)
print(List[int] | None, int | List[int], Optional[int] | str, Dict | None)
