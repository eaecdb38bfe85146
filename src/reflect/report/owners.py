"""Who owns an agreed action, as a report says it: naming no one.

A learning lead asking "whose actions are overdue?" found the report gave only the team and the
session (a trial). The report names no one, and its cache holds no names (report/facts.py), so
an owner is said as the report says every person, by role and agency: an owner who is one of
the session's people, named in full (`export.owner_parts.owner_named`'s rule, which the notes by
role follow), is their role and agency as the session records them (a team session's facilitator,
"Facilitator"); words that name a job and no one (`Duty manager`, `Team lead`) are shown as
typed; anything else is "[redacted]" (a name not on the session's list, `Alex Example`, is a
name all the same: the Owner box holds people), keeping what the report's redaction of action
text left that names no one (`[redacted]'s manager`). Pure: no IO, no Textual.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from reflect.export.escaping import REDACTED
from reflect.model.action_words import NO_OWNER as NO_OWNER  # (the notes say it so too)
from reflect.text import one_line

if TYPE_CHECKING:
    from reflect.model.session import Action, Participant, Session


class Owner(NamedTuple):
    """An action's owner as a report keeps it (in its per-machine cache too): no name."""

    words: str = ""
    """What is shown where the owner is none of the session's people: words naming a job or
    a service, as typed, or "[redacted]"; "" for one of the session's people, or no owner."""
    role: str = ""
    """The role of the one of the session's people it names, as recorded."""
    agency: str = ""
    """Their agency, as recorded (the report names it as it names agencies)."""


NOBODY = Owner()
GIVEN_LATER = "given at a later meeting"
"""An owner a later meeting gave an action to, none of its session's people, whom that meeting
listed by no role: said so, never "[redacted]" (`Owners.of`)."""

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ANYONE = frozenset("""everyone everybody all both each whole team we us anyone nobody none
tbc tbd""".split())
"""Words an owner box holds that name no one, though written as a name is ("Everyone")."""


class Owners:
    """The owners of a session's actions as a report keeps them (`owner`). An owner is one of
    the session's people when exactly one of them is named so, case, spacing and punctuation
    aside: `export.owner_parts.owner_named`'s rule, with the names' keys worked out once a session
    (asked action by action, they doubled the time a first report takes to read a file)."""

    def __init__(self, session: Session, clean: Callable[[str], str]) -> None:
        self.session = session
        self.clean = clean
        """Redacts a text as the report redacts an action's (the session's people's names,
        likely names, identifiers)."""
        self._people: dict[str, list[Participant]] | None = None
        self._seen: dict[str, Owner] = {}

    def owner(self, typed: str) -> Owner:
        """`typed`, an action's owner on the session, as a report keeps it."""
        typed = " ".join(typed.split())
        if not typed:
            return NOBODY
        found = self._seen.get(typed)
        if found is None:
            found = self._seen[typed] = self._read(typed)
        return found

    def of(self, act: Action) -> tuple[Owner, Owner | None]:
        """`act`'s owner as a report keeps it, and, where a later meeting gave it to another
        (`Action.given_in`, model/given.py), the owner its meeting agreed (else None). The
        owner given, none of the session's people (they may have joined since), is their role
        and agency as the meeting that gave it listed them; else `GIVEN_LATER`. The report
        said "[redacted]" for them, which a board read as hidden (a team manager's trial)."""
        now = self.owner(act.owner)
        if act.agreed_owner is None:
            return now, None
        by = act.given_in
        if now.words and self._person(" ".join(act.owner.split())) is None:
            if by is not None and (by.role.strip() or by.agency.strip()):
                now = Owner("", one_line(by.role), one_line(by.agency))
            elif now.words == REDACTED or may_name(now.words):
                now = Owner(GIVEN_LATER)
        return now, self.owner(act.agreed_owner)

    def _person(self, typed: str) -> Participant | None:
        from reflect.model.attribution import speakers
        from reflect.model.roles import name_key

        if self._people is None:
            self._people = {}
            for p in speakers(self.session):  # the facilitator too: the Owner box offers them
                if p.name.strip():
                    self._people.setdefault(name_key(p.name), []).append(p)
        named = self._people.get(name_key(typed), [])
        return named[0] if len(named) == 1 else None  # two of one name: which is a guess

    def _read(self, typed: str) -> Owner:
        from reflect.model.roles import names_no_one
        from reflect.model.session import FACILITATOR

        person = self._person(typed)
        if person is not None:
            role, agency = one_line(person.role), one_line(person.agency)
            if person.id == FACILITATOR:
                return Owner("", role)
            return Owner("", role, agency) if role or agency else Owner(REDACTED)
        if names_no_one(typed):
            return Owner(one_line(typed))
        words = self.clean(typed)
        return Owner(REDACTED if may_name(words) else words)


def may_name(words: str) -> bool:
    """Whether `words`, typed as someone's owner, may hold a name: a word written as a name is
    (`Alex`, `sam`: `roles.looks_like_a_name`, `roles.small_name`), none of a job's or of
    safeguarding's own vocabulary; "[redacted]" already is none."""
    from reflect.model.roles import looks_like_a_name, small_name

    for word in _WORD.findall(words.replace(REDACTED, " ")):
        if word.casefold() not in _ANYONE and (looks_like_a_name(word) or small_name(word)):
            return True
    return False
