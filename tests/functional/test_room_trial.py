"""The room (#18), app side, as a user trial found it: closing asks first when points wait,
the step list shows points waiting at any width and F2 says where, the confidence check's
buttons fit and say what they do, the panel's link and palette, and the ticked confidence
check remembered. Against the fake room (tests/functional/room_fake.py)."""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from textual.command import CommandPalette
from textual.widgets import Button

from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.screens.help import HelpScreen
from reflect.ui.screens.room_confidence import ConfidenceScreen
from reflect.ui.screens.room_open import OpenRoomScreen
from reflect.ui.screens.room_panel import RoomPanelScreen
from reflect.ui.widgets.literal import Literal
from tests.functional import room_fake
from tests.functional.helpers import shown, wait_for
from tests.functional.test_facilitation import go_to, new_session
from tests.functional.test_room import fake_room, hide_panel, listening, open_room  # noqa: F401


def drawn(widget) -> list[str]:  # type: ignore[no-untyped-def]
    """The widget's lines as drawn on screen (what a user sees of it)."""
    return ["".join(s.text for s in widget.render_line(y)) for y in range(widget.size.height)]


async def a_point_left_on_question_1(pilot):  # type: ignore[no-untyped-def]
    """A room open, a point sent on Question 1 after the facilitator moved to Question 2."""
    screen = await new_session(pilot)
    room = await open_room(pilot, screen)
    await hide_panel(pilot)
    await go_to(pilot, screen, "question")
    await go_to(pilot, screen, "question", 2)
    room.send("Invented late point", step_key="q:zz-first", participant="p1")
    await wait_for(pilot, lambda: sum(len(w) for w in screen.waiting.values()) == 1)
    return screen, room


async def palette(pilot, command: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("ctrl+p")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, CommandPalette))
    await pilot.press(*command)
    await wait_for(pilot, lambda: command in " ".join(
        str(o.prompt) for o in pilot.app.screen.query_one("CommandList").options))
    await pilot.press("enter")


async def test_closing_the_room_asks_first_when_points_wait_naming_where(
        fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, room = await a_point_left_on_question_1(pilot)
        await palette(pilot, "Close the room")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        question = shown(app.screen.query_one(Literal))
        assert "1 point from the room still waits on Question 1." in question
        assert "Close the room?" in question
        # Its yes has no letter, as Esc's Leave (a `y` closed the room, dropping the points
        # waiting: a trial): the buttons say so, and the line under the question
        assert str(app.screen.query_one("#yes", Button).label) == "Close the room"
        assert str(app.screen.query_one("#no", Button).label) == "Keep it open (n)"
        assert shown(app.screen.query_one("#confirm-keys", Literal)) == (
            "To close the room: Tab to “Close the room”, then Enter. Enter alone: “Keep it "
            "open”.")
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and room.open
        await pilot.press("enter")  # Keep it open, the button with the focus
        await wait_for(pilot, lambda: app.screen is screen)
        assert screen.room is room and room.open and screen.waiting["q:zz-first"]
        # The panel's button asks too; its button closes it.
        await pilot.press("f4")
        await wait_for(pilot, lambda: isinstance(app.screen, RoomPanelScreen))
        app.screen.query_one("#room-close", Button).press()
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert room.open
        await pilot.press("tab", "enter")
        await wait_for(pilot, lambda: screen.room is None and not room.open)
        assert not listening(room.port)


async def test_ctrl_q_with_the_room_open_asks_first(fictional_dir, sessions_dir):
    """Ctrl+Q quit at once, closing the room and dropping the point still waiting, where Esc
    and closing the room ask first (a trial)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, room = await a_point_left_on_question_1(pilot)
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        question = shown(app.screen.query_one(Literal))
        assert ("Quitting closes it for everyone and drops the 1 point still waiting (on "
                "Question 1). Quit reflect?") in question
        # Quit has no letter, as Esc's Leave: `y` quit at once, dropping the points (a trial)
        assert str(app.screen.query_one("#yes", Button).label) == "Quit"
        assert str(app.screen.query_one("#no", Button).label) == "Stay (n)"
        assert shown(app.screen.query_one("#confirm-keys", Literal)) == (
            "To quit: Tab to “Quit”, then Enter. Enter alone: “Stay”.")
        await pilot.press("y")
        await pilot.press("ctrl+q")  # Ctrl+Q again, a key typed on as y is: nor does it
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, ConfirmScreen) and room.open
        await pilot.press("enter")  # Stay, the button with the focus: the point still waiting
        await wait_for(pilot, lambda: app.screen is screen)
        assert app.is_running and room.open and screen.waiting["q:zz-first"]
        # Over a dialog (the room's panel, left on the shared screen for its QR code; help):
        # it quit at once, the points waiting dropped (a trial).
        for key, dialog in (("f4", RoomPanelScreen), ("f1", HelpScreen)):
            await pilot.press(key)
            await wait_for(pilot, lambda dialog=dialog: isinstance(app.screen, dialog))
            await pilot.press("ctrl+q")
            await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
            assert "Quitting closes it for everyone" in shown(app.screen.query_one(Literal))
            await pilot.press("n")
            await wait_for(pilot, lambda dialog=dialog: isinstance(app.screen, dialog))
            assert app.is_running and room.open and screen.waiting["q:zz-first"]
            await pilot.press("escape")
            await wait_for(pilot, lambda: app.screen is screen)
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("tab", "enter")  # Quit, by its button
        await wait_for(pilot, lambda: not app.is_running)
    assert not room.open


async def test_a_room_on_this_computer_only_is_not_said_to_be_on_the_network(
        fictional_dir, sessions_dir):
    """The panel said "Unencrypted on the local network" of a room on 127.0.0.1 (a trial)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await new_session(pilot)
        await open_room(pilot, screen)  # on the first address offered: this computer only
        said = " ".join(shown(w) for w in app.screen.query(Literal))
        assert "On this computer only: nothing on the network can reach it." in said
        assert "Unencrypted on the local network" not in said


async def test_closing_the_room_with_nothing_waiting_asks_nothing(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await new_session(pilot)
        room = await open_room(pilot, screen)
        # "Close the room" is in the palette while the panel shows (it was not).
        await palette(pilot, "Close the room")
        await wait_for(pilot, lambda: screen.room is None and not room.open)
        assert not isinstance(app.screen, ConfirmScreen)


@pytest.mark.parametrize("size", [(100, 30), (80, 24), (60, 20)])
async def test_points_waiting_on_another_question_show_in_the_step_list_and_f2_says_where(
        fictional_dir, sessions_dir, size):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen, _ = await a_point_left_on_question_1(pilot)
        steps = screen.query_one("#steps")
        first = next(i for i, s in enumerate(screen.steps) if s.key == "q:zz-first")
        await wait_for(pilot, lambda: not screen._stale)  # its line redrawn
        if size[0] < 80:  # the list hidden until Ctrl+G
            await pilot.press("ctrl+g")
            await wait_for(pilot, lambda: steps.has_focus)
        await pilot.pause()
        # Cut with "…" (100 columns and less), the count after the question's words was out
        # of sight; before its number, which question it was ("(1 new) Questio…" at 80x24);
        # worded after it, cut mid-word in the list's 24 columns ("Question 1 (1 ne…"): a
        # mark, whole at every size, which the list's title explains while points wait.
        assert any("Question 1 •1:" in line for line in drawn(steps)), drawn(steps)
        assert not any("ne…" in line for line in drawn(steps)), drawn(steps)
        title = screen.query_one("#steps-title", Literal)
        assert "".join(drawn(title)).split() == ["Steps", "·", "•:", "new", "points"]
        if size[0] < 80:
            await pilot.press("escape")
        notes: list[str] = []
        screen.notify = lambda message, **kw: notes.append(message)  # type: ignore[method-assign]
        await pilot.press("f2")
        await wait_for(pilot, lambda: notes)
        assert "1 point waits on Question 1: Ctrl+G (the step list, where • and a number " \
            "mark them) goes there." in notes[-1]
        # Decided on, nothing waits: the title is the list's own again.
        screen.waiting.clear()
        screen._stale.add("q:zz-first")
        screen._refresh_waiting()
        await wait_for(pilot, lambda: shown(title) == "Steps")
        assert "•" not in str(steps.get_option_at_index(first).prompt)


@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
async def test_the_confidence_checks_buttons_fit_and_discarding_says_so(
        fictional_dir, sessions_dir, size):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen = await new_session(pilot)
        room = await open_room(pilot, screen, confidence=True)
        await hide_panel(pilot)
        await wait_for(pilot, lambda: isinstance(app.screen, ConfidenceScreen))
        dialog = app.screen
        dialog.query_one("#confidence-ask", Button).press()
        await wait_for(pilot, lambda: room.asked is not None)
        await pilot.pause()
        buttons = list(dialog.query("#confidence-dialog Button").results(Button))
        assert str(buttons[-1].label) == "Discard answers"
        box = dialog.query_one("#confidence-dialog").content_region
        for button in buttons:
            label = str(button.label)
            assert button.region.right <= box.right, label  # not cut off by the dialog
            assert cell_len(label) <= button.content_region.width, label
            assert label in "".join(drawn(button)), label


async def test_the_confidence_checkbox_is_remembered_when_the_room_opens_again(
        fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await new_session(pilot)
        await go_to(pilot, screen, "question")  # no check asked here
        room = await open_room(pilot, screen, confidence=True)
        app.screen.query_one("#room-close", Button).press()
        await wait_for(pilot, lambda: screen.room is None and not room.open)
        await pilot.press("f4")
        await wait_for(pilot, lambda: isinstance(app.screen, OpenRoomScreen))
        assert app.screen.query_one("#room-confidence").value is True
        assert app.screen.query_one("#room-confidence-prompt").display


async def test_the_link_stays_on_one_line_in_the_panel(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await new_session(pilot)
        room = await open_room(pilot, screen)
        await pilot.pause()
        link = app.screen.query_one("#room-url", Literal)
        assert any(room.url in line for line in drawn(link)), drawn(link)
    assert room_fake.ROOMS


async def test_a_room_point_saved_on_several_lines_is_edited_on_one(fictional_dir, sessions_dir):
    """A point from the room kept its line breaks, and editing it put them into the one-line
    box, drawn over the step list (a trial). Points now come on one line; one saved before
    is edited on one."""
    from reflect.model.session import Point

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await new_session(pilot)
        screen.session.answers[0].points.append(
            Point(text="Invented\nroom\r\npoint", from_room="anonymous"))
        await go_to(pilot, screen, "question")
        points = screen.query_one(f"#points-{screen.index}")
        points.query_one(".point-list").focus()
        await pilot.press("enter")
        box = points.query_one(".point-text")
        await wait_for(pilot, lambda: box.value == "Invented room point")


async def test_the_panel_hidden_before_it_is_laid_out_is_no_crash(fictional_dir, sessions_dir):
    """The panel's link and its "PgDn: … below" are fitted once it is laid out, after a
    refresh; hidden at once (F4 straight after opening), those waiting fits found its widgets
    gone and ended the app (a full run under load). They now do nothing on a panel gone."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await new_session(pilot)
        await open_room(pilot, screen)
        panel = app.screen
        assert isinstance(panel, RoomPanelScreen)
        await hide_panel(pilot)
        await wait_for(pilot, lambda: not panel.query("#room-panel"))
        panel._fit_link()  # as its refresh callbacks would, run late
        panel._say_below()
        await pilot.pause()
        assert app.screen is screen and app.is_running
