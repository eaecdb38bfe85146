"""The time plan typed in F7 but not yet saved with Ctrl+S, kept in the session's drafts.

The plan is applied only on Ctrl+S: a length shared out again, or a step's time half typed,
would otherwise move the countdown of the meeting under way. But what is chosen is kept as it
is chosen, as a point typed and not added is (`Session.drafts`): a 45-minute plan chosen, then
Ctrl+Q, a closed window or a crash, left the file with no plan and nothing said (a trial).
F7 offers it again. Kept as `{"minutes": 45, "steps": {"<step key>": "3:30", ...}}`, the
length and each step's time as typed.

Pure: no files, no Textual.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from reflect.model.changes import draft_key
from reflect.model.session import Timing
from reflect.model.steps import Step
from reflect.model.timebox import MAX_MINUTES, clock, share_out

PLAN_DRAFT = draft_key("plan", "typed")
"""Where the time plan typed but not saved is kept in `Session.drafts`."""


def as_draft(minutes: int, typed: dict[str, str]) -> str:
    """The plan as kept: its length (0 for none) and each step's time as typed."""
    return json.dumps({"minutes": minutes, "steps": typed if minutes else {}},
                      ensure_ascii=False, sort_keys=True)


def saved_plan(timing: Timing, steps: Sequence[Step]) -> tuple[int, dict[str, str]]:
    """The length and each step's time as the dialog opens on the plan saved (a length with
    no step planned yet shared out over the steps)."""
    minutes = timing.minutes
    plan = timing.plan if any(s.key in timing.plan for s in steps) else (
        share_out(minutes, steps) if minutes > 0 else {})
    return minutes, {s.key: clock(plan[s.key]) if plan.get(s.key) else "" for s in steps}


def read_draft(text: str, steps: Sequence[Step]) -> tuple[int, dict[str, str]] | None:
    """A kept plan's length and step times; None for none, or one not understood (a file
    edited by hand), which is then not offered."""
    try:
        kept = json.loads(text) if text else None
    except ValueError:
        return None
    if not isinstance(kept, dict):
        return None
    minutes, typed = kept.get("minutes"), kept.get("steps", {})
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not \
            0 <= minutes <= MAX_MINUTES or not isinstance(typed, dict):
        return None
    keys = {s.key for s in steps}
    return minutes, {k: v for k, v in typed.items() if k in keys and isinstance(v, str)}


def draft_step_added(text: str, before: Sequence[Step], after: Sequence[Step]) -> str:
    """A plan typed in F7 and not saved (`text`, kept over the steps `before`), given the
    share of a step added since (last time's actions, a team typed on *Who is here*), as
    `timebox.plan_step_added` gives the plan saved: shared out again where it is still as
    shared over `before`, else the new step's share added to the times as typed. The plan
    saved gained the step's row and the one kept did not, so F7 offered it again with that
    step blank (a facilitator's trial). `text` as it is where there is no length to share."""
    kept = read_draft(text, before)
    if kept is None or kept[0] <= 0:
        return text
    minutes, typed = kept
    as_shared = saved_plan(Timing(minutes=minutes, plan=share_out(minutes, before)), before)[1]
    shared = saved_plan(Timing(minutes=minutes, plan=share_out(minutes, after)), after)[1]
    if typed == as_shared:
        return as_draft(minutes, shared)
    known = {s.key for s in before}
    return as_draft(minutes, {**typed, **{k: v for k, v in shared.items() if k not in known}})
