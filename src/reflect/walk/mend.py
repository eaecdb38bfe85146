"""Where plain mode mends what the export's check for personal details found: the step to type
at `reflect walk --resume`, and what to do there, for each finding it can mend.

`reflect export` refused with "Edit the session in the app", a screen reader user having left
the app for the walk, and the walk said nothing of where each finding was among its steps (a
trial). An answer, notes, what I will do differently, an agreed action and a point (`.change`
at the question's points: walk/point_change.py) are mended in the walk; the rest (a
participant, the title, the team) in the app. Pure: no IO.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from reflect.commands import command
from reflect.export.identifiers import Finding
from reflect.model.answer import ANSWER_BOXES, BOX_NAMES
from reflect.model.review import Review
from reflect.model.session import Session
from reflect.model.steps import Step, step_holding, steps_for
from reflect.text import listed
from reflect.walk.dialogue import REPLACE
from reflect.walk.point_change import CHANGE

_ANSWER = re.compile(r"answers\[(\d+)\]\.(what|so_what|now_what|text)")
_ACTION = re.compile(r"actions\[(\d+)\]\.(text|owner|due)")
_POINT = re.compile(r"answers\[\d+\]\.points\[(\d+)\]\.text")
_MENDED = f"type {REPLACE} and the words mended (they replace what it holds)"


class Advice(NamedTuple):
    """What `reflect export` says to do, having refused for what its check found."""

    lead: list[str]
    resume: str
    """The words of the command to carry on the walk with (`walk --resume ID`), said on a
    line of its own after `lead`; "" for none."""
    rest: list[str]


def refused_advice(session: Session, review: Review | None, findings: Sequence[Finding],
                   session_id: str) -> Advice:
    """What `reflect export` says to do, having refused for `findings`: where plain mode mends
    each it can (`walk_mends`), those it cannot named, then the app's way and the options."""
    app = command(f"open {session_id}")
    options = ("export again with --redact (replaced by [redacted] in the exported copy) or "
               "--anyway.")
    if review is None:  # (no steps to number: the review is not in the library)
        return Advice([f"Edit the session in the app ({app}), or {options}"], "", [])
    mends, left = walk_mends(session, review, findings)
    them = "it" if len(left) == 1 else "them"
    if not mends:
        return Advice([f"Plain mode does not change {listed(left)}: edit {them} in the app "
                       f"({app}), or {options}"], "", [])
    rest = [f"  {line}" for line in mends]
    if left:
        rest.append(f"Plain mode does not change {listed(left)}: edit {them} in the app "
                    f"({app}).")
    return Advice(["To mend them in plain mode, carry on with this command, then type the "
                   "step's number:"], f"walk --resume {session_id}",
                  [*rest, f"Or edit the session in the app ({app}), or {options}"])


def walk_mends(session: Session, review: Review,
               findings: Sequence[Finding]) -> tuple[list[str], list[str]]:
    """For the `findings` the walk can mend, a line each: the step's number and label, and
    what to type there (one line for findings in one field); and where the others are (a
    point, a participant, …), each once."""
    steps = steps_for(review, session)
    mends: list[tuple[int, str]] = []
    left: list[str] = []
    for finding in findings:
        mend = _mend(session, steps, finding.field)
        if mend is not None and mend not in mends:
            mends.append(mend)
        elif mend is None and finding.where not in left:
            left.append(finding.where)
    return [line for _, line in sorted(mends)], left  # (in the walk's order)


def _mend(session: Session, steps: list[Step], field: str) -> tuple[int, str] | None:
    """The number of the step where the walk mends `field` (the step the app goes to for it,
    `step_holding`), and the line saying how; None where the walk does not mend it."""
    index, how = step_holding(steps, field, session), _how(session, field)
    if index is None or not how:
        return None
    return index + 1, f"step {index + 1}, {steps[index].label}: {how}"


def _how(session: Session, field: str) -> str:
    """What to type in the walk to mend `field` at its step; "" where the walk does not."""
    if found := _POINT.fullmatch(field):
        return (f"at the points, type {next(iter(CHANGE))} alone, then "
                f"{int(found.group(1)) + 1}, the point's number, then the point typed mended; "
                "an empty line then ends the points.")
    if found := _ANSWER.fullmatch(field):
        box = found.group(2)
        if session.mode == "team":  # (a team's answer is its summary, after the points)
            return ("Enter on an empty line at the points (adding none), then at Summary of "
                    f"the discussion {_MENDED}.")
        name = BOX_NAMES[ANSWER_BOXES.index(box)]
        return (f"at its {name} box (Enter keeps each box before it and goes on to the next, "
                f".back goes to the box before), {_MENDED}.")
    if found := _ACTION.fullmatch(field):
        n, part = int(found.group(1)) + 1, found.group(2)
        then = {"text": "its words", "owner": "Enter keeps its words, then its owner",
                "due": "Enter keeps its words and its owner, then its due date"}[part]
        return (f"type {n}, the action's number, to change it: {then} typed mended (each is "
                "asked in turn, Enter keeping it).")
    if field == "differently":
        return f"{_MENDED}."
    if not field.startswith("notes."):
        return ""
    key = field.removeprefix("notes.")
    if key == "actions":
        return (f"Enter at the next action (there are no more), then at Notes on what to do "
                f"now {_MENDED}.")
    if key == "summary":
        return f"at Overall summary of the session {_MENDED}."
    read = " (Enter reads the case details)" if key == "intro" else ""
    return f"after the section is read{read}, at Notes on this section {_MENDED}."
