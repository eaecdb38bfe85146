"""What a review file holds that no screen shows as it is written: a control character in any
text (BEL, ESC and the escape sequences it starts, a direction override), or a line break or
a tab in a field shown on one line (a title, a name, a date).

The library loads such a review with them taken out (`text.printable`, by the model's own
validators), so neither the app, nor an export, nor a terminal is ever given them. But the
file is wrong, and `reflect validate` refuses it (`unshown`), naming the file, the field and
the character, so that it is mended: it said `ok` of a title holding BEL (a trial). The
importer writes none (`shown`).
"""

from __future__ import annotations

import re
from typing import Any

from reflect.text import control_said, spaced

ONE_LINE = frozenset({"title", "partnership", "review_type", "label", "date", "lead", "source",
                      "url", "file", "status"})
"""The fields of a review (in any of its tables) shown on one line: its title, partnership
and type; a date's label and date; a point's, recommendation's, resource's or action plan's
title; a lead, a source, a link, the file imported, an action plan item's status."""

Loc = tuple[str | int, ...]
"""Where a value is in a review's data: `("learning", 1, "title")`."""

_BREAKS = re.compile(r"[ \t]*[\t\n][\t\n ]*")


def unshown(data: object, loc: Loc = ()) -> list[tuple[Loc, str]]:
    """Each text in a review's data (as read from its file, before the model takes anything
    out) holding what no screen shows as written: where, and what is wrong and what to do."""
    if isinstance(data, str):
        field = next((p for p in reversed(loc) if isinstance(p, str)), "")
        said = control_said(data, one_line=field in ONE_LINE)
        if said is None:
            return []
        fix = "it is one line: write a space instead" if said.startswith(
            ("a tab", "a line break")) else "delete it and the escape sequence it starts " \
            "(reflect shows the text without them)" if ", ESC " in said else \
            "delete it (reflect shows the text without it)"
        return [(loc, f"holds {said}: {fix}")]
    if isinstance(data, dict):
        return [found for key, value in data.items() for found in unshown(value, (*loc, key))]
    if isinstance(data, list):
        return [found for n, value in enumerate(data) for found in unshown(value, (*loc, n))]
    return []


def shown(data: Any, field: str = "") -> Any:
    """A review's data (the importer's) with its text as the library shows it: no control
    character (one between two words a space: `text.spaced`), and a line break or tab in a
    field shown on one line (`ONE_LINE`) a space; so what the importer writes is what `reflect
    validate` accepts. (A briefing's BEL or form feed was written into the review's file as
    `\\u0007`, `\\f`.)
    Tables and lists are cleaned in place and returned: the import's report knows which
    resources a line of the briefing made by the tables themselves (`resource_blocks`), and
    copies of them left a resource the preview's "Leave it out" could not take out."""
    if isinstance(data, str):
        text = spaced(data)
        return _BREAKS.sub(" ", text).strip() if field in ONE_LINE else text
    if isinstance(data, dict):
        for key, value in data.items():
            data[key] = shown(value, key)
    elif isinstance(data, list):
        data[:] = [shown(value, field) for value in data]
    return data
