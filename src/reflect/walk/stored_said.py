"""What plain mode says once an answer typed is stored, in words a screen reader reads as
words: `Saved.`, `Replaced what was there.`, `Added below what was there.`, and where a box
was carried on, the sentence as it now reads. Until 7 December 2026 the first three were said
in brackets, `(Saved.)`, and the carried-on sentence, cut at 60 cells, ended in `…`: a screen
reader user heard "bracket" and "ellipsis" after every answer (a trial)."""

from __future__ import annotations

from reflect.text import one_line
from reflect.walk.dialogue import ADD, REPLACE
from reflect.wrapping import cells_cut

SAVED = "Saved."
"""Said once an answer typed into an empty box is written, unless the input ended with it."""

REPLACED = "Replaced what was there."
ADDED_BELOW = "Added below what was there."
SAID_CELLS = 60
"""How much of what was typed on is said back, after the words before it: enough to hear a
word cut in two."""


def stored_said(current: str, typed: str, now: str, carry_on: bool) -> str:
    """What storing `typed` in a box holding `current` did, said back: carried on, the
    sentence as it now reads from where it was left (to hear a word cut in two), its start
    alone where it is long (said so before it, not with `…` after it)."""
    start = typed.lstrip()
    if start.startswith(REPLACE):
        return REPLACED
    if not carry_on or start.startswith(ADD):
        return ADDED_BELOW
    words = current.rstrip().split(" ")
    rest, cut = words_within(one_line(now[len(current.rstrip()):]), SAID_CELLS)
    return f"Carried on. From a few words before, {'its start reads' if cut else 'it reads'}: " \
        f"{' '.join(words[-3:])} {rest}"


def words_within(text: str, cells: int) -> tuple[str, bool]:
    """The whole words of one-line `text` that fit in `cells` terminal cells (the first word
    cut to fit, where it alone is wider), and whether any was left out."""
    if cells_cut(text, cells) == text:
        return text, False
    kept: list[str] = []
    for word in text.split(" "):
        if cells_cut(" ".join([*kept, word]), cells) != " ".join([*kept, word]):
            break
        kept.append(word)
    return (" ".join(kept) if kept else cells_cut(text, cells).removesuffix("…")), True
