"""`reflect list sessions` at a terminal fits its width. Tab-separated, each line of a trial's
list at 80 columns was wider than the terminal, which folded it in the middle of the date
(`… (CPD)      2` / `026-12-04 00:48 2/6 answered`). Piped, it stays tab-separated."""

from __future__ import annotations

import itertools
import re
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from reflect.cli import main
from reflect.cli.listing import fitted_rows
from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.unit.test_walk_spoken import drawn_cells

DATE = r"2026-12-04 00:48"


def test_the_review_gives_way_and_a_title_is_whole_its_columns_on_the_next_line() -> None:
    rows = [["20261204-child-zz-5c92e70e", "child-zz", "Invented reflection for my CPD (CPD)",
             DATE, "2/6 answered"],
            ["20261204-child-zzz-6d03f81f", "child-zzz", "Short", DATE, "0/6 answered",
             "changed 2026-12-05 10:00"]]
    lines = fitted_rows(rows, 80)
    # Each id names its review: at 80 columns its column gives way to the title (with it,
    # the titles were cut to seven letters, a trial). A title is never cut ("Invented
    # reflectio…" at 80, whole at 60: a trial): where the others leave it too little room,
    # the others go on the next line.
    assert lines == [
        "20261204-child-zz-5c92e70e   Invented reflection for my CPD (CPD)",
        "    2026-12-04 00:48  2/6 answered",
        "20261204-child-zzz-6d03f81f  Short                2026-12-04 00:48  0/6 answered",
        "    changed 2026-12-05 10:00"]
    assert fitted_rows(rows, 200)[0].startswith(
        "20261204-child-zz-5c92e70e   child-zz   Invented reflection for my CPD (CPD)  2026")


@pytest.mark.parametrize("width", [100, 80, 60])
def test_a_title_longer_than_its_line_wraps_under_itself(width: int) -> None:
    """`Invented huddle foll…` at 80 columns (a trial): wrapped at words, each line under the
    title's first, the day and answered after it."""
    title = "Invented huddle following the invented neglect case review on a made-up team (CPD)"
    rows = [["20261204-child-zz-5c92e70e", "child-zz", title, DATE, "2/6 answered"],
            ["20261204-child-zz-6d03f81f", "child-zz", "Short", DATE, "0/6 answered"]]
    lines = fitted_rows(rows, width)
    assert all(cell_len(line) <= width for line in lines) and "…" not in "".join(lines)
    first = lines.index(next(line for line in lines if line.startswith("20261204-child-zz-5c")))
    assert lines[first].startswith("20261204-child-zz-5c92e70e  Invented huddle")
    wrapped = list(itertools.takewhile(lambda line: line.startswith(" " * 28), lines[1:]))
    assert wrapped and " ".join([lines[first][28:], *(line[28:] for line in wrapped)]) == title
    assert lines[1 + len(wrapped)] == f"    {DATE}  2/6 answered"


def test_a_row_too_wide_for_any_title_breaks_between_columns_never_in_one() -> None:
    themed = ["20261203-theme-information-sharing-e7bc6532", "theme-information-sharing",
              "Invented themed meeting", DATE, "0/12 answered", "changed 2026-12-05 10:00"]
    plain = ["20261204-child-zz-5c92e70e", "child-zz", "Invented", DATE, "2/6 answered"]
    for width in (80, 60, 50):
        lines = fitted_rows([plain, themed], width)
        assert all(cell_len(line) <= width for line in lines)
        said = " ".join(lines)
        for cell in (themed[0], DATE, "0/12 answered", "changed 2026-12-05 10:00"):
            assert cell in said  # whole, on one line
    assert fitted_rows([plain, themed], 80)[0] == (  # one long row does not push the rest
        "20261204-child-zz-5c92e70e  Invented  2026-12-04 00:48  2/6 answered")


@pytest.mark.parametrize("columns", [80, 60])
def test_at_a_terminal_every_line_fits_and_piped_it_is_tab_separated(
        columns: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        fictional_dir: Path, sessions_dir: Path) -> None:
    review = load_library(fictional_dir).get("child-zz")
    for n, title in enumerate(["Invented team meeting about Child ZZ for the CPD log (CPD)",
                               "Pat Example's reflection"]):
        save_session(sessions_dir, Session.start(review, f"20261204-child-zz-5c92e70{n}",
                                                 title=title, team="Invented Team"))
    monkeypatch.setenv("COLUMNS", str(columns))
    dirs = ["--sessions-dir", str(sessions_dir), "--content-dir", str(fictional_dir)]
    assert main(["list", "sessions", *dirs]) == 0
    piped = capsys.readouterr().out.splitlines()
    assert len(piped) == 2 and all(line.count("\t") == 4 for line in piped)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["list", "sessions", *dirs]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert all(cell_len(line) <= columns and "\t" not in line for line in lines)
    said = "\n".join(lines)
    assert len(re.findall(r"(?m)(?:^|  )\d{4}-\d\d-\d\d \d\d:\d\d(?:  |$)", said)) == 2
    # (either first: the newest first, and the two are saved within a second or so)
    assert said.count("0/3 answered") == 2
    assert re.search(r"(?m)^20261204-child-zz-5c92e700  ", said)
    assert re.search(r"(?m)^20261204-child-zz-5c92e701  ", said)
    # Each title whole, wrapped under itself (`Invented team meeting…` at 80: a trial).
    assert "…" not in said and "Invented team meeting about Child ZZ for the CPD log (CPD)" \
        in " ".join(said.split())
    assert "  child-zz  " not in said  # (each id names its review: no column for it)


def test_at_a_terminal_a_skin_tone_is_printed_and_the_columns_line_up_as_drawn(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        fictional_dir: Path, sessions_dir: Path) -> None:
    """A title with "👍🏽" was padded as two cells (Rich's count) and drawn as four (tmux's):
    its row's columns stood two cells right of the others'. Printed without the tone, as the
    app draws it, a listener heard the title changed. Its tone counted as tmux draws it, the
    title is said as written and the rows line up; piped, for a script, as written too."""
    review = load_library(fictional_dir).get("child-zz")
    for n, title in enumerate(["Invented huddle 👍🏽👍🏿", "Invented huddle ok"]):
        save_session(sessions_dir, Session.start(review, f"20261204-child-zz-5c92e70{n}",
                                                 title=title, team="Invented Team"))
    monkeypatch.setenv("COLUMNS", "100")
    dirs = ["--sessions-dir", str(sessions_dir), "--content-dir", str(fictional_dir)]
    assert main(["list", "sessions", *dirs]) == 0
    assert "Invented huddle 👍🏽👍🏿\t" in capsys.readouterr().out
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["list", "sessions", *dirs]) == 0
    said = capsys.readouterr().out
    assert "Invented huddle 👍🏽👍🏿  " in said and "\ufdd0" not in said
    lines = [line for line in said.splitlines() if "Invented huddle" in line]
    assert len({drawn_cells(line.split("0/3")[0]) for line in lines}) == 1  # lined up
