from __future__ import (annotations,
                        generators, spam)
