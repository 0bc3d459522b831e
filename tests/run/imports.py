# import of modules next to the script and of packages; from-imports, aliases, caching, errors.
import mod_helper
import mod_helper as again
from mod_helper import double, VALUE as V
from mod_helper import *
import _pkg.sub.deep
from _pkg import util as u
import sys

print(mod_helper.VALUE, again is mod_helper, double(V), "_private" in dir())
print(_pkg.NAME, _pkg.sub.deep.depth(), u.helper())
print("mod_helper" in sys.modules, type(mod_helper).__name__, mod_helper.__name__)
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from mod_helper import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
if __name__ == "__main__":
    print("main block")
