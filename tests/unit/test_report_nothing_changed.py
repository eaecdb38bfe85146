"""A report with nothing changed since the last does only what it must: what the first one
worked out from each session is kept in the per-machine cache and used as it is. (The report's
words stay exactly what they were: tests/unit/test_report_output_unchanged.py.)

Every name, team and word here is invented.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from reflect.model import due
from reflect.report import build_report, gather, to_html, to_markdown

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.report_case import make_library, make_sessions  # noqa: E402

TODAY = date(2025, 6, 1)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return make_sessions(tmp_path / "sessions", make_library(tmp_path / "library"), 40, seed=5)


def _everywhere(monkeypatch: pytest.MonkeyPatch, name: str, replacement: object) -> None:
    """`name` replaced in every reflect module that holds reflect's own (however imported)."""
    real = getattr(due, name)
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("reflect") \
                and getattr(module, name, None) is real:
            monkeypatch.setattr(module, name, replacement)


def test_due_words_are_not_read_again(folder, tmp_path, monkeypatch):
    """An action's due words as a report shows them (`next Friday (Fri 4 Dec 2026)`) are
    worked out once, when its session is read, and kept: reading every action's words again
    was a sixth of the time a report with nothing changed took."""
    cache = tmp_path / "cache"
    first = build_report(gather([folder], today=TODAY, cache=cache), today=TODAY)
    expected = to_markdown(first), to_html(first)
    assert "(not read as a date)" in expected[0] and "(Mon " in expected[0]

    def never(*args: object) -> str:
        raise AssertionError("due words read again")

    _everywhere(monkeypatch, "due_words", never)
    again = build_report(gather([folder], today=TODAY, cache=cache), today=TODAY)
    assert (to_markdown(again), to_html(again)) == expected
