"""A read-only table that fits its width, for the report's reviews and overdue actions: its
columns share the width, a cell too long for its column wraps within it, and its row is as
tall as its tallest cell. Nothing runs past the table's edge (at 100x30 the overdue actions'
Due column was out of sight, past the right edge of a table that scrolled sideways: a trial).

Where the columns cannot each have their words whole with their labels, they may show short
labels instead (the reviews' `Att.` for Attendances; the report keys them). Where not even
so, each row is shown as a short stacked block instead, one column wide, as a person reads
it on a narrow screen (at 60x20 six columns had 3 or 4 each: "Chil/d I", "ope/n", a
session's title broken and its id gone).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.console import Console, JustifyMethod
from rich.text import Text
from textual.geometry import Region
from textual.message import Message
from textual.widget import Widget
from textual.widgets import DataTable

from reflect.text import printable
from reflect.ui.laid_out import after_each_layout
from reflect.ui.widgets.cell_fit import share_out, wrap_words
from reflect.ui.widgets.line_under import within_pane
from reflect.ui.widgets.row_cursor import RowCursorTable

Block = tuple[tuple[str, ...], ...]
"""A row as a stacked block: its lines, each of parts kept on one line, joined by ` · `,
where they fit (`stack`); an empty part is left out."""


@dataclass(frozen=True)
class Stacked:
    """A cell shown as a `Block` at its column's width, its first line in bold: an overdue
    action's words, then its review, team and owner, then its session, each part joined to the
    one before it by ` · ` where they fit on a line (`stack`)."""

    block: Block


Cell = str | tuple[str, ...] | Stacked
"""A cell's text, or its forms widest first (a due date on one line, then on two: the words
typed, then the date read), of which the first that fits its column is shown; or a block,
stacked at its column's width."""

SEPARATOR = " · "


@dataclass(frozen=True)
class WrapColumn:
    label: str
    share: int
    """Its part of what is left once every column has its room (see `WrappedTable.widths`)."""
    floor: int = 0
    """Kept this wide (or as wide as its widest cell, if less) where that fits beside what
    the columns before it in `priority` hold."""
    priority: int = 9
    """Lower first: whose room is kept where not every column's fits."""
    whole: bool = False
    """Its cells on one line (each in the narrowest of its forms that is one line, else its
    first) where that fits beside every column's words, before any column's `floor`."""
    short: str = ""
    """Its label where the columns cannot each have their labels' words whole, but can with
    the short ones (`WrappedTable.short`: the report keys them under the table)."""
    right: bool = False
    """Its label and cells right-aligned (a column of figures)."""
    unbroken: bool = False
    """Its cells never wrapped (a figure, `4 of 6`): their words are their whole width."""
    alike: bool = False
    """Its cells all in the same form: the first that each fits in (`4 of 6` over `10/12`
    read as two kinds of figure)."""
    least: int = 0
    """Kept at least this wide before any other column's words, or the rows are shown as
    their blocks: at 80x24 an overdue action's words twelve wide ran nine lines a row."""


NARROWEST = 3
"""Each column's room before any column's words are given theirs: at 60x20 the Action
column's words did not fit beside four columns four wide."""


def form_width(form: str) -> int:
    return max(cell_len(line) for line in form.split("\n"))


def words_width(form: str) -> int:
    """The narrowest `form` is shown in with no word broken: its longest word, and a line in
    brackets (the date a due date was read as, `(Sun 1 Nov 2026)`) whole."""
    return max((cell_len(line) if line.startswith("(") and line.endswith(")") else
                max(map(cell_len, line.split()), default=0) for line in form.split("\n")),
               default=0)


def stack(line: Sequence[str], width: int) -> list[str]:
    """One line of a `Block` at `width`: its parts joined by ` · ` where they fit, a part that
    does not fit beside the one before it on a line of its own, wrapped at its words."""
    out: list[str] = []
    for part in filter(None, line):
        if out and cell_len(out[-1] + SEPARATOR + part) <= width:
            out[-1] += SEPARATOR + part
        else:
            out += wrap_words(part, width) or [""]
    return out


def one_line_width(cell: Cell) -> int:
    """The width of the narrowest of `cell`'s forms that is one line (`3 Dec 2026` of a date's
    `3 December 2026`, `3 Dec 2026`), else of its first."""
    return min((cell_len(f) for f in forms(cell) if "\n" not in f),
               default=form_width(forms(cell)[0]))


def forms(cell: Cell) -> tuple[str, ...]:
    """A cell's forms; a `Stacked` cell's one, each of its lines' parts on one line (its widest,
    and its words: it is stacked again at the column's width as it is shown)."""
    if isinstance(cell, Stacked):
        return ("\n".join(SEPARATOR.join(filter(None, line)) for line in cell.block
                          if any(line)),)
    return (cell,) if isinstance(cell, str) else cell


def alike_form(cells: Sequence[Sequence[Cell]], n: int, width: int) -> int:
    """Which form each cell of column `n` is shown in at `width`, where all are shown alike:
    the first that every cell's fits (a cell of fewer forms, in its last), else the last."""
    most = max((len(forms(row[n])) for row in cells), default=1)
    return next((k for k in range(most) if all(
        form_width(forms(row[n])[min(k, len(forms(row[n])) - 1)]) <= width for row in cells)),
                most - 1)


def shown_form(cell: Cell, width: int) -> str:
    """The first of the cell's forms that fits `width`, else its last (which then wraps)."""
    return next((f for f in forms(cell) if form_width(f) <= width), forms(cell)[-1])


class WrappedTable(RowCursorTable):
    """The columns are shared out again whenever the table's width changes; given `blocks`
    (one a row, in the rows' order), each row is shown as its block where the columns
    cannot each have their words whole (`words_fit`). Either way a row is one row of the
    table: the cursor, the keys and the focus are the table's (Home and End the first and
    last row, as in the session's tables: `RowCursorTable`)."""

    def __init__(self, columns: Sequence[WrapColumn], rows: Sequence[Sequence[Cell]],
                 classes: str = "", blocks: Sequence[Block] | None = None,
                 scrolls: bool = True) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, classes=classes)
        self.wrap_columns = list(columns)
        self.cells = [[tuple(printable(f) for f in forms(c)) for c in row] for row in rows]
        """Each row's cells, each as its forms (text from files made printable)."""
        self.stacks = {(r, n): _printable(c.block) for r, row in enumerate(rows)
                       for n, c in enumerate(row) if isinstance(c, Stacked)}
        """The cells shown as blocks at their column's width (`Stacked`), by (row, column)."""
        self.blocks = None if blocks is None else [_printable(b) for b in blocks]
        """Each row as a stacked block (text from files made printable), or None: never."""
        self.filled_width = 0
        """The width the columns were last shared out for (0: not yet)."""
        self.stacked = False
        """Whether the rows are shown as their blocks now."""
        self.short = False
        """Whether the columns show their `short` labels now."""
        self.scrolls = scrolls
        """Whether the table may scroll within itself (room is kept for its scrollbar); without,
        it is as tall as its rows (its parent scrolls)."""

    class Laid(Message):
        """The table was laid out again for a new width: in columns, with their short labels
        or not, or as blocks (a key to the short labels is shown only with them)."""

        def __init__(self, table: WrappedTable) -> None:
            super().__init__()
            self.table = table

    def label(self, column: WrapColumn) -> str:
        """`column`'s label as the table shows it now."""
        return (column.short or column.label) if self.short else column.label

    def space(self, width: int) -> int:
        """The room for the columns' text in a table `width` wide: less each cell's padding
        and room for a scrollbar (where it `scrolls`)."""
        return max(width - 2 * self.cell_padding * len(self.wrap_columns) - 2 * self.scrolls,
                   len(self.wrap_columns))

    def words(self) -> list[int]:
        """Each column's least width with no word broken: `words_width` of its cells' last
        forms, and of its label (wrapped at its words in the header); its `least`, if more."""
        return [max([col.least, words_width(self.label(col)), *(
            (form_width if col.unbroken else words_width)(row[n][-1]) for row in self.cells)])
                for n, col in enumerate(self.wrap_columns)]

    def words_fit(self, width: int) -> bool:
        """Whether, in a table `width` wide, every column can have its words whole."""
        return sum(self.words()) <= self.space(width)

    def choose_labels(self, width: int) -> bool:
        """Whether the columns can each have their words whole at `width`: with their labels,
        else (setting `short`) with their short ones."""
        self.short = False
        if self.words_fit(width):
            return True
        self.short = any(col.short for col in self.wrap_columns)
        return self.short and self.words_fit(width)

    def widths(self, width: int) -> list[int]:
        """Each column's width inside a table `width` wide, less each cell's padding and room
        for a scrollbar. In turn, each step over the columns in `priority` order, a column
        given what the step asks where that fits beside what every column holds: first its
        words whole (none broken, a due date's date whole: `words_width` of its cells' last
        forms, and its label); then a `whole` column on one line; then its `floor`; then the
        rest by share, none wider than its widest cell. The widths were shared by floors alone,
        a column's words not counted: at 80x24 a team read "Inve/nted/Nort/h" beside a Review
        column with room to spare, and at 60x20 a due date "1/1/1/2/026" (a trial)."""
        columns = self.wrap_columns
        space = self.space(width)
        order = sorted(range(len(columns)), key=lambda i: columns[i].priority)
        cells = [max((form_width(row[n][0]) for row in self.cells), default=0)
                 for n in range(len(columns))]
        words = self.words()
        # A column of figures no wider than its figures for its label: the label wraps.
        natural = [max(words_width(self.label(col)) if col.unbroken else
                       cell_len(self.label(col)), cells[n]) for n, col in enumerate(columns)]
        # A `whole` column's cells on one line; its label may wrap at its words in the header.
        one_line = [max([words[n], *(one_line_width(row[n]) for row in self.cells)])
                    if col.whole else 0 for n, col in enumerate(columns)]
        floors = [min(col.floor, natural[n]) for n, col in enumerate(columns)]
        widths = [min(w, NARROWEST) for w in words]
        for wants in (words, one_line, floors):
            for i in order:
                if wants[i] > widths[i] and sum(widths) - widths[i] + wants[i] <= space:
                    widths[i] = wants[i]
        return share_out(space, [(col.share, widths[n], natural[n])
                                 for n, col in enumerate(columns)],
                         widths, order, fill=False, narrowest=1)

    def on_mount(self) -> None:
        after_each_layout(self, self._width_kept)  # (Textual may never send its Resize)

    def on_resize(self) -> None:
        self._width_kept()

    def _width_kept(self) -> None:
        """Filled again at the width it is laid out at, where that has changed (at Resize, or
        after a layout that sent none)."""
        if self.is_attached and self.size.width and self.size.width != self.filled_width:
            self.fill(self.size.width)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table is self and self.has_focus:
            self.call_after_refresh(self.show_cursor_row)

    def show_cursor_row(self) -> None:
        """Scroll the report so the highlighted row shows, from its top: the table scrolled
        only within itself, and at 60x20, where the report shows 8 lines, ↓ moved the cursor
        to an action out of sight (a trial)."""
        pane = next((w for w in self.ancestors if isinstance(w, Widget)
                     and w.allow_vertical_scroll), None)
        row = self._get_row_region(self.cursor_row)
        if pane is None or not row.height:
            return
        table = within_pane(self, pane)
        top = table.y + self.gutter.top + row.y - round(self.scroll_y)
        bottom = min(top + row.height, table.bottom)
        top = max(top, table.y)
        pane.scroll_to_region(Region(0, top, 1, max(bottom - top, 1)), animate=False,
                              immediate=True)

    def fill(self, width: int) -> None:
        """The rows at `width`, as a table or as blocks; the highlighted row stays so (`clear`
        put the cursor back on the first row at every resize)."""
        self.filled_width = width
        row = self.cursor_row
        self.clear(columns=True)
        fits = self.choose_labels(width)
        self.stacked = self.blocks is not None and not fits
        self.short = self.short and not self.stacked
        self.show_header = not self.stacked
        # Each row's height is worked out here, from its cells wrapped as they will be shown:
        # left to the table (`height=None`), it drew every cell of every row first, 4 s for a
        # library of 1,000 reviews at 80x24.
        console = self.app.console
        if self.blocks is not None and self.stacked:
            inner = max(width - 2 * self.cell_padding - 2 * self.scrolls, 1)
            self.add_column("", width=inner)
            for block in self.blocks:
                text = block_text(block, inner)
                self.add_row(text, height=len(text.wrap(console, inner)))
        else:
            widths = self.widths(width)
            labels = [wrap_words(self.label(col), w) for col, w in
                      zip(self.wrap_columns, widths, strict=True)]
            self.header_height = max(map(len, labels), default=1)
            for col, w, lines in zip(self.wrap_columns, widths, labels, strict=True):
                self.add_column(Text("\n".join(lines), justify=_justify(col)), width=w)
            alike = [alike_form(self.cells, n, w) if col.alike else None
                     for n, (col, w) in enumerate(zip(self.wrap_columns, widths, strict=True))]
            for r, cells in enumerate(self.cells):
                shown = [shown_form(c, w) if k is None else forms(c)[min(k, len(forms(c)) - 1)]
                         for c, w, k in zip(cells, widths, alike, strict=True)]
                texts = [block_text(self.stacks[r, n], w) if (r, n) in self.stacks else
                         Text(f, justify=_justify(col)) for n, (f, col, w) in enumerate(
                             zip(shown, self.wrap_columns, widths, strict=True))]
                self.add_row(*texts, height=max(_lines(console, t.plain, w)
                                                for t, w in zip(texts, widths, strict=True)))
        if not self.scrolls:  # as tall as its rows: a DataTable is no taller than its parent
            self.styles.max_height = sum(r.height for r in self.rows.values()) + (
                self.header_height if self.show_header else 0)
        if 0 < row < self.row_count:
            self.move_cursor(row=row, animate=False)
        self.post_message(self.Laid(self))


def _lines(console: Console, form: str, width: int) -> int:
    """How many lines `form` takes in a column `width` wide (wrapped as the table wraps it)."""
    if form_width(form) <= width:  # most cells: a figure, a short name
        return form.count("\n") + 1
    return len(Text(form).wrap(console, width))


def _printable(block: Block) -> Block:
    """`block`'s text from files made printable."""
    return tuple(tuple(printable(p) for p in line) for line in block)


def _justify(column: WrapColumn) -> JustifyMethod:
    return "right" if column.right else "left"


def block_text(block: Block, width: int) -> Text:
    """A block at `width`, its first line (an overdue action's own words) in bold: where
    each block starts, read down the list."""
    lines = [stack(line, width) for line in block]
    text = Text("\n".join(line for group in lines for line in group))
    if lines:
        text.stylize("bold", 0, len("\n".join(lines[0])))
    return text
