"""A coroutine state machine driven by send() and throw().

A turnstile protocol is parsed by one generator: each `send(event)` moves it to its next state
and returns what it says; `throw()` delivers an alarm into whatever state it is in, and
`close()` shuts it down, running its cleanup. The state lives in the generator's position, not
in variables.
"""


class Alarm(Exception):
    pass


def turnstile():
    coins = passes = 0
    reply = 'locked'
    try:
        while True:
            # Locked: wait for a coin.
            try:
                event = yield reply
            except Alarm as alarm:
                reply = 'alarm while locked: %s' % alarm
                continue
            if event != 'coin':
                reply = 'locked (ignored %r)' % event
                continue
            coins += 1
            reply = 'unlocked'
            # Unlocked: wait for someone to pass.
            while True:
                try:
                    event = yield reply
                except Alarm as alarm:
                    reply = 'alarm while unlocked: %s, locking' % alarm
                    break
                if event == 'push':
                    passes += 1
                    reply = 'locked'
                    break
                reply = 'unlocked (thanks for the extra %s)' % event
                coins += event == 'coin'
    finally:
        print('  [turnstile closing: %d coins, %d passes]' % (coins, passes))


def averager():
    """Another shape: a running average that returns its summary through StopIteration."""
    total = count = 0
    while True:
        value = yield (total / count if count else None)
        if value is None:
            return {'count': count, 'mean': total / count}
        total += value
        count += 1


def main():
    gate = turnstile()
    print(next(gate))
    for event in ['push', 'coin', 'coin', 'push', 'push', 'coin']:
        print('%-5s -> %s' % (event, gate.send(event)))
    print('alarm -> %s' % gate.throw(Alarm('forced entry')))
    print('coin  -> %s' % gate.send('coin'))
    gate.close()
    print('closed:', gate.gi_frame is None)

    avg = averager()
    next(avg)
    for v in [10, 20, 60]:
        print('mean so far:', avg.send(v))
    try:
        avg.send(None)
    except StopIteration as stop:
        print('summary:', stop.value)


main()
