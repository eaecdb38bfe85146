"""How a table's columns share its width (`tables.share_out`): a due date's shortest form is
kept whole, and the columns never come to more than the table has."""

from __future__ import annotations

from datetime import date

from reflect.model.due import due_cell
from reflect.ui.widgets.tables import column_form, fitted, least_width, share_out

# What, Owner and Due of an actions table: (share, floor, natural).
ACTIONS = [(5, 0, 50), (2, 12, 11), (2, 11, 11)]


def test_a_due_date_keeps_its_shortest_form_whole_where_the_floors_do_not_fit() -> None:
    """At 60x20 the floors (an owner's name, a date with its year) do not fit, and the shares
    gave Due 4 columns: `18/12` was cut to `18/…` (a trial). It gets 5, from What."""
    cells = [due_cell("4 Dec 2031", date(2031, 12, 4)),
             due_cell("18/12/31", date(2031, 12, 18))]
    least = least_width(cells)
    assert least == len("18/12")
    assert share_out(19, ACTIONS)[2] == 4  # the shares alone
    widths = share_out(19, ACTIONS, [0, 0, least])
    assert widths[2] == 5 and sum(widths) <= 19, widths
    form = column_form(cells, widths[2])
    assert [str(fitted(c, widths[2], form)) for c in cells] == ["4/12", "18/12"]


def test_the_columns_never_take_more_than_the_space_they_share() -> None:
    """Each column at least 4 wide made five columns at 60x20 one wider than the table, which
    then scrolled sideways, its last column cut with no "…"."""
    wants = [(5, 0, 50), (2, 12, 11), (2, 11, 11), (1, 0, 60)]
    for space in range(17, 40):  # (from where 4, 4, 5 and 4 fit)
        widths = share_out(space, wants, [0, 0, 5, 0])
        assert sum(widths) <= space, (space, widths)
        assert min(widths) >= 4 and widths[2] >= 5, (space, widths)


def test_where_there_is_room_the_sharing_is_as_it_was() -> None:
    """At 80x24 and 100x30 the date's least changes nothing: the floors, or the shares, give
    it more already."""
    for space in (38, 45, 60):
        assert share_out(space, ACTIONS, [0, 0, 8]) == share_out(space, ACTIONS)


def test_a_column_of_words_has_no_least() -> None:
    assert least_width(["Sam Sample", ("? someday",)]) == 0


# Review, Action and Due of the report's overdue actions: (share, floor, natural).
OVERDUE = [(1, 12, 30), (4, 16, 60), (1, 30, 30)]


def test_given_an_order_the_floors_are_kept_in_it_where_not_all_fit() -> None:
    """The report's overdue actions (`WrappedTable`): the due date whole first, then the
    action's words, while the review's name gives way; shared all together, as the tables
    of a session share them, none would be kept and the date would be cut."""
    widths = share_out(50, OVERDUE, order=[2, 1, 0], fill=False)
    assert widths[2] == 30 and widths[1] >= 16 and widths[0] < 12, widths
    assert sum(widths) == 50
    assert share_out(50, OVERDUE)[2] < 30


def test_not_filling_no_column_is_wider_than_its_widest_cell() -> None:
    assert share_out(200, OVERDUE, order=[2, 1, 0], fill=False) == [30, 60, 30]
    assert share_out(200, OVERDUE)[1] > 60  # filling: the rest by share


def test_not_filling_what_the_shares_rounding_leaves_is_given_out() -> None:
    widths = share_out(50, [(1, 0, 100)] * 3, fill=False)
    assert sum(widths) == 50 and max(widths) - min(widths) <= 1, widths


def test_a_block_line_joins_its_parts_where_they_fit_and_breaks_no_word() -> None:
    """The report's overdue actions as blocks (`stack`): parts joined by ` · ` where they fit,
    a due date's bracketed date kept whole, a session's id broken only after its hyphens."""
    from reflect.ui.widgets.wrapped_table import stack

    assert stack(("Child I", "Invented North Team"), 40) == ["Child I · Invented North Team"]
    assert stack(("Child I", "", "open"), 40) == ["Child I · open"]  # an empty part left out
    assert stack(("due 1/11/2026 (Sun 1 Nov 2026)", "in progress"), 30) == [
        "due 1/11/2026 (Sun 1 Nov 2026)", "in progress"]
    assert stack(("due 1/11/2026 (Sun 1 Nov 2026)",), 20) == ["due 1/11/2026", "(Sun 1 Nov 2026)"]
    assert stack(("session Invented huddle (20261204-child-i-e5130bbd)",), 20) == [
        "session Invented", "huddle", "(20261204-child-i-", "e5130bbd)"]
    assert stack(("abcdefghij",), 4) == ["abcd", "efgh", "ij"]  # only a word wider than all
