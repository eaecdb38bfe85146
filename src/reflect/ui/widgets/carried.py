"""Last time's actions: the team's open actions from earlier sessions, to update first.

Space moves the highlighted action's status on (through `SessionEdits`); the screen saves it
here and writes it back to the earlier session (`SessionChanged` with a `CarriedChanged`).
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical

from reflect.model.edits import SessionEdits
from reflect.text import one_line
from reflect.ui.messages import SessionChanged
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.tables import RowTable


class CarriedPanel(Vertical):
    DEFAULT_CSS = """
    CarriedPanel { height: auto; }
    CarriedPanel RowTable { height: auto; max-height: 14; }
    """

    def __init__(self, edits: SessionEdits, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.edits = edits
        self.session = edits.session
        self.read_only = False

    def compose(self) -> ComposeResult:
        yield Literal("Open actions this team agreed in earlier sessions. Go through them "
                      "first: Space moves an action's status on (open → in progress → done). "
                      "The change is saved here and in the earlier session.", "dim")
        yield RowTable(classes="carried-table")
        yield Literal("", classes="carried-detail")

    def on_mount(self) -> None:
        self.show_carried()

    def make_read_only(self) -> None:
        self.read_only = True

    def on_resize(self) -> None:
        if not self.query_one(RowTable).fits(self.size.width or 60):
            self.call_after_refresh(self.show_carried)

    def show_carried(self) -> None:
        rows = [(c.status, c.text, c.owner, c.due, c.session_label) for c in self.session.carried]
        self.query_one(RowTable).fill(
            [("Status", -11), ("What", 4), ("Owner", 2), ("Due", 2), ("From", 2)], rows,
            self.size.width or 60)
        self.show_detail()

    @on(RowTable.RowHighlighted, ".carried-table")
    def show_detail(self) -> None:
        table = self.query_one(RowTable)
        detail = self.query_one(".carried-detail", Literal)
        carried = self.session.carried
        if not carried or table.cursor_row >= len(carried):
            detail.show("")
            return
        c = carried[table.cursor_row]
        change = (f"was {c.status_before}, now {c.status}" if c.status != c.status_before
                  else f"still {c.status}")
        saved = "" if c.written_back else " · not yet saved in the earlier session"
        detail.show(f"Selected: {one_line(c.text)} · from {one_line(c.session_label)} · "
                    f"{change}{saved}", "italic")

    @on(RowTable.RowAction, ".carried-table")
    def _row(self, event: RowTable.RowAction) -> None:
        event.stop()
        if self.read_only:
            self.notify("This session is read-only: statuses cannot be changed here.",
                        severity="warning")
            return
        if event.action != "change":
            self.notify("Carried-over actions are changed in the session that agreed them; "
                        "here, Space updates their status.", severity="information")
            return
        change = self.edits.cycle_carried_status(self.session.carried[event.row])
        self.show_carried()
        self.post_message(SessionChanged(change))
