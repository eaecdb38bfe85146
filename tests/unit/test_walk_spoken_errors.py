"""Plain mode's refusals and its help in words a screen reader reads as they are: a trial of
`reflect walk` heard "mode: must be 'team' or 'individual', not 'teams'" ("tick team tick"),
`--mode {team,individual}` and `--title` with no words of help. The rest of its words, and who
is here asked without brackets, are tested beside the walks that say them."""

from __future__ import annotations

import pytest

from reflect.model.session import Participant, Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.walk.spoken import curly_quoted, person_spoken
from tests.command_line import run
from tests.unit.test_walk import dirs_for, flat, run_walk


def test_values_in_straight_quotes_are_curly_and_nothing_else_is_changed():
    assert curly_quoted("x.toml: mode: must be 'team' or 'individual', not 'teams'") == \
        "x.toml: mode: must be “team” or “individual”, not “teams”"
    # an apostrophe, a quote in a path and the file's own lines after the first stay
    said = "/tmp/pat's/'odd'/s.toml: the team's 'x'; teams' notes\ntitle = 'as typed'"
    assert curly_quoted(said) == \
        "/tmp/pat's/'odd'/s.toml: the team's “x”; teams' notes\ntitle = 'as typed'"
    assert curly_quoted('text must be between double quotes: "…"') == \
        'text must be between double quotes: "…"'  # (the file needs them straight)


def test_someone_listed_is_said_with_commas_not_brackets():
    assert person_spoken(Participant(name="Eve Example", role="health visitor",
                                     agency="Invented Health")) == \
        "Eve Example, health visitor, Invented Health"
    assert person_spoken(Participant(role="Teacher", agency="School")) == "the Teacher, School"
    assert person_spoken(Participant(name="Eve Example")) == "Eve Example"


def test_a_session_file_refused_is_said_in_curly_quotes(monkeypatch, capsys, fictional_dir,
                                                       sessions_dir):
    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, "20261207-child-zz-0000ab01", mode="team", title="T")
    path = save_session(sessions_dir, session)
    path.write_text(path.read_text(encoding="utf-8").replace('mode = "team"', 'mode = "teams"'),
                    encoding="utf-8")
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), "",
                         "--resume", session.id)
    assert code == 1
    assert "mode: must be “team” or “individual”, not “teams”" in flat(out.err), out.err
    assert "'" not in out.err


def test_walk_help_says_what_mode_and_title_are_without_braces(capsys):
    with pytest.raises(SystemExit):
        run(capsys, "walk", "--help")
    said = flat(capsys.readouterr().out)
    assert "{" not in said and "--mode MODE" in said
    assert ("--mode MODE team, for a team discussion: who is here, points, agreed actions; or "
            "individual, for your own reflection, with your CPD record. Without it, asked") \
        in said
    assert ("--title TITLE the session's title, as the lists and notes name it; without it, "
            "asked, Enter taking the review's title and the kind of session") in said


def test_a_mode_mistyped_is_said_in_curly_quotes(capsys):
    with pytest.raises(SystemExit):
        run(capsys, "walk", "--mode", "teams", "child-zz")
    said = flat(capsys.readouterr().err)
    assert ("reflect walk: error: argument --mode: invalid choice: “teams”: did you mean team? "
            "(choose from “team”, “individual”)") in said
