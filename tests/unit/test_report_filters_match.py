"""A report's filters say plainly when they match nothing together, a period's report never
says "never" of a review discussed outside it, and --team takes a part of a team's name as
--review takes a part of a title (a trial).

Every team, title and action here is invented.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from reflect.model.session import Session
from reflect.report import Filters, build_report, gather, to_html, to_markdown
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from tests.command_line import run
from tests.conftest import FICTIONAL_REVIEW


def _held(fictional_dir: Path, sessions_dir: Path) -> list[str]:
    """child-zz by Invented North Team and Invented Northern Hub, child-zy by Invented East
    Team, today; the command line's folder options."""
    (fictional_dir / "child-zy.toml").write_text(FICTIONAL_REVIEW.replace(
        'id = "child-zz"', 'id = "child-zy"').replace('title = "Child ZZ"',
                                                      'title = "Child ZY"'), encoding="utf-8")
    library = load_library(fictional_dir)
    for rid, team in (("child-zz", "Invented North Team"), ("child-zy", "Invented East Team"),
                      ("child-zz", "Invented Northern Hub")):
        s = Session.start(library.get(rid), new_session_id(rid), title="Invented meeting",
                          team=team)
        s.answers[0].text = "An invented answer"
        save_session(sessions_dir, s)
    return ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]


def test_a_review_and_a_team_that_match_nothing_together_say_so(capsys, fictional_dir,
                                                                 sessions_dir):
    dirs = _held(fictional_dir, sessions_dir)
    code, out, err = run(capsys, "report", *dirs, "--review", "child-zz",
                         "--team", "Invented East Team")
    assert code == 1 and out == "", out
    assert ("no session matches review \"Child ZZ\" (child-zz) and team \"Invented East Team\" "
            "together") in err
    code, out, err = run(capsys, "report", *dirs, "--review", "child-zy",
                         "--team", "Invented East Team")
    assert code == 0 and "Sessions held | 1 " in out, err


def test_team_takes_a_part_of_a_name_and_names_the_teams_it_could_be(capsys, fictional_dir,
                                                                    sessions_dir):
    dirs = _held(fictional_dir, sessions_dir)
    code, out, err = run(capsys, "report", *dirs, "--team", "east")
    assert code == 0 and "Sessions held | 1 " in out, err
    assert 'team "Invented East Team"' in out  # said whole, as matched
    code, out, err = run(capsys, "report", *dirs, "--team", "NORTH")  # the word: one team
    assert code == 0 and "Sessions held | 1 " in out, err
    assert 'team "Invented North Team"' in out
    code, out, err = run(capsys, "report", *dirs, "--team", "NOR")  # a part of a word
    assert code == 1 and out == ""
    assert ("'NOR' matches 2 teams: Invented North Team; Invented Northern Hub. Type more "
            "of the name of the one you mean") in err
    code, out, err = run(capsys, "report", *dirs, "--team", "north team")
    assert code == 0 and "Sessions held | 1 " in out, err
    code, out, err = run(capsys, "report", *dirs, "--team", "Invented West")
    assert code == 1 and "no session is by a team 'Invented West'" in err


def test_a_review_not_discussed_in_the_period_is_not_said_never(fictional_dir, sessions_dir):
    review = load_library(fictional_dir).get("child-zz")
    today = date(2026, 12, 4)
    s = Session.start(review, new_session_id("child-zz"), title="Invented meeting",
                      team="Invented North Team",
                      created=datetime(2026, 12, 4, 10, tzinfo=UTC))
    s.answers[0].text = "An invented answer"
    save_session(sessions_dir, s)
    until = Filters(until=today - timedelta(days=1))
    report = build_report(gather([sessions_dir], until, today=today),
                          {"child-zz": "Child ZZ"}, today)
    for text in (to_markdown(report), to_html(report)):
        assert "not in this period" in text and "never" not in text.split("By team")[0]
    report = build_report(gather([sessions_dir], Filters(), today=today),
                          {"child-zz": "Child ZZ", "child-zy": "Child ZY"}, today)
    assert "| Child ZY |" in to_markdown(report) and " never |" in to_markdown(report)
