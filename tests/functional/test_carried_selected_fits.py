"""Last time's actions: the Selected line says the essentials, overdue in words, and leaves the
rest under the boxes that take it. A fresh-eyes trial at 60x20: the line ran to eight lines
(`… new due date 32/13 (not read as a date): kept here only: “…” keeps due …`), leaving the
table a row or two and the progress-note and due boxes below the fold, a border showing; an
overdue action showed `⚠ 11 Dec` in the table and `still open` in the line, never overdue.
All names here are invented."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widget import Widget
from textual.widgets import Input

from reflect.model.session import Action
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import shown, type_text, wait_for
from tests.functional.test_carried_progress import earlier_session, on_carried_table
from tests.functional.test_selected_line import whole_in_view

LONG = "Week 1: audit the Moorvale case files for invented home visits and write up what is found"
MOST = {(60, 20): 3, (80, 24): 4}
"""The most lines the Selected line takes (at 80x24 the step list beside it leaves it 52
columns, at 60x20 it has 56)."""


def lines_of(widget: Widget) -> list[str]:
    """The widget's lines as drawn."""
    return ["".join(s.text for s in widget.render_line(y)).rstrip()
            for y in range(widget.size.height)]


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_the_selected_line_says_the_essentials_and_overdue_in_words(
        fictional_dir, sessions_dir, size: tuple[int, int]) -> None:
    from reflect.ui.app import make_app

    earlier_session(fictional_dir, sessions_dir, [
        Action(text=LONG, owner="Sam Sample", due="11/12/2020", due_date=date(2020, 12, 11)),
        Action(text="Ring the invented school nurse", owner="Pat Example",
               due="31/3/2040", due_date=date(2040, 3, 31))])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen, table = await on_carried_table(pilot)
        detail = screen.query_one(".carried-detail")
        await wait_for(pilot, lambda: "Selected:" in shown(detail)
                       and whole_in_view(detail), timeout=5)
        assert str(table.get_cell_at((0, 3))).startswith("⚠")  # the table's mark...
        said = " ".join(shown(detail).split())
        assert "due 11/12/2020 (Fri 11 Dec 2020), overdue · still open" in said, said
        assert said.startswith("Selected: Week 1: audit the Moorvale case files…"), said
        assert len(lines_of(detail)) <= MOST[size], lines_of(detail)
        await pilot.press("down")  # one not overdue says nothing of it
        await wait_for(pilot, lambda: "Ring the invented" in shown(detail))
        assert "overdue" not in shown(detail)
        await pilot.press("up")
        await wait_for(pilot, lambda: "Week 1" in shown(detail))

        # A new due date that names no date, typed as in the trial.
        due = screen.query_one(".carried-due", Input)
        screen.set_focus(due)
        await wait_for(pilot, lambda: app.focused is due)
        await type_text(pilot, "32/13")
        [carried, _] = screen.session.carried
        await wait_for(pilot, lambda: carried.new_due == "32/13")
        under = screen.query_one(".carried-more")
        await wait_for(pilot, lambda: under.display and whole_in_view(under)
                       and whole_in_view(due), timeout=5)
        # (Once written back to the earlier session: until then, a second or so after the
        # typing, the line says it is not yet saved there, a line more.)
        await wait_for(pilot, lambda: carried.written_back
                       and "not yet saved" not in shown(detail), timeout=10)
        await wait_for(pilot, lambda: whole_in_view(under) and whole_in_view(due)
                       and all(lines_of(detail)), timeout=5)  # (laid out at its new height)
        said = " ".join(shown(detail).split())
        assert "new due date 32/13 (not read as a date), overdue" in said, said
        assert "kept here only" not in said.lower()
        # A line more than above: overdue still (the date kept, 11 Dec 2020, is gone by:
        # `CarriedAction.overdue`), after the words typed, which name no date.
        assert len(lines_of(detail)) <= MOST[size] + 1, lines_of(detail)
        assert " ".join(shown(under).split()) == (
            "Kept here only: “Last month” keeps due 11/12/2020 (Fri 11 Dec 2020) until a date "
            "is typed.")
        # Back on the table (Enter), the line is in view with the row, whole.
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.focused, RowTable)
                       and whole_in_view(detail), timeout=5)
