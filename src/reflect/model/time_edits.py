"""Where an open session is, and its time: the step it is on, the time counted on each step,
the pause and the time plan; and so the step the meeting has got to, for someone who arrives
after it has moved on from Who is here (`meeting_at`, model/presence.py), kept no later than
the first point they said, after every change (`_record`, model/arrival.py). A part of
`SessionEdits` (model/edits.py), the one writer of an open session.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reflect.model import arrival, idle, presence, timebox
from reflect.model.changes import Change, StepChanged, TimeCounted, TimingChanged
from reflect.model.review import Review
from reflect.model.session import Session, Timing
from reflect.model.steps import Step, find_step, steps_for
from reflect.model.undo import Removed, UndoLog


class TimeEdits(UndoLog):
    session: Session
    meeting_at: str | None = None
    """The label of the step the meeting was last found on (`presence.meeting_step`: a step
    after Who is here with a minute counted on it), given to someone marked here or added
    after it (`Participant.arrived_during`), or marked left early then (`left_during`); None
    until then. Found again as the session opens (`meeting_as_opened`): opened on a step with
    a minute counted, the meeting is there; opened on Who is here, or on a step only glanced
    at, nobody is late until a step after it is counted."""
    review: Review | None = None
    """The session's review, once brought up to date with it (`sync_questions`): the order of
    its steps places an arrival against a point (`arrival.follow_points`)."""
    _moved: Sequence[arrival.Moved] = ()
    _unkeyed: dict[str, int] | None = None
    """Seconds counted on each step since the last key (`tick`'s `quiet`), to take back."""
    _quiet: float = 0.0

    def _record(self, change: Change, restore: Callable[[], None],
                merge_key: object = None, removed: Removed | None = None) -> Change:
        """Every change, and then the rule that nobody speaks before they arrive or after they
        leave: an arrival later than a point its person said (a leaving earlier than one)
        moved to that point's step (`arrival.follow_points`,
        said by `take_moved`), and put back with the change by Ctrl+Z (one of its own: a run
        of typing it ends is not undone with it)."""
        moved = self._moved = self._follow_points()
        if moved:
            now = [_step(m) for m in moved]

            def restore_too(then: Callable[[], None] = restore) -> None:
                then()
                for m, later in zip(moved, now, strict=True):
                    if _step(m) == later and m.left:
                        m.person.left_during = m.was
                    elif _step(m) == later:
                        m.person.arrived_during = m.was

            restore, merge_key = restore_too, None
        return super()._record(change, restore, merge_key, removed)

    def put_back(self) -> Removed | None:
        """`UndoLog.put_back`, and the rule after it: a point put back may be on a step before
        its person's arrival, marked since."""
        removed = super().put_back()
        self._moved = self._follow_points() if removed is not None else ()
        return removed

    def _follow_points(self) -> list[arrival.Moved]:
        if self.review is None or not any(p.arrived_during or p.left_during
                                          for p in self.session.participants):
            return []
        return arrival.follow_points(self.session, steps_for(self.review, self.session))

    def take_moved(self) -> tuple[arrival.Moved, ...]:
        """Whose arrival the last change moved to an earlier step (`_record`), once: for the
        screen to say (`arrival.moved_said`)."""
        moved, self._moved = self._moved, ()
        return tuple(moved)

    def go_to_step(self, step_key: str) -> Change | None:
        """The step the session is on (saved, so it opens there again; not undone)."""
        if self.session.current_step == step_key:
            return None
        self.session.current_step = step_key
        return StepChanged(step_key)

    def meeting_as_opened(self) -> None:
        """On opening: the meeting is on the step the session opens on (the facilitator is
        showing it) where a minute is counted on it (`presence.meeting_step`: a step glanced
        at is not where the meeting is). It was found only as the next second was counted
        there, so a session reopened paused on Question 2 marked someone leaving straight
        after as `left early` with no step, and an arrival as here throughout (a team lead's
        trial)."""
        steps = steps_for(self.review, self.session) if self.review is not None else []
        at = find_step(steps, self.session.current_step)
        if at is not None:
            self.meeting_at = presence.meeting_step(steps[at], self.session.timing)

    def tick(self, step: Step, seconds: int = 1, quiet: float = 0.0) -> Change | None:
        """Count time on `step`, unless paused (not undone), and find where the meeting is.
        `quiet`: seconds since the last key, paste or click; a reflection's time after
        `idle.IDLE_SECONDS` of it is not counted, and what was counted since that key is
        taken back (model/idle.py), a change saved at once: a window closed while away
        logs none of it. A `quiet` less than the last tick's means a key came."""
        timing = self.session.timing
        if timing.paused:
            return None
        if quiet < self._quiet or self._unkeyed is None:
            self._unkeyed = {}
        self._quiet = quiet
        if idle.away(self.session.mode, quiet):
            taken, self._unkeyed = self._unkeyed, {}
            for key, counted in taken.items():
                timing.spent[key] = max(0, timing.spent.get(key, 0) - counted)
            return TimingChanged() if taken else None  # (saved at once, not in a few s)
        timebox.tick(timing, step.key, seconds)
        self._unkeyed[step.key] = self._unkeyed.get(step.key, 0) + seconds
        self.meeting_at = self._meeting_now(step, seconds)
        return TimeCounted(step.key)

    _back: tuple[str, int] = ("", 0)
    """A step before the meeting's, gone back to: its key and the seconds counted on it since."""

    def _meeting_now(self, step: Step, seconds: int) -> str | None:
        """The step the meeting is on, `step` just counted: `presence.meeting_step`, except
        that a step before the one it was on is where it is only once `BACK_SECONDS` are
        counted there in one stay (PgUp through the steps is no meeting going back)."""
        found = presence.meeting_step(step, self.session.timing)
        if found is None or self.meeting_at is None or self.review is None:
            self._back = ("", 0)
            return found or self.meeting_at
        labels = [s.label for s in steps_for(self.review, self.session)]
        if found not in labels or self.meeting_at not in labels \
                or labels.index(found) >= labels.index(self.meeting_at):
            self._back = ("", 0)
            return found
        stayed = (self._back[1] if self._back[0] == step.key else 0) + seconds
        self._back = (step.key, stayed)
        return found if stayed >= presence.BACK_SECONDS else self.meeting_at

    def toggle_pause(self) -> Change:
        timing = self.session.timing
        return self._set(timing, "paused", not timing.paused, TimingChanged()) or TimingChanged()

    def set_plan(self, planned: Timing) -> Change:
        """A new time plan (from the time plan dialog), keeping the time counted meanwhile."""
        before = self.session.timing
        self.session.timing = planned.model_copy(
            update={"spent": dict(before.spent), "paused": before.paused})

        def restore() -> None:
            kept = self.session.timing
            self.session.timing = before.model_copy(
                update={"spent": dict(kept.spent), "paused": kept.paused})

        return self._record(TimingChanged(), restore)

    def ensure_plan(self, steps: Sequence[Step]) -> Change | None:
        """Share a planned length out over the steps when nothing is planned yet."""
        return TimingChanged() if timebox.ensure_plan(self.session.timing, steps) else None

    def plan_step_added(self, before: Sequence[Step], after: Sequence[Step]) -> Change | None:
        """A step added to the session under way gets its share of the plan, if it has one
        (`timebox.plan_step_added`; not undone, as the step added is not)."""
        changed = timebox.plan_step_added(self.session.timing, before, after)
        return TimingChanged() if changed else None


def _step(moved: arrival.Moved) -> str | None:
    """The step `moved`'s person is marked now as arriving (or, `left`, leaving) during."""
    return moved.person.left_during if moved.left else moved.person.arrived_during
