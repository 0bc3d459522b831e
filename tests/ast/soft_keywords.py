# Soft keywords and builtin-looking names used as ordinary identifiers.
match = 1
case = 2
_ = 3
type = 4
print(match, case, _)
match.attr = 5
case[0] = 6
match(case)
match[case]
def match(case, _=None):
    return case
class case:
    match = "x"
for match in case:
    pass
import match as case
from case import match, _
x = [match for case in match]
match, case = case, match
match: int = 1
case -= 1
_ += 1
lambda match, case: match + case
obj.match.case._
f(match=1, case=2)
print = 1
exec = 2
nonlocal_ = 3
async_ = 4
await_ = 5
self = 6
cls = 7
__debug_ = 8
