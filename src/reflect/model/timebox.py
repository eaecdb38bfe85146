"""Timeboxing a session: the meeting length shared out over the steps, the clock, and the time
left. Pure functions over `Timing` (model/session.py); the UI calls `tick` once a second and
shows `describe(status(...))`.

A plan exists when `timing.minutes > 0`. The length is the meeting's slot (usually fixed by the
diary); the per-step plan may add up to more or less than it when the facilitator edits a step,
and the session's time left always counts down from the length.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reflect.model.session import Timing
from reflect.model.steps import Step

PRESETS = (7, 15, 30, 45, 60)
"""Meeting lengths offered, in minutes; 7 is a 7-minute briefing."""

MAX_MINUTES = 24 * 60
"""The longest meeting length `Timing` accepts."""

PAUSE_KEY = "F6"
"""The key the walkthrough uses to pause and resume (named in the status line)."""

WEIGHTS: dict[str, int] = {
    "people": 2,
    "carried": 3,
    "content": 3,
    "question": 8,
    "actions": 5,
    "differently": 4,
    "summary": 2,
}
"""How much of the meeting each kind of step gets, relative to the others: the questions are
where the discussion happens; who is here and the summary are quick."""


def share_out(minutes: int, steps: Sequence[Step]) -> dict[str, int]:
    """Seconds per step key for a meeting of `minutes`, weighted by the kind of step.

    The result sums exactly to `minutes * 60` and every step gets some time (as long as there
    is at least a second per step). Times are whole 30 s, 15 s or 5 s where that still leaves
    enough slices to go round, so the plan reads easily. No plan (`{}`) for 0 minutes or no
    steps.
    """
    total = max(0, minutes) * 60
    if total == 0 or not steps:
        return {}
    n = len(steps)
    grain = next((g for g, per_step in ((30, 4), (15, 2), (5, 1)) if total // g >= per_step * n),
                 1)
    units = total // grain
    weights = [WEIGHTS.get(s.kind, 3) for s in steps]
    whole = sum(weights)
    quotas = [units * w / whole for w in weights]
    alloc = [int(q) for q in quotas]
    if units >= n:
        alloc = [max(1, a) for a in alloc]
    # Largest remainder: hand out what is left (or take back what the minimum added) so the
    # slices add up exactly.
    spare = units - sum(alloc)
    order = sorted(range(n), key=lambda i: (alloc[i] - quotas[i], i))
    while spare > 0:
        for i in order:
            if spare == 0:
                break
            alloc[i] += 1
            spare -= 1
    floor = 1 if units >= n else 0
    while spare < 0:
        # Take from the step furthest over its fair share (never below one slice).
        i = max((i for i in range(n) if alloc[i] > floor), key=lambda i: (alloc[i] - quotas[i], -i))
        alloc[i] -= 1
        spare += 1
    plan: dict[str, int] = {}
    for step, a in zip(steps, alloc, strict=False):
        plan[step.key] = plan.get(step.key, 0) + a * grain
    return plan


def ensure_plan(timing: Timing, steps: Sequence[Step]) -> bool:
    """Share the length out over `steps` when there is a length but no plan for any of them
    (a session just started with a length, say). True when the plan was changed."""
    if timing.minutes <= 0 or any(s.key in timing.plan for s in steps):
        return False
    timing.plan = share_out(timing.minutes, steps)
    return True


def plan_step_added(timing: Timing, before: Sequence[Step], after: Sequence[Step]) -> bool:
    """A step added to a session under way (last time's actions, a team typed on *Who is
    here*) gets its share of the plan, where there is one: the length shared out again over
    `after` where the plan is still as shared over `before` (as a session started with the
    step has it), else each new step's share added to the plan as the facilitator set it.
    True when the plan was changed."""
    if timing.minutes <= 0 or not any(s.key in timing.plan for s in before):
        return False
    shared = share_out(timing.minutes, after)
    if timing.plan == share_out(timing.minutes, before):
        timing.plan = shared
        return True
    known = {s.key for s in before}
    added = {k: v for k, v in shared.items() if k not in known and k not in timing.plan}
    timing.plan = {**timing.plan, **added}
    return bool(added)


def clock(seconds: int) -> str:
    """`4:05`, or `1:02:03` from an hour up. Never negative: the sign is the caller's to say."""
    seconds = abs(int(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


@dataclass(frozen=True)
class TimeStatus:
    """Where the time stands on one step."""

    step_left: int | None
    """Seconds left on this step, negative when over; None when the step has no plan."""
    session_left: int | None
    """Seconds left in the meeting, negative when over; None when there is no plan."""
    step_spent: int
    total_spent: int
    over: bool
    """The step has run over its plan."""
    session_over: bool
    """The meeting has run over its length."""
    paused: bool


def status(timing: Timing, step_key: str) -> TimeStatus:
    """The time on `step_key` and on the whole session, against the plan if there is one."""
    spent = timing.spent.get(step_key, 0)
    total = timing.total_spent
    planned = timing.plan.get(step_key) if timing.minutes > 0 else None
    if planned is not None and planned <= 0:
        planned = None  # blank or 0 in the plan: no time planned, so no countdown or alert
    step_left = None if planned is None else planned - spent
    session_left = timing.minutes * 60 - total if timing.minutes > 0 else None
    return TimeStatus(
        step_left=step_left,
        session_left=session_left,
        step_spent=spent,
        total_spent=total,
        over=step_left is not None and step_left < 0,
        session_over=session_left is not None and session_left < 0,
        paused=timing.paused,
    )


def describe(s: TimeStatus, short: bool = False) -> str:
    """The one-line text for a status, e.g. `This step 2:10 left · Session 11:40 left`.

    `short` gives a narrower form (`Step 2:10 left · Session 11:40 left`) for small panes.
    """
    step_word = "Step" if short else "This step"
    if s.step_left is None:
        step = f"{'Step' if short else 'Time on this step'} {clock(s.step_spent)}"
    else:
        step = f"{step_word} {clock(s.step_left)} {'over' if s.step_left < 0 else 'left'}"
    if s.session_left is None:
        whole = f"Total {clock(s.total_spent)}"
    else:
        whole = f"Session {clock(s.session_left)} {'over' if s.session_left < 0 else 'left'}"
    parts = [step, whole]
    if s.paused:
        parts.append(f"⏸ {PAUSE_KEY} resumes" if short else f"⏸ paused — {PAUSE_KEY} resumes")
    return " · ".join(parts)


def describe_held(s: TimeStatus, short: bool = False) -> str:
    """A read-only session's time line: the time the session holds, as the notes' time table
    says it (`duration`), and that none is counted here. Its "Session 59:55 left", as a
    running session shows it, read as its timer running for whoever only looked (a trial)."""
    if short:
        return f"Not counted · step {duration(s.step_spent)} · all {duration(s.total_spent)}"
    return (f"Time not counted (read-only) · this step {duration(s.step_spent)} · in all "
            f"{duration(s.total_spent)}")


def tick(timing: Timing, step_key: str, seconds: int = 1) -> bool:
    """Add `seconds` to the time spent on `step_key`, unless paused. True when this tick took
    the step over its plan (so the caller alerts once, not every second)."""
    if timing.paused or seconds <= 0:
        return False
    before = timing.spent.get(step_key, 0)
    timing.spent[step_key] = before + seconds
    planned = timing.plan.get(step_key) if timing.minutes > 0 else None
    return planned is not None and planned > 0 and before <= planned < before + seconds


def hours_and_minutes(minutes: int) -> str:
    """`2 hours`, `1 hour 30 minutes`, `45 minutes`."""
    h, m = divmod(minutes, 60)
    return " ".join(x for x in (f"{h} hour{'s' * (h != 1)}" if h else "",
                                f"{m} minute{'s' * (m != 1)}" if m else "") if x) \
        or "0 minutes"


def minutes_to_type(minutes: int) -> str:
    """Minutes logged, as a box or a question offers them to be kept or typed over: from an
    hour up in words (`1 hour 30 minutes`, which typed_minutes.py's `parse_minutes` reads back
    as the same time), under an hour the figure (`45`, as the boxes' labels ask for minutes).
    A bare `90` was taken for hours, or the words typed for lost (a team lead's trial)."""
    return hours_and_minutes(minutes) if minutes >= 60 else str(minutes)


def duration(seconds: int) -> str:
    """A time no one can misread, for the notes' time table: `1 min 14 s`, `3 min`, `45 s`,
    `1 h 15 min`, `0 s`. The table wrote `1:14` for minutes and seconds where My CPD so far
    wrote `1:15` for an hour and a quarter (a trial). Never negative: the sign is the
    caller's to say."""
    h, rest = divmod(abs(int(seconds)), 3600)
    m, s = divmod(rest, 60)
    return " ".join(x for x in (f"{h} h" if h else "", f"{m} min" if m else "",
                                f"{s} s" if s else "") if x) or "0 s"


def short_hours_and_minutes(minutes: int) -> str:
    """Minutes as a log shows them, short and unmistakable: `1 h 15 min`, `45 min`, `2 h`,
    `0 min` (`duration` of whole minutes)."""
    return duration(minutes * 60) if minutes else "0 min"


_UNIT = re.compile(r"([\d.]+)\s*(s|sec|secs|seconds|m|min|mins|minutes)?")


def parse_step_time(text: str, limit: int | None = MAX_MINUTES * 60) -> int | None:
    """A step's planned time in seconds from minutes (`3`, `3.5`, `3 min`), minutes and
    seconds (`3:30`), hours, minutes and seconds (`1:02:03`, as `clock` writes it) or seconds
    (`45s`); None when not understood, negative or over `limit` seconds (24 hours; None: no
    limit, to tell a time too long from words that are no time)."""
    text = text.strip().lower()
    if not text:
        return None
    if ":" in text:
        parts = text.split(":")
        if len(parts) > 3 or not all(p.isdecimal() for p in parts):
            return None
        if any(len(p) != 2 or int(p) > 59 for p in parts[1:]):
            return None
        seconds = 0
        for p in parts:
            seconds = seconds * 60 + int(p)
    else:
        match = _UNIT.fullmatch(text)
        if match is None:
            return None
        number, unit = match.groups()
        try:
            value = float(number)
        except ValueError:  # "." or "1.2.3"
            return None
        seconds = round(value if unit and unit.startswith("s") else value * 60)
    return seconds if 0 <= seconds and (limit is None or seconds <= limit) else None
