"""Who is here's row of the meeting's details (title, team, facilitator): each box as wide as
its words need, where they fit.

A fresh-eyes trial at 80x24: the team box, half the row beside the facilitator's, showed
"Moorvale Primary Sc" of a school's name. From 80 columns the row is a grid (app.tcss) whose
columns this sets: from 120 columns the three side by side where they fit, the title giving
way first (the window's header says it whole); else the title on a line of its own, the
team and the facilitator under it sharing the row in proportion to what each needs (its
words, or its label where that is longer), or a line each where they do not fit side by
side either. Under 80 columns every box has a line of its own already."""

from __future__ import annotations

from rich.cells import cell_len
from textual import on
from textual.containers import Horizontal
from textual.widgets import Input


def needs(label: str, value: str, edges: int) -> int:
    """The columns a box needs to show `value` whole and its `label` (in its border);
    `edges`: its border's and padding's columns (the cursor after the words is drawn in its
    padding)."""
    return max(cell_len(value), cell_len(label) + 2) + edges


def grid(widths: list[int], least_title: int, room: int, one_line: bool) -> list[int]:
    """The columns of the title's, the team's and the facilitator's boxes, for boxes needing
    `widths` in a row `room` wide: the three (`one_line`: 120 columns and more), the title
    cut to what is left down to `least_title`, where they fit so; else the team and the
    facilitator (the title over them), where they fit; else [] (a line each)."""
    title, *rest = widths
    if one_line and sum(rest) + least_title <= room:
        return [max(min(title, room - sum(rest)), least_title), *rest]
    return rest if sum(rest) <= room else []


class DetailsRow(Horizontal):
    """The meeting's details, laid out as their words need (see the module)."""

    def on_mount(self) -> None:
        self.call_after_refresh(self.fit)

    def on_resize(self) -> None:
        self.call_after_refresh(self.fit)  # (the screen's size class may change with it)

    @on(Input.Changed)
    def _typed(self) -> None:
        self.fit()  # (the panel, further up, keeps what was typed)

    def fit(self) -> None:
        if not self.is_attached or self.screen.has_class("-narrow"):
            return
        boxes = list(self.query(Input))
        widths = [needs(str(box.border_title or ""), box.value, box.styles.gutter.width)
                  for box in boxes]
        least = needs(str(boxes[0].border_title or ""), "", boxes[0].styles.gutter.width)
        columns = grid(widths, least, self.size.width,
                       self.screen.has_class("-roomy") or self.screen.has_class("-wide"))
        self.styles.grid_size_columns = max(len(columns), 2)
        self.styles.grid_columns = " ".join(f"{width}fr" for width in columns or [1, 1])
        boxes[0].styles.column_span = 1 if len(columns) == 3 else 2
        for box in boxes[1:]:
            box.styles.column_span = 1 if columns else 2
