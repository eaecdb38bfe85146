"""A table of editable rows (participants, agreed actions, carried actions).

Keys on the highlighted row are sent up as `RowTable.RowAction`: Space changes it (ticks
attendance, moves a status on), Enter edits it, Delete removes it. Columns share the width
there is, so the table fits an 80-column screen without losing the first column. A row
edited in place is redrawn cell by cell (`update_row`), not by rebuilding the table. The
line under the table that gives the highlighted row in full (`line_under`) is kept in view
with it while the table has the focus.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region
from textual.message import Message
from textual.widget import Widget
from textual.widgets.data_table import ColumnKey, RowKey

from reflect.model.due import YEARLESS_FORM
from reflect.text import one_line
from reflect.ui.focus_view import brings_into_view
from reflect.ui.messages import Refused
from reflect.ui.widgets.cell_fit import (
    Cell,
    column_form,
    fitted,
    least_width,
    longest_word,
    natural_width,
    share_out,
    wrapped,
)
from reflect.ui.widgets.line_under import say_above, show_with_line
from reflect.ui.widgets.one_bar import OneBar
from reflect.ui.widgets.row_cursor import RowCursorTable

RowVerb = Literal["change", "edit", "remove"]
"""What a key does to the highlighted row: Space changes, Enter edits, Delete removes it."""

Column = tuple[str, int] | tuple[str, int, int] | tuple[str, int, int, int]
"""(label, share), (label, share, narrow) or (label, share, narrow, floor): see
`RowTable.fill` (a `narrow` of 0: none)."""

NARROW = 60
"""A table narrower than this shows a status as its mark (○ ◐ ✓), not its words: their 11
columns left an action's own words 3 or 4 at 60x20, and 10 at 80x24 (a trial)."""


MARKS = {"open": "○", "in progress": "◐", "done": "✓", "dropped": "⊘"}
"""An action's status as its mark, in a narrow table (`NARROW`)."""


STATUS_WIDTH = len("◐ in progress")
"""The Status column at its widest (narrower where no action is in progress)."""
STATUS_WORDS_FROM = 80
"""A table this wide has room for a status's mark and words (`○ open`, as the hint above it
writes them), and its action's words still for theirs; a narrower one shows the mark alone,
which that hint explains (at 100x30 the words took 13 columns, and What was cut to `Audit GP
notifi…`: a trial)."""
OWNER_FLOOR = 12
"""An owner's name whole (`Pat Example`) before What and Recommendation share the rest: at
100x30 the columns' shares cut it to `Pat Exa…` (a trial)."""
DUE_FLOOR = len("31 Jan 2027")
"""A due date readable, with its year, before What and Recommendation share the rest (at
100x30 `? 2027-…` and `31/1/27`, a trial); where the floors do not fit, they give way
(`share_out`)."""


WRAPPED = (1, 2, 3)
"""The columns of a table of actions whose words wrap within their cell: What, its owner and
due words that name no date (`? 31/02/2026`; a date stays on one line, in the form that
fits). At 80x24, beside the step list, What was cut to 16 columns (`Share the brief…`) and
last time's to 11 (`Audit cumul…`), and a due date to `? 31/0…`: the room could not read
the action it agreed to (a fresh-eyes trial)."""


ACTION_LINES = {1: 8, 2: 4, 3: 3}
"""What on eight lines at most (an action of 84 characters takes seven at 60x20), its owner
on four, the Due column's words (that name no date) on three, the last cut with "…" where
more were typed; the line under the table gives them whole, and the form when the action is
edited. 5,000 characters typed as a due date took hundreds of the table's lines, and as an
action's words or its owner they still did: one row filled the table (trials)."""

PEOPLE_LINES = {1: 5, 2: 5, 3: 5}
"""Who is here's Name, Role and Agency, each wrapped within its cell (an agency of 66
characters takes four lines at 80x24: cut, it was `Invented Borough Co…`, a trial) on five
at most, the last cut with "…": the line under the table and the form give them whole. A
name of 5,000 characters took hundreds of the table's lines (a trial)."""


def action_columns(owner: str, last: str = "") -> list[Column]:
    """The columns of a table of actions (agreed here, or last time's): Status, What, `owner`
    (Owner, or With on one's own), Due and, where given, `last` (the recommendation answered,
    or the session it came from: the line under the table gives it in full)."""
    columns: list[Column] = [("Status", -STATUS_WIDTH, 1), ("What", 5),
                             (owner, 2, 0, OWNER_FLOOR), ("Due", 2, 0, DUE_FLOOR)]
    return [*columns, (last, 1)] if last else columns


def status_cell(words: str, mark: str | None = None) -> Cell:
    """A status as a cell: its mark (`MARKS`, else `mark`) and its words, `◐ in progress`, as
    the hints above the tables write them (the table said `in progress` under a hint saying
    `○ open → ◐ in progress → ✓ done`: a trial); its mark alone in a narrow table, where the
    line under the table gives the words."""
    sign = mark or MARKS.get(words, words[:1])
    return (words if words.startswith(sign) else f"{sign} {words}", sign)


YEARLESS = "the table's Due column gives this year's dates without the year"
"""Said under a table whose Due column shows no year (`RowTable.yearless`)."""


class RowTable(RowCursorTable, OneBar):
    BINDINGS = [  # in the footer while the table has the focus (`key_descriptions` may
        # name Space's change for a table: "Here/not here", "Status")
        Binding("space", "row('change')", "Change"),
        Binding("enter", "row('edit')", "Edit"),
        Binding("delete", "row('remove')", "Remove"),
    ]  # (Home and End: the first and last row, `RowCursorTable`)

    @dataclass
    class RowAction(Message):
        table: RowTable
        action: RowVerb
        row: int

        @property
        def control(self) -> RowTable:
            return self.table

    def __init__(self, change: str = "Change",
                 offers: tuple[RowVerb, ...] = ("change", "edit", "remove"),
                 narrow_below: int = NARROW, wraps: Sequence[int] = (), empty: str = "",
                 most_lines: Mapping[int, int] | None = None, **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)  # type: ignore[arg-type]
        self.narrow_below = narrow_below
        """The width under which a column with a `narrow` width shows its cells' short forms
        (`fill`)."""
        self.wraps = frozenset(wraps)
        """The columns (by place) whose cells' words wrap within them (`wrapped`), each row as
        tall as its tallest cell; the others' cells on one line (`fitted`)."""
        self.most_lines = dict(most_lines or {})
        """Of those, the columns whose cells show no more lines than given (`ACTION_LINES`)."""
        self.empty = empty
        """Said when Space, Enter or Delete is pressed with no rows (whose keys the footer
        then leaves out): on an empty *Who is here* they did nothing, said nothing (a trial)."""
        self.key_descriptions = {"row('change')": change}
        """What Space changes here, as the footer says it (footer.KEY_DESCRIPTIONS)."""
        self.offers = offers
        """The row actions this table takes (the others' keys are neither shown nor run)."""
        self._columns: list[tuple[ColumnKey, int]] = []
        """Each column's key and width, as last filled."""
        self._spec: list[Column] = []
        """The columns as last given to `fill`."""
        self._rows: list[list[Cell]] = []
        self._forms: list[int] = []
        """Each column's form (`column_form`), for `update_row` to keep."""
        self.filled_width = 0
        """The width the columns were last shared out for."""
        self.line_under: Widget | None = None
        """The line under the table giving the highlighted row in full (`Selected: …`), kept
        in view with that row while the table has the focus (`show_line_under`)."""
        self.refused = ""
        """While the rows cannot be changed (a session open read-only): what cannot, said
        once when Space, Enter or Delete is pressed on a row (`Refused`); the keys are then
        left out of the footer. Read-only, the footer offered `⏎ Edit space Status del
        Remove`, and each key stacked two warnings (a trial)."""
        self.held_for_top = False
        """Whether the table is held shorter for the step's top to show with it, as the step
        opened (`show_line_under(from_top=True)`): let go at the first move in it (`moved`)."""
        self.above: Widget | None = None  # (says rows held out of view above: line_under.py)
        self.lines_over: tuple[Widget, ...] = ()
        """The lines over it (its hint; a handover line, once hidden at 60x20), in view with
        it where there is room, from the first shown: Who is here opened on `one.` (a trial)."""

    def fits(self, width: int) -> bool:
        """Whether the columns were shared out for `width` (so a resize that keeps the
        width, such as the table growing a row, needs no refill)."""
        return self.filled_width == width

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "row" and (self.refused or not self.row_count
                                or parameters and parameters[0] not in self.offers):
            return False
        return True

    def on_key(self, event: events.Key) -> None:
        """A row's key while the rows cannot be changed (`refused`): said, and gone no
        further (the step's own word on keys typed in a read-only session came too)."""
        if self.refused and event.key in ("space", "enter", "delete"):
            event.stop()
            event.prevent_default()
            self.post_message(Refused(self.refused))
        elif self.empty and not self.row_count and event.key in ("space", "enter", "delete"):
            event.stop()
            self.notify(self.empty, markup=False, timeout=6)

    def action_row(self, what: RowVerb) -> None:
        if self.row_count:
            self.post_message(self.RowAction(self, what, self.cursor_row))

    def on_focus(self) -> None:
        # After the screen's own scroll to a widget given the focus (queued on the screen).
        self.screen.call_later(self.call_after_refresh, self.show_line_under)

    def line_written(self) -> None:
        """Said by the panel once it has written the line under the table (`line_under`)
        for the row highlighted: with the focus here, they are brought into view together
        once it is laid out. (Scrolled from the table's own RowHighlighted, the line was a
        row behind: the panel writes it after.)"""
        if self.has_focus:
            self.call_after_refresh(self.show_line_under)

    @brings_into_view
    def show_line_under(self, from_top: bool = False) -> None:
        """Scroll the view so that the highlighted row and the line under the table
        (`line_under`) show together, the table from its header, and from the lines over it
        (`lines_over`) where they leave it a row, or, as the step opens (`from_top`), from
        the step's top where that does: where they do not fit (a long line at 60x20), the
        table is held to the room the line leaves, and scrolls within itself; with less room
        than `MIN_WITH_LINE`, from the row down; never with a box cut at the view's top
        (`line_under.show_with_line`). At 80x24 the table filled the foot of the step, and
        ↑/↓ in it never brought the Selected line into view, so an action cut in the table
        could not be read in full (a trial). Only with the screen's focus (`has_focus` lags:
        a busy table scrolled off a box just focused, in CI)."""
        show_with_line(self, from_top)

    def on_resize(self) -> None:
        if self.has_focus:  # (the rows are the person's to move in: theirs stays in view)
            self.call_after_refresh(self.row_into_view)

    def row_into_view(self) -> None:
        """Scroll the table within itself so that the highlighted row shows, in the height it
        has now. DataTable scrolls only as the cursor moves: held shorter for its Selected line
        (`show_line_under`), the table kept the scroll it had when taller, and the sixth
        action, just added and highlighted, was below its foot (a full run, under load)."""
        if not self.row_count or not self.size:
            return
        fixed = self._get_fixed_offset()
        row = self._get_row_region(self.cursor_row)
        self.scroll_to_region(Region(int(self.scroll_x) + fixed.left, row.y,
                                     row.width - fixed.left, row.height),
                              animate=False, spacing=fixed, force=True, immediate=True)

    def release(self) -> None:
        """The table as tall as the stylesheet says again (at another size the room for it
        is another)."""
        self.held_for_top = False
        self.styles.max_height = None
        say_above(self, 0)

    def moved(self) -> None:
        """A move in the table (↑, ↓, Home, End): held shorter for the step's top as it
        opened (`held_for_top`), it is let go, and takes the room its rows need, the step's
        top scrolled away where the Selected line must show with them (`show_line_under`).
        Held so at 60x20 under the step's hint, last time's actions showed five lines of
        table, one action at a time, however far ↓ went (a new user's trial)."""
        if self.held_for_top:
            self.release()

    def action_cursor_up(self) -> None:
        self.moved()
        super().action_cursor_up()

    def action_cursor_down(self) -> None:
        self.moved()
        super().action_cursor_down()

    def action_scroll_top(self) -> None:
        self.moved()
        super().action_scroll_top()

    def action_scroll_bottom(self) -> None:
        self.moved()
        super().action_scroll_bottom()

    def fill(self, columns: Sequence[Column], rows: Sequence[Sequence[Cell]],
             width: int) -> None:
        """Columns as (label, share), (label, share, narrow) or (label, share, narrow,
        floor): a share < 0 is a fixed width of -share, or of `narrow`, unlabelled, in a
        table under `narrow_below` wide (its cells' short forms: a status's mark); the columns
        with a share > 0 share what is left (`share_out`), each first its `floor` (a date's)
        and none more than its cells need while another could use it, never less than a
        date's shortest form (`least_width`) where that fits. Cells are shown on
        one line, in the first of their forms that fits, else cut with "…"; so is a label;
        but in the columns that wrap (`wraps`), on the lines their words take. The widths
        hold until the next fill: a row edited in place (`update_row`) is fitted to them."""
        row = self.cursor_row
        self.filled_width = width
        self.clear(columns=True)
        self._rows = [list(cells) for cells in rows]
        self._spec = list(columns)
        self._columns = [(self.add_column(one_line(label, w), width=w), w)
                         for label, w in self._shared_out(columns)]
        self._forms = self._column_forms()
        for n, cells in enumerate(rows):
            texts = self._texts(cells)
            self.add_row(*texts, key=str(n), height=max(len(t.split()) for t in texts))
        if rows:
            self.move_cursor(row=min(row, len(rows) - 1))
        self.refresh_bindings()  # (the row keys, offered only with rows: `check_action`)

    def _shared_out(self, columns: Sequence[Column]) -> list[tuple[str, int]]:
        """Each of `columns`' label and width for the rows held (see `fill`)."""
        width, shown = self.filled_width, []
        for n, (label, share, *more) in enumerate(columns):
            narrow = more[0] if more else 0
            if narrow and width < self.narrow_below:
                label, share = "", -narrow
            cells = [r[n] for r in self._rows if n < len(r)]
            least = max(least_width(cells), longest_word(cells) if n in self.wraps else 0)
            shown.append((label, -share if share < 0 else share, share < 0,
                          more[1] if len(more) > 1 else 0, natural_width(label, cells), least))
        fixed = sum(w for _, w, is_fixed, *_ in shown if is_fixed)
        space = max(width - fixed - 2 * len(shown) - 2, 12)
        shared = [n for n, (_, _, is_fixed, *_) in enumerate(shown) if not is_fixed]
        first = min(self.wraps & set(shared), default=-1)  # (What)
        lows = [shown[n][5] for n in shared]

        def wants(first_first: bool) -> list[tuple[int, int, int]]:
            """Each shared column's (share, floor, natural); `first_first`: the columns that
            wrap after the first (What) wanting no more than their floor, or their words
            whole (at 80x24 an owner of several words took 17 columns, What 12)."""
            out = []
            for n in shared:
                _, share, _, floor, need, least = shown[n]
                if first_first and n in self.wraps and n != first:
                    need = min(need, max(floor, least))
                out.append((share, floor, need))
            return out

        widths = share_out(space, wants(first >= 0), lows)
        if first >= 0 and widths[shared.index(first)] >= shown[first][4]:
            widths = share_out(space, wants(False), lows)  # What whole: the others as wide
        given = iter(widths)
        return [(label, w if is_fixed else next(given)) for label, w, is_fixed, *_ in shown]

    def _texts(self, cells: Sequence[Cell]) -> list[Text]:
        """A row's cells as shown at the widths and in the forms of the last fill."""
        return [wrapped(cell, width, form, self.most_lines.get(n, 0)) if n in self.wraps
                else fitted(cell, width, form) for n, (cell, (_, width), form) in enumerate(zip(
                    cells, self._columns, self._forms, strict=True))]

    def _column_forms(self) -> list[int]:
        return [column_form([r[n] for r in self._rows], width)
                for n, (_, width) in enumerate(self._columns)]

    def _outgrown(self, cells: Sequence[Cell]) -> bool:
        """Whether one of `cells`, in a column whose words wrap, has a word wider than its
        column (broken in it) that the columns shared out again would give other widths."""
        return any(n in self.wraps and longest_word([cell]) > width for n, (cell, (_, width))
                   in enumerate(zip(cells, self._columns, strict=True))) and \
            [w for _, w in self._shared_out(self._spec)] != [w for _, w in self._columns]

    def yearless(self, column: int) -> str:
        """What the line under the table must say when column `column`, of due dates, is shown
        in a form without the year (`column_form`; at 60x20 `4/12` above `18/12`, with nothing
        to say which year: a trial), or "". That line gives the highlighted date in full."""
        form = self._forms[column] if 0 <= column < len(self._forms) else 0
        dates = [c for c in (r[column] for r in self._rows if column < len(r))
                 if not isinstance(c, str) and len(c) > 1]
        # (a date of another year stands its form with the year where this year's leave it out)
        return YEARLESS if any(c[min(form, len(c) - 1)] not in c[:YEARLESS_FORM]
                               for c in dates) else ""

    def shows_whole(self, row: int, column: int) -> bool:
        """Whether row `row`'s cell in column `column` shows its longest form whole (a title,
        not the day standing in for it, nor the title cut with "…"), on its lines."""
        if not (0 <= row < len(self._rows) and 0 <= column < len(self._columns)):
            return False
        cell = self._rows[row][column]
        first = one_line(cell if isinstance(cell, str) else cell[0])
        text = self._texts(self._rows[row])[column]
        return " ".join(str(text).split()) == " ".join(first.split())

    def update_row(self, row: int, cells: Sequence[Cell]) -> bool:
        """Redraw the cells of row `row` that changed; False when the table must be filled
        again instead (a row or column it does not have, words that wrap onto more or fewer
        lines: a row keeps its height; or a word wider than its column, given room by a fill:
        `Alexandr` / `ina` typed as an owner in a column 8 wide)."""
        if not (0 <= row < self.row_count) or len(cells) != len(self._columns):
            return False
        kept, self._rows[row] = self._rows[row], list(cells)
        texts = self._texts(cells)
        if self._column_forms() != self._forms or max(len(t.split()) for t in texts) != \
                self.rows[RowKey(str(row))].height or self._outgrown(cells):
            self._rows[row] = kept  # (a date changes its column's form)
            return False
        for (column, _), text in zip(self._columns, texts, strict=True):
            if self.get_cell(str(row), column) != text:
                self.update_cell(str(row), column, text)
        return True
