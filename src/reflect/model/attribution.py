"""Who said a point, typed in the point itself: "@" and the first letters of a participant's
name, role or agency at its end ("Ring the school @rob"), or of up to three of their words
("@Ann Example", "@social worker", "@rob sch"): each word typed starts one of theirs. Whole
words win over beginnings: where the letters are whole words of one person's ("@Sam": Sam
Sample's first name) and only start another's (Chris Sample's surname), the one whose words
they are is meant (a trial: "@Sam" matched both, and the point was kept with "@Sam" in it). One
match attributes the point and the "@..." is taken off; none, or more than one, leaves the text
as it was typed.

A team session's facilitator is someone here too (`speakers`): "@Pat" in a session Pat Example
facilitates, with Pat on no Who is here list, named no one (a trial), in the app, plain mode
and the export's check alike. A point they said is kept as said by `FACILITATOR`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reflect.model.roles import name_key
from reflect.model.session import FACILITATOR, Participant, Session
from reflect.text import findable_words, starts_word, typed_starts

ANONYMOUS = "anonymous"
"""Who sent a point from the room without giving a name (`Point.from_room`): nobody's.
One word here for the room's queue, the notes and renames alike (each had its own)."""

_AT_END = re.compile(r"\s@(\S+(?:[ \t]+[^\s@]\S*){0,2})\s*$")
"""After the last "@" that starts a word: one to three words, to the end of the point."""
_STOP = re.compile(r"[.,;:!?]+$")
"""Punctuation ending what follows "@": the sentence's, not the name's."""


@dataclass(frozen=True)
class Attribution:
    text: str
    """The point without the "@...", or as typed when nobody (or several) matched."""
    by: str
    """The participant's id, or "" when the point is not attributed this way."""
    ambiguous: tuple[Participant, ...] = ()
    """Everyone the letters matched, when more than one did."""
    unmatched: str = ""
    """The letters after "@" when they matched nobody."""
    named: str = ""
    """The letters after "@" when they matched nobody or several ("" otherwise): what plain
    mode says back."""


def _words(p: Participant) -> list[tuple[str, ...]]:
    """Their words as letters typed find them, punctuation aside (`findable_words`): `@kim`
    names "[b]Kim[/b] Example" (it named nobody: a trial), `@obr` Jo O'Brien."""
    return findable_words(f"{p.name} {p.role} {p.agency}")


def _starts_words(typed: list[str], words: list[tuple[str, ...]], whole: bool = False) -> bool:
    """Each typed word starts a different one of `words` (`whole`: is one of them, or a part
    of one after its punctuation: "jones" of Sample-Jones)."""
    left = list(words)
    for letters in typed:
        word = next((w for w in left
                     if (letters in w if whole else starts_word(letters, w))), None)
        if word is None:
            return False
        left.remove(word)
    return True


def speakers(session: Session) -> list[Participant]:
    """Everyone who can say a point: the participants, then a team session's facilitator
    (always here) unless Who is here lists them by the same name."""
    leads = session.participant(FACILITATOR)
    if leads is None or not name_key(leads.name) or \
            any(name_key(p.name) == name_key(leads.name) for p in session.participants):
        return list(session.participants)
    return [*session.participants, leads]


def candidates(people: Sequence[Participant]) -> list[Participant]:
    """Who can have said a point: those marked here, or everyone listed when nobody is (a
    team that does not mark who is here; the facilitator, always here, aside). The points
    pane and plain mode ask the same."""
    if any(p.attended for p in people if p.id != FACILITATOR):
        return [p for p in people if p.attended]
    return list(people)


def attribute(text: str, people: Sequence[Participant]) -> Attribution:
    """`text` and who it names at its end (see the module)."""
    found = _AT_END.search(text)
    if found is None:
        return Attribution(text, "")
    # The sentence's own full stop after the name ("… form @Jo.") is not part of the name:
    # it stays with the point.
    said = found.group(1)
    stop = _STOP.search(said)
    ending = stop.group(0) if stop else ""
    typed = typed_starts(said[: len(said) - len(ending)])
    matches = tuple(p for p in people if typed and _starts_words(typed, _words(p)))
    whole = tuple(p for p in matches if _starts_words(typed, _words(p), whole=True))
    matches = whole or matches
    if len(matches) != 1:
        return Attribution(text, "", matches if len(matches) > 1 else (),
                           "" if matches else said, said)
    return Attribution(at_off(text), matches[0].id)


def at_off(text: str) -> str:
    """`text` without the "@…" ending it, as `attribute` takes it off where it names someone:
    the sentence's full stop after the name kept ("… form @Jo." is "… form."). `text` where
    no "@…" ends it."""
    found = _AT_END.search(text)
    if found is None:
        return text
    stop = _STOP.search(found.group(1))
    return text[: found.start()].rstrip() + (stop.group(0) if stop else "").strip(",;:")


def at_typed(typed: str) -> str:
    """The "@…" ending `typed` as it was typed, its sentence's full stop left off (`@Robin`,
    `@alex ex`); "" where none ends it."""
    found = _AT_END.search(typed)
    return f"@{_STOP.sub('', found.group(1))}" if found else ""


def at_on(text: str, typed: str) -> str:
    """`text` with the "@…" that ended `typed` put back at its end (before its full stop, as
    `at_off` keeps it): a point given to someone by its "@…", edited since, kept as typed
    again as they are taken off the list (model/presence.py, `taken_off`)."""
    found = _AT_END.search(typed)
    if found is None:
        return text
    words = _STOP.sub("", found.group(1))
    stop = re.search(r"[.!?]+$", text.rstrip())
    body = text.rstrip()[: stop.start()] if stop else text.rstrip()
    return f"{body.rstrip()} @{words}{stop.group(0) if stop else ''}"


def at_renamed(text: str, name: str) -> str:
    """`text` with the letters after the "@" ending it now `name` (up to three of its words,
    as many as "@" takes), the sentence's punctuation after them kept; `text` where it ends in
    no "@…" or `name` is empty: a draft point's "@Pat" once Pat Example is renamed Jo Example
    (model/rename_edits.py)."""
    found = _AT_END.search(text)
    words = name.split()[:3]
    if found is None or not words:
        return text
    stop = _STOP.search(found.group(1))
    ending = stop.group(0) if stop else ""
    return f"{text[:found.start(1)]}{' '.join(words)}{ending}{text[found.end(1):]}"


def without_at(text: str, said_by: Sequence[Participant]) -> str:
    """`text` with the "@..." at its end taken off when it names the person it is said by
    (`said_by`: them, or no one), however many others it also named: a point ending "@Sam"
    given to Sam Sample in *Said by…* kept "@Sam", a likely name the export then refused."""
    said = attribute(text, said_by)
    return said.text if said.by else text


def only_named(text: str, people: Sequence[Participant]) -> bool:
    """Whether `text` is an "@…" and nothing before it: "@Pat" typed as a point, with no
    words of its own (a trial: added as the words "@Pat", said by no one, with nothing said).
    One word after the "@" is always a name; two or three are where they name someone here,
    or several ("@Pat rang the school" is a point)."""
    typed = " " + text.strip()
    found = _AT_END.fullmatch(typed)
    if found is None:
        return False
    said = attribute(typed, people)
    return len(found.group(1).split()) == 1 or bool(said.by or said.ambiguous)
