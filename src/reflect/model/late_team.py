"""A team typed late on *Who is here* (ui/screens/late_team.py): what it brought into the
session under way, and taking it back out. A part of `SessionEdits` (model/edits.py), the
one writer of an open session.

It brings the team's open actions (the *Last time's actions* step, with its share of the time
plan saved, and of the one typed in F7 and kept) and last time's people, unticked, as a
session started under the team's name lists them; those already listed (typed before the
team) are not listed twice. Ctrl+Z on the name, or the name emptied or another typed over it,
left all that in (a facilitator's trial): while none of the actions has been updated (its
status, note, owner or new due date), the late team's step and its people nobody ticked or
changed go out again (`take_late_back`), and the plan with them, and the time counted on the
step (its minutes stayed in the session's time spent, its notes' time table and a CPD log,
for a step no longer there: a trial); once one has, they stay, and the screen says why
(`kept_said`).

Pure: no files, no Textual.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reflect.model import timebox
from reflect.model.changes import Change, PeopleChanged
from reflect.model.plan_draft import PLAN_DRAFT, draft_step_added
from reflect.model.review import Review
from reflect.model.same_person import listed_as
from reflect.model.session import CarriedAction, Participant, Session
from reflect.model.steps import STEP_LABELS, steps_for
from reflect.text import one_line, plural

DONE = ("status", "note", "new_due", "owner")
"""What updating a carried action changes: one changed, the late team's actions stay."""
NAME_CHARS = 60


@dataclass
class LateBrought:
    """What a team typed late brought in, as brought (`LateTeamEdits.bring_late_team`)."""

    team: str
    before: str
    """What the team box held before the team was typed: Ctrl+Z puts it back."""
    actions: list[tuple[CarriedAction, dict[str, object]]]
    people: list[tuple[Participant, dict[str, object]]]
    """Last time's people listed by it, each with their details as listed."""
    listed: int
    """Last time's people already listed (typed before the team), not listed again."""
    plans: tuple[dict[str, int], dict[str, int]]
    """The time plan saved before the step came, and as it left it."""
    drafts: tuple[str, str]
    """As `plans`, the plan typed in F7 and kept (`PLAN_DRAFT`)."""
    taken: int | None = None
    """How many of `people` went out again with it (`take_late_back`); those ticked or
    changed since stay. None until it is taken back out."""

    def updated(self) -> int:
        """How many of its actions have been updated here since."""
        return sum(any(getattr(a, f) != held[f] for f in DONE) for a, held in self.actions)


class LateTeamEdits:
    session: Session
    late: LateBrought | None = None
    """What the team typed late brought in, while it can be taken back out; None for none."""
    meeting_at: str | None = None  # (`TimeEdits.meeting_at`)

    def bring_late_team(self, review: Review, team: str, before: str,
                        carried: Sequence[CarriedAction],
                        people: Sequence[Participant]) -> Change:
        """Bring in `team`'s open actions and last time's `people` (unticked, as offered;
        one already listed is not listed again), the plan given the new step's share."""
        session = self.session
        steps = steps_for(review, session)
        plan, draft = dict(session.timing.plan), session.drafts.get(PLAN_DRAFT, "")
        session.carried = list(carried)
        new = [p for p in people if listed_as(p, session.participants) is None]
        added = [session.add_participant(p.model_copy()) for p in new]
        now = steps_for(review, session)
        timebox.plan_step_added(session.timing, steps, now)
        if draft:
            session.set_draft(PLAN_DRAFT, draft_step_added(draft, steps, now))
        self.late = LateBrought(
            team, before, [(a, a.model_dump(include=set(DONE))) for a in session.carried],
            [(p, p.model_dump()) for p in added], len(people) - len(new),
            (plan, dict(session.timing.plan)), (draft, session.drafts.get(PLAN_DRAFT, "")))
        return PeopleChanged()

    def take_late_back(self) -> Change | None:
        """Take out what the late team brought, while none of its actions has been updated:
        its actions, its people as they were listed (those ticked or changed since stay), and
        the share of the plan its step was given (as it left it; else the step's time alone),
        and the time counted on its step: no other step has that key (no session holding
        last time's actions can bring a late team's), so all of it was counted there. Anyone
        marked here (or left early) while the meeting was on its step no longer arrived (or
        left) during it: "arrived during Last time's actions" stayed, naming a step the
        session no longer has (a facilitator's trial); here from the start, as far as the
        steps left can say. The
        meeting is no longer on that step (`meeting_at`): it is found again as the next
        minute is counted. None where nothing was brought, or something was done with it."""
        late, session = self.late, self.session
        if late is None or late.updated():
            return None
        self.late = None
        session.carried = []
        listed = len(session.participants)
        session.participants[:] = [p for p in session.participants if not any(
            p is q and p.model_dump() == held for q, held in late.people)]
        late.taken = listed - len(session.participants)
        timing = session.timing
        timing.plan = late.plans[0] if timing.plan == late.plans[1] else {
            k: v for k, v in timing.plan.items() if k != "carried"}
        if session.drafts.get(PLAN_DRAFT, "") == late.drafts[1]:
            session.set_draft(PLAN_DRAFT, late.drafts[0])
        timing.spent.pop("carried", None)
        step = STEP_LABELS["carried"]
        for person in session.participants:  # marked during the step: its name goes with it
            if person.arrived_during == step:
                person.arrived_during = None
            if person.left_during == step:
                person.left_during = None
        if self.meeting_at == step:
            self.meeting_at = None
        return PeopleChanged()


def people_said(late: LateBrought) -> str:
    """What is said of last time's people as a team typed late brings them ("" for none)."""
    added, listed = len(late.people), late.listed
    if not added:
        return f"Last time's people are all listed already ({listed})." if listed else ""
    were = "were" if added != 1 else "was"
    said = (f"{plural(added, 'person', 'people')} at the team's last meeting {were} added to "
            "Who is here, not yet here: Space ticks who came.")
    return f"{said} {listed} already listed kept as typed." if listed else said


def kept_said(late: LateBrought) -> str:
    """Why Ctrl+Z, or the name emptied or changed, leaves what the late team brought in."""
    n = late.updated()
    name = one_line(late.team.strip(), NAME_CHARS)
    return (f"Last time's actions of “{name}” stay: {n} of them {'was' if n == 1 else 'were'} "
            "updated there, and taking the step out would lose that.")


def taken_back_said(late: LateBrought) -> str:
    """Said as what the late team brought in is taken back out."""
    name = one_line(late.team.strip(), NAME_CHARS)
    n = len(late.people) if late.taken is None else late.taken  # (not those ticked since)
    people = f"{plural(n, 'person', 'people')} from last time" if n else ""
    brought = " and ".join(x for x in ("Last time's actions" if late.actions else "", people)
                           if x)
    return f"Taken back out: “{name}”'s {brought}, nothing done with them."
