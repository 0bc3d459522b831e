# A generator with yield, yield from and a try/finally: YIELD_VALUE, the SEND loop and the
# exception table.
def gen(items):
    try:
        for item in items:
            received = yield item
            if received:
                yield from received
    finally:
        print("done")
