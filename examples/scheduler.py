"""A scheduler of generator tasks with timed sleeps, built on `yield from`.

Tasks are generators. A task waits by delegating to `sleep(seconds)` with `yield from`, which
yields a wake-up time to the scheduler; subroutines that sleep are just generators too, and
`yield from` returns their results. The scheduler keeps ready tasks in a deque and sleeping
ones in a heap ordered by wake-up time. The clock is virtual, so the run is instant and
deterministic; swap in time.monotonic/time.sleep for a real one.
"""
import heapq
from collections import deque


class Scheduler:
    def __init__(self):
        self.now = 0.0
        self.ready = deque()
        self.sleeping = []  # (wake time, sequence, task)
        self.sequence = 0
        self.results = {}

    def spawn(self, name, task):
        self.ready.append((name, task))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                wake, _, entry = heapq.heappop(self.sleeping)
                self.now = wake
                self.ready.append(entry)
            name, task = self.ready.popleft()
            try:
                request = next(task)
            except StopIteration as stop:
                self.results[name] = stop.value
                print('%5.2f  %s finished -> %r' % (self.now, name, stop.value))
                continue
            if request is None:
                self.ready.append((name, task))
            else:
                self.sequence += 1
                heapq.heappush(self.sleeping, (self.now + request, self.sequence, (name, task)))


def sleep(seconds):
    yield seconds


def fetch(scheduler, url, latency):
    print('%5.2f  fetching %s' % (scheduler.now, url))
    yield from sleep(latency)
    return len(url) * 100


def crawler(scheduler, name, urls):
    total = 0
    for url, latency in urls:
        size = yield from fetch(scheduler, url, latency)
        print('%5.2f  %s got %d bytes from %s' % (scheduler.now, name, size, url))
        total += size
    return total


def ticker(scheduler, period, count):
    for i in range(count):
        print('%5.2f  tick %d' % (scheduler.now, i))
        yield from sleep(period)
    return count


s = Scheduler()
s.spawn('crawler-a', crawler(s, 'crawler-a', [('/a/1', 0.3), ('/a/longer/2', 0.5)]))
s.spawn('crawler-b', crawler(s, 'crawler-b', [('/b', 0.45), ('/b/2', 0.1), ('/b/3', 0.1)]))
s.spawn('ticker', ticker(s, 0.25, 4))
s.run()
print('results:', dict(sorted(s.results.items())))
