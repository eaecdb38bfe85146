"""Whether a name typed over the facilitator's corrects it or names someone else taking over
(model.correction): "Alex Sample" typed over "Alex Example", a new facilitator with the same
first name, was taken as a correction, a word being shared, and took Alex Example's actions
with nothing said (a trial). Where it could be either, someone else: Ctrl+Y gives it all
over in one key, and nothing is lost meanwhile."""

from __future__ import annotations

import pytest

from reflect.model.correction import corrected

CORRECTIONS = [
    ("Alex Example", "alex  EXAMPLE."),  # case, spacing, punctuation
    ("Alex Example", "AlexExample"),
    ("Alex", "Alex Example"),  # a surname added
    ("Example", "Alex Example"),  # a first name added to a surname
    ("Alex Example", "Alex E."),  # a surname to its initial
    ("Alex Example", "A. Example"),
    ("Alex Example", "Alex J Example"),  # a middle name, or its initial
    ("Alex John Example", "Alex Example"),
    ("Alex Example", "Alex Example Sample"),  # two surnames, one dropped or added
    ("Alex Example", "Alex Example-Sample"),  # double-barrelled
    ("Alex Example-Sample", "Alex Sample"),
    ("Alex Example-Sample", "Alex Example Sample"),
    ("Anne-Marie Example", "Anne Example"),
    ("Anne-Marie Example", "Marie Example"),
    ("Mary Jane Example", "Mary-Jane Example"),
    ("Alex O'Example", "Alex OExample"),
    ("Dr Alex Example", "Alex Example"),  # a title
    ("Alx", "Alex"),  # a letter left out
    ("Ann Example", "Anne Example"),
    ("Alex Exmaple", "Alex Example"),  # two letters swapped
    ("Alex Example", "Alex Exanple"),  # a letter changed, in a word of six or more
    ("Fay Facilitator", "Fay Facilitater"),
    ("Alex Exampleton", "Alex Exmapletn"),  # two letters, in a word of nine or more
    ("Alex Example", ""),  # emptied: names no one
]

HANDOVERS = [
    ("Alex Example", "Sam Sample"),
    ("Alex Example", "Alex Sample"),  # another surname, the same first name
    ("Alex Example", "Sam Example"),  # another first name, the same surname
    ("Alex Example", "Alex S."),  # another surname's initial
    ("Alex Example", "S. Example"),
    ("Alex Example", "Sam Alex Example"),  # a first name before the first name
    ("Alex Example", "Example Alex"),
    ("Alex J Example", "Alex K Example"),  # another middle initial
    ("Alex Example", "Alex Sample-Jones"),
    ("Alex Example", "A. E."),  # initials only: nothing whole to go by
    ("Alex Example", "A"),
    ("Alex Ng", "Alex Na"),  # a short word, a letter changed: a typo, or Alex Na
    ("Alex Ng", "Alex Ngo"),
    ("Kim Hall", "Kim Hill"),
    ("Alex Example", "Alec Example"),
    ("Jon Example", "Jan Example"),
    ("John Example", "Joan Example"),
    ("Al", "Jo"),
    ("Alex Exmaple", "Alx Exampel"),  # three letters in all
]


@pytest.mark.parametrize(("before", "after"), CORRECTIONS)
def test_a_correction_keeps_the_person(before: str, after: str) -> None:
    assert corrected(before, after) and corrected(after, before)


@pytest.mark.parametrize(("before", "after"), HANDOVERS)
def test_another_name_is_someone_else(before: str, after: str) -> None:
    assert not corrected(before, after) and not corrected(after, before)
