"""The room's pages through aiohttp's test server: joining, sending a point without JavaScript
(form post, 303, the page lists it), the facilitator's answers, and what each participant sees."""

from __future__ import annotations

import pytest

from reflect.room.contract import RoomQuestion
from reflect.room.handlers import HEADERS
from reflect.room.state import RoomState
from tests.room_helpers import (
    QUESTION,
    SECOND,
    browser,
    csrf_of,
    open_page,
    send,
    served,
)


@pytest.fixture
async def room():
    async with served(RoomState()) as room:
        yield room


async def test_the_landing_page_asks_for_the_code(room):
    client, state, _, _ = room
    response = await client.get("/")
    page = await response.text()
    assert response.status == 200
    assert 'name="code"' in page and 'action="/"' in page
    assert '<meta name="viewport"' in page


async def test_the_right_code_goes_in_however_it_is_typed(room):
    client, state, _, _ = room
    typed = state.code.replace("-", " ").lower()
    response = await client.post("/", data={"code": typed}, allow_redirects=False)
    assert response.status == 303
    assert response.headers["Location"] == f"/r/{state.token}"


async def test_a_wrong_code_is_refused_plainly_and_kept_in_the_box(room):
    client, state, _, _ = room
    response = await client.post("/", data={"code": "ZZZZ-99"}, allow_redirects=False)
    page = await response.text()
    assert response.status == 403
    assert "not this room&#x27;s code" in page and 'value="ZZZZ-99"' in page


async def test_guessing_codes_is_stopped_for_everyone_for_a_while(room):
    client, state, _, _ = room
    statuses = [(await client.post("/", data={"code": f"AAAA-{i:02d}"})).status
                for i in range(12)]
    assert statuses[:10] == [403] * 10 and statuses[10:] == [429, 429]
    right = await client.post("/", data={"code": state.code}, allow_redirects=False)
    assert right.status == 429  # a locked room tells a guesser nothing, not even a right code
    assert "Wait 6 seconds" in await right.text()


async def test_a_wrong_link_is_refused_and_counts_as_a_guess(room):
    client, state, _, _ = room
    response = await client.get("/r/not-the-token")
    assert response.status == 404
    assert "This room link is not right" in await response.text()
    for _ in range(12):
        last = await client.get("/r/still-not-it")
    assert last.status == 429 and last.headers["Retry-After"] == "6"
    assert (await client.get(f"/r/{state.token}")).status == 200  # the real link still works


async def test_waiting_page_reloads_itself_without_javascript_and_has_no_box(room):
    client, state, _, _ = room
    page = await open_page(client, state)
    assert "Waiting for the facilitator" in page
    assert '<noscript><meta http-equiv="refresh" content="5"></noscript>' in page
    assert "<textarea" not in page
    assert f'href="/r/{state.token}">Refresh</a>' in page


async def test_the_page_follows_the_facilitator(room):
    client, state, _, _ = room
    state.show(QUESTION)
    page = await open_page(client, state)
    assert "Question 1 of 3" in page and "share information?" in page
    assert "Child ZZ (Invented Shire)" in page and "<textarea" in page
    assert 'http-equiv="refresh"' not in page  # never reload a page someone is typing into
    state.show(SECOND)
    page = await open_page(client, state)
    assert "Question 2 of 3" in page and "share information?" not in page


async def test_a_point_sent_without_javascript_reaches_the_app_once_and_is_listed(room):
    client, state, got, _ = room
    state.show(QUESTION)
    response = await send(client, state, "  Invented point: the health visitor rang.\r\n",
                          name="Ann Example")
    assert response.status == 303
    # (no fragment: the page's script kept it on the address, to be bookmarked: a trial)
    assert response.headers["Location"] == f"/r/{state.token}?sent=1"
    assert len(got.points) == 1
    point = got.points[0]
    assert (point.step_key, point.text, point.name) == (
        "q:zz-q1", "Invented point: the health visitor rang.", "Ann Example")
    assert point.participant and "127.0.0.1" not in point.participant
    page = await open_page(client, state)
    assert 'class="waiting"><span class="status">Waiting</span>' in page
    assert "the health visitor rang." in page
    assert 'value="Ann Example"' in page  # the name is remembered for this browser


async def test_a_multipart_post_works_too(room):
    client, state, got, _ = room
    state.show(QUESTION)
    response = await send(client, state, "Invented point \u00e9\u4e2d", multipart=True)
    assert response.status == 303
    assert [p.text for p in got.points] == ["Invented point \u00e9\u4e2d"]
    assert got.points[0].name == ""


async def test_accepted_and_declined_show_to_the_writer_and_a_declined_text_is_dropped(room):
    client, state, got, _ = room
    state.show(QUESTION)
    await send(client, state, "Invented point one")
    await send(client, state, "Invented point two")
    one, two = got.points
    state.resolve(one.id, True)
    state.resolve(two.id, False)
    page = await open_page(client, state)
    assert 'class="accepted"><span class="status">Accepted</span>' in page
    assert "Invented point one" in page
    assert 'class="declined"><span class="status">Declined</span>' in page
    assert "Invented point two" not in page
    assert all("Invented point two" not in p.text for person in state.participants.values()
               for p in person.points)


async def test_a_declined_point_brought_back_waits_again_on_its_writers_page(room):
    """The facilitator's `u` after a `d` pressed by mistake: the room dropped the words as it
    was declined; the app gives them back, and the page lists the point as waiting again."""
    client, state, got, _ = room
    state.show(QUESTION)
    await send(client, state, "Invented point declined by mistake")
    [point] = got.points
    state.resolve(point.id, False)
    assert "Not added by the facilitator (not in the notes)." in await open_page(client, state)
    state.reopen(point.id, point.participant, point.text)
    page = await open_page(client, state)
    assert 'class="waiting"><span class="status">Waiting</span>' in page
    assert "Invented point declined by mistake" in page
    state.resolve(point.id, True)  # and it can be decided again
    assert 'class="accepted">' in await open_page(client, state)
    state.reopen(point.id, point.participant, "Invented other words")  # only a declined one
    assert "Invented other words" not in await open_page(client, state)


async def test_a_point_accepted_as_edited_shows_its_writer_the_words_kept(room):
    client, state, got, _ = room
    state.show(QUESTION)
    await send(client, state, "Invented pint wiht typos")
    await send(client, state, "Invented point kept as sent")
    edited, kept = got.points
    state.resolve(edited.id, True, "Invented point with typos mended")
    state.resolve(kept.id, True, "Invented point kept as sent")
    page = await open_page(client, state)
    assert ('<span class="status">Accepted, as the facilitator edited it</span> '
            '<span class="where">') in page
    assert "Invented point with typos mended" in page and "wiht" not in page
    assert '<span class="status">Accepted</span>' in page  # the same words: plainly accepted


async def test_nobody_sees_another_participants_points_until_they_are_shared(room):
    client, state, got, server = room
    state.show(QUESTION)
    await send(client, state, "Invented private point")
    state.resolve(got.points[0].id, True)
    async with browser(server) as other:
        unshared = await open_page(other, state)
        assert "Invented private point" not in unshared and "Accepted" not in unshared
        assert "None yet" in unshared  # the writer's status is theirs alone
        state.share("q:zz-q1", ["Invented private point"])
        shared = await open_page(other, state)
        assert "Points the facilitator shared" in shared and "Invented private point" in shared
        state.show(SECOND)  # shared only with its own question
        assert "Invented private point" not in await open_page(other, state)
        state.show(QUESTION)
        state.share("q:zz-q1", None)
        assert "Invented private point" not in await open_page(other, state)


async def test_the_state_for_the_script_changes_when_the_facilitator_moves(room):
    client, state, got, _ = room
    await open_page(client, state)
    first = await (await client.get(f"/r/{state.token}/state")).json()
    assert first["step_key"] == ""
    assert "Waiting for the facilitator" in first["sections"]["question"]
    state.show(QUESTION)
    second = await (await client.get(f"/r/{state.token}/state")).json()
    assert second["version"] != first["version"] and second["step_key"] == "q:zz-q1"
    await send(client, state, "Invented point")
    state.resolve(got.points[0].id, True)
    third = await (await client.get(f"/r/{state.token}/state")).json()
    assert third["version"] != second["version"] and "Accepted" in third["sections"]["mine"]


async def test_the_state_needs_a_participant(room):
    client, state, _, server = room
    async with browser(server) as stranger:
        response = await stranger.get(f"/r/{state.token}/state")
        assert response.status == 403


async def test_a_point_for_a_question_never_shown_is_refused_and_kept(room):
    client, state, got, _ = room
    state.show(QUESTION)
    response = await send(client, state, "Invented point", step_key="q:not-shown")
    assert response.status == 400 and "not open in this room" in await response.text()
    assert got.points == []


async def test_a_point_written_for_the_previous_question_still_counts_for_it(room):
    client, state, got, _ = room
    state.show(QUESTION)
    csrf = csrf_of(await open_page(client, state))
    state.show(SECOND)
    response = await send(client, state, "Invented late point", csrf=csrf, step_key="q:zz-q1")
    assert response.status == 303 and got.points[0].step_key == "q:zz-q1"


async def test_the_page_names_the_question_a_kept_point_will_still_be_sent_for(room):
    """The facilitator went back from Question 2 to Question 1 while a point was in the box: the
    page said "has moved on" and named no question, and the point went to Question 2 (a trial).
    Without the script the page, shown again with the point kept, names Question 2 and says how
    to write a new point for the question on show instead."""
    client, state, got, _ = room
    state.show(QUESTION)
    state.show(SECOND)
    page = await open_page(client, state)
    assert '<p id="moved" class="message" hidden>' in page  # the box is for the question shown
    assert 'data-heading="Question 2 of 3"' in page
    state.show(QUESTION)  # back to Question 1; the point is refused (too long), kept in the box
    response = await send(client, state, "Invented point " * 200, csrf=csrf_of(page),
                          step_key=SECOND.step_key)
    page = await response.text()
    assert response.status == 400 and "<h1>Question 1 of 3</h1>" in page
    assert ('<p id="moved" class="message">The facilitator has <span id="moved-to">moved to '
            'another question</span>: this point will still be sent for <span id="moved-for">'
            'Question 2 of 3</span>, the one you were answering.') in page
    assert "moved on" not in page
    assert "empty the box and use Refresh (below)" in page
    assert 'name="step_key" value="q:zz-q2"' in page and 'data-heading="Question 2 of 3"' in page


async def test_off_the_questions_the_note_says_so_and_names_no_question_shown(room):
    """On What to do now the page shows "Waiting for the facilitator" and no question, and
    the note under a kept point said "moved to another question" and offered a new point "for
    the question shown now" (a facilitator's trial). It says the facilitator moved on from the
    questions, names the question the point will still go to, and that none is on show."""
    client, state, got, _ = room
    state.show(QUESTION)
    page = await open_page(client, state)
    state.show(RoomQuestion("", QUESTION.review_title, "Waiting for the facilitator", ""))
    response = await send(client, state, "Invented point " * 200, csrf=csrf_of(page),
                          step_key=QUESTION.step_key)
    page = await response.text()
    assert response.status == 400 and "<h1>Waiting for the facilitator</h1>" in page
    assert ('The facilitator has <span id="moved-to">moved on from the questions for now'
            '</span>: this point will still be sent for <span id="moved-for">Question 1 of '
            '3</span>, the one you were answering.') in page
    assert "another question" not in page and "question shown now" not in page
    assert "There is no question on show now" in page
    assert 'name="step_key" value="q:zz-q1"' in page and not got.points


async def test_confidence_answers_are_counted_and_can_be_changed(room):
    client, state, got, server = room
    state.ask_confidence("start", "How confident do you feel about escalating concerns?")
    page = await open_page(client, state)
    assert "How confident do you feel" in page and 'name="level"' in page
    csrf = csrf_of(page)
    url = f"/r/{state.token}/confidence"
    assert (await client.post(url, data={"csrf": csrf, "level": "2"},
                              allow_redirects=False)).status == 303
    assert (await client.post(url, data={"csrf": csrf, "level": "4"},
                              allow_redirects=False)).status == 303
    async with browser(server) as other:
        other_csrf = csrf_of(await open_page(other, state))
        await other.post(url, data={"csrf": other_csrf, "level": "4"})
        assert (await other.post(url, data={"csrf": other_csrf, "level": "9"})).status == 400
        assert (await other.post(url, data={"csrf": "forged", "level": "1"})).status == 403
    assert got.counts[-1].counts == {1: 0, 2: 0, 3: 0, 4: 2, 5: 0}
    counts = state.close_confidence()
    assert counts.phase == "start" and counts.counts[4] == 2
    assert (await client.post(url, data={"csrf": csrf, "level": "3"})).status == 400
    assert len(got.counts) == 3


async def test_static_files_are_served_from_the_same_origin(room):
    client, _, _, _ = room
    css = await client.get("/static/room.css")
    js = await client.get("/static/room.js")
    assert css.status == js.status == 200
    assert css.content_type == "text/css" and js.content_type == "text/javascript"
    assert "fetch(" in await js.text()
    # every 2 seconds (the browser tests serve it asking sooner: tests/e2e/browser.py)
    assert (await js.text()).count("window.setTimeout(poll, 2000)") == 2


@pytest.mark.parametrize("path", ["/", "/static/room.css", "/no-such-page", "/r/wrong"])
async def test_every_response_carries_the_safety_headers(room, path):
    client, _, _, _ = room
    response = await client.get(path)
    for header, value in HEADERS.items():
        assert response.headers.get(header) == value, (path, header)
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]


async def test_the_room_page_carries_the_headers_and_a_strict_cookie(room):
    client, state, _, _ = room
    response = await client.get(f"/r/{state.token}")
    assert response.headers["Cache-Control"] == "no-store"
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert f"Path=/r/{state.token}" in cookie


async def test_hostile_text_is_shown_as_text(room):
    client, state, got, _ = room
    hostile = "<script>alert(1)</script>\x1b]0;X\x07\u202eevil"
    state.show(RoomQuestion(step_key="q:zz-q1", review_title=f"Child ZZ {hostile}",
                            heading=f"Question {hostile}", text=f"Why {hostile}?"))
    await send(client, state, f"Point {hostile}", name=f"Name {hostile}")
    assert got.points[0].text == "Point <script>alert(1)</script>evil"
    assert got.points[0].name == "Name <script>alert(1)</script>evil"
    state.resolve(got.points[0].id, True)
    state.share("q:zz-q1", [f"Shared {hostile}"])
    for page in (await open_page(client, state),
                 str(await (await client.get(f"/r/{state.token}/state")).json())):
        assert "<script>alert" not in page
        assert "\x1b" not in page and "\x07" not in page and "\u202e" not in page
    page = await open_page(client, state)
    # the title (twice), the heading (four times: on top, beside the point, and for the box in
    # its hidden note and for the script), the question, the point, the shared point and the
    # name remembered in the box
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") == 10
    assert 'value="Name &lt;script&gt;' in page


async def test_the_status_frame_is_framed_by_the_room_only_and_says_what_changes(room):
    """Without JavaScript a page with a box keeps its points up to date in a frame of the
    room's own (tests/e2e/test_room_browser.py): only that page may be framed, and only by the
    room; it says when the facilitator has moved on, or asks the confidence check."""
    client, state, _, server = room
    state.show(QUESTION)
    page = await open_page(client, state)
    assert f'<iframe class="status" src="/r/{state.token}/status?on=q%3Azz-q1&amp;asked=0"' \
        in page and "<noscript><link rel=\"stylesheet\" href=\"/static/noscript.css\">" in page
    main = (await client.get(f"/r/{state.token}")).headers["Content-Security-Policy"]
    assert "frame-src 'self'" in main and "frame-ancestors 'none'" in main
    response = await client.get(f"/r/{state.token}/status?on=q:zz-q1&asked=0")
    assert response.status == 200
    assert "frame-ancestors 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
    framed = await response.text()
    assert '<meta http-equiv="refresh" content="5">' in framed and "room.js" not in framed
    assert "moved" not in framed
    # nothing to act on: its <main> takes the focus, which the browser scrolls to (the frame's
    # document, focused, was left off screen); with a link, the link does, and it does not
    assert '<main tabindex="0">' in framed
    state.show(SECOND)
    state.ask_confidence("end", "How sure are you, invented?")
    framed = await (await client.get(f"/r/{state.token}/status?on=q:zz-q1&asked=0")).text()
    assert "The facilitator has moved to Question 2 of 3." in framed
    assert "The facilitator asks: <bdi>How sure are you, invented?</bdi>" in framed
    assert 'target="_top"' in framed and "<main>" in framed and "tabindex" not in framed
    # A browser not in the room (no cookie) is told so, in the frame.
    async with browser(server) as stranger:
        response = await stranger.get(f"/r/{state.token}/status")
        assert response.status == 403 and response.headers["X-Frame-Options"] == "SAMEORIGIN"


async def test_the_confidence_check_away_from_a_question_is_not_headed_waiting(room):
    """During the confidence check (at the first step and the summary) participants' pages
    were headed "Waiting for the facilitator", above the question to answer (a trial)."""
    client, state, _, _ = room
    state.ask_confidence("start", "How sure are you about Invented Shire's plans?")
    page = await open_page(client, state)
    assert "<h1>A quick question from the facilitator</h1>" in page
    assert "<h1>Waiting for the facilitator</h1>" not in page
    sections = (await (await client.get(f"/r/{state.token}/state")).json())["sections"]
    assert sections["question"] == "<h1>A quick question from the facilitator</h1>"
    state.close_confidence()
    assert "Waiting for the facilitator" in await open_page(client, state)
