"""A lazy pipeline over a log file.

A generator writes a synthetic web-server log; a chain of generators then reads it back line
by line, parses, filters and aggregates it. No stage holds more than one line, so the same code
handles a log of any size in constant memory (try `gyre log_pipeline.py 1000000`).
"""
import os
import random
import sys
from collections import Counter

PATHS = ['/', '/index.html', '/api/items', '/api/items/7', '/login', '/static/app.js']
STATUSES = [200] * 12 + [301, 304, 404, 404, 500]


def synthetic_log(count, seed=2026):
    """Yields `count` log lines: ip, method, path, status, bytes, milliseconds."""
    rng = random.Random(seed)
    for i in range(count):
        ip = '10.0.%d.%d' % (rng.randrange(4), rng.randrange(1, 255))
        method = 'POST' if rng.random() < 0.15 else 'GET'
        yield '%s %s %s %d %d %.1f\n' % (ip, method, rng.choice(PATHS), rng.choice(STATUSES),
                                         rng.randrange(200, 50000), rng.expovariate(1 / 40))


def read_lines(path):
    with open(path) as f:
        yield from f


def parse(lines):
    for line in lines:
        ip, method, path, status, size, ms = line.split()
        yield {'ip': ip, 'method': method, 'path': path, 'status': int(status),
               'bytes': int(size), 'ms': float(ms)}


def where(records, predicate):
    return (r for r in records if predicate(r))


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    path = 'access-%d.log' % os.getpid()
    with open(path, 'w') as f:
        f.writelines(synthetic_log(count))
    try:
        errors = where(parse(read_lines(path)), lambda r: r['status'] >= 400)
        by_path = Counter()
        slowest = None
        for record in errors:
            by_path[record['path'], record['status']] += 1
            if slowest is None or record['ms'] > slowest['ms']:
                slowest = record
        print('%d requests, %d errors' % (count, sum(by_path.values())))
        for (page, status), n in by_path.most_common(5):
            print('  %-14s %d  x%d' % (page, status, n))
        print('slowest error: %(method)s %(path)s from %(ip)s, %(ms).1f ms' % slowest)
        total = sum(r['bytes'] for r in parse(read_lines(path)))
        print('bytes served: %.1f MB' % (total / 1e6))
    finally:
        os.remove(path)


if __name__ == '__main__':
    main()
