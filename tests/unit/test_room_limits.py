"""Every refusal of the room's server: forged or missing form tokens, too long, too fast, too
many people, too big a body, the wrong method, and an app that cannot take a point."""

from __future__ import annotations

import pytest

from reflect.room.state import MAX_POINT, RoomState
from tests.room_helpers import (
    QUESTION,
    browser,
    csrf_of,
    open_page,
    send,
    served,
    textarea_of,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def room(clock):
    state = RoomState(max_participants=3, clock=clock)
    state.show(QUESTION)
    async with served(state) as room:
        yield room


@pytest.mark.parametrize("csrf", ["", "forged-token"])
async def test_a_missing_or_wrong_form_token_is_refused(room, csrf):
    client, state, got, _ = room
    await open_page(client, state)
    response = await send(client, state, "Invented point", csrf=csrf)
    assert response.status == 403
    assert "did not come from your room page" in await response.text()
    assert got.points == []


async def test_another_participants_form_token_is_refused(room):
    client, state, got, server = room
    async with browser(server) as other:
        others = csrf_of(await open_page(other, state))
    await open_page(client, state)
    assert (await send(client, state, "Invented point", csrf=others)).status == 403
    assert got.points == []


async def test_a_post_without_the_participant_cookie_is_refused(room):
    client, state, got, server = room
    csrf = csrf_of(await open_page(client, state))
    async with browser(server) as stranger:
        assert (await send(stranger, state, "Invented point", csrf=csrf)).status == 403
    assert got.points == []


async def test_a_point_of_exactly_the_limit_is_taken(room):
    client, state, got, _ = room
    assert (await send(client, state, "z" * MAX_POINT)).status == 303
    assert len(got.points[0].text) == MAX_POINT


async def test_too_long_a_point_is_refused_clearly_and_kept_in_the_box(room):
    client, state, got, _ = room
    text = "Invented long point. " * 100  # 2,100 characters
    response = await send(client, state, text)
    page = await response.text()
    assert response.status == 400
    assert "too long: 2,099 characters" in page and "up to 2,000" in page
    assert textarea_of(page) == text
    assert got.points == []


async def test_a_point_written_on_several_lines_reaches_the_app_on_one(room):
    """A point's lines came into the app's one-line box for editing and were drawn over the
    step list (a trial): the point arrives on one line, as a paste into the app does."""
    client, state, got, _ = room
    response = await send(client, state, "Invented\r\nmulti-line\n\n  point ")
    assert response.status == 303
    assert [p.text for p in got.points] == ["Invented multi-line point"]


@pytest.mark.parametrize("text", ["  \n\x1b ", "\u200b\u200b", " \u00ad ", "\ufeff",
                                  "\u2060\u200d\u3000"])
async def test_an_empty_point_is_refused(room, text):
    """A point of invisible characters alone (a zero-width space, a soft hyphen, a byte-order
    mark) was sent, and waited in the app as a blank line "— anonymous" (a room trial)."""
    client, state, got, _ = room
    response = await send(client, state, text)
    assert response.status == 400 and "Write your point" in await response.text()
    assert got.points == []


async def test_a_name_of_invisible_characters_alone_is_anonymous(room):
    client, state, got, _ = room
    assert (await send(client, state, "Invented point", name="\u200b\u2060")).status == 303
    assert [p.name for p in got.points] == [""]


async def test_points_are_limited_per_participant_and_the_text_is_kept(room, clock):
    client, state, got, server = room
    statuses = [(await send(client, state, f"Invented point {i}")).status for i in range(6)]
    assert statuses == [303] * 5 + [429]
    refused = await send(client, state, "Invented point kept")
    assert "Wait 6 seconds, then send" in await refused.text() and \
        textarea_of(await refused.text()) == "Invented point kept"
    # the seconds said to the page's script too, which lets the message go after them
    assert '<p class="message" role="alert" data-wait="6">You have sent' in await refused.text()
    clock.now += 2.5  # (refused, it counts nothing)
    assert "Wait 4 seconds" in await (await send(client, state, "Invented point")).text()
    # a reload puts the point back in the box, with the same word and its seconds
    again = await client.get(f"/r/{state.token}")
    assert 'data-wait="4">You have sent a lot of points' in await again.text()
    async with browser(server) as other:  # another participant has their own allowance
        assert (await send(other, state, "Invented other point")).status == 303
    clock.now += 3.5  # ten a minute: one more six seconds after the fifth
    assert (await send(client, state, "Invented point later")).status == 303
    assert (await send(client, state, "Invented point too soon")).status == 429
    assert len(got.points) == 7


async def test_a_full_room_refuses_a_new_browser_plainly(room):
    client, state, _, server = room
    async with browser(server) as second, browser(server) as third, browser(server) as fourth:
        for n, person in enumerate((client, second, third)):  # each has sent something
            assert (await send(person, state, f"Invented point {n}")).status == 303
        response = await fourth.get(f"/r/{state.token}")
        assert response.status == 503 and "The room is full" in await response.text()
    assert (await client.get(f"/r/{state.token}")).status == 200  # those in stay in
    assert len(state.participants) == 3


async def test_page_loads_that_send_nothing_do_not_fill_the_room(room):
    """Each visit without the room's cookie counted as someone for good: sixty page loads (a
    browser blocking cookies reloads every few seconds) filled the room (a fresh-eyes trial)."""
    client, state, got, server = room
    assert (await send(client, state, "Invented point from someone in")).status == 303
    for _ in range(5):  # browsers that load the page and are gone
        async with browser(server) as passing:
            await open_page(passing, state)
    async with browser(server) as late:
        assert (await send(late, state, "Invented late point")).status == 303
    assert [p.text for p in got.points] == ["Invented point from someone in",
                                            "Invented late point"]
    assert (await send(client, state, "Invented second point")).status == 303  # still in


async def test_joined_counts_people_who_sent_or_answered_not_page_loads(room):
    """Fetching the link without cookies (curl, a link-preview bot, a phone refusing cookies)
    counted one more person each time: 60 "joined" with about five people (a user trial)."""
    client, state, _, server = room
    for _ in range(5):
        async with browser(server) as passing:
            await open_page(passing, state)
    await open_page(client, state)
    assert state.joined() == 0
    assert (await send(client, state, "Invented point from Sam Sample")).status == 303
    assert (await send(client, state, "Invented second point")).status == 303
    assert state.joined() == 1
    state.ask_confidence("start", "How confident do you feel about invented sharing?")
    async with browser(server) as answering:
        csrf = csrf_of(await open_page(answering, state))
        response = await answering.post(f"/r/{state.token}/confidence",
                                        data={"csrf": csrf, "level": "4"},
                                        allow_redirects=False)
        assert response.status == 303
    assert state.joined() == 2
    state.close_confidence()
    assert state.joined() == 2  # still counted once the check has closed


async def test_too_big_a_body_is_refused(room):
    client, state, got, _ = room
    csrf = csrf_of(await open_page(client, state))
    response = await client.post(f"/r/{state.token}/point",
                                 data={"csrf": csrf, "step_key": "q:zz-q1",
                                       "text": "x" * 20_000})
    assert response.status == 413 and "too long for the room" in await response.text()
    response = await client.post("/", data={"code": "x" * 20_000})
    assert response.status == 413
    assert got.points == []


@pytest.mark.parametrize(("method", "path"), [
    ("PUT", "/r/{token}/point"), ("HEAD", "/r/{token}/point"), ("DELETE", "/"),
    ("POST", "/r/{token}"), ("POST", "/static/room.css"), ("HEAD", "/r/{token}"),
])
async def test_other_methods_are_refused(room, method, path):
    client, state, _, _ = room
    response = await client.request(method, path.format(token=state.token))
    assert response.status == 405
    assert "Allow" in response.headers


async def test_a_form_address_asked_for_again_is_the_room_page_the_point_refused_kept(room):
    """A reload at /r/<token>/point, where a refusal is shown, was "405 Not allowed" (a trial):
    it leads back to the room page, the point refused in its box once; sent, nothing is kept."""
    client, state, got, _ = room
    text = "Invented long point. " * 100
    assert (await send(client, state, text, name="Sam Sample")).status == 400
    for path in ("point", "confidence"):
        response = await client.get(f"/r/{state.token}/{path}", allow_redirects=False)
        assert response.status == 303
        assert response.headers["Location"].startswith(f"/r/{state.token}")
    page = await open_page(client, state)
    assert textarea_of(page) == text and "too long: 2,099 characters" in page
    assert 'value="Sam Sample"' in page
    assert textarea_of(await open_page(client, state)) == ""  # once
    assert (await send(client, state, text)).status == 400
    assert (await send(client, state, "Invented point sent")).status == 303
    assert textarea_of(await open_page(client, state)) == ""
    assert [p.text for p in got.points] == ["Invented point sent"]


async def test_an_app_that_cannot_take_a_point_keeps_it_in_the_box(clock):
    state = RoomState(clock=clock)
    state.show(QUESTION)

    def broken(point: object) -> None:
        raise RuntimeError("invented failure")

    from aiohttp.test_utils import TestServer

    from reflect.room.handlers import build_app

    server = TestServer(build_app(state, broken))
    await server.start_server()
    async with browser(server) as client:
        response = await send(client, state, "Invented point")
        page = await response.text()
        assert response.status == 500 and textarea_of(page) == "Invented point"
        assert "None yet" in page
    await server.close()


async def test_a_double_tap_sends_a_point_once(room):
    """Send tapped twice queued the point twice, and Accept all took both (a fresh-eyes
    trial); the same text once it is declined is a new point (accepted, it is the one point:
    tests/unit/test_room_sent_again.py)."""
    client, state, got, _ = room
    csrf = csrf_of(await open_page(client, state))
    first = await send(client, state, "Invented double tap", csrf=csrf)
    again = await send(client, state, "Invented double tap", csrf=csrf)
    assert (first.status, again.status) == (303, 303)  # the second is told it went, as it did
    assert [p.text for p in got.points] == ["Invented double tap"]
    state.resolve(got.points[0].id, False)
    assert (await send(client, state, "Invented double tap", csrf=csrf)).status == 303
    assert len(got.points) == 2  # said again after it was declined: for the facilitator again


async def test_wrong_codes_pause_joining_for_the_seconds_the_page_says(room, clock):
    """After ten wrong codes the page said "Wait a minute", the app "about a minute", and the
    right code went in seven seconds later (a trial): the rule is one code every six seconds
    once ten wrong ones were tried, and the page says the seconds really left."""
    client, state, _, _ = room

    async def code(typed: str):  # type: ignore[no-untyped-def]
        return await client.post("/", data={"code": typed}, allow_redirects=False)

    for n in range(10):
        assert (await code(f"AAAA-{n:02d}")).status == 403
    right = await code(state.code)
    assert right.status == 429 and right.headers["Retry-After"] == "6"
    said = await right.text()
    assert "Wait 6 seconds, then try again" in said and "minute" not in said
    clock.now += 2.5
    right = await code(state.code)
    assert "Wait 4 seconds" in await right.text() and right.headers["Retry-After"] == "4"
    clock.now += 3.5  # six seconds after the tenth wrong code
    assert (await code(state.code)).status == 303
    assert (await code("AAAA-77")).status == 403  # one more wrong code: six seconds more
    right = await code(state.code)
    assert right.status == 429 and "Wait 6 seconds" in await right.text()
    wrong_link = await client.get("/r/not-the-token")  # a wrong link is told the same
    assert wrong_link.status == 429 and wrong_link.headers["Retry-After"] == "6"
    clock.now += 6.0
    assert (await code(state.code)).status == 303


def test_the_app_and_the_rooms_guide_say_the_rooms_own_pause():
    """The app said "paused for about a minute" and the page "Wait a minute" where the room's
    rule is six seconds a code (a trial): all say what RoomState does. The facilitator's guide
    to the room, once the README's section, is docs/using-the-room.md."""
    from pathlib import Path

    from reflect.ui.screens.room_waiting import JOINING_PAUSED

    state = RoomState()
    assert 1.0 / state.guesses.rate == 6.0  # ten wrong codes a minute: one every six seconds
    assert "six seconds" in JOINING_PAUSED and "minute" not in JOINING_PAUSED
    guide = " ".join(Path(__file__).parents[2].joinpath("docs", "using-the-room.md").read_text(
        encoding="utf-8").split())
    assert ("Ten wrong room codes or links in quick succession, from anyone, pause joining by "
            "code for six seconds, and six more after each further wrong one") in guide
    assert "about six seconds a code" not in guide
