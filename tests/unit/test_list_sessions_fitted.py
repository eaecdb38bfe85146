"""`reflect list sessions` at a terminal fits its width. Tab-separated, each line of a trial's
list at 80 columns was wider than the terminal, which folded it in the middle of the date
(`… (CPD)      2` / `026-12-04 00:48 2/6 answered`). Piped, it stays tab-separated."""

from __future__ import annotations

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

DATE = r"2026-12-04 00:48"


def test_the_title_gives_way_with_an_ellipsis_and_columns_line_up() -> None:
    rows = [["20261204-child-zz-5c92e70e", "child-zz", "Invented reflection for my CPD (CPD)",
             DATE, "2/6 answered"],
            ["20261204-child-zzz-6d03f81f", "child-zzz", "Short", DATE, "0/6 answered",
             "changed 2026-12-05 10:00"]]
    lines = fitted_rows(rows, 80)
    # Each id names its review: at 80 columns its column gives way to the title (with it,
    # the titles were cut to seven letters, a trial).
    assert lines == [
        "20261204-child-zz-5c92e70e   Invented reflectio…  2026-12-04 00:48  2/6 answered",
        "20261204-child-zzz-6d03f81f  Short                2026-12-04 00:48  0/6 answered",
        "    changed 2026-12-05 10:00"]
    assert fitted_rows(rows, 200)[0].startswith(
        "20261204-child-zz-5c92e70e   child-zz   Invented reflection for my CPD (CPD)  2026")


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
    assert main(["list", "sessions", "--sessions-dir", str(sessions_dir)]) == 0
    piped = capsys.readouterr().out.splitlines()
    assert len(piped) == 2 and all(line.count("\t") == 4 for line in piped)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["list", "sessions", "--sessions-dir", str(sessions_dir)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert all(cell_len(line) <= columns and "\t" not in line for line in lines)
    said = "\n".join(lines)
    assert len(re.findall(r"(?m)(?:^|  )\d{4}-\d\d-\d\d \d\d:\d\d(?:  |$)", said)) == 2
    # (either first: the newest first, and the two are saved within a second or so)
    assert said.count("0/3 answered") == 2
    assert re.search(r"(?m)^20261204-child-zz-5c92e700  ", said)
    assert re.search(r"(?m)^20261204-child-zz-5c92e701  ", said)
    assert re.search(r"  Invented[A-Za-z ]*…", said)  # the title shortened, with an ellipsis
    assert "  child-zz  " not in said  # (each id names its review: no column for it)
