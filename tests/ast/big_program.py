#!/usr/bin/env python3
"""A medium-sized, realistic program mixing most constructs."""
from __future__ import annotations

import argparse
import collections
import dataclasses
import functools
import itertools
import sys
from typing import Callable, Iterable, Iterator, Optional

__all__ = ["Inventory", "main"]

DEFAULT_LIMIT = 1_000
_CACHE: dict[str, int] = {}


class InventoryError(Exception):
    """Raised when the inventory is inconsistent."""

    def __init__(self, message: str, *, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


@dataclasses.dataclass(frozen=True)
class Item:
    name: str
    price: float
    quantity: int = 0
    tags: tuple[str, ...] = ()

    @property
    def total(self) -> float:
        return self.price * self.quantity

    def __str__(self) -> str:
        return f"{self.name:<20}{self.quantity:>5} x {self.price:8.2f} = {self.total:10.2f}"


class Inventory(collections.abc.Mapping):
    def __init__(self, items: Iterable[Item] = (), /, *, limit: int = DEFAULT_LIMIT):
        self._items = {item.name: item for item in items}
        self._limit = limit
        if len(self._items) > limit:
            raise InventoryError(f"too many items: {len(self._items)} > {limit}", code=2)

    def __getitem__(self, key: str) -> Item:
        try:
            return self._items[key]
        except KeyError:
            raise InventoryError(f"no item {key!r}") from None

    def __iter__(self) -> Iterator[str]:
        yield from sorted(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def filter(self, predicate: Callable[[Item], bool] = lambda item: True) -> list[Item]:
        return [item for item in self._items.values() if predicate(item)]

    def by_tag(self) -> dict[str, list[str]]:
        result: dict[str, list[str]] = collections.defaultdict(list)
        for item in self._items.values():
            for tag in item.tags or ("untagged",):
                result[tag].append(item.name)
        return {tag: sorted(names) for tag, names in result.items()}

    @functools.lru_cache(maxsize=None)
    def value(self) -> float:
        total = 0.0
        for item in self._items.values():
            total += item.total
        else:
            return round(total, 2)

    @classmethod
    def parse(cls, lines: Iterable[str]) -> "Inventory":
        items = []
        for lineno, line in enumerate(lines, start=1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            try:
                name, price, quantity, *tags = line.split(",")
            except ValueError as error:
                raise InventoryError(f"line {lineno}: {error}") from error
            items.append(Item(name.strip(), float(price), int(quantity), tuple(t.strip() for t in tags)))
        return cls(items)


def pairwise_totals(items: list[Item]) -> Iterator[tuple[str, str, float]]:
    for a, b in itertools.combinations(items, 2):
        if (combined := a.total + b.total) > 100:
            yield a.name, b.name, combined


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", default=["-"])
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT)
    parser.add_argument("-v", "--verbose", action="count", default=0)
    args = parser.parse_args(argv)

    status = 0
    for path in args.files:
        stream = sys.stdin if path == "-" else open(path, encoding="utf-8")
        with stream:
            try:
                inventory = Inventory.parse(stream)
            except InventoryError as error:
                print(f"{path}: {error}", file=sys.stderr)
                status = max(status, error.code)
                continue
        if args.verbose > 1:
            for name in inventory:
                print(inventory[name])
        elif args.verbose:
            print(*inventory.by_tag().items(), sep="\n")
        cheap = inventory.filter(lambda item: item.price < 1)
        print(f"{path}: {len(inventory)} items, value {inventory.value():,.2f}, {len(cheap)} cheap")
        while cheap and cheap[-1].quantity == 0:
            cheap.pop()
        for first, second, total in pairwise_totals(cheap):
            print(f"  {first} + {second} = {total:.2f}")
    return status


if __name__ == "__main__":
    sys.exit(main())
