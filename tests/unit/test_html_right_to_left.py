"""Names and answers typed in Arabic or Hebrew beside English keep their order in the web
pages: each element holding typed text takes its direction from its own first letter
(`dir="auto"`), and a name inside reflect's own sentence is isolated (`<bdi>`), still escaped.
A name in Arabic followed by a bracket, a colon or a number (`فريق الشمال: 2`) was shown with
them on its wrong side: nothing isolated it. Every name, team and answer here is invented
(the Arabic and Hebrew words say "example", "invented team", "an invented answer")."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from reflect.export.escaping import direction, isolated, svg_text
from reflect.export.html import to_html
from reflect.model.review import Review
from reflect.model.session import Action, Participant, Point, Session
from reflect.report import Filters, build_report, gather
from reflect.report import to_html as report_html
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.local_days import here

NAME = "سارة مثال"  # "Sara Example"
TEAM = "فريق مخترع"  # "invented team"
ANSWER = "תשובה מומצאת"  # "an invented answer"


def test_a_name_inside_a_sentence_is_isolated_and_escaped() -> None:
    assert (isolated(f"{TEAM}: 2, <b>{TEAM}</b> 3", [TEAM])
            == f"<bdi>{TEAM}</bdi>: 2, &lt;b&gt;<bdi>{TEAM}</bdi>&lt;/b&gt; 3")
    assert isolated("فريق 2 and فريقين", ["فريق"]) == "<bdi>فريق</bdi> 2 and فريقين"  # words
    assert isolated("Team 2 & Team", ["Team"]) == "Team 2 &amp; Team"  # (Latin letters alone)
    assert isolated("<i>", ["", " "]) == "&lt;i&gt;"  # (no names: escaped alone)


def test_the_notes_give_typed_text_its_own_direction(review: Review) -> None:
    s = Session.start(review, "20261201-child-zz-0000rtl1", title="Invented meeting",
                      team=TEAM, facilitator="Pat Example")
    s.add_participant(Participant(name=NAME, role="<i>Health visitor</i>", agency="Health"))
    first = s.answers[0]
    first.points = [Point(text="Ask who lives in the home", by="p1"), Point(text=ANSWER, by="p1")]
    first.text = ANSWER
    s.add_action(Action(text="Share the invented briefing", owner=NAME, due="Friday"))
    page = to_html(s, review)
    assert f'<dd dir="auto">{TEAM}</dd>' in page
    assert (f"<li>Ask who lives in the home (<bdi>{NAME}</bdi>, <bdi>&lt;i&gt;Health "
            "visitor&lt;/i&gt;</bdi>, <bdi>Health</bdi>)</li>") in page  # a list in English
    assert f"<li><bdi>{ANSWER}</bdi> (<bdi>{NAME}</bdi>" in page  # a point in Hebrew
    assert f'<dt>Summary:</dt><dd dir="auto">{ANSWER}</dd>' in page
    assert f'<td dir="auto">{NAME}</td>' in page
    assert "<i>" not in page  # text is data


def test_the_reports_page_isolates_teams_and_agencies(fictional_dir: Path,
                                                      sessions_dir: Path) -> None:
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    for n, team in enumerate((TEAM, f"{TEAM} الشمال", "Invented North Team")):
        s = Session.start(review, f"2026110{n + 1}-child-zz-0000rtl{n}", title=f"Meeting {n}",
                          team=team, created=here(2026, 11, n + 1, 12))
        s.add_participant(Participant(name="Sam Sample", role="Nurse", agency="وكالة مثال"))
        s.answers[0].text = "An invented answer"
        save_session(sessions_dir, s)
    today = date(2026, 12, 4)
    page = report_html(build_report(gather([sessions_dir], Filters(), today),
                                    {"child-zz": "Child ZZ"}, today))
    assert f'<th scope="row" dir="auto">{TEAM}</th>' in page
    assert f"&quot;<bdi>{TEAM}</bdi>&quot; is within &quot;<bdi>{TEAM} الشمال</bdi>" in page
    assert "<bdi>وكالة مثال</bdi> 3" in page  # attendances by agency: the number after it


RTL_ANCHORED = ' direction="rtl" unicode-bidi="embed" text-anchor="start"'
"""A right-to-left chart label's attributes: its start, its right edge, beside the bar."""


def test_svg_text_reads_in_the_direction_of_its_first_letter() -> None:
    assert direction(f"{TEAM} Riverside 3") == "rtl"
    assert direction(f"3 Riverside {TEAM}") == "ltr"  # (a digit is not a letter)
    assert direction(f"12 — {ANSWER}") == "rtl"
    assert direction(f"\u2067Team\u2069 {TEAM}") == "rtl"  # (an isolate's letters skipped)
    assert direction("2026 …") is None
    assert svg_text(f"{ANSWER} Riverside 3", "right") == RTL_ANCHORED
    assert svg_text(TEAM, "left") == ' direction="rtl" unicode-bidi="embed" text-anchor="end"'
    for latin in ("Invented North Team", "12", ""):  # as before
        assert svg_text(latin, "right") == ' text-anchor="end"'
        assert svg_text(latin, "left") == ""


def meetings_held(fictional_dir: Path, sessions_dir: Path, review_ids: Iterable[str]) -> None:
    """One team meeting saved on each of `review_ids` (the fictional review under each id), on
    1, 2, 3… November 2026, each with an answer: a report's charts then name each review."""
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    for n, rid in enumerate(review_ids):
        s = Session.start(review.model_copy(update={"id": rid}), f"2026110{n + 1}-{rid}-0000rtl",
                          title="Meeting", team="Invented North Team",
                          created=here(2026, 11, n + 1, 12))
        s.answers[0].text = "An invented answer"
        save_session(sessions_dir, s)


def test_a_charts_label_in_hebrew_is_drawn_right_to_left_and_one_in_english_as_before(
        fictional_dir: Path, sessions_dir: Path) -> None:
    meetings_held(fictional_dir, sessions_dir, ("child-zz", "child-yy"))
    today = date(2026, 12, 4)
    title = f"{ANSWER} (Riverside 3)"
    page = report_html(build_report(gather([sessions_dir], Filters(), today),
                                    {"child-zz": "Child ZZ", "child-yy": title}, today))
    assert '<text x="222" y="24" text-anchor="end"><title>Child ZZ</title>' in page
    assert f'<text x="222" y="48"{RTL_ANCHORED}><title>{title}</title>{title}</text>' in page
