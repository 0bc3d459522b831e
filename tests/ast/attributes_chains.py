# Attribute access, call chains and mixtures.
a.b
a.b.c.d.e
a.b()
a.b().c
a().b().c()
a.b[0].c(1)[2].d
a.b.c(d.e.f(g.h))
self.x = self.y.z
obj.__class__.__name__
"string".join(items)
b"bytes".decode()
(1).bit_length()
1 .real
1.5.is_integer()
1j.imag
(a + b).c
[1, 2].index(1)
{1: 2}.get(1)
{1}.union({2})
().count(1)
f"x".upper()
a.if_.else_
a.print.exec
(yield_).send
x = (
    builder
    .first()
    .second(arg)
    .third[0]
    .fourth
)
x = obj \
    .attr \
    .method()
x = a.b.c = d.e.f
a.match
a.case
a._
a.__private
a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p
