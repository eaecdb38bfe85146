"""`reflect list reviews` at a terminal fits its width, as `list sessions` does; piped, it
stays tab-separated. A trial at 80 columns: the tab-separated lines wrapped mid-word and ran
together (`Invented Vale Safeguarding Children PartnershipL` / `earning briefing`). And
`reflect list reviews sleep` was an error: it now finds what the app's search box finds."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from tests.command_line import run
from tests.text_reviews import review_with_text

LONG = "Invented Vale Safeguarding Children Partnership"


@pytest.fixture
def library(fictional_dir: Path) -> Path:
    """Two invented reviews: one with a long partnership and many themes, one about sleep."""
    text = review_with_text("child-zq", title="Child ZQ (an invented exercise)").replace(
        'partnership = "Invented Shire Safeguarding Partnership"', f'partnership = "{LONG}"')
    text = text.replace('review_type = "Practice exercise"', 'review_type = "Learning briefing"')
    text = text.replace('themes = ["information-sharing"]', "themes = [" + ", ".join(
        f'"invented-theme-{n}"' for n in range(12)) + "]")
    (fictional_dir / "child-zq.toml").write_text(text, encoding="utf-8")
    (fictional_dir / "child-zs.toml").write_text(review_with_text(
        "child-zs", title="Child ZS", context=["Invented advice about safer sleep."]),
        encoding="utf-8")
    return fictional_dir


@pytest.mark.parametrize("columns", [80, 60])
def test_at_a_terminal_every_line_fits_and_nothing_is_cut_inside_a_word(
        columns: int, library: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, out, _ = run(capsys, "list", "reviews", "--content-dir", str(library))
    assert code == 0
    lines = out.splitlines()
    assert all(cell_len(line) <= columns and "\t" not in line for line in lines), out
    assert lines[0].startswith("child-zq  Child ZQ") and "3 questions" in lines[0]
    for whole in (LONG, "Learning briefing", "invented-theme-11", "child-zs.toml"):
        assert any(whole in line for line in lines), (whole, out)
    for n in range(12):  # each theme whole on a line
        assert any(f"invented-theme-{n}," in line for line in lines) or n == 11
    # a review's first line, then its longer columns each on lines of their own, indented
    assert [line.split()[0] for line in lines if not line.startswith(" ")] == [
        "child-zq", "child-zs", "child-zz"]


def test_piped_each_review_is_one_tab_separated_line(
        library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "reviews", "--content-dir", str(library))
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 3 and all(line.count("\t") == 6 for line in lines)
    zq = lines[0].split("\t")
    assert zq[:5] == ["child-zq", "Child ZQ (an invented exercise)", LONG, "Learning briefing",
                      "3 questions"]
    assert zq[6] == str(library / "child-zq.toml")


def test_a_search_lists_what_the_apps_search_box_finds(
        library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "reviews", "sleep", "--content-dir", str(library))
    assert code == 0
    assert [line.split("\t")[0] for line in out.splitlines()] == ["child-zs"]  # its text
    code, out, _ = run(capsys, "list", "reviews", "invented theme", "--content-dir",
                       str(library))
    assert [line.split("\t")[0] for line in out.splitlines()] == ["child-zq"]  # its themes
    code, out, err = run(capsys, "list", "reviews", "zzzzz", "--content-dir", str(library))
    assert (code, out) == (1, "") and "no review in" in err and "'zzzzz'" in err


def test_a_search_of_sessions_is_refused_saying_where_it_works(
        library: Path, capsys: pytest.CaptureFixture[str], sessions_dir: Path) -> None:
    code, out, err = run(capsys, "list", "sessions", "sleep", "--sessions-dir",
                         str(sessions_dir))
    assert (code, out) == (2, "") and "a search is for reviews only" in err
