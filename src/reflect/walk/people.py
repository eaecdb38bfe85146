"""Plain mode's *Who is here*: the facilitator (walk/facilitator.py), each person listed
(here? y or n), then anyone else who is here, a line each (`name, role, agency`).

A person typed who is on the list already (`model.same_person`: case and punctuation aside)
is asked about first, with the app's dialog's words and letters (`same_person.KEYS`): a,
*Another person* of that name, or s, *Same person*, ticked here with any role or agency typed
now (and Enter); the words typed whole are read too, and anything else (y or n among them) is
asked again, saying what to type (plain mode asked y or n, and y, "yes, the same", added the
person twice, as the app's dialog once did: a trial). From a script (not a
terminal) it is the same person, said: asked, the script's next line would be read as the
answer and every answer after it moved on by one. So too the list's y or n for each:
said to a script, not asked (`Walk.asks_last_time`), the people on it ticked here by typing
them among who is here. A stop (Ctrl+C, a signal) keeps a person
half typed as typed, as Enter would have taken them (a person listed already: the same
person, as Enter answers the question).

Each person added is said back as read (`Added: name: sam sample`, `Added: role: health
visitor, agency: invented council`, a comma where the box has a middle dot), as the app's
box says under it how it reads each line: a name typed in small letters was read as a role,
and `Added: sam sample` said nothing of it (a trial). Names typed in small letters or in
capitals are names (`model.roles.small_name`), here and in the app's box alike;
one that is the facilitator's in other letters (`PAT EXAMPLE` for Pat Example) is
asked about as a name listed already is, and the same person is listed as the facilitator's
name is written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflect.model.presence import (
    LEFT_EARLY_MEANS,
    added_said,
    away_said,
    ticked_said,
    took_part,
)
from reflect.model.roles import ONE_PART, how_read, left_out, name_key
from reflect.model.same_person import (
    ANOTHER,
    KEYS,
    SAME,
    another_or_same,
    as_named,
    joined,
    listed_as,
    looks_like,
)
from reflect.model.session import Participant
from reflect.model.steps import Step
from reflect.walk.facilitator import ask_facilitator
from reflect.walk.spoken import NAME_ROLE_AGENCY, asked, enter_is, person_aside, person_spoken

if TYPE_CHECKING:
    from reflect.walk.dialogue import Keep
    from reflect.walk.steps import Walk


def ask_people(w: Walk, step: Step) -> bool:
    session, d = w.session, w.d
    if not ask_facilitator(w):
        return False
    if w.offered:
        d.say("The one person on this team's list last time is listed as not yet here."
              if w.offered == 1 else f"The {w.offered} people on this team's list last time "
              "are listed as not yet here.")  # ("The 1 people": a trial)
    if session.participants and not w.asks_last_time:
        d.say(listed_said(session.participants))
    elif others := [p for p in session.participants if not _is_lead(w, p)]:  # (someone)
        took = any(any(took_part(session, p)) for p in others)
        d.say(f"{SAY_WHO}{WHO_LEFT_EARLY if took else ''}.")
    for person in session.participants if w.asks_last_time else ():
        if _leads(w, person):
            continue
        was = person.presence  # (left early: n, and Enter, keep them so)
        who = person_spoken(person)  # (not "Eve Example (health visitor): here?": a trial)
        here = d.yes_no(f"Is {who}{',' if ', ' in who else ''} here?"
                        f"{' They left early.' if was == 'left early' else ''}", was == "here")
        if here is None:
            return False
        if here != (was == "here"):
            ticked = ticked_said(session, person) if here else ""  # (the points kept for them)
            w.edits.mark_here(person, here)
            if said := away_said(session, person) or ticked:
                d.say(said)
        w.save()
    hinted = False
    while True:
        got = d.ask(asked("Add someone who is here", NAME_ROLE_AGENCY, "Enter when everyone is in"),
                    lambda typed: _keep(w, typed))
        if got is None:
            return False
        if not got:
            d.finished()
            return True
        typed = _typed(w, got)
        if typed.blank or len(got.strip()) == 1:
            d.finished()
            if not typed.blank:  # (a y or n typed on after the questions before: a trial)
                d.say(f"“{got.strip()}” is one letter: no one is added.")
            elif got.strip():  # (`, ,`: as the app's participants box says it)
                d.say(f"{left_out(got.strip())}.")
            d.say(f"Type a name, a role or an agency: {NAME_ROLE_AGENCY}.")
            continue
        typed = _as_facilitator(w, typed)
        before = len(session.participants)  # (added, not ticked: said how it is read)
        if not _add(w, typed):
            return False
        new = len(session.participants) > before
        if new and not hinted and not typed.agency and not (typed.name and typed.role):
            hinted = True  # (once: as the app's box says it under the lines)
            d.say(ONE_PART)


SAY_WHO = "Say who is here: y for here, n for not here"
"""Said before the list is asked; `WHO_LEFT_EARLY` after it only where someone on it has said a
point or owns an action in this session: at a meeting's start it was said, though nobody could
have spoken yet (a screen reader user's trial)."""

WHO_LEFT_EARLY = ("; someone who said a point or owns an action and is not here has left "
                  f"early, {LEFT_EARLY_MEANS}")


def _leads(w: Walk, person: Participant) -> bool:
    """Whether `person` is the facilitator, listed by their name (`attribution.speakers`: one
    person, not two): not asked here? y or n, as the facilitator is here; marked here where
    they were not, and said. Asked, "n" made the notes say "Facilitator: Renée Exämple" and
    "Invited, did not attend: Renée Exämple" (a screen reader user's trial)."""
    if not _is_lead(w, person):
        return False
    if person.presence != "here":
        ticked = ticked_said(w.session, person)
        w.edits.mark_here(person, True)
        w.save()
        w.d.say(f"{person_spoken(person)}: the facilitator, so marked here.{_then(ticked)}")
    else:
        w.d.say(f"{person_spoken(person)}: the facilitator, here.")
    return True


def _is_lead(w: Walk, person: Participant) -> bool:
    """Whether `person` is the facilitator, listed by their name: never asked here? y or n,
    so with no one else listed "Say who is here: y for here…" is not said (it was, and then
    nothing was asked: a trial)."""
    own = w.session.facilitator.strip()
    return bool(own and person.name.strip() and name_key(person.name) == name_key(own))


def listed_said(people: list[Participant]) -> str:
    """The list, said to a script, which is not asked about each (`Walk.asks_last_time`):
    who is on it, and how its lines tick one here."""
    return (f"Listed: {'; '.join(f'{person_spoken(p)}: {p.presence}' for p in people)}. A "
            "script is not asked about each: type those here below, as anyone else; "
            "--answer-last-time asks.")


def _typed(w: Walk, line: str) -> Participant:
    """A line typed, read as the app's box reads it (a name in small letters a name too), and
    a role that is the name of someone listed their name."""
    return as_named(Participant.parse(line), w.session.participants)


def _as_facilitator(w: Walk, typed: Participant) -> Participant:
    """`typed` under the facilitator's name as written there when it is theirs in other
    letters (`PAT EXAMPLE`, `pat example` for Pat Example) and no one listed has it: asked at
    a terminal whether it is another person of that name (Enter: the same person, as for a
    name listed already); from a script, the same person, said. (Both were listed, the notes
    giving Pat Example as the facilitator and PAT EXAMPLE among those here: a trial.)"""
    own = w.session.facilitator.strip()
    if not typed.name or typed.name == own or name_key(typed.name) != name_key(own) \
            or listed_as(typed, w.session.participants) is not None:
        return typed
    same = typed.model_copy(update={"name": own})
    if not w.d.at_terminal:  # (a script's next line is not an answer to this)
        w.d.say(f"“{typed.name}” is taken as {own}, the facilitator. At a terminal reflect "
                f"asks whether it is another person called {own}.")
        return same

    def keep_same(half: str) -> str:  # (stopped: as Enter answers, and said)
        person = w.edits.add_participant(same.name, same.role, same.agency)
        why = f"“{half.strip()}”, typed but not entered, was not taken: " if half.strip() \
            else ""
        return f"{why}“{typed.name}” is kept as {own}, the facilitator, listed as here: " \
            f"{_read(person)}.{_then(added_said(w.session, person))}"

    another = _ask_another(w, f"{own} is the facilitator. Another person called {own}, added "
                           f"as typed, “{typed.name}”; or the same person, listed here as "
                           f"{own}?", f"called {own}", keep_same)
    return typed if another else same  # (None, the end of input: as Enter answers)


def _add(w: Walk, typed: Participant) -> bool:
    """`typed` listed as here: added, or, on the list already or like a name on it
    (`_another_than`), asked whether it is the same person (a terminal). False at the end of
    input (what was typed is kept first)."""
    d, people = w.d, w.session.participants
    listed = listed_as(typed, people)
    if listed is None:
        for near in looks_like(typed, people):  # (the app's box's rule: same_person.py)
            as_typed = _another_than(w, typed, people[near])
            if not as_typed:  # the one listed, ticked here; None: the end of input, kept
                return as_typed is not None  # as typed
        person = w.edits.add_participant(typed.name, typed.role, typed.agency)
        d.finished()
        d.say(f"Added: {_read(person)}")
        _given(w, person)
        w.save()
        return True
    person = people[listed]
    name = f"called {person.name}" if person.name else f"described as {person_spoken(person)}"
    if not d.at_terminal:  # (a script's next line is not an answer to this)
        d.say(f"{person_aside(person)} is on the list already: taken as the same person. At a "
              f"terminal reflect asks whether it is another person {name}.")
        another: bool | None = False
    else:
        def keep_same(half: str) -> str:
            ticked = _same(w, person, typed)
            why = f"“{half.strip()}”, typed but not entered, was not taken: " if half.strip() \
                else ""
            return f"{why}{person_aside(person)} is kept as the same person, ticked here." \
                f"{_then(ticked)}"

        another = _ask_another(
            w, f"{person_aside(person)} is on the list already, marked {person.presence}. "
            f"Another person {name}, or the same person, ticked here with any role or agency "
            "typed now?", name, keep_same)
        d.finished()  # (answered: `keep_same` no longer applies)
    if another:
        added = w.edits.add_participant(typed.name, typed.role, typed.agency)
        d.say(f"Added: {_read(added)}")
        _given(w, added)
    else:  # n, Enter, or the end of input (Ctrl+D): the same person, as Enter answers
        ticked = _same(w, person, typed)
        d.finished()
        d.say(f"Ticked here: {person_spoken(person)}")
        if ticked:
            d.say(ticked)
    w.save()
    return another is not None


def _another_than(w: Walk, typed: Participant, person: Participant) -> bool | None:
    """Whether `typed`, whose name looks like listed `person`'s (`same_person.looks_like`:
    "Jo Smith" for "Jo Smyth", "Jo" for "Joanne"), is another person (True: to be added as
    typed, unless like another listed too, asked next), or `person` (False: ticked here, with
    any role or agency typed, and said); asked at a terminal, Enter taking it as another (the
    app's box says it and changes nothing); from a script, another, said. None at the end of
    input, kept as typed. Nothing was said: "Jo Smith" was added beside last time's "Jo
    Smyth" and "Joanne Smith" (a trial)."""
    said = f"“{typed.name}” looks like {person_spoken(person)}, on the list already, marked " \
        f"{person.presence}"
    if not w.d.at_terminal:  # (a script's next line is not an answer to this)
        w.d.say(f"{said}: taken as another person. At a terminal reflect asks whether it is "
                "the same person.")
        return True

    def keep_typed(half: str) -> str:  # (stopped: as Enter answers)
        added = w.edits.add_participant(typed.name, typed.role, typed.agency)
        why = f"“{half.strip()}”, typed but not entered, was not taken: " if half.strip() \
            else ""
        return f"{why}Kept as typed, and listed as here: {_read(added)}." \
            f"{_then(added_said(w.session, added))}"

    a, s = KEYS
    while True:
        got = w.d.ask(f"{said}. Another person, or the same person, ticked here with any "
                      f"role or agency typed now? {a}: {ANOTHER}; {s}: {SAME}; {enter_is(a)}.",
                      keep_typed)
        if got is None:
            return None
        another = another_or_same(got) if got else True
        if another is not None:
            break
        w.d.say(f"“{got}” is not an answer here: type {a} for another person called "
                f"{typed.name}, or {s} for {person_spoken(person)}.")
    w.d.finished()  # (answered: `keep_typed` no longer applies)
    if not another:
        ticked = _same(w, person, typed)
        w.d.say(f"Ticked here: {person_spoken(person)}")
        if ticked:
            w.d.say(ticked)
        w.save()
    return another


def _ask_another(w: Walk, question: str, name: str, keep: Keep) -> bool | None:
    """Another person (True) or the same (False, and Enter), asked as the app's dialog asks
    it (`same_person.KEYS`) until one is typed; None at the end of input."""
    a, s = KEYS
    while True:
        got = w.d.ask(f"{question} {a}: {ANOTHER}; {s}: {SAME}; {enter_is(s)}.", keep)
        if got is None:
            return None
        another = another_or_same(got)
        if another is not None:
            return another
        # each said once: "type a (another person) for another person called …" (a trial)
        w.d.say(f"“{got}” is not an answer here: type {a} for another person {name}, or {s} "
                "for the same person.")


def _read(person: Participant) -> str:
    """How a line was read, as the app's box says it, its parts a comma apart (`name: sam
    sample, role: GP`): the box's middle dot was read aloud "middle dot" (a screen reader
    user's trial)."""
    return how_read(person, ", ")


def _given(w: Walk, person: Participant) -> None:
    """Said, for `person` just added, which points kept as typed for them are theirs now (as
    the app says it: model/presence.py)."""
    if said := added_said(w.session, person):
        w.d.say(said)


def _then(said: str) -> str:
    """`said` (the points someone was given) after a sentence, "" for none."""
    return f" {said}" if said else ""


def _same(w: Walk, person: Participant, typed: Participant) -> str:
    """`typed` is `person`: ticked here, with the role and agency typed (if any), as the app's
    *Same person* does, given the points kept as typed for them as `y` gives them; what to
    say of those ("" for none)."""
    now = joined(typed, person)
    w.edits.edit_participant(person, role=now.role, agency=now.agency)
    ticked = ticked_said(w.session, person)
    w.edits.mark_here(person, True)
    return ticked


def _keep(w: Walk, line: str) -> str:
    """A person half typed when a stop came: listed as here, as typed (one on the list
    already: that person, ticked here, as Enter would have taken them); what to say of it."""
    typed = _typed(w, line)
    if typed.blank:
        return ""
    own = w.session.facilitator.strip()
    if typed.name and name_key(typed.name) == name_key(own):  # as Enter would answer
        typed = typed.model_copy(update={"name": own})
    listed = listed_as(typed, w.session.participants)
    if listed is None:
        person = w.edits.add_participant(typed.name, typed.role, typed.agency)
        return f"Kept as typed, and listed as here: {_read(person)}." \
            f"{_then(added_said(w.session, person))}"
    person = w.session.participants[listed]
    ticked = _same(w, person, typed)
    return (f"Kept: “{line.strip()}” is {person_spoken(person)}, on the list already, ticked "
            f"here. Another person of that name? Type it again, and answer {KEYS[0]}."
            f"{_then(ticked)}")
