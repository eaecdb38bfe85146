"""Where an open session is, and its time: the step it is on, the time counted on each step,
the pause and the time plan; and so the step the meeting has got to, for someone who arrives
after it has moved on from Who is here (`meeting_at`, model/presence.py). A part of
`SessionEdits` (model/edits.py), the one writer of an open session.
"""

from __future__ import annotations

from collections.abc import Sequence

from reflect.model import presence, timebox
from reflect.model.changes import Change, StepChanged, TimeCounted, TimingChanged
from reflect.model.session import Session, Timing
from reflect.model.steps import Step
from reflect.model.undo import UndoLog


class TimeEdits(UndoLog):
    session: Session
    meeting_at: str | None = None
    """The label of the step the meeting was last found on (`presence.meeting_step`: a step
    after Who is here with a minute counted on it), given to someone marked here or added
    after it (`Participant.arrived_during`); None until then. Kept while the session is open
    only: opened again on Who is here, nobody is late until a step after it is counted."""

    def go_to_step(self, step_key: str) -> Change | None:
        """The step the session is on (saved, so it opens there again; not undone)."""
        if self.session.current_step == step_key:
            return None
        self.session.current_step = step_key
        return StepChanged(step_key)

    def tick(self, step: Step, seconds: int = 1) -> Change | None:
        """Count time on `step`, unless paused (not undone), and find where the meeting is."""
        if self.session.timing.paused:
            return None
        timebox.tick(self.session.timing, step.key, seconds)
        self.meeting_at = presence.meeting_step(step, self.session.timing) or self.meeting_at
        return TimeCounted(step.key)

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
