"""A point's bold lead-in is its title however the briefing punctuates it: `**Unseen men.**
Professionals ...` was left whole while `**Title:**` was a title (a trial)."""

from __future__ import annotations

import pytest

from reflect.importer import import_briefing
from reflect.importer.parse import split_title

TEXT = "Professionals did not ask the invented family who else lived in the home."


@pytest.mark.parametrize("lead", [
    "**Unseen men:** ", "**Unseen men.** ", "**Unseen men**: ", "**Unseen men**. ",
    "**Unseen men :** ", "**Unseen men** – ", "**Unseen men** - ", "**Unseen men** ",
    "Unseen men:** ",  # a broken opening `**`, as some briefings have
])
def test_a_bold_lead_in_is_the_title_however_it_is_punctuated(lead: str) -> None:
    text = ("Invented Vale Safeguarding Children Partnership\n\n## Introduction\n"
            "Child ZQ is an invented baby.\n\n## Key learning\n"
            f"- {lead}{TEXT}\n\n## Recommendations\n- {lead}{TEXT}\n")
    review = import_briefing(text).review
    assert review["learning"] == [{"title": "Unseen men", "text": TEXT}]
    assert review["recommendations"] == [{"title": "Unseen men", "text": TEXT}]


def test_a_question_or_exclamation_closing_a_lead_in_is_kept() -> None:
    assert split_title(f"**Who else is there?** {TEXT}") == ("Who else is there?", TEXT)
    assert split_title(f"**Look again!** {TEXT}") == ("Look again!", TEXT)


@pytest.mark.parametrize("body", [
    "**All invented agencies** should ask who else lives in the home.",  # one sentence
    "**Multi**-agency meetings were held late.",
    "Meetings were **not** held.",
    "**Unseen men.**",  # nothing after it: no text to title
])
def test_bold_that_is_no_lead_in_stays_in_the_text(body: str) -> None:
    assert split_title(body) == (None, body)


def test_a_lead_in_on_a_line_of_its_own_in_markdown_titles_the_text_under_it() -> None:
    text = ("Invented Vale Safeguarding Children Partnership\n\n## Introduction\n"
            "Child ZQ is an invented baby.\n\n## Key learning\n"
            f"- **Unseen men.**\n  {TEXT}\n")
    assert import_briefing(text, kind="md").review["learning"] == [
        {"title": "Unseen men", "text": TEXT}]


ZED = ("# Child Zed: 7-minute briefing\n\nInvented Vale Safeguarding Children Partnership\n\n"
       "## Introduction\n\nChild Zed is an invented child.\n\n## Learning\n\n"
       "- Ask who lives in the home.\n")


@pytest.mark.parametrize("name", ["child-zed", "briefing"])
def test_a_first_heading_naming_the_child_is_the_title_whatever_the_file_name(name: str) -> None:
    """Named child-zed.md, its title was "Child ZED" from the name and its own heading was
    not placed; named otherwise, the heading was the title (a trial). The child it names is
    the title, without the layout's name, and the id."""
    report = import_briefing(ZED, name_hint=name, kind="md")
    assert (report.review["title"], report.review["id"]) == ("Child Zed", "child-zed")
    assert report.unplaced == []


def test_a_file_name_still_titles_a_briefing_that_names_no_child() -> None:
    text = ZED.replace("# Child Zed: 7-minute briefing", "# Seven-minute briefing")
    assert import_briefing(text, name_hint="brief", kind="md").review["title"] == "Child Zed"
    text = text.replace("Child Zed is", "Zed is")
    assert import_briefing(text, name_hint="child-zed", kind="md").review["title"] == "Child ZED"


KESTREL = ("{title}\n\nInvented Vale Safeguarding Children Partnership\n\n## 1. Background\n\n"
           "{child} is an invented child. A Child Protection plan was made.\n\n"
           "## 7. Questions for reflection\n\n- Who checks the plan?\n")


@pytest.mark.parametrize(("heading", "child", "title", "review_id"), [
    ("# Child Kestrel: 7-minute briefing", "Kestrel", "Child Kestrel", "child-kestrel"),
    ("Child Wren", "Wren", "Child Wren", "child-wren"),
    ("# Child AC: 7-minute briefing", "AC", "Child AC", "child-ac"),
    ("# Child Y: learning briefing", "Y", "Child Y", "child-y"),
    # a child named with a number, as partnerships tell two apart (a fresh-eyes trial: the
    # review was `brief`, its questions `brief-q1`)
    ("# Child Q1 (Moorvale): learning briefing", "Child Q1", "Child Q1 (Moorvale)",
     "child-q1"),
    ("# Child LW2: 7-minute briefing", "LW2", "Child LW2", "child-lw2"),
    ("# Seven-minute briefing", "Child Q12", "Child Q12", "child-q12"),
    # the child as the text names them, the layout's name before the child's
    ("# Learning briefing: Child Kestrel", "Child Kestrel", "Child Kestrel", "child-kestrel"),
    ("# Seven-minute briefing", "Child Kestrel", "Child Kestrel", "child-kestrel"),
    # phrases, not names: the title is the heading's, less the layout's name
    ("# Child Safeguarding Practice Review: 7 minute briefing", "Sam",
     "Child Safeguarding Practice Review", "brief"),
    ("# Neglect at home: rapid review briefing", "Sam", "Neglect at home", "brief"),
    ("# Learning briefing – Neglect at home", "Sam", "Neglect at home", "brief"),
])
def test_the_child_named_by_a_word_is_the_title_and_the_id(
        heading: str, child: str, title: str, review_id: str) -> None:
    """"Child Kestrel: 7-minute briefing" in brief.md was review `brief` titled "Child
    Kestrel: 7-minute briefing", where "Child Y: learning briefing" was `child-y` titled
    "Child Y": only a child named in one to three capitals was read (a trial)."""
    report = import_briefing(KESTREL.format(title=heading, child=child), name_hint="brief",
                             kind="md")
    assert (report.review["title"], report.review["id"]) == (title, review_id)
    assert report.unplaced == []
    assert report.review["questions"][0]["id"] == review_id.removeprefix("child-") + "-q1"
