# if / elif / else chains, nesting and one-line forms.
if x:
    pass

if x:
    a = 1
else:
    a = 2

if x:
    a = 1
elif y:
    a = 2
elif z:
    a = 3
else:
    a = 4

if a and b or not c:
    if d:
        if e:
            pass
        elif f:
            pass
    else:
        pass

if (n := len(items)) > 10:
    print(n)

if x: pass
if x: a = 1; b = 2
elif y: c = 3
else: d = 4

if not x:
    pass
elif not (y or z):
    pass

if x is None: pass
if x is not None: pass
if x in y: pass
if x not in y: pass
if (
    long_condition_one
    and long_condition_two
):
    pass
if x: y = 1;
