"""Nobody speaks before they arrive: a late arrival's step kept no later than their first point.

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

from reflect.model.presence import arrived_said
from reflect.model.review import Review
from reflect.model.session import Participant, Session
from reflect.model.steps import Step, question_key, steps_for
from reflect.text import printable

Moved = tuple[Participant, str]
"""Someone whose arrival moved to an earlier step, with the step it said before."""


def follow_points(session: Session, steps: Sequence[Step]) -> list[Moved]:
    """Everyone here who is marked as arriving during a step after one holding a point they
    said: their arrival moved to that point's step (the first such, in `steps`' order).
    Returns who moved, with the step each was marked before. An arrival naming no step of
    `steps` (a review changed since) is left as it is."""
    late = {p.id: p for p in session.participants if p.id and p.attended and p.arrived_during}
    if not late:
        return []
    first: dict[str, int] = {}
    at = {step.key: i for i, step in enumerate(steps)}
    for answer in session.answers:
        i = at.get(question_key(answer.question_id), len(steps))  # (on no step: never earlier)
        for point in answer.points:
            if point.by in late and i < first.get(point.by, len(steps)):
                first[point.by] = i
    moved: list[Moved] = []
    for pid, i in first.items():
        person = late[pid]
        arrived = next((n for n, step in enumerate(steps)
                        if step.label == person.arrived_during), None)
        if arrived is not None and i < arrived:
            moved.append((person, person.arrived_during or ""))
            person.arrived_during = steps[i].label
    return moved


def settled(session: Session, review: Review | None) -> Session:
    """`session`, or a copy of it with every arrival after a point of that person's own moved
    to the point's step (`follow_points`): what the notes print of a file saved before the
    rule. Without its review (removed from the library) the steps' order is not known: as
    it is."""
    if review is None or not any(p.arrived_during for p in session.participants):
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
    so arrived during it, not during Summary and export: the notes say so.`; "" for none."""
    return " ".join(
        f"{printable(person.name.strip() or person.describe())} said a point on "
        f"{person.arrived_during}, so arrived during it, not during {was}: the notes say so."
        for person, was in moved)


def arrival_said(person: Participant, moved: Sequence[Moved]) -> str:
    """What marking `person` here, or adding them, says of when they arrived: `moved_said`
    where their arrival moved back to a point of theirs (`moved`: `SessionEdits.take_moved`),
    else `presence.arrived_said` (`Alex Example arrived during Question 2: …`, or "")."""
    mine = [m for m in moved if m[0] is person]
    return moved_said(mine) if mine else arrived_said(person)
