# Semicolon-separated simple statements and one-line compound statements.
a = 1; b = 2; c = 3
a = 1; b = 2;
x = 1;
import os; import sys
pass; pass
del a; del b
global g; g = 1
if x: a; b
if x: a; b;
if x: pass
else: pass
while x: x -= 1; continue
for i in y: print(i); break
def f(): return 1
def g(x): x += 1; return x
class C: pass
class D: x = 1; y = 2
with a: b; c
try: pass
except: pass
try: a = 1; b = 2
finally: c = 3
async def h(): await x; return 1
if a: b = 1
elif c: d = 2
else: e = 3
assert x; assert y, "m"
raise_it = 1; print(raise_it)
x = 1  ;  y = 2
