"""Nobody speaks before they arrive, or after they leave: a late arrival's step kept no later
than their first point, and an early leaving's no earlier than their last.

Someone ticked here (or added) once the meeting has moved on arrived during the step it is on
(`Participant.arrived_during`, model/presence.py). A facilitator ticked Sam Sample on the
summary step and Space gave them the point typed `… @Sam` on Question 1; the notes then said
Sam arrived during Summary and export and made a point on Question 1 (a fresh-eyes trial). A
point handed later to someone who arrived late (`@` and their name, or *Said by…*) did the
same. So wherever a point said by someone is on a step before the one they are marked as
arriving during, they arrived during that point's step (`follow_points`), and what moved is
said in one line (`moved_said`). The rule is `SessionEdits`' (model/edits.py), after every
change, so no way of giving someone a point (Space, adding, the point box, a rename, the room)
can leave it broken; Ctrl+Z puts the arrival back with the change.

So with leaving early (`Participant.left_during`): Sam Example, marked left early during
Question 1, was then credited with a point on Question 2 (`… @Sam`), and nothing was said; the
notes said Sam left during Question 1 and made a point on Question 2 (a team lead's trial).
The point is kept (a facilitator catching up, or the point theirs after all, is not blocked),
their leaving moves to the point's step, and the same line says so: `Sam Example said a point
on Question 2, so left during it, not during Question 1: the notes say so.` Given to someone
else later (*Said by…*), the point leaves the leaving where it moved (`SessionEdits.undo`
puts both back; the app's Ctrl+Z puts back what was removed, and a Space just pressed).

A session saved before that rule may hold such an arrival (marked arriving during Question 3,
credited with a point on Question 1): it stayed so when opened, in the notes and in `reflect
export`, until something was edited. Opening it moves it (`SessionEdits.sync_questions`: the
app saves it and says so once, `settled_said`; plain mode too), and every export prints a
session with it moved (`settled`, as store/exports.py's `render_bytes` prints it), so the
notes never say someone spoke before they arrived, whether the file was opened since or not.

Pure: no files, no Textual.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from reflect.model.presence import arrived_said
from reflect.model.review import Review
from reflect.model.session import Participant, Session
from reflect.model.steps import Step, question_key, steps_for
from reflect.text import printable


class Moved(NamedTuple):
    """Someone whose arrival moved to an earlier step (or, `left`, whose leaving moved to a
    later one), with the step it said before."""

    person: Participant
    was: str
    left: bool = False


def follow_points(session: Session, steps: Sequence[Step]) -> list[Moved]:
    """Everyone here who is marked as arriving during a step after one holding a point they
    said: their arrival moved to that point's step (the first such, in `steps`' order); and
    everyone marked as leaving early during a step before one holding a point they said:
    their leaving moved to that point's step (the last such). Returns who moved, with the
    step each was marked before. A step naming no step of `steps` (a review changed since) is
    left as it is, and a point on no step moves nothing."""
    people = [p for p in session.participants if p.id and p.attended]
    late = {p.id: p for p in people if p.arrived_during}
    gone = {p.id: p for p in people if p.left_early and p.left_during}
    if not late and not gone:
        return []
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    at = {step.key: i for i, step in enumerate(steps)}
    for answer in session.answers:
        i = at.get(question_key(answer.question_id), -1)  # (on no step: moves nothing)
        for point in answer.points if i >= 0 else ():
            first[point.by] = min(i, first.get(point.by, i))
            last[point.by] = max(i, last.get(point.by, i))
    moved: list[Moved] = []
    for pid, person in late.items():
        arrived = _step_of(steps, person.arrived_during)
        if pid in first and arrived is not None and first[pid] < arrived:
            moved.append(Moved(person, person.arrived_during or ""))
            person.arrived_during = steps[first[pid]].label
    for pid, person in gone.items():
        left = _step_of(steps, person.left_during)
        if pid in last and left is not None and last[pid] > left:
            moved.append(Moved(person, person.left_during or "", left=True))
            person.left_during = steps[last[pid]].label
    return moved


def _step_of(steps: Sequence[Step], label: str | None) -> int | None:
    """The index in `steps` of the step labelled `label`; None for none."""
    return next((n for n, step in enumerate(steps) if step.label == label), None)


def settled(session: Session, review: Review | None) -> Session:
    """`session`, or a copy of it with every arrival after a point of that person's own (and
    every leaving before one) moved to the point's step (`follow_points`): what the notes
    print of a file saved before the rule. Without its review (removed from the library) the
    steps' order is not known: as it is."""
    if review is None or not any(p.arrived_during or p.left_during
                                 for p in session.participants):
        return session
    copy = session.model_copy(deep=True)
    return copy if follow_points(copy, steps_for(review, copy)) else session


def settled_said(moved: Sequence[Moved]) -> str:
    """What opening a session saved before the rule says of the arrivals it moved, once (it
    is saved so): `Put right as this session opened, and saved: Sam Sample said a point on
    Question 1, so arrived during it, not during Question 3: the notes say so.`"""
    return f"Put right as this session opened, and saved: {moved_said(moved)}" if moved else ""


def moved_said(moved: Sequence[Moved]) -> str:
    """What `follow_points` moved, a sentence each: `Sam Sample said a point on Question 1,
    so arrived during it, not during Summary and export: the notes say so.` (`… on Question
    2, so left during it, not during Question 1: …` for a leaving); "" for none."""
    return " ".join(
        f"{printable(person.name.strip() or person.describe())} said a point on "
        f"{person.left_during if left else person.arrived_during}, so "
        f"{'left' if left else 'arrived'} during it, not during {was}: the notes say so."
        for person, was, left in moved)


def arrival_said(person: Participant, moved: Sequence[Moved]) -> str:
    """What marking `person` here, or adding them, says of when they arrived: `moved_said`
    where their arrival moved back to a point of theirs (`moved`: `SessionEdits.take_moved`),
    else `presence.arrived_said` (`Alex Example arrived during Question 2: …`, or "")."""
    mine = [m for m in moved if m.person is person]
    return moved_said(mine) if mine else arrived_said(person)
