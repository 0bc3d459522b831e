"""Module docstring.

With several lines.
"""


def f():
    """Function docstring."""


def g():
    '''Single-quoted triple docstring.'''
    return 1


def h():
    "Plain string docstring"
    pass


def i():
    r"""Raw docstring with \n."""


def j():
    f"""Not a docstring: an f-string expression statement."""


def k():
    """First.""" """Implicitly concatenated."""


def l():
    b"""Bytes are not docstrings but still expression statements."""


class C:
    """Class docstring."""

    def m(self):
        """Method docstring.

        Indented continuation lines.
        """
        return self


class D:
    x = 1
    """Attribute docstring (just an expression statement)."""


async def a():
    """Async docstring."""
    await b()


"""A string statement later in the module."""
x = 1
"""Another."""
