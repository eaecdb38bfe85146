"""A theme in words keeps a hyphen inside a word (`theme_ids.theme_label`): the room's
confidence question read "How confident do you feel about non accidental injury?" (a
facilitator's trial), and a themed session's said its theme's id,
`non-accidental-injury`. Every theme of the bundled library is checked."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from reflect.model.review import Review
from reflect.model.theme_ids import theme_label
from reflect.ui.screens.room_waiting import default_prompt

CONTENT = Path(__file__).resolve().parents[2] / "content"

AS_WORDS = {
    "assertive-outreach": "assertive outreach", "cumulative-risk": "cumulative risk",
    "domestic-abuse": "domestic abuse", "early-help": "early help", "escalation": "escalation",
    "family-network": "family network", "fathers": "fathers",
    "information-sharing": "information sharing", "learning-culture": "learning culture",
    "multi-agency-meetings": "multi-agency meetings", "neurodiversity": "neurodiversity",
    "non-accidental-injury": "non-accidental injury",
    "parental-mental-health": "parental mental health", "pre-birth": "pre-birth",
    "professional-curiosity": "professional curiosity", "safer-sleep": "safer sleep",
    "safety-planning": "safety planning", "substance-use": "substance use",
}


def test_every_theme_of_the_library_reads_as_words() -> None:
    themes = {t for path in CONTENT.glob("*.toml")
              for t in tomllib.loads(path.read_text(encoding="utf-8")).get("themes", [])}
    assert themes and themes <= AS_WORDS.keys(), themes - AS_WORDS.keys()
    assert {t: theme_label(t) for t in themes} == {t: AS_WORDS[t] for t in themes}


@pytest.mark.parametrize(("theme", "words"), [
    ("self-neglect", "self-neglect"), ("post-natal-care", "post-natal care"),
    ("co-sleeping", "co-sleeping"), ("child-in-need", "child in need"), ("neglect", "neglect"),
])
def test_a_hyphen_after_the_start_of_a_word_stays(theme: str, words: str) -> None:
    assert theme_label(theme) == words


def test_the_confidence_question_names_the_theme_in_words(fictional_dir: Path) -> None:
    from reflect.store.library import load_library

    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    tagged: Review = review.model_copy(update={"themes": ["non-accidental-injury"]})
    assert default_prompt(tagged) == \
        "How confident do you feel about non-accidental injury?"
    assert default_prompt(review, "multi-agency-meetings") == \
        "How confident do you feel about multi-agency meetings?"  # a themed session's
    assert default_prompt(review.model_copy(update={"themes": []})) == \
        f"How confident do you feel about {review.title}?"


@pytest.mark.parametrize(("typed", "meant"), [
    ("domestc", ["domestic-abuse"]),  # one word of it, a letter short
    ("Domestc  Abuse", ["domestic-abuse"]),  # the whole of it, in any case and spacing
    ("escalaton", ["escalation"]),
    ("non accidntal", ["non-accidental-injury"]),
    ("safety-planing", ["safety-planning"]),  # as tagged
    ("zzzz", []), ("", []),  # nothing near: nothing offered
])
def test_a_theme_mistyped_finds_the_one_meant(typed: str, meant: list[str]) -> None:
    from reflect.model.theme_ids import near_themes

    assert near_themes(typed, list(AS_WORDS)) == meant


def test_themes_as_near_as_each_other_are_all_offered() -> None:
    from reflect.model.theme_ids import near_themes

    # each has the word "sleep": offering one of the two would be a guess
    assert near_themes("slep", ["safer-sleep", "sleep-routines", "escalation"]) == \
        ["safer-sleep", "sleep-routines"]
