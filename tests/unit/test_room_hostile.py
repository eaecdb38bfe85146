"""Any text in any field of the room's pages stays text: the pages' structure (their tags and
attributes) is the same as with harmless text, and no control character reaches a browser."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from reflect.room import pages
from reflect.room.contract import RoomQuestion
from reflect.room.state import RoomState
from reflect.text import has_controls


class Shape(HTMLParser):
    """The tags and attribute names of a page, and all its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[str, ...]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, tuple(name for name, _ in attrs)))

    def handle_endtag(self, tag: str) -> None:
        self.tags.append(("/" + tag, ()))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def shape(page: str) -> Shape:
    parser = Shape()
    parser.feed(page)
    parser.close()
    return parser


def room_page(text: str) -> str:
    state = RoomState()
    state.show(RoomQuestion(step_key=f"q:{text}", review_title=text, heading=text, text=text))
    state.ask_confidence("end", text)
    person = state.join()
    assert person is not None
    point = state.add_point(person, f"q:{text}", text)
    state.resolve(point.id, True)
    state.share(f"q:{text}", [text, text])
    return pages.room(state, person, "/r/token", name=text, draft=text, message=text)


HOSTILE = st.text(alphabet=st.sampled_from(list("<>&\"'=/ ab\n\x1b\x07\x00\x9b\u202e;]")) |
                  st.characters(), min_size=1, max_size=60)


@settings(max_examples=300, deadline=None)
@given(HOSTILE)
def test_any_text_keeps_the_pages_shape(text):
    page = room_page(text)
    assert shape(page).tags == shape(room_page("harmless")).tags
    assert not has_controls(page.replace("\n", ""))
    landing = pages.landing(text, text)
    assert shape(landing).tags == shape(pages.landing("harmless", "harmless")).tags
    assert not has_controls(landing.replace("\n", ""))
