"""A team's name as words (model/teams.py): the report's Team filter takes every team whose
name holds the words typed, and the report and the new-session form say which names look
like one team's. "mash" and "MASH team" were two teams, nothing said so, and `--team mash`
left "MASH team" out (a trial). Every team here is invented."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from reflect.model.session import Session
from reflect.model.teams import (
    holds_words,
    look_alike,
    named_alike,
    near_names,
    spelt_alike,
    team_words,
)
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
    assert named_alike(["mash", "MASH team", "Invented Health Visiting",
                        "Invented Health Visiting East", "Invented Health Visiting West",
                        "Invented North Team"]) == [
        ("mash", ["MASH team"], []),
        ("Invented Health Visiting", ["Invented Health Visiting East",
                                      "Invented Health Visiting West"], [])]


ALIKE = [  # typed, a team that has met: the same team? (each is offered the other)
    ("Moorvale Children Team", "Moorvale Children's Team"),  # the trial's: an 's less
    ("Moorvale Childrens Team", "Moorvale Children Team"),
    ("Moorvale Children’s Services", "Moorvale Children Service"),  # plural and possessive
    ("Moorvlae Children's Team", "Moorvale Children's Team"),  # two letters swapped
    ("Moorvale Childen's Team", "Moorvale Children's Team"),  # one missing
    ("Moorvale Chilldren's Team", "Moorvale Children's Team"),  # one extra
    ("Moorvale Chimdren's Team", "Moorvale Children's Team"),  # one wrong
    ("Moorvale Childrem's Team", "Moorvale Children's Team"),  # the last one wrong
    ("Moorvale Children & Families", "Moorvale Children and Families"),
    ("Moorvale Children's", "Moorvale Children's Team"),  # Team left off the end
    ("Moorvale Children", "Moorvale Children's Team"),  # and an 's
    ("Moorvlae Children", "Moorvale Children's Team"),  # and a slip
    ("mash", "MASH team"),  # one's words inside the other's, as before
    ("Invented Health Visiting", "Invented Health Visiting East"),
    # a word of four letters: two swapped, or a consonant for its neighbour on the keyboard
    ("Moorvale Children Tean", "Moorvale Children's Team"),  # n for m: was missed
    ("Moorvale Childrens Taem", "Moorvale Children's Team"),
    ("Moorvale Tema", "Moorvale Team"),
    ("Moorvale Teaj", "Moorvale Team"),  # j for m
    ("Moorvale Childrne", "Moorvale Children's Team"),  # words inside, one swapped
    ("Moorvale Hubs", "Moorvale Hub"),  # a plural s, as before: said, never merged
]
APART = [  # clearly different teams, or the same one: never offered
    ("Moorvale North", "Moorvale South"),
    ("Riverside HV", "Riverside MASH"),
    ("Invented Health Visiting East", "Invented Health Visiting West"),  # short: a word
    ("Moorvale East", "Moorvale Eats"),  # short words: no slips read, not even a swap
    ("Moorvale Team 1", "Moorvale Team 2"),
    ("Moorvale Area 12345", "Moorvale Area 12354"),  # digits are never a slip
    ("Moorvlae Chlidren's Team", "Moorvale Children's Team"),  # two slips: a guess
    ("Moorvale Chldrn Team", "Moorvale Children Team"),  # two letters missing
    ("Moorvale Children's Team", "Moorvale Adults Team"),
    ("Invented North Team", "Invented Northern Hub"),
    ("Moorvale Children's Team", "moorvale childrens team"),  # the same team: nothing to say
    ("Moorvale Children's Team", ""),
    ("Moorvale South", "Moorvale Youth"),  # a first letter is never a slip
    ("Moorvale Bridge", "Moorvale Ridge"),
    # words of four letters: only two swapped or a consonant's neighbour is a slip there
    ("Moorvale Care Team", "Moorvale Core Team"),  # a vowel for a vowel: another word
    ("Moorvale Hill", "Moorvale Hull"),  # neighbours, but vowels
    ("Moorvale Wold", "Moorvale Wood"),  # l and o touch: a vowel
    ("Moorvale Care Team", "Moorvale Carer Team"),  # a letter more: another word
    ("Moorvale Ford", "Moorvale Fort"),  # d and t are not neighbours
    ("Moorvale Tesm", "Moorvale Team"),  # a vowel's neighbour: not read
    ("Moorvale Team 1", "Moorvale Teal 2"),  # two words differ
    ("Moorvale Hub", "Moorvale Hug"),  # three letters: never a slip
    ("Moorvale Team A", "Moorvale Team B"),
]

SHORT_WORDS = """team east west area unit care help duty city town vale park road side dale
moor edge port wood ford lead safe base zone link hill mill well bank cove glen york kent hull
bury lane hall gate rise view mead holt home hope star oaks tree fold dene rose blue core lake
dean down over work post plus kids baby deaf life high mind halo beck bell burn crag dyke farm
fell firs gill hove bath wick ryde deal bude looe holm ness mere wold lynn barn pool mash send
lado salt ehcp cafs fast fire ward wing club hive nest camp yard step next ring peak axis open
door path walk acre mile vine""".split()
"""Words of four letters common in team names (places, services, kinds of team)."""


def test_common_words_of_four_letters_are_not_read_as_slips_of_each_other() -> None:
    """Any slip after the first letter paired 25 of these (`Care`, `Core`; `Hill`, `Hull`;
    `Home`, `Hope`; `Port`, `Post` …); two swapped or a consonant's neighbour pairs one."""
    paired = [(a, b) for n, a in enumerate(SHORT_WORDS) for b in SHORT_WORDS[n + 1:]
              if spelt_alike(f"Moorvale {a}", f"Moorvale {b}")]
    assert paired == [("nest", "next")]


@pytest.mark.parametrize(("typed", "met"), ALIKE)
def test_names_a_little_different_look_alike(typed: str, met: str) -> None:
    assert look_alike(typed, met) and look_alike(met, typed)
    assert near_names(typed, ["Moorvale South", met]) == [met]
    assert near_names(met, ["Moorvale South", typed]) == [typed]


@pytest.mark.parametrize(("a", "b"), APART)
def test_names_clearly_different_or_the_same_do_not(a: str, b: str) -> None:
    assert not look_alike(a, b) and not look_alike(b, a)
    assert near_names(a, [b]) == [] and near_names(b, [a]) == []


def test_one_spelt_alike_is_offered_before_those_whose_words_it_holds():
    known = ["Moorvale", "Moorvale Children's Team", "Children's Team"]
    assert near_names("Moorvale Children Team", known) == ["Moorvale Children's Team"]
    assert spelt_alike("Moorvale Children Team", "Moorvale Children's Team")
    assert not spelt_alike("Moorvale Children Team", "Moorvale")
    assert near_names("Moorvale Team", known) == ["Moorvale"]  # words inside: as before


def test_the_report_says_names_spelt_alike_once_a_pair():
    assert named_alike(["Moorvale", "Moorvale Children Team", "Moorvale Children's Team",
                        "Moorvale North", "Moorvale South"]) == [
        ("Moorvale", ["Moorvale Children Team", "Moorvale Children's Team", "Moorvale North",
                      "Moorvale South"], []),
        ("Moorvale Children Team", [], ["Moorvale Children's Team"])]


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
