# Class definitions: bases, keywords, metaclass, starred arguments, nesting.
class Empty:
    pass


class WithParens():
    pass


class Derived(Base):
    pass


class Multi(Base1, Base2, mixins.Mixin):
    """Docstring."""


class Meta(Base, metaclass=ABCMeta):
    pass


class Keywords(metaclass=M, flag=True, **extra):
    pass


class Starred(*bases, **kwds):
    pass


class Generic(Base[T], Protocol[T_co]):
    x: T


class Trailing(Base,):
    pass


class Outer:
    class Inner:
        class Innermost:
            value = 1

    def method(self):
        class Local(self.Inner):
            pass
        return Local


class OneLine: pass


class OneLineBody(Base): x = 1; y = 2


class Computed(make_base(1), other if cond else another):
    attr = [i for i in range(3)]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.args = args

    def __repr__(self):
        return f"{type(self).__name__}({self.args!r})"

    async def fetch(self):
        return await self.client.get()

    __slots__ = ("args",)
