"""A file's path shown whole: never broken mid-name where a line ends (`path_lines`)."""

from __future__ import annotations

from rich.cells import cell_len

from reflect.ui.widgets.whole_path import path_lines

LEAD = "Redacted notes written to"
PATH = "/tmp/h7data/sessions/exports/20261203-child-i-7abc2a99-redacted.md"


def test_on_the_messages_line_where_both_fit() -> None:
    assert path_lines(LEAD, PATH, 200) == [f"{LEAD} {PATH}"]


def test_on_a_line_of_its_own_where_it_fits_alone() -> None:
    assert path_lines(LEAD, PATH, len(PATH)) == [LEAD, PATH]


def test_broken_after_a_slash_never_in_a_name() -> None:
    lines = path_lines(LEAD, PATH, 40)
    assert lines == [LEAD, "/tmp/h7data/sessions/exports/",
                     "20261203-child-i-7abc2a99-redacted.md"]
    for width in range(38, 70):
        lines = path_lines(LEAD, PATH, width)
        assert "".join(lines[1:]) == PATH
        assert all(cell_len(line) <= width for line in lines)
        assert lines[-1].endswith("20261203-child-i-7abc2a99-redacted.md")
        assert all(line.endswith("/") for line in lines[1:-1])


def test_a_name_wider_than_a_line_is_folded_as_nothing_else_can_be() -> None:
    lines = path_lines("Notes written to", "/x/" + "n" * 25, 10)
    assert lines == ["Notes written to", "/x/", "nnnnnnnnnn", "nnnnnnnnnn", "nnnnn"]


def test_a_windows_path_breaks_after_its_backslashes() -> None:
    path = r"C:\Users\Invented\AppData\Roaming\reflect\sessions\exports\notes.md"
    lines = path_lines("Notes written to", path, 30)
    assert "".join(lines[1:]) == path and lines[-1].endswith("notes.md")
    assert all(line.endswith("\\") for line in lines[1:-1])


def test_a_name_wider_than_a_line_is_broken_after_a_hyphen_where_it_has_one() -> None:
    # A saved report's name says what it covers, and is wider than a line at 60x20: folded
    # where the line ended, it read "…-made-12-0" / "5-1313.csv".
    name = "report-child-i-team-moorvale-mash-q4-2026-made-2026-12-05-1313.csv"
    lines = path_lines("Report written to", f"/x/exports/{name}", 40)
    assert lines == ["Report written to", "/x/exports/", "report-child-i-team-moorvale-mash-q4-",
                     "2026-made-2026-12-05-1313.csv"]
