"""A team's name as words (model/teams.py): the report's Team filter takes every team whose
name holds the words typed, and the report and the new-session form say which names look
like one team's. "mash" and "MASH team" were two teams, nothing said so, and `--team mash`
left "MASH team" out (a trial). Every team here is invented."""

from __future__ import annotations

from datetime import UTC, datetime

from reflect.model.session import Session
from reflect.model.teams import held_within, holds_words, look_alike, near_names, team_words
from reflect.store.index import teams_here
from reflect.store.library import load_library
from reflect.store.sessions import save_session


def test_a_names_words_leave_case_and_punctuation_aside():
    assert team_words("Health Visiting (East)") == ("health", "visiting", "east")
    assert team_words(" health  visiting east. ") == ("health", "visiting", "east")
    assert team_words("Invented Children's Team") == ("invented", "childrens", "team")
    assert team_words("Invented Children’s Team") == ("invented", "childrens", "team")


def test_a_filter_takes_the_teams_whose_names_hold_its_words():
    for team in ("mash", "MASH team", "Invented Riverside MASH.", "MASH"):
        assert holds_words(team, "mash"), team
    assert holds_words("Invented North Team", "north")
    assert not holds_words("Invented Northern Hub", "north")  # a part of a word: not so
    assert holds_words("Health Visiting East", "visiting east")
    assert not holds_words("Health Visiting East", "east visiting")  # in order
    assert holds_words("InventedMASH", "invented mash")  # the same name, spaced otherwise
    assert not holds_words("MASH team", "")


def test_names_that_look_like_one_teams_are_said_not_merged():
    assert look_alike("mash", "MASH team") and look_alike("MASH team", "mash")
    assert not look_alike("MASH team", "mash team.")  # one team: no need to say
    assert not look_alike("Invented North Team", "Invented Northern Hub")
    assert held_within(["mash", "MASH team", "Invented Health Visiting",
                        "Invented Health Visiting East", "Invented Health Visiting West",
                        "Invented North Team"]) == [
        ("mash", ["MASH team"]),
        ("Invented Health Visiting", ["Invented Health Visiting East",
                                      "Invented Health Visiting West"])]


def test_the_form_offers_a_near_name_unless_the_team_is_named_so_already():
    known = ["MASH team", "Invented North Team", "Invented MASH"]
    assert near_names("mash", known) == ["MASH team", "Invented MASH"]
    assert near_names("mash team", known) == []  # that team: its own sessions are meant
    assert near_names("invented north team east", known) == ["Invented North Team"]
    assert near_names("Invented Eastern Hub", known) == []


def test_teams_here_most_often_written_and_the_latest_first(fictional_dir, tmp_path):
    review = load_library(fictional_dir).get("child-zz")
    folder = tmp_path / "sessions"
    for n, (team, day) in enumerate((("MASH team", 3), ("mash team.", 4), ("MASH team", 5),
                                     ("Invented North Team", 6), ("", 7), ("mash", 2))):
        s = Session.start(review, f"202611{day:02d}-child-zz-0000abg{n}", team=team,
                          created=datetime(2026, 11, day, 10, tzinfo=UTC))
        save_session(folder, s)
    assert teams_here(folder, tmp_path / "cache") == ["Invented North Team", "MASH team", "mash"]
