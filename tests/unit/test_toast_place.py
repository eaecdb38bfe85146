"""Where messages go (ui/toast_place.py `place`): the first place, band by band, that covers
nothing the band keeps clear."""

from __future__ import annotations

from textual.geometry import Region

from reflect.ui.toast_place import Band, place

BOX = Region(20, 14, 40, 5)  # rows 14-18, columns 20-59: the box typed in


def test_at_the_foot_of_the_band_when_nothing_is_there() -> None:
    assert place(4, 30, 60, [Band(2, 20, (Region(0, 0, 60, 1),))]) == 20


def test_above_the_box_with_the_focus_where_it_is_at_the_foot() -> None:
    assert place(4, 30, 60, [Band(2, 20, (BOX,))]) == 14
    assert place(4, 30, 60, [Band(2, 20, (BOX,))], from_top=True) == 6  # a dialog's: high


def test_beside_the_box_where_the_columns_miss_it() -> None:
    assert place(4, 0, 20, [Band(2, 20, (BOX,))]) == 20


def test_the_next_band_where_the_first_has_no_room_and_none_where_no_band_has() -> None:
    title = Region(0, 2, 60, 10)
    bands = [Band(2, 20, (title, BOX)), Band(1, 24, (title, BOX))]
    assert place(4, 30, 60, bands) == 24  # under the box, over the lines at the foot
    assert place(6, 30, 60, bands) is None


def test_placed_says_which_band_and_a_row_just_added_is_kept_clear() -> None:
    """The row just added is one more thing a band avoids; `placed` says which band had room
    (place 3 and on gives up the status lines: the messages then go sooner)."""
    from reflect.ui.toast_place import placed

    row = Region(0, 19, 60, 1)  # the point just added, under the box
    bands = [Band(10, 20, (BOX, row)), Band(2, 24, (row,))]
    assert placed(5, 30, 60, bands) == (19, 1)  # over the box, never the row
    assert placed(2, 30, 60, bands) == (14, 0)  # above the box


def test_first_place_tries_the_main_area_without_the_margin_before_the_lines_at_the_foot(
        ) -> None:
    """80x24, a question of six lines: five rows free under the point just added, and a
    message of five (six with the line above it, its margin, never drawn). It went over the
    time, status and keys lines (rows 21-23) for some eight seconds (a fresh-eyes trial)."""
    from reflect.ui.toast_place import COVERING, first_place

    titles = (Region(0, 0, 80, 2), Region(26, 3, 54, 7))  # the session's and step's; the question
    box, row = Region(26, 11, 50, 3), Region(26, 15, 50, 1)  # the point box; the point added
    area = [Band(2, 21, (*titles, box, row))] * COVERING  # (1 to 4: alike here)
    whole = Band(2, 24, (*titles, box, row))
    tried = [*area, whole, Band(2, 24, titles), Band(2, 24, titles)]
    assert first_place(6, 1, 32, 80, tried) == (21, 0)  # rows 16-20, under the point
    # Where the main area has no room even so (a second point added, row 16), 5. takes the
    # rows under the point as high as they go: the time and status lines, the keys kept.
    row = Region(26, 16, 50, 1)
    tried = [*([Band(2, 21, (*titles, box, row))] * COVERING), Band(2, 24, (*titles, box, row)),
             Band(2, 24, titles), Band(2, 24, titles)]
    assert first_place(6, 1, 32, 80, tried) == (23, COVERING)  # rows 18-22 (row 17: margin)
