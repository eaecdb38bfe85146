"""A due date in a table keeps its year where it is not this year's, or is far off
(`due.needs_year`): `31/12` stood for 31 Dec 2027 in December 2026 (a trial)."""

from __future__ import annotations

from datetime import date

from reflect.model.due import YEARLESS_FORM, day_cell, due_cell, needs_year
from reflect.ui.widgets.cell_fit import column_form, kept_form, least_width

TODAY = date(2026, 12, 7)


def test_another_year_s_date_needs_its_year_this_year_s_does_not() -> None:
    assert not needs_year(date(2026, 12, 31), TODAY)
    assert not needs_year(date(2026, 3, 1), TODAY)  # gone by, this year
    assert needs_year(date(2027, 12, 31), TODAY)
    assert needs_year(date(2027, 1, 3), TODAY)  # near, but next year's
    assert needs_year(date(2025, 12, 31), TODAY)
    assert needs_year(date(2026, 12, 20), date(2026, 1, 2))  # this year's, but far off


def test_a_date_needing_its_year_has_no_form_without_it_but_the_last() -> None:
    cell = day_cell(date(2027, 12, 31), TODAY)
    assert cell[:YEARLESS_FORM] == ("31 Dec 2027", "31 Dec 27", "31/12/27")
    assert cell[YEARLESS_FORM:-1] == ("31/12/27", "31/12/27")  # where this year's drop it
    assert cell[-1] == "31/12"  # only where not even that fits
    assert kept_form(cell) == "31/12/27"
    assert day_cell(date(2026, 12, 31), TODAY)[YEARLESS_FORM:] == ("31 Dec", "31/12")
    assert day_cell(date(2027, 12, 31)) == day_cell(date(2027, 12, 31), None)  # (as before)
    past = due_cell("31/12/25", date(2025, 12, 31), past=True, today=TODAY)
    assert past[YEARLESS_FORM] == "⚠ 31/12/25"


def test_a_column_of_both_shows_the_year_where_it_is_needed() -> None:
    cells = [day_cell(date(2026, 12, 15), TODAY), day_cell(date(2027, 12, 31), TODAY)]
    assert least_width(cells) == len("31/12/27")  # room kept for the year
    form = column_form(cells, 8)  # the year's form fits both: the column reads alike
    assert [c[min(form, len(c) - 1)] for c in cells] == ["15/12/26", "31/12/27"]
    form = column_form(cells, 5)  # no room for it at all: each whole, not cut
    assert [c[min(form, len(c) - 1)] for c in cells] == ["15/12", "31/12"]
    cells[0] = due_cell("1/12", date(2026, 12, 1), past=True, today=TODAY)  # `⚠ 1/12/26`: 10
    form = column_form(cells, 8)
    assert [c[min(form, len(c) - 1)] for c in cells] == ["⚠ 1 Dec", "31/12/27"]
