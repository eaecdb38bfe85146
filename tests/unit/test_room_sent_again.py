"""A point sent again from the same phone after the facilitator accepted it: a participant who
lost the connection as they sent sends the same words again, and they went into the notes
twice (a room trial). The same words from the same phone on the same question, accepted, are
the one point, and the page says it is there already; another phone's are another point."""

from __future__ import annotations

import pytest

from reflect.room.pages import ALREADY_NOTE, SENT_NOTE
from reflect.room.state import RoomState
from tests.room_helpers import QUESTION, SECOND, browser, csrf_of, open_page, send, served

WORDS = "Invented: ring Team Blue's duty desk before the visit"


@pytest.fixture
async def room():
    state = RoomState()
    state.show(QUESTION)
    async with served(state) as room:
        yield room


async def test_the_same_words_accepted_are_one_point_and_the_page_says_so(room):
    client, state, got, _ = room
    csrf = csrf_of(await open_page(client, state))
    await send(client, state, WORDS, csrf=csrf)
    state.resolve(got.points[0].id, True)
    again = await send(client, state, WORDS, csrf=csrf)
    assert again.status == 303
    assert len(got.points) == 1  # nothing new for the facilitator to decide
    assert again.headers["Location"].endswith(f"?sent=1&already={got.points[0].id}")
    page = await (await client.get(again.headers["Location"])).text()
    assert ALREADY_NOTE in page and SENT_NOTE not in page
    assert page.count('class="accepted"') == 1  # listed once, as accepted


async def test_accepted_in_the_facilitators_words_is_still_the_one_point(room):
    client, state, got, _ = room
    csrf = csrf_of(await open_page(client, state))
    await send(client, state, WORDS, csrf=csrf)
    state.resolve(got.points[0].id, True, "Invented: ring the duty desk before the visit")
    await send(client, state, WORDS, csrf=csrf)
    assert len(got.points) == 1


async def test_another_phone_sending_the_same_words_is_another_point(room):
    client, state, got, server = room
    await send(client, state, WORDS)
    state.resolve(got.points[0].id, True)
    async with browser(server) as other:
        response = await send(other, state, WORDS)
        page = await (await other.get(response.headers["Location"])).text()
    assert len(got.points) == 2 and got.points[0].participant != got.points[1].participant
    assert SENT_NOTE in page and ALREADY_NOTE not in page


async def test_declined_or_for_another_question_it_is_a_new_point(room):
    client, state, got, _ = room
    csrf = csrf_of(await open_page(client, state))
    await send(client, state, WORDS, csrf=csrf)
    state.resolve(got.points[0].id, False)
    await send(client, state, WORDS, csrf=csrf)  # declined: the facilitator decides again
    assert len(got.points) == 2
    state.resolve(got.points[1].id, True)
    state.show(SECOND)
    await send(client, state, WORDS, csrf=csrf)  # the same words, another question
    assert len(got.points) == 3


async def test_an_already_link_for_someone_elses_point_says_nothing_of_it(room):
    """The page names only the phone's own points: an id from another phone's address is
    the usual "Sent" at most."""
    client, state, got, server = room
    await send(client, state, WORDS)
    state.resolve(got.points[0].id, True)
    async with browser(server) as other:
        await open_page(other, state)
        await send(other, state, "Invented: another point")
        page = await (await other.get(
            f"/r/{state.token}?sent=1&already={got.points[0].id}")).text()
    assert ALREADY_NOTE not in page and WORDS not in page
