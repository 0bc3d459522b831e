# Random sequences of attribute stores, loads, deletions, method calls, __dict__ reads,
# replacements and deletions on instances of a few classes, through compiled attribute
# instructions (one function per name, so each LOAD_ATTR / STORE_ATTR / DELETE_ATTR /
# LOAD_METHOD site sees several classes and both forms of vm/instance_attrs.hpp).
# A fixed linear congruential generator makes the sequence the same under every interpreter.


def run(seed):
    state = seed

    def rnd(n):
        nonlocal state
        state = (state * 1103515245 + 12345) % 2147483648
        return (state >> 8) % n

    class A: pass
    class B(A): pass
    class C:
        cls_attr = "class"
        def m(self): return "method"
    class D(int): pass

    names = ["a", "b", "c", "d", "e", "m", "cls_attr"] + ["n%d" % i for i in range(36)]
    setters, getters, deleters, callers = {}, {}, {}, {}
    for n in names:
        ns = {}
        exec("def s(o, v):\n    o.%s = v\ndef g(o):\n    return o.%s\ndef d(o):\n    del o.%s\ndef c(o):\n    return o.%s()\n" % (n, n, n, n), ns)
        setters[n], getters[n], deleters[n], callers[n] = ns["s"], ns["g"], ns["d"], ns["c"]

    objs = [A(), A(), B(), B(), C(), C(), A(), D(5)]
    out = []
    for step in range(300):
        o = objs[rnd(len(objs))]
        op = rnd(14)
        name = names[rnd(7) if rnd(3) else rnd(len(names))]
        if op < 6:
            setters[name](o, step if rnd(5) else (lambda: "lam"))
        elif op < 8:
            try:
                deleters[name](o)
            except AttributeError as e:
                out.append("AE " + str(e))
        elif op < 11:
            try:
                v = getters[name](o); out.append("fn" if callable(v) else repr(v))
            except AttributeError as e:
                out.append("AE " + str(e))
        elif op == 11:
            try:
                out.append(repr(callers[name](o)))
            except (AttributeError, TypeError) as e:
                out.append(type(e).__name__ + " " + str(e))
        elif op == 12:
            if rnd(4) == 0:
                o.__dict__ = {k: v for k, v in list(vars(o).items())[::-1]}
            elif rnd(3) == 0:
                del o.__dict__
            else:
                out.append(str(list(vars(o))))
        else:
            out.append(str(sorted(k for k in dir(o) if not k.startswith("__"))))
    for o in objs:
        out.append(str(list(vars(o))))
    print("\n".join(out))


for seed in (1, 2, 3, 4):
    print('seed', seed)
    run(seed)
