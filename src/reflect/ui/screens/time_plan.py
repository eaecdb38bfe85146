"""The time plan: the meeting's length and the time planned for each step (F7 in a session)."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Button, Input

from reflect.model.session import Timing
from reflect.model.steps import Step
from reflect.model.timebox import MAX_MINUTES, clock, parse_step_time, share_out
from reflect.ui.focus_view import GIVEN_ON_MOUNT
from reflect.ui.screens.base import ReflectModal
from reflect.ui.widgets.docked_foot import TabbedLast
from reflect.ui.widgets.in_order import InOrderInput
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.timer import MeetingLength

HOW = ("Choosing a length shares it out over the steps. Changing a step keeps the length (the "
       "slot in the diary) and shows the difference; Share out again fits the steps to it. Type "
       "minutes (3 or 3.5) or minutes and seconds (3:30); leave a step blank for no countdown.")


class StepTime(InOrderInput):
    """A step's time. ↓ and ↑ move to the next and previous step's (stopping at the first and
    last), as in a list: they scrolled the plan instead, taking the step being typed into out
    of view (a trial at 80x24)."""

    BINDINGS = [Binding("down", "step(1)", show=False), Binding("up", "step(-1)", show=False)]

    def action_step(self, by: int) -> None:
        boxes = list(self.screen.query(StepTime))
        place = boxes.index(self) + by
        if 0 <= place < len(boxes) and not boxes[place].disabled:
            self.screen.set_focus(boxes[place], scroll_visible=False)  # (`_step_in_view`)


def _mark(box: Input, step: Step, bad: bool) -> None:
    """Mark a step's row whose time is not understood (its box, and ⚠ before its name)."""
    box.set_class(bad, "-invalid")
    row = box.parent
    if isinstance(row, Widget):
        row.query_one(".step-label", Literal).show(f"⚠ {step.label}" if bad else step.label)


class PlanFoot(TabbedLast, Vertical):
    """The total, any message and the buttons, docked at the plan's foot, and reached by Tab
    after the last step (at 80x24 Tab went from the third step to the buttons, and the
    minutes typed next went into "Share out again": a trial)."""

    class Resized(Message):
        """The foot took another height (a message came, went or took more lines)."""

    def on_resize(self) -> None:
        self.post_message(self.Resized())


class TimePlanScreen(ReflectModal[Timing | None]):
    """Dismisses with a new Timing (the time spent and paused kept), or None when cancelled."""

    AUTO_FOCUS = GIVEN_ON_MOUNT  # (`on_mount`)

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "save", "Save", priority=True),
    ]

    DEFAULT_CSS = """
    TimePlanScreen {
        align: center middle;
    }
    #time-plan {
        width: 80;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        border: thick $primary;
        background: $surface;
        padding: 0 1;
    }
    #time-plan .plan-row {
        height: 1;
    }
    #plan-foot {
        dock: bottom;
        height: auto;
        background: $surface;
    }
    #time-plan .plan-row > .step-label {
        width: 1fr;
    }
    #time-plan .plan-row > Input {
        width: 10;
        background: $boost;
    }
    #time-plan .plan-row > .step-planned {
        width: 10;
    }
    #time-plan .plan-row > .step-spent {
        width: 14;
        padding-left: 2;
    }
    #time-plan .plan-row:focus-within {
        background: $accent 40%;
        text-style: bold;
    }
    #time-plan .plan-row > Input.-invalid {
        background: $error-muted;
    }
    #time-plan .plan-head {
        margin-top: 1;
        text-style: bold;
    }
    #plan-message {
        display: none;
    }
    #plan-total {
        margin-top: 1;
    }
    #time-plan .buttons {
        height: auto;
        margin: 1 0;
    }
    #time-plan .buttons Button {
        margin-right: 2;
    }
    """

    def __init__(self, timing: Timing, steps: list[Step]) -> None:
        super().__init__()
        self.timing = timing
        self.steps = steps

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="time-plan"):
            yield Literal("Time plan", "bold")
            yield Literal("Ctrl+S saves, Esc cancels.", "dim")
            yield Literal("Meeting length")
            yield MeetingLength(self.timing.minutes, id="plan-length")
            yield Literal(HOW, "dim")
            with Horizontal(classes="plan-row plan-head"):
                yield Literal("Step", classes="step-label")
                yield Literal("Planned", classes="step-planned")
                yield Literal("Spent so far", classes="step-spent")
            for i, step in enumerate(self.steps):
                with Horizontal(classes="plan-row"):
                    yield Literal(step.label, classes="step-label")
                    yield StepTime(id=f"plan-{i}", compact=True, classes="step-time",
                                   tooltip=f"Minutes planned for {step.label}")
                    yield Literal(clock(self.timing.spent.get(step.key, 0)),
                                  classes="step-spent")
            # The total, any message and the buttons stay at the dialog's foot, the steps
            # scrolling above them: at 100x30 they were below the fold, and "Share out
            # again" was missed (a trial).
            with PlanFoot(id="plan-foot"):
                yield Literal("", id="plan-message")
                yield Literal("", id="plan-total")
                with Horizontal(classes="buttons"):
                    yield Button("Share out again", id="plan-share", compact=True)
                    yield Button("Save", variant="primary", id="plan-save", compact=True)
                    yield Button("Cancel", id="plan-cancel", compact=True)

    def on_mount(self) -> None:
        minutes = self.timing.minutes
        if minutes > 0 and not any(s.key in self.timing.plan for s in self.steps):
            self._fill(share_out(minutes, self.steps))
        elif minutes > 0:
            self._fill(self.timing.plan)
        self._enable_steps(minutes > 0)
        self._update_total()
        self.query_one("#length").focus()

    # -- reading and filling the step times ------------------------------------------------

    @property
    def inputs(self) -> list[Input]:
        """Each step's time input, in step order."""
        return [self.query_one(f"#plan-{i}", Input) for i in range(len(self.steps))]

    def _fill(self, plan: dict[str, int]) -> None:
        for step, box in zip(self.steps, self.inputs, strict=False):
            seconds = plan.get(step.key)
            box.value = clock(seconds) if seconds else ""

    def _enable_steps(self, enabled: bool) -> None:
        for box in self.inputs:
            box.disabled = not enabled
            if not enabled:
                box.value = ""

    def read_plan(self) -> tuple[dict[str, int], list[tuple[Input, str]]]:
        """The plan typed, and the problems: (input, message naming the step)."""
        plan: dict[str, int] = {}
        problems: list[tuple[Input, str]] = []
        for step, box in zip(self.steps, self.inputs, strict=False):
            text = box.value.strip()
            seconds = parse_step_time(text, limit=None) if text else 0
            too_long = seconds is not None and seconds > MAX_MINUTES * 60
            _mark(box, step, seconds is None or too_long)
            # The step named as its row is, and marked there: a message saying only
            # "Who is here: …", under the row it had pushed out of view, was not plainly
            # about a row (a trial).
            typed = f"The time for “{step.label}” (⚠ above), “{text}”,"
            if too_long:
                problems.append((box, f"{typed} is over 24 hours: type the step's minutes "
                                      "(3 or 3.5)."))
            elif seconds is None:
                problems.append((box, f"{typed} is not a time: type minutes (3 or 3.5) or "
                                      "minutes and seconds (3:30)."))
            elif seconds > 0:
                plan[step.key] = seconds
        return plan, problems

    def _update_total(self) -> None:
        # The length chosen, kept while "Your own" holds something that is not a length.
        minutes = self.query_one(MeetingLength).length
        plan, problems = self.read_plan()
        message = self.query_one("#plan-message", Literal)
        message.show("\n".join(text for _, text in problems), "bold")
        message.display = bool(problems)
        total = self.query_one("#plan-total", Literal)
        if minutes == 0:
            total.show("No time plan: the time spent on each step is still measured and saved.")
            return
        planned = sum(plan.values())
        length = minutes * 60
        text = f"Planned total: {clock(planned)} of {clock(length)}"
        if planned > length:
            text += f" — {clock(planned - length)} more than the meeting length"
        elif planned < length:
            text += f" — {clock(length - planned)} less than the meeting length"
        if problems:
            text += " (not counting the times above that are not understood)"
        total.show(text)

    # -- events ------------------------------------------------------------------------------

    @on(MeetingLength.Changed)
    def _length_changed(self, event: MeetingLength.Changed) -> None:
        self._enable_steps(event.minutes > 0)
        if event.minutes > 0:
            self._fill(share_out(event.minutes, self.steps))
        self._update_total()

    @on(Input.Changed, ".step-time")
    def _step_changed(self) -> None:
        self._update_total()

    @on(PlanFoot.Resized)
    def _typed_in_view(self) -> None:
        """The step being typed in stays in view above the foot, however tall a message
        makes it: at 80x24 a message two lines long pushed the row under the foot, so the
        next Tab only brought it back, and what was typed after went into the bad time (a
        trial)."""
        box = self.focused
        if isinstance(box, StepTime) and isinstance(box.parent, Widget):
            self.query_one("#time-plan").scroll_to_widget(box.parent, animate=False,
                                                          immediate=True)

    @on(events.DescendantFocus, ".step-time")
    def _step_in_view(self, event: events.DescendantFocus) -> None:
        """The step with the focus is seen whole, above the total and buttons docked at the
        foot: Textual counts a step under them as in view, and at 80x24 Tab went on to steps
        there, and what was typed went in unseen (a trial)."""
        row = event.widget.parent
        if isinstance(row, Widget):
            self.call_after_refresh(self.query_one("#time-plan").scroll_to_widget, row,
                                    animate=False, immediate=True)

    @on(Input.Submitted)
    def _next_field(self) -> None:
        self.focus_next()

    @on(Button.Pressed, "#plan-share")
    def action_share_out(self) -> None:
        chooser = self.query_one(MeetingLength)
        minutes = chooser.minutes
        if minutes is None:  # "Your own" holds no length: what is wrong is said under it
            chooser.focus_problem()
            return
        if not minutes:
            self.notify("Choose a meeting length first, then Share out again.",
                        severity="warning")
            return
        self._fill(share_out(minutes, self.steps))
        self._update_total()

    @on(Button.Pressed, "#plan-save")
    def action_save(self) -> None:
        chooser = self.query_one(MeetingLength)
        minutes = chooser.minutes
        if minutes is None:
            chooser.focus_problem()
            return
        plan, problems = self.read_plan()
        if problems:
            self._update_total()
            problems[0][0].focus()
            return
        self.dismiss(Timing(minutes=minutes, plan=plan if minutes else {},
                            spent=dict(self.timing.spent), paused=self.timing.paused))

    @on(Button.Pressed, "#plan-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
