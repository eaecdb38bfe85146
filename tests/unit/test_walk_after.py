"""`reflect walk REVIEW --after SESSION`: my own reflection after a team session."""

from __future__ import annotations

import io

import pytest

from reflect.cli import main
from reflect.model.session import Action, Participant, Point, Session
from reflect.store.library import load_library
from reflect.store.sessions import list_sessions, new_session_id, save_session

# title, team; four content steps; 3 questions x What?/So what?/Now what?; actions; differently
MINE = ("My reflection\n\n"
        ".\n.\n.\n.\n"
        "I saw the father was missed.\n.\nIt changes my visits.\n.\nI will ask.\n.\n"
        ".\n.\n.\n"
        ".\n.\n.\n"
        ".\n"
        "Ask about every adult.\n.\n")


@pytest.fixture
def team(fictional_dir, sessions_dir) -> Session:
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id("child-zz"), title="Invented team meeting")
    s.add_participant(Participant(name="Wilhelmina Invented", role="Health visitor",
                                  agency="Invented Trust"))
    s.add_participant(Participant(name="Barnaby Madeup", role="Social worker",
                                  agency="Invented Council"))
    s.answer("zz-first").points = [Point(text="Ask about fathers", by="p1"),
                                   Point(text="Barnaby will ring 07700 900123", by="p2")]
    s.answer("zz-first").text = "The invented team agreed to ask about every adult."
    s.add_action(Action(text="Share the invented briefing", owner="Wilhelmina Invented"))
    save_session(sessions_dir, s)
    return s


def walk(monkeypatch, capsys, dirs, text, *args):
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    code = main(["walk", *args, *dirs])
    return code, capsys.readouterr()


def test_reflection_after_a_team_session_shows_its_points_and_fills_the_record(
        monkeypatch, capsys, fictional_dir, sessions_dir, team):
    dirs = ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]
    code, out = walk(monkeypatch, capsys, dirs, MINE, "child-zz", "--after", team.id)
    assert code == 0, out.err
    first = out.out.split(": Question 1.\n")[1].split("What?")[0]
    assert "The team's points on this question, at its meeting on " in first
    # Each point by number with who made it, by role and agency, in words (it was `  - Ask
    # about fathers (Health visitor, Invented Trust)`, read "dash", brackets in brackets: a
    # trial); the summary apart, labelled
    assert "Point 1: Ask about fathers. Said by Health visitor, Invented Trust.\n" in first
    assert "The team's summary:\n  The invented team agreed" in first
    assert "- " not in first and "(" not in first
    assert "Barnaby" not in out.out and "07700" not in out.out  # nobody identifiable
    assert "\nThe team made no points on this question.\n" in out.out.split(": Question 2.\n")[1]
    mine = next(e.session for e in list_sessions(sessions_dir).entries if e.session.id != team.id)
    assert mine.mode == "individual" and mine.after is not None
    assert mine.after.session_id == team.id
    assert mine.after.roles == ["Health visitor", "Social worker"]
    assert [p.by for p in mine.after.points["zz-first"]] == [  # read back from its file
        "Health visitor, Invented Trust", "Social worker, Invented Council"]
    code = main(["export", mine.id, "--format", "swe-txt", *dirs])
    record = capsys.readouterr().out
    assert code == 0
    learned = record.split("What I learned:\n")[1].split("\n\n")[0]
    assert "What?\n  I saw the father was missed." in learned and "Ask about fathers" not in learned
    assert "Peer reflection: who I reflected with:\nHealth visitor; Social worker\n" in record
    assert "Ask about fathers" in record.split("Peer reflection: what we discussed:")[1]
    assert "- Share the invented briefing" in record
    for detail in ("Wilhelmina", "Barnaby", "Invented Trust", "Invented Council", "07700"):
        assert detail not in record


def test_after_needs_a_team_session_on_the_same_review(monkeypatch, capsys, fictional_dir,
                                                       sessions_dir, team):
    dirs = ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]
    code, out = walk(monkeypatch, capsys, dirs, MINE, "child-zz", "--after", "no-such")
    assert code == 1 and "no session 'no-such'" in out.err
    code, out = walk(monkeypatch, capsys, dirs, MINE, "child-zz", "--after", team.id,
                     "--resume", team.id)
    assert code == 1 and "cannot go with --resume" in out.err
    code, out = walk(monkeypatch, capsys, dirs, MINE, "child-zz", "--after", team.id)
    mine = next(e.session for e in list_sessions(sessions_dir).entries if e.session.id != team.id)
    code, out = walk(monkeypatch, capsys, dirs, MINE, "child-zz", "--after", mine.id)
    assert code == 1 and "is an individual reflection" in out.err


def test_the_default_title_names_the_team_session_as_the_app_does(
        monkeypatch, capsys, fictional_dir, sessions_dir, team):
    """Enter at the title gives "My reflection after <team session>", as `a` in the app."""
    dirs = ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]
    code, out = walk(monkeypatch, capsys, dirs, "\n" + MINE.split("\n", 1)[1], "child-zz",
                     "--after", team.id)
    assert code == 0, out.err
    mine = next(e.session for e in list_sessions(sessions_dir).entries if e.session.id != team.id)
    assert mine.title == "My reflection after Invented team meeting"


def test_after_a_themed_session_and_in_its_duplicate_what_the_team_left_out_stays_out(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """The reflection after a themed team session brought back the questions the team had
    left out, each "made no points"; a duplicate lost the list (a fresh-eyes trial)."""
    from reflect.cpd_cli import team_link_for
    from reflect.model.themes import leave_out, themed_review
    from reflect.store.manage_sessions import duplicate_session
    from reflect.store.sessions import session_path

    theme = themed_review("information-sharing", [load_library(fictional_dir).get("child-zz")])
    dropped = [f"question:{theme.questions[-1].id}"]
    team = Session.start(leave_out(theme, dropped), new_session_id(theme.id),
                         title="Invented themed meeting", left_out=dropped)
    save_session(sessions_dir, team)
    asked = [a.question_id for a in team.answers]
    assert len(asked) == len(theme.questions) - 1
    found = team_link_for(sessions_dir, team.id, theme)
    assert not isinstance(found, str)
    _, started, left_out, _ = found
    assert [q.id for q in started.questions] == asked and left_out == dropped
    dirs = ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]
    walk(monkeypatch, capsys, dirs, "My reflection\n\nA note\n.\n", theme.id, "--after", team.id)
    mine = next(e.session for e in list_sessions(sessions_dir).entries if e.session.after)
    assert [a.question_id for a in mine.answers] == asked and mine.left_out == dropped
    copy = duplicate_session(session_path(sessions_dir, team.id))
    assert copy.left_out == dropped and [a.question_id for a in copy.answers] == asked


def test_the_reflection_after_keeps_the_team_it_followed_or_another_typed(
        monkeypatch, capsys, fictional_dir, sessions_dir, team):
    """`walk --after` asked "Team or service (optional)" as of any reflection, and Enter
    filed it under no team, where the app's `a` keeps the team's (a learning lead's
    fresh-eyes trial): the team's is said, Enter keeps it, another typed replaces it."""
    team.team = "Invented Moorvale Team"
    save_session(sessions_dir, team)
    dirs = ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]
    code, out = walk(monkeypatch, capsys, dirs, MINE, "child-zz", "--after", team.id)
    assert code == 0, out.err
    said = " ".join(out.out.split())
    assert ("Team or service: “Invented Moorvale Team”, the team whose session this follows"
            in said and "Enter keeps it" in said)
    assert "Team or service (optional)" not in said
    mine = [e.session for e in list_sessions(sessions_dir).entries if e.session.after]
    assert [s.team for s in mine] == ["Invented Moorvale Team"]
    other = MINE.replace("My reflection\n\n", "My reflection\nInvented Health Visiting\n", 1)
    code, out = walk(monkeypatch, capsys, dirs, other, "child-zz", "--after", team.id)
    assert code == 0, out.err
    teams = {e.session.team for e in list_sessions(sessions_dir).entries if e.session.after}
    assert teams == {"Invented Moorvale Team", "Invented Health Visiting"}
