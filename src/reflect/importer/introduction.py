"""A review's introduction when the briefing has none of its own, and what a block the user
moves into the introduction does to it.

A briefing whose text starts with a heading, none of them "Introduction", has no
introduction: one stands in for it (`stand_in`), said in the import notes. A block the user
moves into the introduction (the import preview's Move) is added to the briefing's own
introduction (an "Introduction" heading's, or the text before the first heading), which
stays as it was; where there was none, the block is all of it, the stand-in is not made, and
`moved_in` says so: the context keeps its first paragraph and the review's summary comes from
the block (both changed, until 3 December 2026, with nothing said). Pure: no files, no Textual.
"""

from __future__ import annotations

from typing import Any

from reflect.importer.headings import without_hashes
from reflect.importer.lines import heading_like
from reflect.importer.parse import clean, has_words, strip_marker
from reflect.importer.recommendations import own_line

_POINT_KEYS = ("learning", "development", "good_practice", "recommendations", "what_to_do_now")


def stand_in(f: dict[str, list[Any]], unplaced: list[str], first_line: str
             ) -> tuple[list[str], list[Any], str]:
    """The introduction of a briefing with none (`f`, the fields found; `unplaced`, the lines
    set aside, in order): the context's first paragraph, moved (with the one after it when it
    reads as a heading), else a copy of the first point, question or unplaced line (not a
    "Status: Complete" set aside: it was the summary, a trial), at worst the first line, though
    it is a heading (a line's Markdown heading marks left out: the summary read "# Team
    picnic", a trial). Returns the introduction, the context left and what was done, for the
    import notes."""
    context = f["context"]
    if context:
        taken = 2 if len(context) > 1 and heading_like(context[0]) else 1
        return (context[:taken], context[taken:],
                "no introduction: its first paragraph was taken from the context")
    for key in _POINT_KEYS:
        if f[key]:
            first = f[key][0]
            return ([first if isinstance(first, str) else first["text"]], context,
                    f"no introduction: it repeats the first {key.replace('_', ' ')} item; "
                    "edit it in the file")
    found = f["questions"][:1] or [t for t in (clean(without_hashes(strip_marker(raw)[1]))
                                               for raw in unplaced)
                                   if has_words(t) and own_line(t) is None][:1]
    return (found or [clean(without_hashes(first_line)) or first_line], context,
            "no introduction: it repeats the first line of the briefing; edit it in the file")


def moved_in(f: dict[str, list[Any]], unplaced: list[str], first_line: str) -> str:
    """The import note when the lines the user moved into the introduction are all of it:
    what would have stood in for it (`stand_in`) is not made, and the review's summary now
    comes from the block."""
    _, context, done = stand_in(f, unplaced, first_line)
    instead = ("the context keeps its first paragraph, which stood in for one"
               if context != f["context"] else
               "it no longer " + done.removeprefix("no introduction: it ").split(";")[0])
    return ("the block you moved is the whole introduction (the briefing has none of its "
            f"own): {instead}, and the review's summary is now taken from the block")
