"""Whether a likely name the check finds is an "@" and the name of one person the session
lists: "… training too @Robin", Robin Madeup marked not here and the point kept as typed. In
notes that name people it is no detail to hold back: the notes list Robin Madeup (school
business manager) by name, yet the check called "Robin" a likely name and *Export redacted*
wrote "need the training too [redacted]" (a fresh-eyes trial). Notes that name no one (by
role, by agency, a CPD record) still find it, a name like any other there. An "@…" that could
be several people, or is no one listed, is still found, and at a point's end the check says
how to settle it (export/at_names.py). Pure: no IO."""

from __future__ import annotations

from reflect.model.attribution import attribute, speakers
from reflect.model.session import Session


def names_one_listed(session: Session, text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` follows an "@" and names one of `session`'s people, here or
    not (`speakers`), and only them, as the point box reads the "@…" ending a point
    (model/attribution.py): "@Robin", "@rob", "@Robin Madeup" for Robin Madeup, at a point's
    end or within its words."""
    if start < 1 or text[start - 1] != "@":
        return False
    said = attribute(text[:end], speakers(session))  # (the "@…" ending what runs to `end`)
    return bool(said.by) and text.rfind("@", 0, end) == start - 1
