"""A due date of many words is cut in the actions tables, not shown whole: 5,000 characters
typed as a due date took hundreds of the table's lines (a trial). The Due column shows
`DUE_LINES` lines at most, the last ending "…"; the file and the line under the table keep
the words whole."""

from __future__ import annotations

from reflect.model.due import due_cell
from reflect.ui.widgets.cell_fit import wrap_words
from reflect.ui.widgets.tables import DUE_LINES, action_columns, wrapped

LONG = "when the pretend audit of Example Town closes " * 110  # (some 5,000 characters)


def test_words_over_the_most_lines_are_cut_with_an_ellipsis() -> None:
    lines = wrap_words(LONG, 11, most=3)
    assert len(lines) == 3
    assert lines[-1].endswith("…") and all(len(line) <= 11 for line in lines)
    assert lines[:2] == wrap_words(LONG, 11)[:2]


def test_words_within_the_most_lines_are_shown_whole() -> None:
    assert wrap_words("? 31/02/2026", 11, most=3) == ["?", "31/02/2026"]
    assert wrap_words("one two three", 5, most=3) == ["one", "two", "three"]
    assert wrap_words(LONG, 11) == wrap_words(LONG, 11, most=0)  # (0: every line)


def test_the_due_column_of_the_actions_tables_shows_three_lines_at_most() -> None:
    (column, most), = DUE_LINES.items()
    assert action_columns("Owner")[column][0] == "Due"
    cell = due_cell(LONG, None)
    shown = str(wrapped(cell, 11, most=most)).split("\n")
    assert len(shown) == most and shown[-1].endswith("…")
