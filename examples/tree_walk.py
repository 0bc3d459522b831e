"""Recursive tree walks with `yield from`.

Each walker is a recursive generator: a node yields itself and delegates to its children with
`yield from`, so values flow straight up from any depth, and `return` values come back as the
results of the `yield from` expressions (here, subtree sizes and heights).
"""
import sys


class Node:
    def __init__(self, name, *children):
        self.name = name
        self.children = list(children)


def preorder(node, depth=0):
    yield depth, node
    for child in node.children:
        yield from preorder(child, depth + 1)


def postorder(node):
    for child in node.children:
        yield from postorder(child)
    yield node


def paths(node, prefix=()):
    here = prefix + (node.name,)
    if not node.children:
        yield '/'.join(here)
    for child in node.children:
        yield from paths(child, here)


def measured(node):
    """Yields every name; returns (size, height) of the subtree."""
    yield node.name
    size, height = 1, 0
    for child in node.children:
        child_size, child_height = yield from measured(child)
        size += child_size
        height = max(height, child_height + 1)
    return size, height


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


tree = Node('src',
            Node('parser', Node('grammar.cpp'), Node('layout.cpp')),
            Node('vm', Node('generator.cpp'), Node('gc.cpp'), Node('text', Node('utf8.cpp'))),
            Node('README.md'))

for depth, node in preorder(tree):
    print('  ' * depth + node.name)
print('postorder:', ' '.join(n.name for n in postorder(tree)))
print('leaves:', list(paths(tree)))

walk = measured(tree)
names = []
try:
    while True:
        names.append(next(walk))
except StopIteration as stop:
    size, height = stop.value
print('%d nodes, height %d, first three: %s' % (size, height, names[:3]))

print(list(flatten([1, [2, [3, [4, [5]]]], 6])))

# Deep chains are fine too: a 5000-level delegation.
sys.setrecursionlimit(20000)
deep = [7]
for _ in range(5000):
    deep = [deep]
print(sum(flatten(deep)), 'from a 5000-deep nest')
