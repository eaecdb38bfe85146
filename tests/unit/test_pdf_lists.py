"""The PDF's list items hang: a bullet (or number) at the left, and every line of the item's
text, wrapped ones too, starting under its first word. Read back with pdfminer (the project's
PDF reader). All data here is invented."""

from __future__ import annotations

import io

from pdfminer.high_level import extract_pages, extract_text
from pdfminer.layout import LTChar, LTTextLine

from reflect.export import handout
from reflect.model.session import Action, Point, Session, Timing
from reflect.store.exports import render_bytes

WORDS = " ".join(f"Zeta{n:02}" for n in range(40))
"""Enough words to wrap a line of an A4 page two or three times."""


def _lines(data: bytes) -> list[tuple[int, LTTextLine]]:
    found: list[tuple[int, LTTextLine]] = []

    def walk(page: int, item: object) -> None:
        if isinstance(item, LTTextLine):
            found.append((page, item))
        for child in getattr(item, "_objs", []):
            walk(page, child)

    for n, page in enumerate(extract_pages(io.BytesIO(data))):
        walk(n, page)
    return found


def _hang(data: bytes, first: str) -> tuple[float, float, float]:
    """Where the item opening with the word `first` starts its text, where its next line (the
    first wrapped one) starts, and where the page's margin is (its leftmost line)."""
    lines = _lines(data)
    page, start = next((p, line) for p, line in lines if first in line.get_text())
    chars = [c for c in start if isinstance(c, LTChar)]
    text = "".join(c.get_text() for c in chars)
    word_x = chars[text.index(first)].x0
    below = [line for p, line in lines
             if p == page and line.y1 < start.y1 and "Zeta" in line.get_text()]
    wrapped = max(below, key=lambda line: line.y1)
    margin = min(line.x0 for _, line in lines)
    return word_x, wrapped.x0, margin


def test_a_points_a_typed_lists_and_an_actions_wrapped_lines_hang_under_their_text(review):
    """A point under a question, a list typed in the notes and an agreed action were printed
    as `- ` text, their wrapped lines back at the page's margin, under the dash (a fresh-eyes
    trial): each has its marker apart now (a bullet, or the plain text's `Point 1:`), its
    wrapped lines under its first word."""
    s = Session.start(review, "child-zz-20300101-0900", title="Invented Team meeting")
    s.answers[0].points.append(Point(text=f"Alpha {WORDS}"))
    s.notes["good-practice"] = f"Invented heading line\n- Bravo {WORDS}\n- Charlie, short"
    s.answers[1].what = f"1. Delta {WORDS}"
    s.add_action(Action(text=f"Echo {WORDS}", owner="Pat Example", due="2030-01-31"))
    data = render_bytes(s, "pdf", review)
    for first in ("Alpha", "Bravo", "Delta", "Echo"):
        word_x, wrapped_x, margin = _hang(data, first)
        assert word_x > margin + 8, first  # the bullet (or number) stands before the text
        assert abs(wrapped_x - word_x) < 0.5, (first, word_x, wrapped_x, margin)
    text = extract_text(io.BytesIO(data))
    assert "- Alpha" not in text and "- Bravo" not in text
    assert text.count("\u2022") == 2  # Bravo and Charlie, as typed
    assert "Point 1: Alpha" in text and "Action 1: Echo" in text  # (labelled, as the text)


def test_a_handouts_wrapped_bullet_hangs_under_its_text():
    """The handout's lists were `•  text` in one paragraph: a long point's next line started
    under the bullet."""
    h = handout.Handout(title="Invented review", source="Invented source",
                        happened=["Invented happening."], learning=[f"Foxtrot {WORDS}"],
                        good=[], questions=["An invented question?"],
                        support="Invented support line.")
    word_x, wrapped_x, margin = _hang(handout._pdf_page(h)[0], "Foxtrot")
    assert word_x > margin + 4  # the bullet
    assert abs(wrapped_x - word_x) < 0.5, (word_x, wrapped_x, margin)


def _ends_of(data: bytes, texts: list[str]) -> list[float]:
    """The right edge of each of `texts`, in order down the page, each the first place after
    the one before that reads so (characters across a line or a table's cells)."""
    chars = [c for _, line in _lines(data) for c in line if isinstance(c, LTChar)]
    read = "".join(c.get_text() for c in chars)
    ends, at = [], 0
    for text in texts:
        at = read.index(text, at)
        ends.append(chars[at + len(text) - 1].x1)
        at += len(text)
    return ends


def test_the_time_tables_planned_and_spent_times_line_up(review):
    """The time table's columns were spaced with spaces, as in the text notes, and in the
    PDF's proportional font `12:00` and `1:11` no longer lined up under Planned (a trial):
    it is a table, the times at the right of their columns."""
    s = Session.start(review, "child-zz-20300101-0900", title="Invented Team meeting")
    s.timing = Timing(minutes=30, plan={"people": 60, "q:zz-first": 720, "actions": 111},
                      spent={"people": 71, "q:zz-first": 1111, "actions": 45})
    data = render_bytes(s, "pdf", review)
    text = extract_text(io.BytesIO(data))
    assert text.count("Over or under") == 1 and text.count("Total") == 1  # (not the text's too)
    planned = _ends_of(data, ["Planned", "1 min", "12 min", "1 min 51 s"])
    spent = _ends_of(data, ["Spent", "1 min 11 s", "18 min 31 s", "45 s"])
    assert max(planned[1:]) - min(planned[1:]) < 0.5, planned  # (points)
    assert max(spent[1:]) - min(spent[1:]) < 0.5, spent
