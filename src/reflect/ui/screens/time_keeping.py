"""The walkthrough's clock: a second counted on the current step each second (unless paused or
read-only), the time line redrawn, pause and resume, and the time plan."""

from __future__ import annotations

import time

from reflect.model.plan_draft import PLAN_DRAFT
from reflect.model.session import Timing
from reflect.ui.screens.base import ReflectModal
from reflect.ui.screens.carry_back import WritesBack
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.timer import TimerBar


class KeepsTime(WritesBack):
    def tick(self) -> None:
        """Count a second on the current step (unless paused or read-only, or a dialog of the
        facilitator's own is open over it) and redraw."""
        self.watch_joining()
        if self.keeper is None or not self.step_in_use():
            return
        # Running over needs no pop-up: the time line itself turns amber and says so.
        self.apply(self.edits.tick(self.steps[self.index], quiet=self.quiet()))
        self.show_time()

    def quiet(self) -> float:
        """Seconds since the last key, paste or click anywhere in the app (model/idle.py)."""
        return time.monotonic() - self.reflect_app.last_input

    def step_in_use(self) -> bool:
        """Whether the step on screen is what the meeting is on: no dialog over it, or one
        the group takes part in (the room's panel, its confidence check). The export dialog
        left open, help or the CPD choices are the facilitator's, not the step's discussion."""
        on_top = self.app.screen
        return on_top is self or isinstance(on_top, ReflectModal) and on_top.COUNTS_ON_THE_STEP

    def show_time(self) -> None:
        self.query_one(TimerBar).show_time(self.session.timing, self.steps[self.index].key,
                                           counted=self.keeper is not None,
                                           idle=(self.session.mode, self.quiet()))
        self.query_one("#present-hint", Literal).show(
            present_hint(self.session.timing.paused, self.session.mode != "team"), "dim")

    def action_pause(self) -> None:
        if self.keeper is None:
            self.notify("This session is read-only: its time is not counted.",
                        severity="warning")
            return
        self.apply(self.edits.toggle_pause())
        self.show_time()  # the time line says "paused" (no pop-up to cover it)

    def action_time_plan(self) -> None:
        from reflect.ui.screens.time_plan import TimePlanScreen

        if self.keeper is None:
            self.notify("This session is read-only: its time plan cannot be changed.",
                        severity="warning")
            return

        def keep(typed: str) -> None:  # what is chosen and not saved (model/plan_draft.py)
            if self.keeper is not None:
                self.apply(self.edits.set_draft(PLAN_DRAFT, typed))

        def chosen(timing: Timing | None) -> None:
            keep("")  # saved, or discarded
            if timing is None or self.keeper is None:
                return
            self.apply(self.edits.set_plan(timing))  # keeps the time counted meanwhile
            self.show_time()

        kept = self.session.drafts.get(PLAN_DRAFT, "")
        self.app.push_screen(TimePlanScreen(self.session.timing, self.steps, kept, keep), chosen)


PRESENT_ALONE = "Full width"
"""F5's name in a reflection on your own: the same view, the step alone across the screen,
with nobody to present to ("f5 Present" in the footer puzzled a health visitor reflecting
alone: a new user's trial)."""

PRESENT_COMMAND = ((f"{PRESENT_ALONE} (F5)", "The step alone across the screen, without the step "
                    "list; the answers stay editable"),
                   ("Presentation view (F5)", "A large, uncluttered view for a shared screen; "
                    "the answer stays editable"))
"""F5's entry in the command palette: on your own, in a team session."""


def present_hint(paused: bool, alone: bool = False) -> str:
    """The presentation view's line of keys (F6 as it will act: a paused timer resumes);
    `alone`, in a reflection on your own, where it is the full-width view."""
    return (f"{PRESENT_ALONE if alone else 'Presenting'} · F5 ends · PgDn next · PgUp back · F6 "
            f"{'resumes' if paused else 'pauses'} the timer")
