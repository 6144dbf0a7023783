"""Batches by count and by bytes: what a download, an import and a read hold at once.

One rule for all three, so that a limit means the same everywhere: a batch is cut
before an item would take it over either limit, and an item larger than the byte
limit makes a batch of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def batched_by_size(
    items: Iterable[T], size: Callable[[T], int], max_bytes: int, max_items: int
) -> Iterator[list[T]]:
    """The items in order, in batches of at most ``max_items`` and ``max_bytes``; lazy,
    so that a stream of messages is never held whole."""
    batch: list[T] = []
    total = 0
    for item in items:
        bytes_ = size(item)
        if batch and (total + bytes_ > max_bytes or len(batch) >= max_items):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += bytes_
    if batch:
        yield batch
