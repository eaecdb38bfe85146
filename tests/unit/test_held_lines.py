"""The lines a list or table held under its form is given (ui/widgets/held_lines.py): whole
items only, up to the one to show."""

from __future__ import annotations

from reflect.ui.widgets.held_lines import first_whole, out_of_view, whole_items


def test_the_row_above_is_shown_whole_or_not_at_all():
    """At 80x24 row 1, wrapped on five lines, showed its last three over row 2 just added (a
    new user's trial): of six lines, row 2's three, row 1 not at all."""
    assert whole_items([5, 3], 6, 1) == 3
    assert whole_items([2, 3], 6, 1) == 5  # both fit: both
    assert whole_items([1, 1, 1], 6, 2) == 3


def test_rows_after_it_fill_the_room_only_when_every_row_before_it_fits():
    assert whole_items([1, 2, 2, 4], 6, 1) == 5  # rows 1 to 3, not row 4
    assert whole_items([3, 2, 2], 4, 1) == 2  # row 1 alone: rows after it wait


def test_an_item_taller_than_the_room_takes_it_all():
    """Shown from its top line (the rest scrolled to)."""
    assert whole_items([1, 9], 6, 1) == 6


def test_the_first_row_shown_whole_says_how_many_are_above():
    """Last time's actions come back to at 80x24: of seven lines, row 5's six whole, and
    four rows above it said (`line_under.say_above`), not row 4's last line (a trial)."""
    assert first_whole([6, 5, 6, 7, 6], 7, 4) == 4
    assert first_whole([1, 1, 1], 6, 2) == 0  # all fit: none above
    assert first_whole([2, 9], 6, 1) == 1  # taller than the room: from its top, one above


def test_rows_below_the_highlighted_one_are_said_after_those_above():
    """Held with rows above, only the scroll bar said more actions were below (a trial)."""
    assert out_of_view(4, 2) == "↑ 4 more above (↑ shows them) · ↓ 2 more below"
    assert out_of_view(1, 1) == "↑ 1 more above (↑ shows it) · ↓ 1 more below"
    assert out_of_view(3, 0) == "↑ 3 more above (↑ shows them)"  # the last highlighted
