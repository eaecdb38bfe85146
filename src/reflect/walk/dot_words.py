"""Plain mode: a line typed alone that has the shape of one of its words (a dot, then letters:
`.back`, `.next`, `.read`, `.change`, `.move`) but is none it knows at that prompt (`.nxt`,
`.quit`, `.bakc`). At a terminal it is said, with the word it looks like, and not taken:
typed again at once, it is a line of the text, as `l` or a number at the actions is. (A
mistyped `.next` was a line of the answer, said nothing of: the listener heard the prompt
again, took it that the walk had moved on, and the answer was saved holding `.nxt`, into the
notes and the CPD record; at a team's points it was `Added point: .nxt`: a screen reader
user's trial.) From a script, and pasted, it is taken as typed, as before."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reflect.near import nearest
from reflect.text import listed

_SHAPE = re.compile(r"\.[^\W\d_]{2,}")
"""A dot, then two letters or more, nothing else: the shape of plain mode's words. (`.` alone
ends an answer; `...`, `.5` and `.NET 6` are text.)"""


def unknown_word(typed: str, known: Iterable[str]) -> str | None:
    """What to say of `typed`, a line typed alone, where it has the shape of one of plain mode's
    words and is none of `known` (those this prompt takes; letters like `l` among them are
    left out of what is said); None where it is no such line."""
    word = typed.strip()
    words = [k for k in known if k.startswith(".")]
    if not _SHAPE.fullmatch(word) or word.casefold() in words:
        return None
    near = nearest(word.casefold(), words)
    looks = f" It looks like {near} mistyped." if near else ""
    return (f"“{word}” is not one of plain mode's words, so it is not added.{looks} Its words "
            f"here are {listed(words)}; Ctrl+D stops. To add {word} as typed, type it again.")
