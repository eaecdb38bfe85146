"""`reflect import` says the page it reads of a long PDF, as the app's import dialog does:
"Reading page 2 of 3…" on standard error at a terminal, one line rewritten and wiped before
anything else is said; piped, nothing (`importer/pages_said.py`, `cli/reading_pages.py`). It
said nothing for the 10 to 17 seconds a 250-page PDF takes (a learning lead's trial). All text
invented."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reflect.importer.pages_said import every
from tests.command_line import run
from tests.unit.test_import_too_large import _long_pdf


def test_pages_are_told_at_most_five_times_a_second_and_the_last_always() -> None:
    told: list[int] = []
    times = iter([0.0, 0.1, 0.25, 0.3, 0.31])
    tell = every(lambda page, pages: told.append(page), clock=lambda: next(times))
    for page in range(1, 6):
        tell(page, 5)
    assert told == [1, 3, 5]  # (2 and 4 within 0.2 s of the page said before them)


def test_reflect_import_says_each_page_at_a_terminal_and_nothing_piped(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = _long_pdf(tmp_path / "three.pdf", 3)
    args = ("import", str(pdf), "--check", "--content-dir", str(tmp_path / "content"))
    _, _, piped = run(capsys, *args)
    assert "Reading" not in piped and "\r" not in piped
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", "1000")  # (the message on one line, as piped)
    _, _, err = run(capsys, *args)
    said, wiped, after = err.partition("\r" + " " * len("Reading page 1 of 3…") + "\r")
    assert said.startswith("\rReading page 1 of 3…") and said.endswith("\rReading page 3 of 3…")
    assert wiped and after == piped  # (wiped before anything else is said, as it was)
