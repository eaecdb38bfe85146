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
from hypothesis import given
from hypothesis import strategies as st

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
    """An action's due date as a report shows it (`Fri 4 Dec 2026`, `someday (not read as a
    date)`) is worked out once, when its session is read, and kept: reading every action's
    words again was a sixth of the time a report with nothing changed took."""
    cache = tmp_path / "cache"
    first = build_report(gather([folder], today=TODAY, cache=cache), today=TODAY)
    expected = to_markdown(first), to_html(first)
    assert "(not read as a date)" in expected[0] and "; due Mon " in expected[0]

    def never(*args: object) -> str:
        raise AssertionError("due words read again")

    _everywhere(monkeypatch, "due_words", never)
    _everywhere(monkeypatch, "due_in_one_form", never)
    again = build_report(gather([folder], today=TODAY, cache=cache), today=TODAY)
    assert (to_markdown(again), to_html(again)) == expected


CHILD = r"""
import sys
from reflect.cli import main
code = main(["report", "--sessions-dir", sys.argv[1], "--content-dir", sys.argv[2],
             "--format", sys.argv[3], "-o", sys.argv[4], "--force"])
print(sorted(m for m in sys.modules if m.split(".")[0] == "pydantic"
             or m in ("reflect.model.session", "reflect.model.review", "reflect.cpd_cli")))
sys.exit(code)
"""


@pytest.mark.parametrize("fmt", ["md", "html", "csv"])
def test_a_report_with_nothing_changed_loads_no_model(tmp_path, fmt):
    """The second `reflect report` with nothing changed reads the facts and the library's
    words kept in the cache: it validates no session or review, so it does not load the
    models (pydantic and the session and review models took a tenth of its time); nor the
    other commands' options (the CPD commands among them)."""
    import os
    import subprocess

    library = make_library(tmp_path / "library")
    folder = make_sessions(tmp_path / "sessions", library, 12, seed=9)
    env = dict(os.environ, REFLECT_CACHE_DIR=str(tmp_path / "cache"),
               REFLECT_SETTINGS=str(tmp_path / "settings.toml"))
    out = tmp_path / f"report.{fmt}"
    said = []
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", CHILD, str(folder), str(library), fmt,
                               str(out)], env=env, capture_output=True, text=True, check=True)
        said.append(done.stdout.splitlines()[-1])
    assert said[0] != "[]"  # the first reads every file, validated
    assert said[1] == "[]"


_CODES = [*range(0x3100), 0xFEFF, 0xFFFD, 0x1F600, 0x10FFFF]
"""Every character any escaping or folding treats apart is among the first 0x3100 (the last
space, U+3000); the rest are all alike (tests/unit/test_text.py checks every one)."""


def test_html_text_is_given_as_it_is_only_where_escaping_changes_nothing():
    """The HTML report gives most text as it is, without folding and escaping it (a report
    with nothing changed has some hundred thousand pieces): each character it takes to need
    nothing is one that neither `one_line` nor `html.escape` changes, and any other text is
    folded and escaped as before."""
    import html

    from reflect.report import render_html
    from reflect.text import one_line

    for code in _CODES:
        c = chr(code)
        kept = render_html._AS_IT_IS.fullmatch(c) is not None
        assert kept == (html.escape(one_line(c)) == c and c != ""), hex(code)
    for typed in ("Invented plan", "Invented & <b>plan</b>", 'say "no"', "it's", " a ", "a  b",
                  "a\u00a0b", "x\x1b[31my", "é … → “quoted”", ""):
        assert render_html._e(typed) == html.escape(one_line(typed)), repr(typed)


def _escaped_cell(text: str) -> str:
    from reflect.export.escaping import escape

    return " ".join(escape(text).split())


def test_markdown_cells_are_given_as_they_are_only_where_escaping_changes_nothing():
    """The Markdown report gives most cells as they are, without escaping them again (a
    report has some hundred thousand): only where escaping would give them unchanged,
    whatever the character and wherever it is (a `1.` or `-` opens a list only at the
    start)."""
    from reflect.export.escaping import _AS_IT_IS, cell

    for code in _CODES:
        c = chr(code)
        for text in (c, f"x{c}", f"{c}x", f"1{c} x", f"x {c}"):
            if _AS_IT_IS.fullmatch(text):
                assert _escaped_cell(text) == text, (hex(code), text)
    for typed in ("Invented plan", "1. Invented", "1.5 hours", "123456789) x", "1234567890. x",
                  "- x", "x - y", "# x", "x # y", "+", "=", "a_b", "[redacted] to call",
                  "a & b", "&amp;", "<b>", "a | b", "`code`", "~x~", "*x*", "é → “q”", "",
                  " a", "a  b", "a\nb"):
        assert cell(typed) == _escaped_cell(typed), repr(typed)


@given(st.text(alphabet=st.sampled_from("ab 19.)-#>+=*_~`<>[]|&;\\\n\t\u00a0é"), max_size=12))
def test_markdown_cells_as_escaping_gives_them(text: str):
    from reflect.export.escaping import cell

    assert cell(text) == _escaped_cell(text)
