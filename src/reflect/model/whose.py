"""Whose a session is, for *My CPD so far* given the practitioner's name (the box on its
screen, `reflect cpd --name`): a sessions folder shared across a partnership holds every
team's meetings and other people's reflections, none of them evidence of this person's CPD.

A team session is theirs when a participant of that name is ticked as here, or the facilitator
is that name. An individual reflection (one after a team session too) is theirs when it
records that name as whose it is: its `facilitator` field, which a reflection, having no one
to facilitate, keeps its writer's name in (the new-session form's *Your name*, `reflect walk
--name`, the name *My CPD so far* remembers, F8's *Your name*, `reflect cpd-fill --name`).
Names compare as the room's do, case, spacing, punctuation and accents aside (`roles.name_key`). A
session that names no one (a team's people listed by role only, a reflection from before
whose it is was recorded) cannot be told to be anyone's: it is said apart, never guessed.
Pure: no IO.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from reflect.model.roles import name_key
from reflect.model.session import Session
from reflect.model.teams import Names, team_key
from reflect.text import tidy_name

Whose = Literal["mine", "not_here", "unnamed", "others"]
"""Theirs; a team session listing them as not here; one naming no one; someone else's."""


def owner(session: Session) -> str:
    """Whose reflection an individual reflection is ("" when it does not say, and for a
    team session, whose facilitator is only one of those who were there)."""
    return session.facilitator if session.mode == "individual" else ""


def record_unnamed(session: Session, fmt: str) -> bool:
    """Whether `fmt` (a format's name in `exports.FORMATS`) is the account for any profession,
    the record with a *Name* (`cpd-…`), and `session` a reflection of your own recording no
    name, so the record leaves *Name* blank: said by the export dialog and `reflect export`
    (a reflection started from an empty new-session form was written so, nothing said: a
    trial). The regulators' forms ask for no name; a team session's record is whoever's keeps
    it."""
    return session.mode == "individual" and not owner(session).strip() \
        and fmt.startswith("cpd-")


def whose(session: Session, name: str) -> Whose:
    """Whether `session` is the sessions of the person called `name` (see the module)."""
    key = name_key(name)
    if session.mode != "team":
        written = name_key(owner(session))
        return "unnamed" if not written else "mine" if written == key else "others"
    if name_key(session.facilitator) == key:
        return "mine"
    listed = [p for p in session.participants if name_key(p.name) == key]
    if any(p.attended for p in listed):
        return "mine"
    if listed:
        return "not_here"
    return "others" if any(p.name.strip() for p in session.participants) else "unnamed"


def teams_and_people(sessions: Sequence[Session]) -> tuple[int, int, int]:
    """How many teams' meetings (teams compared as everywhere, `team_key`), how many people's
    reflections, and how many reflections recording no name `sessions` hold."""
    teams = {team_key(s.team) for s in sessions if s.mode == "team"} - {""}
    people = [name_key(owner(s)) for s in sessions if s.mode != "team"]
    return len(teams), len(set(people) - {""}), people.count("")


def as_written(sessions: Sequence[Session], name: str) -> str:
    """`name` as `sessions` most often write it ("pat example" typed, "Pat Example" said),
    else as given, its spacing tidied."""
    names, key = Names(name_key), name_key(name)
    for s in sessions:
        for written in (s.facilitator, *(p.name for p in s.participants)):
            if name_key(written) == key:
                names.add(written)
    return names.shown(key) or " ".join(name.split())


def remembered(name: str, sessions: Sequence[Session] = ()) -> str:
    """`name` as My CPD remembers it (`tidy_name`: "  pat   EXAMPLE " is Pat Example): as typed
    where its capitals are the person's own, else as `sessions` write it where they give it
    capitals of its own (Pat McExample, typed "pat mcexample"), else tidied. It was kept as
    typed, and a reflection recorded it so, as whose it is, in its notes and CPD record."""
    typed = " ".join(name.split())
    if tidy_name(typed) == typed:
        return typed
    written = as_written(sessions, typed)
    return written if tidy_name(written) == written else tidy_name(typed)


def names_recorded(sessions: Sequence[Session]) -> list[str]:
    """The names `sessions` count as someone's (`whose`): a reflection's writer, a team
    session's facilitator and those ticked as here; each once, as most often written, in
    alphabetical order. Said when a name given matches none of them (a trial gave a name no
    session holds and was told only that nothing was recorded)."""
    names, keys = Names(name_key), set()
    for s in sessions:
        for written in ([owner(s)] if s.mode != "team" else
                        [s.facilitator, *(p.name for p in s.participants if p.attended)]):
            keys.add(names.add(written))
    return sorted((names.shown(k) for k in keys - {""}), key=str.casefold)


def near_names(typed: str, names: Sequence[str]) -> list[str]:
    """Those of `names` that `typed` was likely meant as: those sharing a whole word with it
    (a first name alone, `hana`), else the nearest by spelling (a slip, `Pat Exmaple`)."""
    from reflect.near import nearest_all

    key = name_key(typed)
    keys = {name_key(n): n for n in names}
    words = {w for w in key.split() if len(w) > 1}
    if shared := [n for k, n in keys.items() if words & set(k.split())]:
        return shared
    return [keys[k] for k in nearest_all(key, keys, 0.75)]
