"""time: the clocks, sleep and the calendar functions of CPython's time module (the calls are
in the native _time module; struct_time is defined here)."""

import _time
from _time import (time, time_ns, monotonic, monotonic_ns, perf_counter, perf_counter_ns,
                   process_time, process_time_ns, sleep)

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday',
           'tm_isdst')


class struct_time(tuple):
    __module__ = 'time'
    """The time value as returned by gmtime(), localtime() and strptime(): a 9-tuple with
    named fields, plus tm_zone and tm_gmtoff."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        values = tuple(sequence)
        if not 9 <= len(values) <= 11:
            if len(values) < 9:
                raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)'
                                % len(values))
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)'
                            % len(values))
        self = tuple.__new__(cls, values[:9])
        self._zone = values[9] if len(values) > 9 else None
        self._gmtoff = values[10] if len(values) > 10 else None
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join(
            '%s=%r' % (name, self[i]) for i, name in enumerate(_FIELDS))

    def __reduce__(self):
        return (struct_time, (tuple(self),))



timezone = -_time.localtime(0)[10]
altzone = timezone - 3600
daylight = 0
tzname = (_time.localtime(0)[9], _time.localtime(0)[9])


def localtime(seconds=None):
    return struct_time(_time.localtime(seconds))


def gmtime(seconds=None):
    return struct_time(_time.gmtime(seconds))


def mktime(t):
    return _time.mktime(t)


def strftime(format, t=None):
    if t is None:
        return _time.strftime(format)
    return _time.strftime(format, t)


def asctime(t=None):
    if t is None:
        t = localtime()
    return _time.strftime('%a %b %e %H:%M:%S %Y', t)


def ctime(seconds=None):
    return asctime(localtime(seconds))


def get_clock_info(name):
    raise ValueError('unknown clock')
