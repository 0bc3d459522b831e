# import and from-import in every form.
from __future__ import annotations, generator_stop
import os
import os.path
import os.path as osp
import sys, json
import collections.abc as cabc, typing as t
from os import path
from os import path as p
from os import path, sep, getcwd
from os import (path, sep)
from os import (
    path as p2,
    sep,
    getcwd,
)
from os.path import join
from os.path import *
from . import sibling
from .. import parent
from ... import grandparent
from .module import name
from ..package.module import name as alias
from .... import deep
from ..... import deeper
from .a.b.c import (d, e as f)
import a.b.c.d.e.f
from . import (x,)


def lazy():
    import json as j
    from collections import OrderedDict
    return j, OrderedDict
