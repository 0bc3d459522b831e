# Random programs over yield-from chains (shared subgenerators, non-generator iterators at
# the bottom), driven by next/send/throw/close/for from outside and from inside a running
# leaf, with introspection of every generator: linked delegation chains (vm/GENERATORS.md)
# must not change anything CPython shows. Deterministic: random.Random(seed).
import random, sys, gc, inspect
def run(seed):
    global rnd, gens
    print('== seed', seed)
    rnd = random.Random(seed)
    gens = []
    log = []

    def out(*a):
        print(*a)

    class E(Exception):
        pass

    def leaf(name, n):
        try:
            for i in range(n):
                try:
                    x = yield (name, i)
                except E as e:
                    out("  ", name, "caught E")
                    x = yield (name, "E")
                if x == "poke":
                    for tgt in rnd.sample(gens, min(3, len(gens))):
                        try:
                            out("   poke", inspect.getgeneratorstate(tgt), tgt.gi_running, next(tgt))
                        except StopIteration as e:
                            out("   poke stop", e.value)
                        except Exception as e:
                            out("   poke", type(e).__name__, e)
                if x == "raise":
                    raise ValueError(name)
                if x == "stop":
                    return (name, "stopped")
        finally:
            out("  finally", name)
        return (name, "done")

    def mid(name, subs, catch):
        try:
            for s in subs:
                try:
                    r = yield from s
                    out("  ", name, "got", r)
                except ValueError as e:
                    if not catch:
                        raise
                    out("  ", name, "caught", e)
                    yield (name, "caught")
            yield (name, "own")
        finally:
            out("  finally", name)
        return (name, "ret")

    def make(depth, name):
        if depth == 0 or rnd.random() < 0.2:
            g = leaf(name, rnd.randint(1, 4)) if rnd.random() < 0.8 else mid(name, [iter(range(rnd.randint(1, 3)))], False)
        else:
            subs = []
            for k in range(rnd.randint(1, 2)):
                if gens and rnd.random() < 0.15:
                    subs.append(rnd.choice(gens))   # shared subgenerator
                else:
                    subs.append(make(depth - 1, name + str(k)))
            g = mid(name, subs, rnd.random() < 0.5)
        gens.append(g)
        return g

    roots = [make(rnd.randint(1, 6), "r%d" % i) for i in range(3)]
    import inspect
    for step in range(150):
        g = rnd.choice(gens) if rnd.random() < 0.6 else rnd.choice(roots)
        op = rnd.choice(["next", "next", "next", "send", "raise", "stop", "throw", "close", "state", "for", "gc", "poke", "poke"])
        try:
            if op == "next":
                out(step, "next", next(g))
            elif op == "send":
                out(step, "send", g.send(None) if inspect.getgeneratorstate(g) == "GEN_CREATED" else g.send(step))
            elif op in ("raise", "stop", "poke"):
                out(step, op, g.send(op) if inspect.getgeneratorstate(g) != "GEN_CREATED" else next(g))
            elif op == "throw":
                out(step, "throw", g.throw(E("t%d" % step)))
            elif op == "close":
                out(step, "close", g.close())
            elif op == "state":
                out(step, "state", [(inspect.getgeneratorstate(x), x.gi_running, type(x.gi_yieldfrom).__name__,
                                     x.gi_frame.f_lineno if x.gi_frame else None) for x in gens])
            elif op == "for":
                n = 0
                for v in g:
                    n += 1
                    if n > 2:
                        break
                out(step, "for", n)
            elif op == "gc":
                if rnd.random() < 0.5 and len(roots) > 1:
                    roots.pop(0)
                out(step, "gc", gc.collect() >= 0)
        except StopIteration as e:
            out(step, op, "StopIteration", e.value)
        except Exception as e:
            tb = e.__traceback__
            names = []
            while tb:
                names.append(tb.tb_frame.f_code.co_name)
                tb = tb.tb_next
            out(step, op, type(e).__name__, e, names)
    for g in gens:
        try:
            g.close()
        except Exception as e:
            out("close", type(e).__name__, e)
    out("end")


for seed in range(1, 31):
    run(seed)
    gc.collect()
