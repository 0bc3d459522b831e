"""timeit: timing small pieces of code, CPython's Timer, timeit() and repeat().

As in CPython, a statement given as a string is pasted into the body of a generated function
(`inner`) that loops `number` times, so the loop itself costs no call per iteration; a
callable is called from that loop instead. The collector is off while timing."""

import gc
import sys
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def _indented(src, spaces):
    """`src` with every line after the first indented by `spaces` more spaces."""
    return src.replace('\n', '\n' + ' ' * spaces)


class Timer:
    """Times `stmt` (a string or a callable) after running `setup` once per timing."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            # Compiled alone first, so that a setup error is reported against setup.
            compile(setup, dummy_src_name, 'exec')
            stmtprefix = setup + '\n'
            setup = _indented(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            stmtprefix = ''
            setup = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            # With the setup prepended, so that names it defines are known.
            compile(stmtprefix + stmt, dummy_src_name, 'exec')
            stmt = _indented(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        src = _template.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        code = compile(src, dummy_src_name, 'exec')
        exec(code, global_ns, local_ns)
        self.inner = local_ns['inner']

    def timeit(self, number=default_number):
        it = [None] * number
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            timing = self.inner(it, self.timer)
        finally:
            if gc_was_enabled:
                gc.enable()
        return timing

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
        import traceback
        traceback.print_exc(file=file)


def _globals():
    # The generated function sees the globals of timeit's own module, as in CPython.
    return globals()


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    """Time `number` executions of `stmt`."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Repeat `timeit` `repeat` times; the list of timings."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
