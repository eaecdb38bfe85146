"""The report's Team filter takes every team whose name holds the words typed, and says which
teams it took; the report says which team names look like one team's, counting them apart.
A team typed "mash" was another team than "MASH team" and nothing said so: a review's teams
read "… mash, MASH team" where a reader counted one, and `--team mash` left "MASH team" out
(a trial). Every team here is invented."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from reflect.model.session import Session
from reflect.report import Filters, build_report, gather, to_html, to_markdown
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.command_line import run
from tests.local_days import here

TODAY = date(2026, 12, 4)
NOTE = ('Teams named alike, counted as separate teams: "mash" is within "MASH team". Where '
        "they are one team, write its name the same way in each of its sessions")


def _held(fictional_dir: Path, folder: Path) -> list[str]:
    review = load_library(fictional_dir).get("child-zz")
    for n, team in enumerate(("mash", "MASH team", "MASH team", "Invented North Team")):
        s = Session.start(review, f"2026110{n + 1}-child-zz-0000abh{n}", title=f"Meeting {n}",
                          team=team, created=here(2026, 11, n + 1, 12))
        s.answers[0].text = "An invented answer"
        save_session(folder, s)
    return ["--sessions-dir", str(folder), "--content-dir", str(fictional_dir)]


def test_team_words_take_every_team_holding_them_and_say_which(capsys, fictional_dir,
                                                                sessions_dir):
    args = _held(fictional_dir, sessions_dir)
    code, out, err = run(capsys, "report", *args, "--team", "mash")
    assert code == 0, err
    assert "| Sessions held | 3 " in out
    said = " ".join(out.split())
    assert 'covering the 2 teams whose names hold "mash": mash and MASH team.' in said
    code, out, err = run(capsys, "report", *args, "--team", "MASH team")
    assert code == 0 and "| Sessions held | 2 " in out, err  # "mash" holds no "team"
    assert 'covering team "MASH team".' in out


def test_the_report_says_which_names_look_like_one_teams(fictional_dir, sessions_dir):
    _held(fictional_dir, sessions_dir)
    report = build_report(gather([sessions_dir], Filters(), TODAY), {"child-zz": "Child ZZ"},
                          TODAY)
    assert report.reviews[0].teams == ["Invented North Team", "mash", "MASH team"]  # apart
    assert NOTE in " ".join(to_markdown(report).split())
    assert NOTE in " ".join(html.unescape(to_html(report)).split())


def test_no_note_where_no_names_look_alike(fictional_dir, sessions_dir):
    _held(fictional_dir, sessions_dir)
    report = build_report(gather([sessions_dir], Filters(team="MASH team"), TODAY), {}, TODAY)
    assert "Teams named alike" not in to_markdown(report)


def test_the_report_says_which_names_are_spelt_alike(fictional_dir, sessions_dir):
    """"Moorvale Children Team" and "Moorvale Children's Team" were counted as two teams and
    nothing said they may be one (a trial)."""
    review = load_library(fictional_dir).get("child-zz")
    for n, team in enumerate(("Moorvale Children's Team", "Moorvale Children Team",
                              "Moorvale North", "Moorvale South")):
        s = Session.start(review, f"2026110{n + 1}-child-zz-0000abk{n}", title=f"Week {n}",
                          team=team, created=here(2026, 11, n + 1, 12))
        s.answers[0].text = "An invented answer"
        save_session(sessions_dir, s)
    report = build_report(gather([sessions_dir], Filters(), TODAY), {}, TODAY)
    said = " ".join(to_markdown(report).split())
    assert ('Teams named alike, counted as separate teams: "Moorvale Children Team" is spelt '
            'like "Moorvale Children\'s Team". Where they are one team') in said
