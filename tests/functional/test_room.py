"""The room (#18), app side, against a fake room (tests/functional/room_fake.py): opening it,
following the facilitator, points waiting beside their question, the facilitator's decisions,
the personal-details flag, closing on every way out, and the confidence check."""

from __future__ import annotations

import json
import socket
import sys
from pathlib import Path

import pytest
from textual.widgets import Button, Input, RadioSet

from reflect.store.sessions import session_path
from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.screens.room_confidence import ConfidenceScreen
from reflect.ui.screens.room_open import OpenRoomScreen
from reflect.ui.screens.room_panel import RoomPanelScreen
from reflect.ui.screens.start import StartScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.incoming import IncomingList, IncomingQueue
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.points_panel import PointsEditor
from tests.functional import room_fake
from tests.functional.helpers import shown, wait_for
from tests.functional.test_facilitation import go_to, new_session

SIZE = (120, 40)


@pytest.fixture(autouse=True)
def fake_room(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's `reflect.room` is the fake."""
    monkeypatch.setitem(sys.modules, "reflect.room", room_fake)
    room_fake.ROOMS.clear()


def listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


async def open_room(pilot, screen: WalkthroughScreen, confidence: bool = False,
                    prompt: str | None = None, network: bool = False) -> room_fake.Room:
    """Open the (fake) room, on this computer only, or (`network`) on a network address."""
    app = pilot.app
    await pilot.press("f4")
    await wait_for(pilot, lambda: isinstance(app.screen, OpenRoomScreen))
    dialog = app.screen
    if network:
        dialog.query_one(RadioSet).query("ChoiceButton")[3].value = True
    if confidence:
        dialog.query_one("#room-confidence").value = True
        if prompt is not None:
            dialog.query_one("#room-confidence-prompt", Input).value = prompt
    dialog.query_one("#room-open", Button).press()
    await wait_for(pilot, lambda: isinstance(app.screen, RoomPanelScreen))
    return room_fake.ROOMS[-1]


async def hide_panel(pilot) -> None:
    await pilot.press("f4")
    await wait_for(pilot, lambda: not isinstance(pilot.app.screen, RoomPanelScreen))


async def room_on_question(pilot):  # type: ignore[no-untyped-def]
    """A new session with the (fake) room open and its panel hidden, on the first question:
    the screen and the room."""
    screen = await new_session(pilot)
    room = await open_room(pilot, screen)
    await hide_panel(pilot)
    await go_to(pilot, screen, "question")
    return screen, room


def queue(screen: WalkthroughScreen, index: int) -> IncomingQueue:
    return screen.query_one(f"#incoming-{index}", IncomingQueue)


async def sent_from_the_room(pilot, text: str, name: str):  # type: ignore[no-untyped-def]
    """`room_on_question`, then `text` sent from the room by `name`: the screen and the
    question's queue once the point waits there."""
    screen, room = await room_on_question(pilot)
    room.send(text, name=name)
    incoming = queue(screen, screen.index).query_one(IncomingList)
    await wait_for(pilot, lambda: incoming.option_count >= 1)
    return screen, incoming


async def edit_first_waiting(pilot, screen: WalkthroughScreen,  # type: ignore[no-untyped-def]
                             incoming: IncomingList):
    """The first point waiting opened in the point box to edit (E): the box, once its title
    names the room."""
    incoming.focus()
    incoming.highlighted = 0
    await pilot.press("e")
    box = screen.query_one(f"#points-{screen.index}", PointsEditor).form.first
    await wait_for(pilot, lambda: "Room:" in str(box.border_title))
    return box


def saved_text(sessions_dir: Path, screen: WalkthroughScreen) -> str:
    return session_path(sessions_dir, screen.session.id).read_text(encoding="utf-8")


async def test_open_room_offers_this_computer_first_and_shows_link_qr_and_code(
        fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot)
        await pilot.press("f4")
        await wait_for(pilot, lambda: isinstance(app.screen, OpenRoomScreen))
        dialog = app.screen
        radios = dialog.query_one(RadioSet)
        assert radios.pressed_index == 0
        labels = [str(b.label) for b in radios.query("ChoiceButton")]
        assert labels[0] == "This computer only" and "0.0.0.0" not in " ".join(labels)
        assert "unencrypted on the local network" in shown(dialog.query_one("#room-security"))
        # An address the room cannot use: said as it is, and the dialog stays.
        radios.query("ChoiceButton")[1].value = True  # the network address
        dialog.query_one("#room-open", Button).press()
        await wait_for(pilot, lambda: dialog.query_one("#room-error").display)
        assert shown(dialog.query_one("#room-error")) == room_fake.FAIL_HOSTS["192.0.2.1"]
        assert app.screen is dialog and screen.room is None
        radios.query("ChoiceButton")[0].value = True
        dialog.query_one("#room-open", Button).press()
        await wait_for(pilot, lambda: isinstance(app.screen, RoomPanelScreen))
        room = room_fake.ROOMS[-1]
        assert room.host == "127.0.0.1" and listening(room.port)
        panel = app.screen
        assert shown(panel.query_one("#room-code")) == "Room code: ZZ7Q-2P"
        assert room.url in shown(panel.query_one("#room-url"))
        # No QR code for this computer only: no phone can open 127.0.0.1 (a trial drew one).
        assert not panel.query("#room-qr")
        assert shown(panel.query_one("#room-no-qr")).startswith(
            "No QR code: the room is on this computer only (127.0.0.1), which no phone")
        # F4 hides the panel, F4 shows it again; the room stays open meanwhile.
        await hide_panel(pilot)
        assert screen.room is room and listening(room.port)
        await pilot.press("f4")
        await wait_for(pilot, lambda: isinstance(app.screen, RoomPanelScreen))
        app.screen.query_one("#room-close", Button).press()
        await wait_for(pilot, lambda: screen.room is None and not room.open)
        assert not listening(room.port)


async def test_room_follows_the_facilitator_and_points_wait_beside_their_question(
        fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot)
        room = await open_room(pilot, screen)
        await hide_panel(pilot)
        assert room.shown[-1].heading == "Waiting for the facilitator"
        assert room.shown[-1].step_key == "" and room.shown[-1].review_title == "Child ZZ"
        await go_to(pilot, screen, "question")
        first = screen.index
        assert room.shown[-1] == room_fake.RoomQuestion(
            "q:zz-first", "Child ZZ", "Question 1 of 3", "What would you do first?")
        # A point for this question, and one written for the second while it was shown.
        room.send("Call the invented school [b]now[/b]", name="Sam")
        room.send("Tell the invented GP", step_key="q:zz-second")
        await wait_for(pilot, lambda: queue(screen, first).display)
        waiting = queue(screen, first).query_one(IncomingList)
        assert waiting.option_count == 1
        label = str(waiting.get_option_at_index(0).prompt)
        assert "Call the invented school [b]now[/b] — Sam" in label  # literally
        second = next(i for i, s in enumerate(screen.steps) if s.key == "q:zz-second")
        steps = screen.query_one("#steps")
        await wait_for(pilot, lambda: "Question 2 •1:" in str(
            steps.get_option_at_index(second).prompt))
        await go_to(pilot, screen, "question", 2)
        assert room.shown[-1].heading == "Question 2 of 3"
        there = queue(screen, second).query_one(IncomingList)
        await wait_for(pilot, lambda: there.option_count == 1)
        # A point for a step that is no question is declined at once.
        room.send("For nothing", step_key="intro")
        assert list(room.resolved.values())[-1] is False


async def test_accept_edit_decline_and_accept_all_by_keys(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, room = await room_on_question(pilot)
        i = screen.index
        kept = room.send("Invented point to accept", name="Alex")
        declined = room.send("DECLINED-invented-words")
        edited = room.send("Invented point to et")
        rest = [room.send(f"Invented batch point {n}") for n in (1, 2)]
        incoming = queue(screen, i).query_one(IncomingList)
        await wait_for(pilot, lambda: incoming.option_count == 5)
        incoming.focus()
        incoming.highlighted = 0
        await pilot.press("a")
        await wait_for(pilot, lambda: room.resolved.get(kept.id) is True)
        answer = screen.session.answer("zz-first")
        assert [(p.text, p.from_room) for p in answer.points] == [
            ("Invented point to accept", "Alex")]
        # "Alex" may be Alex Example, listed: asked once (tests/functional/test_room_senders.py).
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("escape")  # neither, for now
        await wait_for(pilot, lambda: app.screen is screen and app.focused is incoming)
        await wait_for(pilot, lambda: incoming.option_count == 4)
        incoming.highlighted = 0
        await pilot.press("d")
        await wait_for(pilot, lambda: room.resolved.get(declined.id) is False)
        incoming.highlighted = 0
        await pilot.press("e")
        box = screen.query_one(f"#points-{i} .point-text", Input)
        await wait_for(pilot, lambda: box.value == "Invented point to et" and app.focused is box)
        await pilot.press("backspace", "d", "i", "t", "enter")
        await wait_for(pilot, lambda: room.resolved.get(edited.id) is True)
        assert answer.points[-1].text == "Invented point to edit"
        # Its writer's page shows the words kept, not those sent (a trial: it showed
        # "Accepted" beside the words as sent).
        assert room.resolved_as[edited.id] == "Invented point to edit"
        assert answer.points[-1].from_room == "anonymous"
        incoming.focus()
        await pilot.press("A")
        await wait_for(pilot, lambda: all(room.resolved.get(p.id) for p in rest))
        assert [p.text for p in answer.points][-2:] == ["Invented batch point 1",
                                                        "Invented batch point 2"]
        # None waits; the queue stays while the point declined can be brought back (u).
        title = shown(queue(screen, i).query_one(".incoming-title", Literal))
        assert title.startswith("From the room: none waiting") and "(1 declined)" in title
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: not screen.keeper.dirty)  # (a worker writes it)
        text = saved_text(sessions_dir, screen)
        assert "Invented point to accept" in text and 'from_room = "Alex"' in text
        assert "DECLINED" not in text
        # Exports: the accepted points, "anonymous" where no name; nothing declined.
        from reflect.export.json_export import to_json
        from reflect.export.markdown import to_markdown
        from reflect.export.plain import to_text

        md = to_markdown(screen.session, screen.review)
        assert "- Invented point to edit (anonymous)" in md
        assert "DECLINED" not in md + to_text(screen.session) + to_json(screen.session)
        points = json.loads(to_json(screen.session))["session"]["answers"][0]["points"]
        assert points[0]["said_by"] == "Alex, no role or agency given"  # on no list
        assert points[0]["from_room"] is True


async def test_a_point_with_a_phone_number_is_flagged_before_it_is_accepted(
        fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, room = await room_on_question(pilot)
        room.send("Ring the invented aunt on 07700 900123", name="Sam")
        room.send("Nothing personal in this one")
        incoming = queue(screen, screen.index).query_one(IncomingList)
        await wait_for(pilot, lambda: incoming.option_count == 2)
        assert str(incoming.get_option_at_index(0).prompt).startswith(
            "⚠ looks like a UK phone number")
        assert "⚠" not in str(incoming.get_option_at_index(1).prompt)
        # Accept all leaves the flagged point to be decided on its own (it took it unasked,
        # and F3 could then show it on every phone: a fresh-eyes trial).
        incoming.focus()
        await pilot.press("A")  # Accept all
        await wait_for(pilot, lambda: [p.text for p in screen.session.answers[0].points]
                       == ["Nothing personal in this one"])
        await wait_for(pilot, lambda: incoming.option_count == 1)
        assert "07700 900123" in str(incoming.get_option_at_index(0).prompt)


async def test_a_point_naming_someone_is_flagged_as_a_name_said_once(fictional_dir,
                                                                   sessions_dir):
    """"⚠ looks like a likely name" said "likely" twice over (a trial)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, room = await room_on_question(pilot)
        room.send("Visit baby Sam at home", name="Alex")
        incoming = queue(screen, screen.index).query_one(IncomingList)
        await wait_for(pilot, lambda: incoming.option_count == 1)
        assert str(incoming.get_option_at_index(0).prompt).startswith(
            "⚠ looks like a name  Visit baby Sam at home")


async def test_an_at_in_capitals_naming_someone_listed_is_flagged(fictional_dir, sessions_dir):
    """"@SAM" with Sam Sample listed is a name, as the export's check reads it; "@SUM(1)" is
    no one's. The room's check was given no one's names, so "@SAM" went unflagged (a
    regression: the check took no "@" before capitals for a name unless someone listed)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot, people="Sam Sample, Social worker")
        room = await open_room(pilot, screen)
        await hide_panel(pilot)
        await go_to(pilot, screen, "question")
        room.send("@SAM rang the invented school", name="Alex")
        room.send("@SUM(1) train GPs", name="Alex")
        incoming = queue(screen, screen.index).query_one(IncomingList)
        await wait_for(pilot, lambda: incoming.option_count == 2)
        assert str(incoming.get_option_at_index(0).prompt).startswith(
            "⚠ looks like a name  @SAM rang")
        assert "⚠" not in str(incoming.get_option_at_index(1).prompt)


async def test_share_shows_the_accepted_points_to_the_room_and_hides_them(
        fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, room = await room_on_question(pilot)
        room.send("Invented shared point")
        incoming = queue(screen, screen.index).query_one(IncomingList)
        await wait_for(pilot, lambda: incoming.option_count == 1)
        await pilot.press("f3")
        assert room.shared == {"q:zz-first": []}
        incoming.focus()
        await pilot.press("a")
        await wait_for(pilot, lambda: room.shared["q:zz-first"] == ["Invented shared point"])
        await pilot.press("f3")
        assert room.shared["q:zz-first"] is None


async def test_room_stops_when_the_session_is_left(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot)
        room = await open_room(pilot, screen)
        await hide_panel(pilot)
        assert listening(room.port)
        await go_to(pilot, screen, "question")
        room.send("Invented waiting point", participant="p1")
        await wait_for(pilot, lambda: sum(len(w) for w in screen.waiting.values()) == 1)
        # One Esc closed it for everyone, with no word (a trial); then one asked, and the next
        # word typed answered (a trial): a first Esc says what a second does, which asks.
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert "The room is open (1 joined)" in shown(app.screen.query_one(Literal))
        assert "drops the 1 point still waiting" in shown(app.screen.query_one(Literal))
        await pilot.press("n")  # stay
        await wait_for(pilot, lambda: app.screen is screen)
        assert room.open and listening(room.port)
        await pilot.press("escape", "escape", "y")  # no letter answers it
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert room.open
        await pilot.press("shift+tab", "enter")  # its Leave button
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        await wait_for(pilot, lambda: not room.open)
        assert not listening(room.port)


async def test_room_stops_when_the_app_quits(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot)
        room = await open_room(pilot, screen)
        await hide_panel(pilot)
        assert listening(room.port)
        await pilot.press("ctrl+q")
    assert not room.open and room.stops >= 1
    assert not listening(room.port)


async def test_self_reflection_has_no_room(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot, mode="individual")
        await pilot.press("f4")
        await pilot.pause()
        assert app.screen is screen and not room_fake.ROOMS


async def test_confidence_check_at_start_and_end_is_saved_and_exported(
        fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot)
        room = await open_room(pilot, screen, confidence=True)
        await hide_panel(pilot)  # on the first step: the check comes straight after
        await wait_for(pilot, lambda: isinstance(app.screen, ConfidenceScreen))
        dialog = app.screen
        prompt = dialog.query_one("#confidence-prompt", Input)
        assert prompt.value == "How confident do you feel about information sharing?"
        prompt.value = "How confident do you feel about invented sharing?"
        dialog.query_one("#confidence-ask", Button).press()
        await wait_for(pilot, lambda: room.asked is not None)
        for value in (2, 2, 3):
            room.answer(value)
        await wait_for(pilot, lambda: "3 answers" in shown(dialog.query_one("#confidence-counts")))
        dialog.query_one("#confidence-close", Button).press()
        await wait_for(pilot, lambda: screen.session.confidence_at("start") is not None)
        start = screen.session.confidence_at("start")
        assert start.counts == [0, 2, 1, 0, 0]
        assert start.prompt == "How confident do you feel about invented sharing?"
        await go_to(pilot, screen, "summary")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfidenceScreen))
        app.screen.query_one("#confidence-ask", Button).press()
        await wait_for(pilot, lambda: room.asked is not None and room.asked[0] == "end")
        for value in (4, 5):
            room.answer(value)
        assert str(app.screen.query_one("#confidence-skip", Button).label) == \
            "Discard answers"
        await wait_for(pilot, lambda: "2 answers" in shown(app.screen.query_one(
            "#confidence-counts")))
        await pilot.press("escape")  # keeps the answers given (they were thrown away)
        await wait_for(pilot, lambda: screen.session.confidence_at("end") is not None)
        assert screen.session.confidence_at("end").counts == [0, 0, 0, 1, 1]
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: not screen.keeper.dirty)  # (a worker writes it)
        text = saved_text(sessions_dir, screen)
        assert "counts = [\n    0,\n    2," in text or "counts = [0, 2, 1, 0, 0]" in text
        from reflect.export.docx_export import to_docx  # noqa: F401 (written below)
        from reflect.export.html import to_html
        from reflect.export.markdown import to_markdown
        from reflect.export.plain import to_text

        md = to_markdown(screen.session, screen.review)
        assert ("- **At the start:** How confident do you feel about invented sharing? 3 answers:"
                " 1 ×0, 2 ×2, 3 ×1, 4 ×0, 5 ×0; average 2.3 of 5") in md
        assert "At the end:** How confident" in md and "average 4.5 of 5" in md
        assert "At the start: How confident" in to_text(screen.session)
        assert "<strong>At the end:</strong>" in to_html(screen.session)


async def test_presentation_view_shows_the_room_code_and_link(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await new_session(pilot)
        line = screen.query_one("#room-line")
        await pilot.press("f5")
        await pilot.pause()
        assert not line.display  # no room, no line
        await pilot.press("f5")
        room = await open_room(pilot, screen)
        await hide_panel(pilot)
        await pilot.press("f5")
        await wait_for(pilot, lambda: line.display)
        # Where to type the code too: the shared screen gave the code and the link only.
        assert [text.strip() for text in shown(line).split("\n")] == [
            f"Join the room: code ZZ7Q-2P · type it at http://127.0.0.1:{room.port}",
            f"Link: {room.url}"]
        await pilot.press("f5")
        await wait_for(pilot, lambda: not line.display)


async def test_a_session_opened_again_offers_its_confidence_check_ticked(
        fictional_dir, sessions_dir):
    """Asked at the start, then the session left and opened again: the room's dialog came
    with the check unticked, and the end of the meeting went unasked (a trial)."""
    from reflect.ui.screens.room_open import OpenRoomScreen
    from tests.functional.helpers import open_saved_session

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot)
        screen.apply(screen.edits.set_confidence("start", "How sure are you, invented?",
                                                 [0, 1, 2, 0, 0]))
        await pilot.press("escape")  # saved, to the library
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        screen = await open_saved_session(pilot)
        await pilot.press("f4")
        await wait_for(pilot, lambda: isinstance(app.screen, OpenRoomScreen))
        assert app.screen.query_one("#room-confidence").value
        assert app.screen.query_one("#room-confidence-prompt", Input).value == \
            "How sure are you, invented?"


async def test_the_panel_at_60_by_20_shows_the_code_and_whole_buttons_first(
        fictional_dir, sessions_dir):
    """Beside the QR code at 60x20 the buttons were cut ("Confidence chec") and the panel
    opened scrolled past the room code (a trial): under 80 columns they come first, whole."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await new_session(pilot)
        await open_room(pilot, screen, network=True)
        panel = app.screen
        await pilot.pause()
        code = panel.query_one("#room-code")
        await wait_for(pilot, lambda: panel.can_view_entire(code))
        ask = panel.query_one("#room-ask", Button)
        assert ask.content_region.width >= len("Confidence check")
        assert panel.query_one("#room-qr").region.y > ask.region.y  # the QR code under them


async def test_an_arrow_in_the_open_dialog_chooses_the_address(fictional_dir, sessions_dir):
    """↓ lit up "Network: …" without choosing it, and Ctrl+S opened the room on "This computer
    only" (a trial); the other way round it would have listened on the network unasked. An
    arrow chooses, as in every list of choices."""
    from reflect.ui.screens.room_open import OpenRoomScreen

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        await new_session(pilot)
        await pilot.press("f4")
        await wait_for(pilot, lambda: isinstance(app.screen, OpenRoomScreen))
        dialog = app.screen
        assert dialog.host == "127.0.0.1"
        await pilot.press("down")
        assert dialog.host == "192.0.2.1"
        await pilot.press("up", "up")  # stops at the first
        assert dialog.host == "127.0.0.1"
        await pilot.press("down", "ctrl+s")  # (an invented address: the fake tries it)
        await wait_for(pilot, lambda: room_fake.ROOMS)
        assert [r.host for r in room_fake.ROOMS] == ["192.0.2.1"]


async def test_the_presentation_view_counts_waiting_points_and_never_shows_them(
        fictional_dir, sessions_dir):
    """Points not yet accepted showed on the shared screen, a name and a phone number with
    them, before the facilitator had read them (a trial). Counted there; F2 leaves the
    presentation view for them."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, room = await room_on_question(pilot)
        first = screen.index
        room.send("Invented: ring 07700 900789", name="Bo Placeholder")
        await wait_for(pilot, lambda: queue(screen, first).display)
        points = queue(screen, first).query_one(IncomingList)
        assert points.display
        await pilot.press("f5")
        await wait_for(pilot, lambda: screen.has_class("-presenting"))
        await pilot.pause()
        # Counted in one line under the keys; their box is not drawn there (it was cut in
        # half, and pushed the question out of view: test_room_presenting.py).
        assert not queue(screen, first).display
        assert "1 point waits on Question 1" in shown(screen.query_one("#present-waiting"))
        assert not points.display and points.region.height == 0
        assert not any("07700" in line or "Bo Placeholder" in line
                       for line in app.export_screenshot().splitlines())
        await pilot.press("f2")
        await wait_for(pilot, lambda: app.focused is points and points.display)
        assert not screen.has_class("-presenting")


async def test_the_facilitator_is_told_once_when_wrong_codes_pause_joining(
        fictional_dir, sessions_dir):
    """Participants saw "Please wait" and the facilitator nothing (a trial)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await new_session(pilot)
        room = await open_room(pilot, screen, network=True)  # (its QR code still works)
        paused = app.screen.query_one("#room-paused", Literal)
        assert not paused.display
        room.joining_paused = True
        await wait_for(pilot, lambda: paused.display)
        assert "It lasts six seconds" in shown(paused)
        assert "link and the QR code still work" in shown(paused)
        await hide_panel(pilot)

        def told() -> int:
            return sum("Joining by room code is paused" in n.message
                       for n in app._notifications)

        def said() -> object:
            return next(n for n in app._notifications if "Joining by room code" in n.message)

        await wait_for(pilot, lambda: told() == 1)
        first = said()
        screen.watch_joining()  # (each second) while it lasts: said once, not every second
        assert told() == 1 and said() is first
        room.joining_paused = False
        screen.watch_joining()
        room.joining_paused = True  # paused again later: said again (in place of the first,
        await wait_for(pilot, lambda: told() == 1 and said() is not first)  # still shown)


async def test_certificate_from_the_settings_is_given_to_the_room(fictional_dir, sessions_dir,
                                                                   tmp_path):
    settings = tmp_path / "settings.toml"  # REFLECT_SETTINGS (tests/conftest.py)
    settings.write_text('room_certificate = "/invented/cert.pem"\n'
                        'room_key = "/invented/key.pem"\n', encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir, settings_file=settings)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot)
        await pilot.press("f4")
        await wait_for(pilot, lambda: isinstance(app.screen, OpenRoomScreen))
        note = shown(app.screen.query_one("#room-security"))
        assert "/invented/cert.pem" in note and "unencrypted" not in note
        app.screen.query_one("#room-open", Button).press()
        await wait_for(pilot, lambda: screen.room is not None)
        room = room_fake.ROOMS[-1]
        assert room.certificate == Path("/invented/cert.pem")
        assert room.key == Path("/invented/key.pem")
        assert room.url.startswith("https://")


async def test_edit_never_replaces_a_point_being_typed(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, room = await room_on_question(pilot)
        i = screen.index
        box = screen.query_one(f"#points-{i} .point-text", Input)
        box.value = "My own half-typed point"
        sent = room.send("Invented room point")
        incoming = queue(screen, i).query_one(IncomingList)
        await wait_for(pilot, lambda: incoming.option_count == 1)
        incoming.focus()
        await pilot.press("e")
        await pilot.pause()
        assert box.value == "My own half-typed point"
        assert incoming.option_count == 1 and sent.id not in room.resolved
        box.value = ""
        incoming.focus()
        await pilot.press("e")
        await wait_for(pilot, lambda: box.value == "Invented room point")
        # Emptied, the box still holds the room's point (test_room_edit.py); Esc puts it back
        # to wait, and what is typed next is the facilitator's own.
        box.value = ""
        await pilot.press("escape")
        await wait_for(pilot, lambda: incoming.option_count == 1)
        box.value = "Typed by the facilitator"
        box.focus()
        await pilot.press("enter")
        answer = screen.session.answer("zz-first")
        await wait_for(pilot, lambda: len(answer.points) == 1)
        assert answer.points[0].from_room is None and sent.id not in room.resolved


async def test_f2_goes_to_the_waiting_points_and_back_to_the_point_box_when_all_decided(
        fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, room = await room_on_question(pilot)
        i = screen.index
        room.send("Invented point from Kim", name="Kim")
        incoming = queue(screen, i).query_one(IncomingList)
        await wait_for(pilot, lambda: incoming.option_count == 1)
        await pilot.press("f2")
        assert app.focused is incoming
        await pilot.press("a")
        # Kim is not on Who is here: asked once (tests/functional/test_room_senders.py).
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("n")  # not now
        box = screen.query_one(f"#points-{i} .point-text", Input)
        await wait_for(pilot, lambda: app.screen is screen and app.focused is box)
        label = str(screen.query_one(f"#points-{i} .point-list").get_option_at_index(0).prompt)
        assert label == "1. Invented point from Kim — Kim (room)"


async def test_keys_typed_straight_after_e_land_in_the_point_box(fictional_dir, sessions_dir):
    from tests.functional.helpers import burst

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, room = await room_on_question(pilot)
        i = screen.index
        room.send("Invented point")
        incoming = queue(screen, i).query_one(IncomingList)
        await wait_for(pilot, lambda: incoming.option_count == 1)
        await pilot.press("f2")
        burst(pilot, "e and more")  # as a fast typist: every key queued at once
        box = screen.query_one(f"#points-{i} .point-text", Input)
        await wait_for(pilot, lambda: box.value == "Invented point and more")


async def test_a_long_queue_lists_the_first_points_and_accept_all_takes_every_one(
        fictional_dir, sessions_dir):
    from reflect.ui.widgets.incoming import SHOWN

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, room = await room_on_question(pilot)
        i = screen.index
        for n in range(SHOWN + 5):
            room.send(f"Invented point {n}")
        incoming = queue(screen, i).query_one(IncomingList)
        await wait_for(pilot, lambda: incoming.option_count == SHOWN)
        title = shown(queue(screen, i).query_one(".incoming-title"))
        assert title.startswith(f"From the room: {SHOWN + 5} waiting (the first {SHOWN} shown)")
        await pilot.press("f2", "A")
        answer = screen.session.answer("zz-first")
        await wait_for(pilot, lambda: len(answer.points) == SHOWN + 5)
        assert [p.text for p in answer.points] == [f"Invented point {n}"
                                                   for n in range(SHOWN + 5)]


async def test_an_unexpected_failure_to_open_is_reported_and_the_dialog_stays(
        fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await new_session(pilot)
        await pilot.press("f4")
        await wait_for(pilot, lambda: isinstance(app.screen, OpenRoomScreen))
        dialog = app.screen
        dialog.query("ChoiceButton")[2].value = True  # the broken address
        dialog.query_one("#room-open", Button).press()
        await wait_for(pilot, lambda: any("Could not open or close the room: RuntimeError: "
                                          "invented failure" in n.message
                                          for n in app._notifications))
        assert app.screen is dialog and screen.room is None
        await wait_for(pilot, lambda: not dialog.query_one("#room-open", Button).disabled)


async def test_a_relative_certificate_is_found_beside_the_settings_file(
        fictional_dir, sessions_dir, tmp_path, monkeypatch):
    """A relative `room_certificate` was looked for in the folder reflect was started from,
    not beside the settings file, as docs/room.md says."""
    settings = tmp_path / "invented-council" / "settings.toml"
    settings.parent.mkdir()
    settings.write_text('room_certificate = "certs/room.pem"\nroom_key = "certs/room.key"\n',
                        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    app = make_app(fictional_dir, sessions_dir, settings_file=settings)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot)
        await pilot.press("f4")
        await wait_for(pilot, lambda: isinstance(app.screen, OpenRoomScreen))
        assert str(settings.parent / "certs" / "room.pem") in shown(
            app.screen.query_one("#room-security"))
        app.screen.query_one("#room-open", Button).press()
        await wait_for(pilot, lambda: screen.room is not None)
    room = room_fake.ROOMS[-1]
    assert (room.certificate, room.key) == (settings.parent / "certs" / "room.pem",
                                            settings.parent / "certs" / "room.key")


async def test_certificate_settings_that_cannot_be_used_are_said_in_the_dialog(
        fictional_dir, sessions_dir, tmp_path):
    """A certificate that was not a path, or one without its key, was dropped unsaid: the
    room opened unencrypted and nothing said why."""
    settings = tmp_path / "settings.toml"
    settings.write_text('room_certificate = 3\nroom_key = "/invented/key.pem"\n',
                        encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir, settings_file=settings)
    async with app.run_test(size=SIZE) as pilot:
        await new_session(pilot)
        await pilot.press("f4")
        await wait_for(pilot, lambda: isinstance(app.screen, OpenRoomScreen))
        said = shown(app.screen.query_one("#room-settings-problems"))
        assert f"{settings}: room_certificate: should be the path of a PEM file in quotes" in said
        assert "room_certificate and room_key go together" in said
        assert "unencrypted" in shown(app.screen.query_one("#room-security"))
