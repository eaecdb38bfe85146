"""Plain mode: a point made on a team's question changed, removed or moved to another question,
by its number, as an agreed action is changed by its number (walk/action_change.py).

At a question's points, a line holding only `.change` or `.move` (`CHANGE`, taken as `.back`
is: the points typed before it added first) lists the question's points by number and asks
which; `.change` then asks for the point corrected (`remove` removes it), `.move` for the
question to move it to, at the end of that question's points. Plain mode could only add
points: a typo in one, or a point typed under the wrong question, was put right in the app
alone, which a screen reader user had left it for. The edits are the app's
(`SessionEdits.edit_point`, `remove_point`, `move_point_to`: model/point_move_edits.py), a
point's "@…" read as the app's point box reads it (`said_by.read_point`), so the rules are one.

Every prompt here is in words: no brackets or symbols read by name. A reply that is no point's
or no question's number, or an empty line, is said so and asked again, the prompt saying
what to type (the reason said it too, so a listener heard the same thirty words twice for
one slip: a screen reader user's trial); `.back` leaves the point as it is and goes back to
the points. A reply half typed when a stop comes changes
nothing (`Dialogue.ask` with no `keep`: said not taken).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflect.model.arrival import moved_said
from reflect.model.attribution import ANONYMOUS, speakers
from reflect.model.point_move_edits import QuestionChoice
from reflect.model.said_by import read_point
from reflect.model.session import Participant, Point, Session
from reflect.text import one_line
from reflect.walk.dialogue import numbered

if TYPE_CHECKING:
    from reflect.walk.steps import Walk

CHANGE = {".change": "change", ".move": "move"}
"""A line typed holding only one of these at a team's points: a point made changed, or moved
to another question (said "dot change", "dot move"; `MOVES`' way: pasted, a line of text)."""

BACK = ".back"
"""Typed at any prompt here: nothing changed, back to the points."""

REMOVE = ("remove", "delete")
"""Typed for a point's words: the point removed."""

HOW = (".change alone changes a point made already, .move alone moves one to another "
       "question.")
"""Said before the points are asked, where the question has some."""

HOW_AT_POINTS = ("At a question's points, type .change alone to change a point made, .move "
                 "alone to move one to another question.")
"""Said at a team's walk's start, after `dialogue.HOW_TO_TYPE`."""


def point_said(session: Session, point: Point) -> str:
    """A point as plain mode says it, in sentences: its words, ended, then who said it in
    words (`Ring the school. Said by Sam Sample, Social worker.`; sent from the room, the
    name given there). `Ring the school, said by Sam Sample (Social worker)` was read with
    brackets and no full stop, one run-on line (a screen reader user's trial)."""
    who = session.participant(point.by)
    said = f" Said by {spoken(who)}." if who is not None else \
        "" if point.from_room is None else " Sent from the room anonymously." \
        if point.from_room == ANONYMOUS else f" Sent from the room by {point.from_room}."
    return f"{ended(point.text)}{said}"


def spoken(person: Participant) -> str:
    """Who someone is, in words and commas: `Sam Sample, Social worker, Invented Council`
    (the app's `Sam Sample (Social worker, Invented Council)` said brackets)."""
    return ", ".join(p for p in (person.name, person.role, person.agency) if p) or "participant"


def ended(text: str) -> str:
    """`text` as a sentence: with a full stop, unless it ends one already."""
    text = text.rstrip()
    return text if not text or text.endswith((".", "!", "?", "…")) else f"{text}."


def numbers(count: int, but: int = 0) -> str:
    """The numbers 1 to `count` but `but`, in words a screen reader reads: `1`, `2 or 3`,
    `1 to 4`; where one is left out, each: `1, 3 or 4`."""
    left = [str(n) for n in range(1, count + 1) if n != but]
    if len(left) > 2 and not but:
        return f"1 to {count}"
    return f"{', '.join(left[:-1])} or {left[-1]}" if len(left) > 1 else "".join(left)


def chosen_number(typed: str, count: int) -> int | None:
    """The number 1 to `count` that `typed` is, else None."""
    typed = typed.strip().rstrip(".")
    return numbered(typed, count)


def change_point(w: Walk, qid: str) -> bool:
    """A point of question `qid` chosen by its number, then typed corrected (its "@…" read as
    the app reads it, who said it kept where it names no one) or removed; False at end of
    input."""
    d, points = w.d, _points(w, qid)
    n = _which(w, points, "change")
    if n is None:
        return not d.ended
    point = points[n - 1]
    d.say(f"Changing point {n}: {point_said(w.session, point)}")
    while True:
        text = d.ask(f"Type point {n} corrected; remove removes it; {BACK} leaves it as it is:")
        if text is None:
            return False
        if text.casefold() == BACK:
            d.say(f"Point {n} is left as it was.")
            return True
        if not text:
            d.say("Nothing was typed.")  # (the prompt, said next, says what to type)
            continue
        if text.casefold() in REMOVE:
            w.edits.remove_point(qid, point)
            w.save()
            d.say(f"Removed point {n}: {point.text}.")
            return True
        read = read_point(text, point.by, speakers(w.session), n, editing=True)
        if read.alone or not read.text.strip():
            d.say(f"{one_line(text, 30)} alone is not a point: type what was said, then the "
                  f"at sign and the name; or {BACK} to leave point {n} as it is.")
            continue
        w.edits.edit_point(qid, point, typed_as=read.typed_as, text=read.text, by=read.by)
        w.save()
        d.say(f"Now point {n}: {point_said(w.session, point)}")
        if said := moved_said(w.edits.take_moved()):  # (as the app says it)
            d.say(said)
        return True


def move_point(w: Walk, qid: str) -> bool:
    """A point of question `qid` chosen by its number, moved to the end of another question's
    points, chosen by its number as the steps number it; False at end of input."""
    d, points = w.d, _points(w, qid)
    choices = w.edits.other_questions(qid)
    if points and not choices:
        d.say("This session has no other question to move a point to.")
        return True
    n = _which(w, points, "move")
    if n is None:
        return not d.ended
    point = points[n - 1]
    here = _number(next((c for c in w.edits.questions() if c.question_id == qid), None))
    d.say(f"Moving point {n}: {point_said(w.session, point)}")
    for c in choices:
        d.say(f"{c.label}: {c.text}")
    by_number = {_number(c): c for c in choices}
    count = len(choices) + (here > 0)
    span = numbers(count, here)
    while True:
        typed = d.ask(f"Move it to which question? Type its number, {span}; or {BACK} to "
                      "leave it where it is:")
        if typed is None:
            return False
        if typed.casefold() == BACK:
            d.say(f"Point {n} is left where it was.")
            return True
        to = by_number.get(chosen_number(typed, count) or 0)
        if to is None:
            why = "Nothing was typed." if not typed else \
                f"Point {n} is on Question {here} already." if chosen_number(typed, count) \
                else f"Not a question's number: {one_line(typed, 30)}."
            d.say(why)
            continue
        w.edits.move_point_to(qid, point, to.question_id)
        w.save()
        d.say(f"Moved to {to.label}: {point.text}.")
        if said := moved_said(w.edits.take_moved()):  # (as the app says it)
            d.say(said)
        return True


def _points(w: Walk, qid: str) -> list[Point]:
    answer = w.session.answer(qid)
    return answer.points if answer is not None else []


def _number(choice: QuestionChoice | None) -> int:
    """The number a question is typed as: its step's (`Question 3`: 3); 0 for none."""
    last = choice.label.rsplit(" ", 1)[-1] if choice is not None else ""
    return int(last) if last.isdecimal() else 0


def _which(w: Walk, points: list[Point], verb: str) -> int | None:
    """The number of the point to `verb`, asked after the points are said by number, until
    one is typed; None for `BACK`, at the end of input, or where there are none."""
    d = w.d
    if not points:
        d.say(f"No points are made on this question yet, so there is none to {verb}.")
        return None
    for n, point in enumerate(points, 1):
        d.say(f"Point {n}: {point_said(w.session, point)}")
    span = numbers(len(points))
    ask = f"Type {span}, or {BACK} to leave {'it' if len(points) == 1 else 'them'} as " \
        f"{'it is' if len(points) == 1 else 'they are'}."
    while True:
        typed = d.ask(f"Which point is to {verb}? {ask}")
        if typed is None or typed.casefold() == BACK:
            return None
        if (chosen := chosen_number(typed, len(points))) is not None:
            return chosen
        d.say("Nothing was typed." if not typed else
              f"Not a point's number: {one_line(typed, 30)}.")
