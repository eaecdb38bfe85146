"""The pane of who is here: the meeting's details and its participants (team sessions)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widget import Widget

from reflect.ui.panes.base import StepPane, finding_place
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.people_panel import PeoplePanel
from reflect.ui.widgets.tables import RowTable

READ_ONLY_HINT = "Participants: ✓ here, ✗ not here, ½ left early (here for part of the meeting)."
"""Over the table in a session open read-only: the marks, not the keys that change them,
which do nothing there (`RowTable.refused`)."""


class PeoplePane(StepPane):
    PANE_CLASS = "people-pane"
    DEFAULT_CSS = "PeoplePane { overflow-y: hidden; }"
    can_focus = False

    def compose(self) -> ComposeResult:
        yield PeoplePanel(self.edits, classes="people")

    def shown(self) -> None:
        """Someone may have been listed from another step (a sender from the room)."""
        self.query_one(PeoplePanel).show_people()

    def focus_target(self) -> Widget:
        """The participants, once anyone is listed; else the box for a first name, unless
        it is disabled (read-only), where the table, empty, takes it: a letter typed there
        says nothing is kept. The disabled box took no focus, and nothing had it: the step
        list is no longer given it first (focus_view.GIVEN_ON_MOUNT; a trial)."""
        panel = self.query_one(PeoplePanel)
        name = panel.query_one(".person-name")
        return panel.query_one(".people-table") if self.session.participants or name.disabled \
            else name

    def go_to_field(self, field: str) -> None:
        """A participant: their row highlighted and opened for editing in the form; the
        title, team or facilitator: its box."""
        place, name = finding_place(field)
        panel = self.query_one(PeoplePanel)
        if "participants" in place:
            focused = panel.go_to_item(place["participants"], name)
            self.keep_in_view(panel.query_one(RowTable), focused)  # (the panel scrolls)
            return
        for box in panel.query(f".detail-{name}"):
            self.screen.set_focus(box)

    def typing_target(self, focused: Widget) -> Widget | None:
        """A letter typed on the participants table starts a new person's name (Space still
        ticks who is here)."""
        if focused.has_class("people-table"):
            return self.query_one(PeoplePanel).query_one(".person-name")
        return None

    def make_read_only(self) -> None:
        super().make_read_only()
        panel = self.query_one(PeoplePanel)
        panel.make_read_only()
        panel.query_one(".people-hint", Literal).show(READ_ONLY_HINT, "dim")
