"""timeit: timing small pieces of code, CPython's Timer, timeit() and repeat().

Gyre has no exec() or compile() yet, so stmt and setup must be callables (or the string
'pass'); other strings raise NotImplementedError."""

import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5


def _as_callable(code, what):
    if callable(code):
        return code
    if isinstance(code, str):
        if code.strip() in ('', 'pass'):
            return None
        raise NotImplementedError('timeit: %s given as a string needs exec(), which Gyre does '
                                  'not have yet; pass a callable' % what)
    raise ValueError('%s is neither a string nor callable' % what)


class Timer:
    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        self._stmt = _as_callable(stmt, 'stmt')
        self._setup = _as_callable(setup, 'setup')

    def timeit(self, number=default_number):
        if self._setup is not None:
            self._setup()
        stmt = self._stmt
        timer = self.timer
        if stmt is None:
            start = timer()
            for _ in range(number):
                pass
            return timer() - start
        start = timer()
        for _ in range(number):
            stmt()
        return timer() - start

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10

    def print_exc(self, file=None):
        raise NotImplementedError('timeit.Timer.print_exc')


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
