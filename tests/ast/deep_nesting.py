# Deeply nested blocks of every kind, 30 levels deep.
def outer():
    if x0:
        n0 = 0
        for i1 in y:
            n1 = 1
            while z2:
                n2 = 2
                with w3 as v3:
                    n3 = 3
                    try:
                        n4 = 4
                        def f5():
                            n5 = 5
                            class K6:
                                n6 = 6
                                if x7:
                                    n7 = 7
                                    for i8 in y:
                                        n8 = 8
                                        while z9:
                                            n9 = 9
                                            with w10 as v10:
                                                n10 = 10
                                                try:
                                                    n11 = 11
                                                    def f12():
                                                        n12 = 12
                                                        class K13:
                                                            n13 = 13
                                                            if x14:
                                                                n14 = 14
                                                                for i15 in y:
                                                                    n15 = 15
                                                                    while z16:
                                                                        n16 = 16
                                                                        with w17 as v17:
                                                                            n17 = 17
                                                                            try:
                                                                                n18 = 18
                                                                                def f19():
                                                                                    n19 = 19
                                                                                    class K20:
                                                                                        n20 = 20
                                                                                        if x21:
                                                                                            n21 = 21
                                                                                            for i22 in y:
                                                                                                n22 = 22
                                                                                                while z23:
                                                                                                    n23 = 23
                                                                                                    with w24 as v24:
                                                                                                        n24 = 24
                                                                                                        try:
                                                                                                            n25 = 25
                                                                                                            def f26():
                                                                                                                n26 = 26
                                                                                                                class K27:
                                                                                                                    n27 = 27
                                                                                                                    if x28:
                                                                                                                        n28 = 28
                                                                                                                        for i29 in y:
                                                                                                                            n29 = 29
                                                                                                                            result = 'deep'
                                                                                                                    else:
                                                                                                                        pass
                                                                                                        except E25:
                                                                                                            pass
                                                                                                        finally:
                                                                                                            pass
                                                                                        else:
                                                                                            pass
                                                                            except E18:
                                                                                pass
                                                                            finally:
                                                                                pass
                                                            else:
                                                                pass
                                                except E11:
                                                    pass
                                                finally:
                                                    pass
                                else:
                                    pass
                    except E4:
                        pass
                    finally:
                        pass
    else:
        pass

x = [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]
y = f(g(h(i(j(k(l(m(n(o(p()))))))))))
z = {'a': {'b': {'c': {'d': {'e': {'f': {}}}}}}}
w = -(-(-(-(-(-(-(-(1))))))))
v = a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t
u = 1 + (2 * (3 - (4 / (5 ** (6 % (7 // 8))))))
t = lambda: lambda: lambda: lambda: lambda: 0
s = x if a else y if b else z if c else w if d else v
