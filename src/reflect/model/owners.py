"""Who an action may be owned by, as the app's owner box offers them, and the names that
letters typed there complete to.

The app's owner box completes from the names listed (`owner_names`): `Eve` shows "Eve
Example" in grey, taken by → or Tab. Plain mode offers the same names for the same letters
(`completions`), so that an action is owned by "Eve Example" however it was typed, not by an
"Eve" the notes and the reports cannot tell from another (it kept `Eve` as typed: a trial).

Pure: no files, no Textual.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reflect.accents import unaccented
from reflect.model.due import closed
from reflect.text import one_line

if TYPE_CHECKING:
    from reflect.model.session import Session


NO_OWNER_YET = "No owner yet: type who will do it"
"""The app's Owner box under last time's actions while an open one has no owner."""


def owner_hint(status: str) -> str:
    """What the empty Owner box says for an action of `status` under last time's actions:
    `NO_OWNER_YET` while it is open or in progress; nothing for one done or dropped, which no
    one is still to do (until 7 December 2026 a dropped action's box asked who would do it,
    as an open one's: a facilitator's trial)."""
    return "" if closed(status) else NO_OWNER_YET


def owner_said(owner: str, status: str) -> str:
    """Who owns an action of `status`, as last time's actions' Selected line says it: `owner:
    Alex Example` (on one line), `no owner` for an open or in-progress one with none; nothing
    for one done or dropped with none, which no one is still to do (the line said `no owner`
    of a dropped action, as if one were missing: a facilitator's trial)."""
    if owner.strip():
        return f"owner: {one_line(owner)}"
    return "" if closed(status) else "no owner"


def owner_names(session: Session) -> list[str]:
    """The names an owner box offers: each participant's name (their role where nameless),
    and a team session's facilitator (a reflection's is its writer's, not "who else")."""
    names = [p.name or p.role for p in session.participants if p.name or p.role]
    if session.facilitator and session.mode == "team":
        names.append(session.facilitator)
    return names


def completions(typed: str, names: Sequence[str]) -> list[str]:
    """The names in `names` that `typed` starts and is shorter than, case and accents aside
    (`eamon` starts Éamon D'Souza-Test, as the app's owner box, `NameSuggester`, offers it),
    each once, in their order: the box suggests the first of them."""
    start = _key(typed)
    found: list[str] = []
    for name in names:
        whole = name.strip()
        if start and len(whole) > len(start) and _key(whole).startswith(start) \
                and _key(whole) not in (_key(f) for f in found):
            found.append(whole)
    return found


def _key(name: str) -> str:
    """`name` as owners compare: case and accents aside, as `text.search_words` compares."""
    return unaccented(name.strip().casefold())


def _unlisted(session: Session, owner: str) -> bool:
    """Whether `owner` is typed and is no name (nor role) listed, where names are listed."""
    typed = owner.strip()
    names = owner_names(session)
    listed = [*names, *(p.role for p in session.participants)]
    return bool(typed and names) and _key(typed) not in (_key(n) for n in listed)


def owner_meant(session: Session, owner: str) -> str:
    """The one name listed that `owner` only starts (`Sam` for Sam Sample, and no other),
    which an action added with it is owned by, as Tab in the owner box takes the name it
    offers; "" where it is a name (or role) listed, or starts none, or several. An owner
    typed before Ctrl+Q came back into its box without the name offered, and the next action
    was added owned by "Sam", where "Jo" and Tab gave Jo Invented (a fresh-eyes trial)."""
    found = completions(owner, owner_names(session)) if _unlisted(session, owner) else []
    return found[0] if len(found) == 1 else ""


def owner_unlisted(session: Session, owner: str) -> str:
    """What to say of an action's `owner` that is no name listed, as plain mode lists the
    actions agreed already: one kept as typed by a stop (`Eve Exa`, Ctrl+C at the owner) was
    listed without its owner on `--resume`, and printed so in the export (a trial). `“Eve
    Exa” only starts Eve Example, as listed`; in a team session, `“The GP” is no one listed
    on Who is here`; "" for a name (or role) listed, or no owner."""
    typed = owner.strip()
    if not _unlisted(session, owner):
        return ""
    if starts := completions(typed, owner_names(session)):
        return f"“{typed}” only starts {' or '.join(starts)}, as listed"
    return f"“{typed}” is no one listed on Who is here" if session.mode == "team" else ""
