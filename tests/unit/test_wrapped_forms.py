"""Which form of a cell the report's tables show: a `whole` column is kept on one line in the
narrowest of its cells' forms that is one line (`3 Dec 2026`, not `3 December 2026`: at 80x24
each by-review row took two lines), and a column shown `alike` has every cell in the same
form (`4 of 6` beside `10/12` read as two kinds of figure)."""

from __future__ import annotations

from reflect.ui.widgets.wrapped_table import alike_form, one_line_width

ROWS = [[("4 of 6", "4/6")], [("10 of 12", "10/12")], ["never"]]


def test_a_cell_on_one_line_takes_its_narrowest_form_of_one_line() -> None:
    assert one_line_width(("3 December 2026", "3 Dec 2026")) == len("3 Dec 2026")
    assert one_line_width(("31 January 2027 (Sun)", "31 January 2027\n(Sun)")) == \
        len("31 January 2027 (Sun)")  # (its only form of one line)
    assert one_line_width(("Child ZZ\n20261204-",)) == len("20261204-")  # (none: its first)


def test_a_column_alike_shows_every_cell_in_the_first_form_all_fit() -> None:
    assert alike_form(ROWS, 0, 8) == 0  # `10 of 12` fits: each in full
    assert alike_form(ROWS, 0, 7) == 1  # it does not: each short, `4/6` too
    assert alike_form(ROWS, 0, 3) == 1  # (none fits: the last, which wraps)
