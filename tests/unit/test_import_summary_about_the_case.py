"""The review's summary, its line in the library, is the briefing's first sentence about the
case: a briefing that opens "This briefing summarises the learning from …" gave the library
that sentence (a trial). Invented briefings in the layouts partnerships publish: a purpose
statement over an "Introduction" line, Markdown headings, a context of bullets. All
invented: "Child ZA", "Invented Vale"."""

from __future__ import annotations

import pytest

from reflect.importer import import_briefing
from reflect.importer.summary import about_itself, summary_of

PLAIN = """Invented Vale Safeguarding Children Partnership
Child ZA: learning briefing

The purpose of child safeguarding practice reviews is to find what can be done better to keep \
children safe. They are not held to blame anyone.

Introduction

This briefing summarises the learning from a local child safeguarding practice review.

Child ZA was an invented baby of four months taken to hospital with a broken arm.

Key learning

- Ask who lives in the home.

Questions for reflection

- How do you find out who lives in a home?
"""

MARKDOWN = """# Child ZB: 7-minute briefing
Invented Vale Safeguarding Children Partnership

## Introduction
This learning brief is for everyone who works with families in Invented Vale. It sets out \
what the review found. Child ZB was an invented toddler who was not seen for six months.

## Key learning
- See the child, not only the parent.
"""

CONTEXT_ONLY = """# Child ZC: learning briefing
Invented Vale Safeguarding Children Partnership

## Introduction
The purpose of this briefing is to share learning with practitioners across Invented Vale.

## Context
- Child ZC was an invented girl of eleven who often missed school.
- Her invented father worked nights.

## Key learning
- Ask why a child is missing school.
"""


def test_a_sentence_about_the_briefing_is_passed_over_for_the_next_paragraphs() -> None:
    review = import_briefing(PLAIN).review
    assert review["summary"] == ("Child ZA was an invented baby of four months taken to "
                                 "hospital with a broken arm.")
    assert review["introduction"][0].startswith("This briefing summarises")  # kept there


def test_a_sentence_going_on_about_the_briefing_is_passed_over_too() -> None:
    assert import_briefing(MARKDOWN).review["summary"] == (
        "Child ZB was an invented toddler who was not seen for six months.")


def test_an_introduction_only_about_the_briefing_gives_the_contexts_first_sentence() -> None:
    assert import_briefing(CONTEXT_ONLY).review["summary"] == (
        "Child ZC was an invented girl of eleven who often missed school.")


def test_with_nothing_about_the_case_the_introductions_first_sentence_stays() -> None:
    assert summary_of(["## Introduction", "This briefing summarises an invented review. "
                       "It is short."], [], []) == (
        "This briefing summarises an invented review.", None)
    long = "Child ZD was an invented boy " + "who moved house again " * 6 + "in Invented Vale."
    summary, cut = summary_of(["Please note: this is invented.", long], [], [])
    assert summary.startswith("Child ZD was an invented boy") and cut == len(long)


@pytest.mark.parametrize("sentence", [
    "This briefing summarises the learning from a rapid review.",
    "This 7-minute briefing sets out the key findings.",
    "This learning brief is for all practitioners in Invented Vale.",
    "The purpose of this briefing is to share learning.",
    "The aim of this document is to help teams reflect.",
    "In this briefing you will find the review's learning.",
    "This is a learning briefing from the Invented Vale partnership.",
    "Please note that publication was delayed.",
    "**This briefing** shares what the review found.",
])
def test_a_sentence_about_the_briefing_itself(sentence: str) -> None:
    assert about_itself(sentence)


@pytest.mark.parametrize("sentence", [
    "Child ZA was an invented baby of four months.",
    "This was a brief visit by the invented health visitor.",
    "This review looked at the care of Child ZA, an invented baby.",
    "These concerns were not shared with the school.",
    "The family had moved to Invented Vale in the summer.",
])
def test_a_sentence_about_the_case(sentence: str) -> None:
    assert not about_itself(sentence)
