"""WalkthroughBase: what every part of the walkthrough shares, declared once.

The walkthrough is built in parts, each a class on the one before: KeepsSession (the file),
ExportsSession, TakesRoomPoints, HostsRoom, WritesBack, KeepsTime, LeavesSession, PutsBack,
FollowsFile, BringsCarried, then WalkthroughScreen. Each part uses the review, its steps, the
one on view, the session's one writer and the panes built so far, and calls back into the
walkthrough to save a change (`apply`), redraw a step's line, give the step the focus and show
a finding. Those are set up and named here, once, for all of them.
"""

from __future__ import annotations

from textual import on
from textual.geometry import Region
from textual.widget import AwaitMount
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reflect.model.arrival import settled_said
from reflect.model.changes import Change, PeopleChanged
from reflect.model.edits import SessionEdits
from reflect.model.review import Review
from reflect.model.session import Session
from reflect.model.steps import Step, step_index, steps_for
from reflect.model.typed_items import typed_steps
from reflect.ui.notices import Notices
from reflect.ui.panes.base import StepPane, step_label
from reflect.ui.screens.session_keeping import KeepsSession
from reflect.ui.widgets.hanging import HangingLabel
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.step_list import StepList


class WalkthroughBase(KeepsSession):
    help_first = "In a session"
    """F1 gives a session's keys first (`HelpScreen`)."""
    TOASTS_OVER = "#walk"
    """Messages at the foot of the steps and the step on view: over neither the session's
    title, the step's nor the question's, nor the time line, status line or keys under them."""
    TOAST_TITLES = "Header, #step-head, .question-head, .question"
    """(`.question`: the question of a step that is not a question's, *What I will do
    differently*: at 60x20 the Ctrl+C reminder sat over it, the only room clear of the box
    typed in under it, a trial.)"""
    TOAST_FRESH = ".point-list, .actions-table"
    """The lists whose rows messages keep clear of, on the step on view: every row shown where
    there is room (`toast_lists`), else the newest (or highlighted) one, the point just added
    (`toast_fresh`)."""

    def toast_titles(self) -> list[Region]:
        """The titles; in the presentation view, every row shown of the step's lists too,
        never covered: the room reads the points there (at 60x20 a message covered the
        first three, a trial), and the room's lines under the keys: its code, address and
        link, and the points waiting (a message covered them for seconds: a room trial)."""
        from reflect.ui.toast_place import regions

        titles = super().toast_titles()
        if not self.has_class("-presenting"):
            return titles
        return titles + self.toast_lists() + regions(self.query("#room-line, #present-waiting"))

    def toast_fresh(self) -> list[Region]:
        from reflect.ui.toast_place import fresh_row

        pane = self.panes.get(self.index)
        if pane is None:
            return []
        return [fresh_row(w) for w in pane.query(self.TOAST_FRESH) if w.region]

    def toast_lists(self) -> list[Region]:
        pane = self.panes.get(self.index)
        if pane is None:
            return []
        return [w.region.intersection(pane.region) for w in pane.query(self.TOAST_FRESH)
                if w.region and w.display]

    review: Review

    def __init__(self, session: Session, review: Review, read_only: str | None = None) -> None:
        super().__init__(session, read_only)  # self.session: shortened if too big to edit
        self.review = review
        self.edits = SessionEdits(self.session)
        """The one writer of the session: every change goes through it."""
        self.arrivals_moved = self.edits.sync_questions(review)
        """Arrivals a file from before the rule kept after a point of that person's own,
        moved as it opened (model/arrival.py): saved and said once (`settle_arrivals`)."""
        self.steps: list[Step] = steps_for(review, self.session)
        self.index = step_index(self.steps, self.session.current_step)
        """The step on view."""
        self.panes: dict[int, StepPane] = {}
        """The panes built so far, by step index: the current step's when it is first shown,
        and the next step's while the current one is read (`_build_ahead`)."""
        self._mounting: dict[int, AwaitMount] = {}
        """Panes built ahead whose mounting has not been awaited yet, by step index."""
        self.typed_keys = typed_steps(self.session)
        """The steps whose forms hold an item typed but not added: marked in the step list."""

    _said_on_step: tuple[str, ...] = ()
    """The messages said about the step on view's items (`ItemPanel.notify`), while they may
    show: taken back as the step is left (`step_said_go`)."""

    def said_on_step(self, message: str) -> None:
        self._said_on_step += (message,)

    def step_said_go(self) -> None:
        """The messages about the items of the step being left go with it: "Added. Its due
        date is not a date…" stayed over the next step's empty box (a fresh-eyes trial)."""
        said, self._said_on_step = self._said_on_step, ()
        app = self.app
        if isinstance(app, Notices):
            for message in said:
                app.withdraw(message)

    def settle_arrivals(self) -> None:
        """As the session opens: the arrivals `sync_questions` moved saved, and said once (the
        file then holds them so). Viewed read-only they are moved on screen and in the notes,
        the file left as it is, and nothing said."""
        moved, self.arrivals_moved = self.arrivals_moved, []
        if moved and self.read_only is None:
            self.apply(PeopleChanged())
            self.notify(settled_said(moved), timeout=12)

    def mark_typed(self) -> None:
        """After a change: the step list's mark (`TYPED_MARK`) on the steps whose forms hold
        an item typed but not added now, off the others, and its title saying what it means
        while any has it."""
        typed = typed_steps(self.session)
        if typed == self.typed_keys:
            return
        changed, self.typed_keys = typed ^ self.typed_keys, typed
        for key in changed:
            self.redraw_step(key)
        self.show_steps_title()

    def show_steps_title(self) -> None:
        """The step list's title, saying what each mark it shows means (TakesRoomPoints)."""
        raise NotImplementedError

    # --- the walkthrough's (WalkthroughScreen) -------------------------------------------------

    def apply(self, change: Change | None) -> None:
        """Save (and redraw what depends on) a change made through `self.edits`."""
        raise NotImplementedError

    def redraw_step(self, key: str) -> None:
        """Redraw a step's line in the step list."""
        raise NotImplementedError

    def _step_label(self, index: int) -> HangingLabel:
        """A step's line in the step list."""
        raise NotImplementedError

    def step_options(self) -> list[Option]:
        """The step list's entries, a step each (`_step_label`)."""
        return [Option(self._step_label(i), id=s.key) for i, s in enumerate(self.steps)]

    def say_step(self, index: int) -> None:
        """The line over the pane: which step of how many, and its name."""
        self.query_one("#step-title", Literal).show(
            f"Step {index + 1} of {len(self.steps)}: {self.steps[index].label}", "bold")

    @on(OptionList.OptionHighlighted, "#steps")
    def say_step_chosen(self, event: OptionList.OptionHighlighted) -> None:
        """While the step list has the focus (Ctrl+G), the line over the step names the step
        Enter goes to, with its question's words: the list cuts them ("Question 2: How …" at
        80x24, where every question but one began "How"), and a health visitor going back to
        the question about families could not tell which line it was (a fresh-eyes trial).
        The step on view is named again as the highlight comes back to it, or the list
        loses the focus (`StepList.Left`)."""
        index = event.option_index
        if not event.option_list.has_focus or index == self.index:
            self.say_step(self.index)
            return
        name = step_label(self.steps[index], self.session, self.review).plain[2:]
        self.query_one("#step-title", Literal).show(
            f"Enter goes to step {index + 1} of {len(self.steps)}: {name}", "bold")

    @on(StepList.Left)
    def _steps_left(self) -> None:
        self.say_step(self.index)

    def _build_ahead(self) -> None:
        """Build the next step's pane, hidden."""
        raise NotImplementedError

    async def go(self, index: int) -> None:
        """Show step `index`, with the focus where a person types first on it."""
        raise NotImplementedError

    def focus_step(self) -> None:
        """Give the focus to where a person types first on the step on view."""
        raise NotImplementedError

    def go_to_finding(self, field: str) -> None:
        """Show the step holding a personal-details finding's field."""
        raise NotImplementedError
