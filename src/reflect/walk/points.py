"""Plain mode's points on a team's question: one a line, each said by whoever the "@…" at its
end names (model/attribution.py: among those here, else anyone listed, as the app's point
box reads it), and who that was said back on the next line, as a due date is:
`Said by Eve Example, Health visitor, Invented Health.` (in words: an arrow before it was
read aloud "right arrow", a screen reader user's trial). Where the letters named no one, or
several, that is said too, and what was done: the point kept as typed, said by no one. (A
point typed `… @eve` went to whoever it matched, or to no one, in silence: a trial.) A line
that is an "@…" alone is no point, as in the app (`said_by.read_point`): nothing is added.
Every point taken is said back as an action is (`Added point: Ring the school`, then who
said it): a point with no "@…" was taken in silence, and a screen reader user could not tell
it had been (a trial).
A point given to someone marked as arriving on a later step moves their arrival to this one
(model/arrival.py), said once the points are added in the app's words: plain mode moved it in
silence (a trial).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reflect.model.arrival import Moved, moved_said
from reflect.model.attribution import Attribution, attribute, candidates, speakers
from reflect.model.said_by import read_point
from reflect.model.session import Answer, Participant, Session
from reflect.text import one_line
from reflect.walk.action_change import LIST, lists
from reflect.walk.point_change import (
    CHANGE,
    HOW,
    change_point,
    move_point,
    point_said,
    spoken,
)
from reflect.walk.spoken import asked

if TYPE_CHECKING:
    from reflect.walk.steps import Walk

KEPT = "the point is kept as typed, said by no one"
"""What is done with a point whose "@…" names no one, or several."""


def summary_prompt(w: Walk) -> str:
    """A question's summary, asked after its points: the first in a walk says how it ends, a
    full stop alone on a line (an empty line ends the points just before it; said only in
    the opening paragraph, a listener could not tell how to end it: a trial)."""
    said, w.ends_said = w.ends_said, True
    return "Summary of the discussion" + (":" if said else
                                          ", ended by a full stop alone on a line:")


def ask_points(w: Walk, qid: str) -> bool:
    """The points made on question `qid`, one a line (an empty line ends the list), each with
    who said it said back; False at end of input."""
    people = speakers(w.session)
    moved: list[Moved] = []

    def add_points(text: str) -> None:
        for line in text.split("\n"):
            read = read_point(line.strip(), "", people, 1)  # as the app's point box reads it
            if line.strip() and not read.alone:
                w.edits.add_point(qid, read.text, read.by, typed_as=read.typed_as)
                moved.extend(w.edits.take_moved())

    def say_back(line: str) -> None:
        if not line.strip():
            return
        if (read := read_point(line.strip(), "", people, 1)).alone:
            w.d.say(alone(line))
            return
        w.d.say(f"Added point: {read.text}")  # (as an action is: `Added action: …`)
        if told := said_back(attribute(line.strip(), candidates(people)), people):
            w.d.say(told)

    listing = {LIST: LISTED} if w.d.at_terminal else {}  # (a script's `l` is a point)
    helping = HELP if w.d.at_terminal else {}  # (a script's `?` too)
    more = {**CHANGE, **listing, **helping}

    def each(line: str) -> None:
        say_back(line)
        more.update(listing)  # (`l` lists again once a line is typed after it)
        more.update(helping)  # (and `help`)

    while True:
        if (answer := w.session.answer(qid)) is not None and answer.points and \
                not w.points_told:  # (once a step: after `l` it was said again, a trial)
            w.d.say(how_said(w.d.at_terminal))
            w.points_told = True
        got = w.d.block(asked("Points made, one per line", "an empty line ends the list"),
                        keep=add_points, blank_ends=True, each=each, more=more)
        if got is None:
            return False
        add_points(got)
        w.d.finished()  # after adding: a signal in between may repeat them, never lose them
        w.save()
        if said := moved_said(moved):  # as the app says it
            w.d.say(said)
        moved.clear()
        if w.d.moved == LISTED:  # said, not added: typed again at once, a point
            w.d.moved = None
            made = w.session.answer(qid)
            for line in points_made(w.session, made) if made is not None else []:
                w.d.say(line)
            w.d.say(list_said(made is not None and bool(made.points)))
            more.pop(LIST, None)
            continue
        if w.d.moved in HELP.values():  # (`?`: the line said again, asked for)
            word, w.d.moved, w.points_told = w.d.moved == HELP_WORD, None, True
            w.d.say(how_said(True) + (f" {HELP_AGAIN}" if word else ""))
            if word:  # typed again at once, a point (as `l` is)
                more.pop(HELP_WORD, None)
            continue
        if w.d.moved not in CHANGE.values():
            return not w.took_move()  # (`.back`, `.next`: the points typed before it added)
        how, w.d.moved = w.d.moved, None
        if not (change_point if how == "change" else move_point)(w, qid):
            return False


HELP_WORD = "help"
HELP = {"?": "points help", HELP_WORD: HELP_WORD}
"""Typed alone at a terminal at a question's points: how to change, move and list the points
said again (`how_said`), said unasked once a step. `help` is a word a point may be ("Help",
one word, on "What would you need?"): said, it is not added, and `HELP_AGAIN` says how to add
it; typed again at once, it is the point, as `l` is. `?` alone is never a point. From a
script, both are points, as typed."""

HELP_AGAIN = "To add a point called help, type help again."
"""Said after the help `help` typed alone asked for."""


def how_said(at_terminal: bool) -> str:
    """How to change, move (`.change`, `.move`: walk/point_change.py) and, at a terminal, list
    the points made (`l`, as at the actions), and how to hear it again."""
    return HOW + (f" {lists('the points made')} ? alone says this again." if at_terminal
                  else "")


LISTED = "list"
"""What `l` (`action_change.LIST`) typed alone at a terminal at a question's points does: the
points made so far listed, as at the actions prompt (it was added as a point called l)."""


def list_said(have: bool) -> str:
    """Said after `l` lists the points made (none: said so), as the actions prompt says it
    (`action_change.word_said`): typed again at once, `l` is added as a point's words."""
    none = "" if have else "No points are made on this question yet. "
    return f"{none}To add a point called l, type l again."


def points_made(session: Session, answer: Answer) -> list[str]:
    """The points already made on `answer`, one a line, each with who said it as the app's
    list shows it, in words and sentences (`Point made: Ring the school. Said by Sam Sample,
    Social worker.`, where the app's list has a dash; sent from the room, the name given
    there): `--resume` listed them without (a trial)."""
    return [f"Point made: {point_said(session, point)}" for point in answer.points]


def alone(line: str) -> str:
    """What plain mode says of a line that is an "@…" and nothing else (`said_by.read_point`:
    no point, as in the app's point box): it was saved as the point "@Eve", said by no one,
    which the export then refused (a trial)."""
    named = one_line(line.strip(), 30)
    return (f"“{named}” alone is not a point: nothing was added. Type what was said, then "
            f"the @name (“Ring the school {named}”).")


def said_back(said: Attribution, people: Sequence[Participant]) -> str:
    """What plain mode says of a point read as `said` among `people` (everyone listed): who it
    is said by; or that its "@…" named no one, or several, and the point is kept as typed; ""
    for a point with no "@…" at its end."""
    if said.by:
        who = next((p for p in people if p.id == said.by), None)
        return f"Said by {spoken(who)}." if who is not None else ""
    if said.ambiguous:
        return f"“@{said.named}” could be {_either(said.ambiguous)}: {KEPT}."
    if not said.unmatched:
        return ""
    if not people:
        return f"“@{said.unmatched}”: no one is listed on Who is here, so {KEPT}."
    away = [p for p in people if not p.attended]
    here = len(away) < len(people)  # (those here were searched: else everyone was)
    absent = attribute(said.text, away) if here and away else None
    names = [p for p in away if absent is not None
             and (p.id == absent.by or p in absent.ambiguous)]
    if names:  # as the app's point box says it
        return f"“@{said.unmatched}” is {_either(names)}, marked not here: {KEPT}."
    return f"“@{said.unmatched}” names no one here: {KEPT}."


def _either(people: Sequence[Participant]) -> str:
    """`Eve Example or Eva Sample`: each by name (by role and agency where nameless)."""
    return " or ".join(p.name or p.describe() for p in people)
