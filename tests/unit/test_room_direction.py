"""The room's pages, for a multilingual team: every text someone typed (the review's title, a
question, a point, a name, a point shared, the confidence check's question) is shown in its
own direction, isolated from reflect's words around it (`dir="auto"` or `<bdi>`). Without it,
a point in Hebrew or Arabic took the page's left-to-right order: its full stop and a number
beside it on the wrong side. Checked in Chromium by tests/e2e/test_room_direction_browser.py.
Invented words only."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from reflect.room import pages
from reflect.room.contract import RoomQuestion
from reflect.room.state import Participant, RoomState

TITLE = "ילד דמה (מחוז בדוי)"  # invented: "Child Dummy (Invented District)"
QUESTION = RoomQuestion(step_key="q:zz-q1", review_title=TITLE, heading="Question 1 of 3",
                        text="מה עזר לצוות לשתף מידע?")
POINT = "نقطة مخترعة: اتصلت الزائرة الصحية 3 مرات."  # invented, Arabic
SHARED = "נקודה בדויה שהוצגה לכולם."
PROMPT = "עד כמה אתם בטוחים?"
NAME = "דנה בדויה"
TYPED = (TITLE, QUESTION.text, POINT, SHARED, PROMPT, NAME)


class Isolation(HTMLParser):
    """Each text and attribute value, with whether an element around it sets its direction
    apart from the page's (`dir="auto"`, or `<bdi>`)."""

    VOID = {"input", "meta", "link", "br", "img"}

    def __init__(self) -> None:
        super().__init__()
        self.open: list[bool] = []
        self.found: list[tuple[str, bool]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        isolating = tag == "bdi" or ("dir", "auto") in attrs
        if tag in self.VOID:
            self.found += [(value or "", isolating) for _, value in attrs]
        else:
            self.open.append(isolating)

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID and self.open:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        if self.lasttag != "title":  # (the browser's tab: not the page)
            self.found.append((data, any(self.open)))


def not_isolated(page: str) -> list[str]:
    """The typed texts shown somewhere on `page` without their own direction."""
    parser = Isolation()
    parser.feed(page)
    return [typed for typed in TYPED for text, isolating in parser.found
            if typed in text and not isolating]


def a_room() -> tuple[RoomState, Participant]:
    state = RoomState()
    state.show(QUESTION)
    person = state.join()
    assert person is not None
    state.add_point(person, QUESTION.step_key, POINT)
    state.share(QUESTION.step_key, [SHARED])
    state.ask_confidence("start", PROMPT)
    return state, person


def test_every_text_typed_on_the_room_page_reads_in_its_own_direction():
    state, person = a_room()
    page = pages.room(state, person, "/r/x", name=NAME, draft=POINT)
    assert all(typed in page for typed in TYPED)  # (shown: what is checked is there)
    assert not_isolated(page) == []
    assert '<textarea id="text" name="text" rows="6" dir="auto"' in page  # typing, too


@pytest.mark.parametrize(("words", "shown"), [
    ("נקודה בדויה, התקשרו פעמיים @Kim Example.",  # a Latin name after Hebrew words
     "נקודה בדויה, התקשרו פעמיים <bdi>@Kim Example</bdi>."),
    ("Invented point, rang 3 times @דנה בדויה",
     "Invented point, rang 3 times <bdi>@דנה בדויה</bdi>"),
    ("Invented <b>point</b> @Jo <i>!",
     "Invented &lt;b&gt;point&lt;/b&gt; <bdi>@Jo &lt;i&gt;</bdi>!"),
    ("Invented point naming no one", "Invented point naming no one"),
    ("Invented point @four words after it", "Invented point @four words after it"),
    ("invented@example.org wrote it", "invented@example.org wrote it"),
])
def test_an_at_name_kept_in_a_points_words_reads_in_its_own_direction(words, shown):
    """An "@…" that named no one listed stays in the point's words (model/attribution.py), and
    F3 shows those words to the room: "@Kim Example" after Hebrew words showed as
    "Kim Example@". At the end only, up to three words, as the app reads one."""
    assert pages.point_words(words) == shown
    state, person = a_room()
    state.share(QUESTION.step_key, [words])
    assert f"<li{pages.AUTO}>{shown}</li>" in pages.room(state, person, "/r/x")


def test_the_status_frame_isolates_the_question_asked_inside_its_sentence():
    state, person = a_room()
    frame = pages.status(state, person, "/r/x", on=QUESTION.step_key, asked=False)
    assert f"The facilitator asks: <bdi>{PROMPT}</bdi>" in frame
    assert POINT in frame and SHARED in frame and not_isolated(frame) == []
