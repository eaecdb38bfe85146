import re

import pytest

from reflect.export.markdown import escape, to_markdown
from reflect.model.session import Action, Participant, Session
from reflect.store.sessions import new_session_id

MARKUP = ["[bold]", "[/]", "[@click=app.quit]x[/]"]


def session_for(review) -> Session:
    s = Session.start(review, new_session_id(review.id), title="Exercise [bold]",
                      team="Invented team", facilitator="A. Facilitator",
                      participants=[Participant.parse("Practitioner One, Role A, Agency A")])
    return s


def test_notes_hold_details_answers_and_actions(review):
    s = session_for(review)
    s.set_answer("zz-first", "What would you do first?", "Call the duty team.\nThen record it.")
    s.notes["good-practice"] = "We agreed this was strong."
    s.actions.append(Action(text="Share the briefing", owner="Team lead", due="Friday"))
    md = to_markdown(s, review)
    assert md.startswith("# Exercise \\[bold]\n")
    assert "- **Team or service:** Invented team" in md
    assert "- **Questions answered:** 1 of 3" in md
    assert "### 1. What would you do first?" in md
    assert "Call the duty team.  \nThen record it." in md
    assert "### Good practice\n\nWe agreed this was strong." in md
    assert "| Share the briefing | Team lead | Friday | open |" in md
    assert "### 2. Who would you tell?\n\n*No answer recorded.*" in md


@pytest.mark.parametrize("text", MARKUP)
def test_markup_strings_are_literal(review, text):
    s = session_for(review)
    s.set_answer("zz-first", "q", text)
    md = to_markdown(s, review)
    # Rendered Markdown shows the text as typed: brackets are escaped, never links or tags.
    assert escape(text) in md
    assert "[" not in escape(text).replace("\\[", "")


@pytest.mark.parametrize("line", ["# not a heading", "  ## nor this", "---", "===", "* * *",
                                  "<b>html</b>", "[link](javascript:alert(1))", "`code"])
def test_user_text_cannot_change_document_structure(line):
    out = escape(line)
    assert out.lstrip().startswith("\\")
    assert not re.search(r"(?<!\\)[<\[`]", out)  # no unescaped HTML, link or code span


def test_lists_the_team_typed_stay_text_and_pipes_stay_in_their_cell():
    # A list typed into an answer is shown as typed, line by line, not turned into a list
    # (issue #14: block syntax typed by the team must not change the notes' structure).
    assert escape("- first point\n- second point") == "\\- first point  \n\\- second point"
    from reflect.export.markdown import cell

    assert cell("a | b\nc") == "a \\| b c"


def test_control_characters_are_not_exported(review):
    s = session_for(review)
    s.set_answer("zz-first", "q", "before\x1b]52;c;ZXZpbA==\x07after\u202e")
    md = to_markdown(s, review)
    assert "\x1b" not in md and "\x07" not in md and "\u202e" not in md
    assert "beforeafter" in md


def test_export_works_without_the_review(review):
    s = session_for(review)
    s.notes["intro"] = "Context notes"
    md = to_markdown(s, None)
    assert "Context notes" in md
    assert "### 3. What will you change?" in md


def test_plain_text_notes_are_literal_and_complete(review):
    from reflect.export.plain import to_text

    s = session_for(review)
    s.set_answer("zz-first", "q", "[@click=app.quit]x[/]\nsecond line\x1b[31m")
    s.actions.append(Action(text="Share the briefing", owner="Team lead"))
    text = to_text(s, review)
    assert text.startswith("Exercise [bold]\n\nReview: ")
    assert "\n\n    [@click=app.quit]x[/]\n    second line\n" in text
    assert "\x1b" not in text
    assert "Action 1: Share the briefing. Owner: Team lead; no due date given; status: open." \
        in text
    assert "2. Who would you tell?\n\n    (no answer recorded)" in text


def test_plain_text_keeps_a_paragraph_on_one_line():
    """Pasted into a case-record system, notes hard-wrapped at 78 columns broke sentences
    mid-way (a trial): each paragraph, point, action and detail is one line however long, and
    the only line breaks in an answer are the ones typed (a typed list's items)."""
    from reflect.export.plain import to_text
    from reflect.model.session import Answer, Point

    words = "Pat Example rang the invented multi-agency co-sleeping follow-up team " * 6
    item = "- " + "an invented item that goes on long enough to need a second line " * 2
    point = "Sam Sample said the invented nursery should be told the same day " * 3
    action = "Share the invented briefing with every member of the Invented Team " * 3
    question = ("What first? " * 10).strip()
    session = Session(id="20260101-child-zz-aaaa0001", review_id="child-zz",
                      review_title="Child ZZ", team=("Invented Team " * 8).strip(),
                      answers=[Answer(question_id="zz-first", question=question,
                                      text=f"{words.strip()}\n{item.strip()}\n- a short one",
                                      points=[Point(text=point.strip())])],
                      actions=[Action(text=action.strip())])
    lines = to_text(session).splitlines()
    assert f"    {words.strip()}" in lines
    assert f"    {item.strip()}" in lines and "    - a short one" in lines
    assert f"    Point 1: {point.strip()}" in lines
    assert f"1. {question}" in lines
    assert f"Team or service: {('Invented Team ' * 8).strip()}" in lines
    assert any(line.startswith(f"Action 1: {action.strip()}. ") for line in lines)


def test_escapes_are_only_where_markdown_needs_them():
    """Read as plain text (pasted into the NMC's form), the record showed "1\\.5" hours and
    "AT\\&T" (a trial): a number opens a list only before a space, "&" matters only as an
    entity's start."""
    from reflect.export.markdown import escape

    assert escape("1.5 hours") == "1.5 hours" and escape("AT&T & co") == "AT&T & co"
    assert escape("1. a list") == "1\\. a list" and escape("&amp;") == "\\&amp;"
