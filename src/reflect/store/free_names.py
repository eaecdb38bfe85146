"""The first name of a numbered series that is not taken: a copy's title ("… (copy)", "…
(copy 2)"), a second review's id (`child-q-2`, `-3`) and a kept export's file (`…-1402.md`,
`…-1402-2.md`) are each found so. One loop, where three written alike could drift."""

from __future__ import annotations

from collections.abc import Callable
from itertools import count
from typing import TypeVar

T = TypeVar("T")


def first_free(name: Callable[[int], T], taken: Callable[[T], bool], start: int = 1) -> T:
    """The first of `name(start)`, `name(start + 1)`, … that is not `taken`."""
    return next(candidate for candidate in map(name, count(start)) if not taken(candidate))
