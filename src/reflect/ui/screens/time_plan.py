"""The time plan: the meeting's length and the time planned for each step (F7 in a session)."""

from __future__ import annotations

from collections.abc import Callable

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Button, Input, RadioSet

from reflect.model.plan_draft import as_draft, read_draft, saved_plan
from reflect.model.session import Timing
from reflect.model.steps import Step
from reflect.model.timebox import MAX_MINUTES, clock, parse_step_time, share_out
from reflect.ui.focus_view import GIVEN_ON_MOUNT
from reflect.ui.screens.base import ReflectModal
from reflect.ui.widgets.docked_foot import TabbedLast
from reflect.ui.widgets.in_order import InOrderInput
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.meeting_length import MeetingLength

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


def _mark(box: Input, step: Step, problem: str) -> None:
    """Mark a step's row whose time is not understood (its box, and ⚠ before its name), and
    say what is wrong under it, where it is typed (`problem`; "" for nothing wrong)."""
    box.set_class(bool(problem), "-invalid")
    row = box.parent
    if isinstance(row, Widget):
        row.query_one(".step-label", Literal).show(f"⚠ {step.label}" if problem else step.label)
        said = row.parent.query_one(".step-problem", Literal) if isinstance(
            row.parent, Widget) else None
        if said is not None:
            said.show(problem, "bold")
            said.display = bool(problem)


def _step_of(box: Widget) -> Widget | None:
    """The step's row and the line under it (`PlanStep`) that `box` is typed in."""
    return next((a for a in box.ancestors if isinstance(a, PlanStep)), None)


class PlanFoot(TabbedLast, Vertical):
    """The total, any message and the buttons, docked at the plan's foot, and reached by Tab
    after the last step (at 80x24 Tab went from the third step to the buttons, and the
    minutes typed next went into "Share out again": a trial)."""

    class Resized(Message):
        """The foot took another height (a message came, went or took more lines)."""

    def on_resize(self) -> None:
        self.post_message(self.Resized())


class PlanStep(Vertical):
    """A step's row and the line under it that says what is wrong with its time."""

    class Resized(Message):
        """The line under the row came, went or took more lines."""

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
    #time-plan .plan-step {
        height: auto;
    }
    #time-plan .step-problem {
        display: none;
        padding-left: 2;
    }
    #time-plan .plan-title {
        height: 1;
    }
    #time-plan .plan-title > Literal {
        width: auto;
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
    #plan-total {
        margin-top: 1;
    }
    #time-plan .buttons {
        height: auto;
    }
    #time-plan .buttons Button {
        margin-right: 2;
    }
    """

    QUIT_STAY = "Keep editing"  # what "no" to Ctrl+Q's question does

    def __init__(self, timing: Timing, steps: list[Step], draft: str = "",
                 keep: Callable[[str], None] | None = None) -> None:
        super().__init__()
        self.timing, self.steps, self.keep = timing, steps, keep
        """`keep`: keeps the plan chosen and not saved as it is chosen (model/plan_draft.py)."""
        self.saved = saved_plan(timing, steps)
        restored = read_draft(draft, steps)
        self.restored = None if restored == self.saved else restored
        """The plan chosen here before and not saved (F7 offers it again), or None."""
        self.opened: tuple[str | None, str, tuple[str, ...]] = (None, "", ())
        """What the plan held as it opened (`_typed`): Esc asks before a change is lost."""

    def compose(self) -> ComposeResult:
        # The steps as high as they can start: at 80x24 the title, its keys, the lengths and
        # how the plan works (four lines) left room for three of thirteen steps (a trial).
        # How it works is said under them; a time not understood is said under its row.
        with VerticalScroll(id="time-plan"):
            with Horizontal(classes="plan-title"):
                yield Literal("Time plan", "bold")
                yield Literal(" · Ctrl+S saves, Esc cancels.", "dim")
            if self.restored is not None:  # (said by a message, it hid the lengths 8 s)
                yield Literal("The time plan you chose before and did not save: Ctrl+S saves "
                              "it, Esc discards it.", "bold", id="plan-restored")
            yield Literal("Meeting length (↑↓ choose)")  # (↓ only highlighted one: a trial)
            yield MeetingLength((self.restored or self.saved)[0], id="plan-length",
                                arrows_choose=True)
            with Horizontal(classes="plan-row plan-head"):
                yield Literal("Step", classes="step-label")
                yield Literal("Planned", classes="step-planned")
                yield Literal("Spent so far", classes="step-spent")
            for i, step in enumerate(self.steps):
                with PlanStep(classes="plan-step"):
                    with Horizontal(classes="plan-row"):
                        yield Literal(step.label, classes="step-label")
                        yield StepTime(id=f"plan-{i}", compact=True, classes="step-time",
                                       tooltip=f"Minutes planned for {step.label}")
                        yield Literal(clock(self.timing.spent.get(step.key, 0)),
                                      classes="step-spent")
                    yield Literal("", classes="step-problem")
            yield Literal(HOW, "dim", id="plan-how")
            # The total and the buttons stay at the dialog's foot, the steps scrolling above
            # them: at 100x30 they were below the fold, and "Share out again" was missed (a
            # trial).
            with PlanFoot(id="plan-foot"):
                yield Literal("", id="plan-total")
                with Horizontal(classes="buttons"):
                    yield Button("Share out again", id="plan-share", compact=True)
                    yield Button("Save", variant="primary", id="plan-save", compact=True)
                    yield Button("Cancel", id="plan-cancel", compact=True)

    def on_mount(self) -> None:
        minutes, typed = self.restored or self.saved
        for step, box in zip(self.steps, self.inputs, strict=False):
            box.value = typed.get(step.key, "")
        self._enable_steps(minutes > 0)
        self._update_total()
        self.opened = self._typed()
        self.query_one("#length").focus()

    @property
    def changed(self) -> bool:
        """Whether anything differs from the plan saved (a plan offered again does)."""
        return self.restored is not None or self._typed() != self.opened

    def quit_question(self) -> str | None:
        """Asked by Ctrl+Q (`ReflectApp.action_quit`), as Esc asks (`action_cancel`)."""
        return ("Quit reflect? The time plan you chose is not saved (Ctrl+S in it saves "
                "it): it is kept, and F7 offers it again." if self.changed else None)

    def _keep_chosen(self) -> None:
        """What is chosen kept in the session as it is chosen, "" once it is the plan saved."""
        if self.keep is not None:
            typed = zip(self.steps, self.inputs, strict=False)
            now = as_draft(self.query_one(MeetingLength).length, {s.key: b.value for s, b in typed})
            self.keep("" if now == as_draft(*self.saved) else now)

    def _typed(self) -> tuple[str | None, str, tuple[str, ...]]:
        """The length chosen, what is typed as your own, and each step's time, as they stand."""
        pressed = self.query_one("#length", RadioSet).pressed_button
        return (pressed.id if pressed else None, self.query_one("#own-minutes", Input).value,
                tuple(box.value for box in self.inputs))

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
            # The step named as its row is, and said under that row, where it is typed: a
            # message under all the steps, "Who is here: …", was not plainly about a row,
            # and it took a line from the steps in view (trials).
            typed = f"The time for “{step.label}”, “{text}”,"
            problem = ""
            if too_long:
                problem = f"{typed} is over 24 hours: type the step's minutes (3 or 3.5)."
            elif seconds is None:
                problem = (f"{typed} is not a time: type minutes (3 or 3.5) or minutes and "
                           "seconds (3:30).")
            elif seconds > 0:
                plan[step.key] = seconds
            _mark(box, step, problem)
            if problem:
                problems.append((box, problem))
        return plan, problems

    def _update_total(self) -> None:
        # The length chosen, kept while "Your own" holds something that is not a length.
        minutes = self.query_one(MeetingLength).length
        plan, problems = self.read_plan()
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
            text += " (not counting the times marked ⚠)"
        total.show(text)

    # -- events ------------------------------------------------------------------------------

    @on(MeetingLength.Changed)
    def _length_changed(self, event: MeetingLength.Changed) -> None:
        self._enable_steps(event.minutes > 0)
        if event.minutes > 0:
            self._fill(share_out(event.minutes, self.steps))
        self._update_total()
        self._keep_chosen()

    @on(Input.Changed, ".step-time")
    def _step_changed(self) -> None:
        self._update_total()
        self._keep_chosen()

    @on(PlanFoot.Resized)
    @on(PlanStep.Resized)
    def _typed_in_view(self) -> None:
        """The step being typed in stays in view above the foot, with what is said under
        it, however tall the total makes the foot: at 80x24 a message two lines long pushed
        the row under the foot, so the next Tab only brought it back, and what was typed
        after went into the bad time (a trial)."""
        box = self.focused
        step = _step_of(box) if isinstance(box, StepTime) else None
        if step is not None:
            self.query_one("#time-plan").scroll_to_widget(step, animate=False, immediate=True)

    @on(events.DescendantFocus, ".step-time")
    def _step_in_view(self, event: events.DescendantFocus) -> None:
        """The step with the focus is seen whole, above the total and buttons docked at the
        foot: Textual counts a step under them as in view, and at 80x24 Tab went on to steps
        there, and what was typed went in unseen (a trial)."""
        step = _step_of(event.widget)
        if step is not None:
            self.call_after_refresh(self.query_one("#time-plan").scroll_to_widget, step,
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
            # Said again at each Ctrl+S, the first step named (Ctrl+S seemed to do nothing);
            # gone with the dialog (over the session, the plan saved, it read as not: trials).
            (box, problem), more = problems[0], len(problems) - 1
            others = f" ({more} more step{'' if more == 1 else 's'} marked ⚠)" if more else ""
            said = f"Not saved: {problem[:1].lower()}{problem[1:]}{others}"
            self.notify(said, severity="warning", timeout=8, markup=False)
            self.said_here(said)
            self._update_total()
            box.focus()
            self.call_after_refresh(self._typed_in_view)  # (scrolled away, it comes back)
            return
        self.dismiss(Timing(minutes=minutes, plan=plan if minutes else {},
                            spent=dict(self.timing.spent), paused=self.timing.paused))

    @on(Button.Pressed, "#plan-cancel")
    def action_cancel(self) -> None:
        """Cancel; once something has changed, only once that is confirmed, as the new-session
        form asks (Esc threw a changed time away unasked: a trial)."""
        if not self.changed:
            self.dismiss(None)
            return
        from reflect.ui.screens.confirm import dismiss_once_confirmed

        dismiss_once_confirmed(self, "Discard the changes to the time plan?", "Keep editing")
