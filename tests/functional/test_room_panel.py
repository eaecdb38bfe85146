"""The room's panel as trials found it at small sizes: its link is never cut (at 60x20 it was
cut at the panel's edge with nothing to say so, and a participant copied a wrong address off
the shared screen), and the button with focus is marked by more than its colour. Against the
fake room (tests/functional/room_fake.py), given a link as long as a real one (a 32-character
token; the fake's own is short), its QR code as wide as a real one."""

from __future__ import annotations

import pytest

from reflect.ui.app import make_app
from reflect.ui.widgets.literal import Literal
from tests.functional import room_fake
from tests.functional.helpers import screen_lines, wait_for
from tests.functional.test_facilitation import new_session
from tests.functional.test_room import fake_room, open_room  # noqa: F401
from tests.functional.test_room_trial import drawn

TOKEN = "InventedTokenForATrialRoom-0123_9"
"""As long as a real room's (`secrets.token_urlsafe(24)`: 32 characters), and made up."""


@pytest.fixture
def long_link(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real room's link, and a QR code as wide as a real one's (the fake's holds the link)."""
    monkeypatch.setattr(room_fake.Room, "url", property(
        lambda self: f"http://{self.host}:{self.port}/r/{TOKEN}"))
    monkeypatch.setattr(room_fake, "qr_text", lambda url, border=4: "\n".join(["▀▄" * 18] * 19))


@pytest.mark.usefixtures("long_link")
@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_the_panel_shows_the_whole_link_and_the_address_at_small_sizes(
        fictional_dir, sessions_dir, size):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen = await new_session(pilot)
        room = await open_room(pilot, screen)
        assert len(f"Link: {room.url}") > 60  # too wide for one line at 60 columns
        panel = app.screen
        link = panel.query_one("#room-url", Literal)
        width = link.content_region.width

        def whole() -> bool:  # on one line, or on the lines under the heading
            lines = [line.rstrip() for line in drawn(link)]
            return lines[0] == f"Link: {room.url}" or "".join(lines[1:]) == room.url

        await wait_for(pilot, whole)
        lines = [line.rstrip() for line in drawn(link)]
        assert all(len(line) <= width for line in lines)
        if len(lines) > 1:  # broken over lines: said to be one link, and how to type it
            assert lines[0] == "Link (one line, no spaces, when typed):"
            assert "".join(lines[1:]) == room.url
            note = panel.query_one("#room-url-note", Literal)
            said = " ".join(line.strip() for line in drawn(note))
            assert note.display and "type it as one" in said
            # No QR code on this computer only: nothing says to scan one (it did, under the
            # line saying there is none: a trial at 60x20).
            assert panel.query("#room-no-qr") and "QR" not in said, said
            assert "go to the address above and type the room code" in said, said
        # The address to type the code at, whole, under the code.
        there = [line.strip() for line in drawn(panel.query_one("#room-address"))]
        assert " ".join(there) == f"Type it at http://127.0.0.1:{room.port}"
        if size == (60, 20):
            assert len(there) == 1
            await wait_for(pilot, lambda: panel.can_view_entire(
                panel.query_one("#room-address")))  # in view as the panel opens


async def test_the_button_with_focus_is_marked_by_more_than_its_colour(
        fictional_dir, sessions_dir):
    """Focus showed only as a reversed label inside Hide's blue and Close's red, hard to tell
    from a button's own colour (a trial): the one with focus has a bar at its left, a
    character drawn where the others have a blank, as a pane with focus has."""
    from textual.widgets import Button

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await new_session(pilot)
        await open_room(pilot, screen)
        panel = app.screen
        buttons = list(panel.query("#room-facts Button").results(Button))
        assert [b.id for b in buttons] == ["room-hide", "room-ask", "room-close"]
        where: dict[str, set[int]] = {}  # each label's column, focused or not
        for n, button in enumerate(buttons):
            if n:
                await pilot.press("tab")
            await wait_for(pilot, lambda b=button: app.focused is b)
            await pilot.pause()
            lines = [strip.text for strip in panel._compositor.render_strips()]
            for other in buttons:
                r = other.region  # as drawn on the screen, the button's border with it
                drawn_there = lines[r.y][r.x:r.right]
                assert drawn_there[0] == ("█" if other is button else " "), (other.id, lines)
                assert drawn_there.strip(" █") == str(other.label)  # whole
                where.setdefault(str(other.id), set()).add(lines[r.y].index(str(other.label)))
        assert all(len(columns) == 1 for columns in where.values()), where  # never moved


async def test_the_presentation_view_never_breaks_the_link(fictional_dir, sessions_dir,
                                                           monkeypatch):
    """The shared screen's "Join the room" line was wrapped as text is: at 60 columns a
    network address's link broke after the "-" in its token, onto the next line with nothing
    to say it went on, and could not be typed from the screen. Now the link is on lines of
    its own, whole, as on the panel, and fitted again when the window changes size."""
    from tests.functional.test_room import hide_panel

    monkeypatch.setattr(room_fake.Room, "url", property(
        lambda self: f"http://198.51.100.200:{self.port}/r/{TOKEN}"))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await new_session(pilot)
        room = await open_room(pilot, screen)
        await hide_panel(pilot)
        await pilot.press("f5")
        line = screen.query_one("#room-line")
        head = "Join the room: code ZZ7Q-2P"
        there = f"type it at http://198.51.100.200:{room.port}"

        def shows(*lines: str) -> bool:
            return line.display and [text.rstrip() for text in drawn(line)] == list(lines)

        await wait_for(pilot, lambda: shows(f"{head} · {there}", f"Link: {room.url}"))
        await pilot.resize_terminal(60, 20)
        await wait_for(pilot, lambda: shows(head, "T" + there[1:],
                                            "Link (one line, no spaces, when typed):",
                                            f"http://198.51.100.200:{room.port}/r/", TOKEN))
        await pilot.resize_terminal(160, 40)
        await wait_for(pilot, lambda: shows(f"{head} · {there} · {room.url}"))


async def test_the_rooms_dialogs_mark_focus_as_its_panel_does(fictional_dir, sessions_dir):
    """Opening the room and the confidence check showed focus Textual's way, a border's
    colour or a button's tint, which no one could see without colour (the rest of the room
    marks it with a bar): now the box, the list, the tick box or the button with focus has a
    thick bar at its left, drawn where the others have their edge or a blank, and no label
    moves when focus does."""
    from textual.widget import Widget
    from textual.widgets import Button

    from reflect.ui.screens.room_confidence import ConfidenceScreen
    from reflect.ui.screens.room_open import OpenRoomScreen
    from tests.functional.test_room import hide_panel

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:

        async def tab_through(ids: list[str]) -> None:
            dialog = app.screen
            widgets = [dialog.query_one(f"#{name}", Widget) for name in ids]
            where: dict[str, set[int]] = {}  # each button's label's column, focused or not
            for n, widget in enumerate(widgets):
                if n:
                    await pilot.press("tab")
                await wait_for(pilot, lambda w=widget: app.focused is w
                               or app.focused in w.children)
                await pilot.pause()
                lines = [strip.text for strip in dialog._compositor.render_strips()]
                for other in widgets:
                    r = other.region
                    edge = lines[r.y + r.height // 2][r.x]
                    assert (edge == "█") == (other is widget), (other.id, widget.id, lines)
                    if isinstance(other, Button):
                        where.setdefault(str(other.id), set()).add(
                            lines[r.y].index(str(other.label)))
            assert all(len(columns) == 1 for columns in where.values()), where

        screen = await new_session(pilot)
        await pilot.press("f4")
        await wait_for(pilot, lambda: isinstance(app.screen, OpenRoomScreen))
        app.screen.query_one("#room-confidence").value = True  # its question box shows
        await tab_through(["room-address", "room-confidence", "room-confidence-prompt",
                           "room-open", "room-cancel"])
        app.screen.query_one("#room-open", Button).press()
        await wait_for(pilot, lambda: room_fake.ROOMS and room_fake.ROOMS[-1].open
                       and not isinstance(app.screen, OpenRoomScreen))
        await hide_panel(pilot)  # on the first step: the check comes straight after
        await wait_for(pilot, lambda: isinstance(app.screen, ConfidenceScreen))
        await tab_through(["confidence-prompt", "confidence-ask", "confidence-skip"])
        assert screen.is_attached


async def test_the_confidence_tick_box_is_whole_at_60_columns(fictional_dir, sessions_dir):
    """At 60x20 the tick box ran past the open-room dialog's edge: "Ask how confident people
    feel, at the start and" and no more (found trying the focus bar in a terminal)."""
    from reflect.ui.screens.room_open import OpenRoomScreen

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        await new_session(pilot)
        await pilot.press("f4")
        await wait_for(pilot, lambda: isinstance(app.screen, OpenRoomScreen))
        tick = app.screen.query_one("#room-confidence")
        await wait_for(pilot, lambda: tick.size.width > 0)
        words = " ".join(" ".join(line.strip(" ▊▎█").split()) for line in drawn(tick))
        assert "Ask how confident people feel, at the start and at the end" in words, words
        assert tick.region.right <= app.screen.query_one("#room-dialog").content_region.right


@pytest.mark.usefixtures("long_link")
async def test_at_60_by_20_the_panel_says_pgdn_shows_the_qr_code_and_link(fictional_dir,
                                                                         sessions_dir):
    """At 60x20 the QR code and the link were below the fold, shown only after PgDn, and
    nothing said so (a trial). Where everything fits, nothing is said."""
    from textual.containers import VerticalScroll

    from tests.functional.helpers import shown
    from tests.functional.test_room import hide_panel

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await new_session(pilot)
        await open_room(pilot, screen, network=True)
        panel = app.screen
        title = panel.query_one("#room-title", Literal)
        await wait_for(pilot, lambda: shown(title) == "The room is open · PgDn: QR code and "
                                                      "link below")
        assert panel.can_view_entire(title)
        scroll = panel.query_one("#room-panel", VerticalScroll)
        await pilot.press("pagedown")
        await wait_for(pilot, lambda: scroll.scroll_y > 0)
        await hide_panel(pilot)
        await pilot.resize_terminal(160, 50)
        await pilot.press("f4")
        await wait_for(pilot, lambda: app.screen is not screen)
        title = app.screen.query_one("#room-title", Literal)
        await pilot.pause()
        await wait_for(pilot, lambda: shown(title) == "The room is open")


async def test_the_note_beside_the_facts_is_set_apart_by_a_rule_at_80x24(
        fictional_dir, sessions_dir):
    """Side by side at 80x24 the facts' lines and the no-QR note's, a column apart, read as
    one sentence: "On this computer only: nothing on the network address." (a trial). The
    note has a rule at its left on every line; under the facts (narrower windows) none."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await new_session(pilot)
        await open_room(pilot, screen)
        note = app.screen.query_one("#room-no-qr")
        facts = app.screen.query_one("#room-facts")
        await wait_for(pilot, lambda: note.region.y == facts.region.y and note.size.height > 1)
        rows = screen_lines(app)[note.region.y:note.region.bottom]
        x = note.region.x  # where its margin ends: its rule, a space, then its words
        assert all(not row[x].isalnum() and not row[x].isspace() and row[x + 1] == " "
                   for row in rows), rows
        assert rows[0][x + 2:].startswith("No QR code"), rows
        await pilot.resize_terminal(60, 20)
        await wait_for(pilot, lambda: note.region.y > facts.region.y)
        assert drawn(note)[0].startswith("No QR code"), drawn(note)
