"""The saved sessions' heading while the search filters them (ui/widgets/sessions_filter.py):
the count, the search and how to clear it, fitted to the pane's width."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from reflect.ui.widgets.sessions_filter import filter_heading, heading_lines


def test_nothing_searched_is_the_plain_heading() -> None:
    assert filter_heading(5, 5, "", 30) == ("Saved sessions", "")
    assert filter_heading(5, 5, "   ", 30) == ("Saved sessions", "")


def test_a_search_says_how_many_are_shown_what_they_match_and_how_to_clear_it() -> None:
    assert filter_heading(2, 5, "sleep", 40) == ("Saved sessions: 2 of 5 shown",
                                                 "matching “sleep” · Esc clears")
    # in the search box Esc goes to the lists: the line does not say it clears
    assert filter_heading(2, 5, "sleep", 40, clears=False) == ("Saved sessions: 2 of 5 shown",
                                                               "matching “sleep”")


@pytest.mark.parametrize("width", [30, 22, 15, 10])
@pytest.mark.parametrize("query", ["sleep", "moorvale safer sleep review", "[bold]x[/]"])
def test_each_line_fits_the_pane_keeping_the_count_and_esc(width: int, query: str) -> None:
    title, note = filter_heading(12, 340, query, width)
    assert cell_len(title) <= width and cell_len(note) <= width
    assert "12 of 340" in title and note.endswith("Esc clears")


def test_long_words_are_cut_not_the_way_to_clear_them() -> None:
    assert filter_heading(2, 5, "moorvale safer sleep review", 30) == (
        "Saved sessions: 2 of 5 shown", "matching “moorv…” · Esc clears")
    assert filter_heading(2, 5, "sleep", 22) == ("Saved sessions: 2 of 5",
                                                 "“sleep” · Esc clears")


def test_control_codes_typed_are_not_shown() -> None:
    assert filter_heading(1, 2, "sl\x1b[31meep", 40)[1] == "matching “sleep” · Esc clears"


def test_what_the_mark_means_is_said_only_while_a_session_listed_has_it() -> None:
    assert heading_lines("Saved sessions", 40) == ["Saved sessions"]
    assert heading_lines("Saved sessions", 40, marked=True) == [
        "Saved sessions · ✎: typed, not added"]
    assert heading_lines("Saved sessions", 30, marked=True) == [
        "Sessions · ✎: typed, not added"]
    assert heading_lines("Saved sessions", 22, marked=True) == [
        "Saved sessions", "✎: typed, not added"]
    # filtered: the count is kept whole, the meaning under it
    assert heading_lines("Saved sessions: 2 of 5 shown", 30, marked=True) == [
        "Saved sessions: 2 of 5 shown", "✎: typed, not added"]


@pytest.mark.parametrize("width", [40, 30, 22, 15])
def test_what_the_mark_means_fits_the_pane(width: int) -> None:
    lines = heading_lines("Saved sessions", width, marked=True)
    assert all(cell_len(line) <= width for line in lines)
    assert "✎: " in lines[-1] and "not added" in lines[-1]


def test_with_no_saved_session_a_search_filters_nothing_and_says_nothing() -> None:
    """Searching the library before any session was saved, the heading said "Saved
    sessions: 0 of 0 shown" and "matching “bruising” · Esc clears" over *No saved sessions
    yet* (a health visitor team lead's fresh-eyes trial)."""
    assert filter_heading(0, 0, "bruising", 30) == ("Saved sessions", "")
    assert filter_heading(0, 3, "bruising", 40) == ("Saved sessions: 0 of 3 shown",
                                                    "matching “bruising” · Esc clears")
