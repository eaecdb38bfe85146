"""A themed session's review typed as reflect names it: its title (`Theme: information
sharing`, as the notes, the start screen and the report say it), its theme in words or as
tagged. `reflect report --review "Theme: domestic abuse"`, the title the report had just
printed, was refused with "did you mean theme-domestic-abuse (Theme: domestic abuse)?", and
`reflect handout` said there was no such review (a midwife's trial). Everything is invented.
"""

from __future__ import annotations

import pytest

from reflect.model.session import Point, Session
from reflect.model.themes import theme_id, themed_review
from reflect.report.review_filter import review_filter
from reflect.store.catalogue import load_catalogue
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.command_line import run
from tests.local_days import here

THEME = "information-sharing"  # the invented review child-zz's theme (tests/conftest.py)
TITLE = "Theme: information sharing"


@pytest.mark.parametrize("typed", [TITLE, "theme:  INFORMATION sharing", "information sharing",
                                   "information-sharing", theme_id(THEME)])
def test_a_theme_is_found_by_each_name_it_goes_by(fictional_dir, typed):
    choice = review_filter(typed, load_catalogue(fictional_dir))
    assert choice.review_id == theme_id(THEME) and choice.problem is None


def test_a_theme_mistyped_is_offered_by_its_title(fictional_dir):
    choice = review_filter("Theme: informaton sharing", load_catalogue(fictional_dir))
    assert choice.near == f"{theme_id(THEME)} ({TITLE})"


def test_a_review_s_own_title_still_comes_first(fictional_dir):
    assert review_filter("Child ZZ", load_catalogue(fictional_dir)).review_id == "child-zz"
    assert review_filter("child", load_catalogue(fictional_dir)).review_id == "child-zz"


def test_the_report_and_the_handout_take_the_title_the_report_prints(
        capsys, fictional_dir, sessions_dir, tmp_path):
    theme = themed_review(THEME, load_library(fictional_dir).reviews)
    session = Session.start(theme, f"20261207-{theme_id(THEME)}-0000aaa1", theme=THEME,
                            title="Invented themed meeting", team="Team Blue")
    session.answers[0].points.append(Point(text="An invented point"))
    save_session(sessions_dir, session)
    dirs = ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]
    code, out, err = run(capsys, "report", "--review", TITLE, *dirs)
    assert code == 0, err
    assert f'covering review "{TITLE}" ({theme_id(THEME)})' in out
    assert "Invented themed meeting" in out
    page = tmp_path / "handout.html"
    code, out, err = run(capsys, "handout", TITLE, "-o", str(page), *dirs)
    assert code == 0, err
    assert f"7-minute briefing: {TITLE}" in page.read_text(encoding="utf-8")


def test_a_report_on_one_review_says_a_themed_session_recorded_on_it(
        capsys, fictional_dir, sessions_dir):
    """As the report on every review does: `Last discussed` the themed session's day, marked
    (themed), and the line under its row; `--review child-ac` said `never` (a midwife's
    trial)."""
    from reflect.model.recorded import THEMED_NOTE

    theme = themed_review(THEME, load_library(fictional_dir).reviews)
    session = Session.start(theme, f"20261207-{theme_id(THEME)}-0000aaa2", theme=THEME,
                            title="Invented themed meeting", team="Team Blue",
                            created=here(2026, 12, 7, 12))
    session.answers[0].points.append(Point(text="An invented point"))
    save_session(sessions_dir, session)
    dirs = ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]
    code, out, err = run(capsys, "report", "--review", "child-zz", *dirs)
    assert code == 0, err
    flat = " ".join(out.split())
    assert "| Child ZZ | 0 | 0 | 0 | 0 | 0 | 0 of 3 | 0 | 0 | 7 December 2026 (themed) |" in out
    assert f"- Discussed in themed sessions: {TITLE} (1 session)" in out
    assert "| Reviews discussed | 1 |" in out
    assert " ".join(THEMED_NOTE.split()) in flat
    # A themed session that recorded nothing on it is not said.
    other = Session.start(theme, f"20261208-{theme_id(THEME)}-0000aaa3", theme=THEME,
                          title="Another invented meeting", team="Team Blue",
                          created=here(2026, 12, 8, 12))
    other.notes["summary"] = "An invented summary, on no question."
    save_session(sessions_dir, other)
    code, out, err = run(capsys, "report", "--review", "child-zz", *dirs)
    assert f"{TITLE} (1 session)" in out
