"""The room's dialog at 60x20, on a shared screen: its buttons below the fold are said to be,
and why the room did not open is brought into view. A facilitator's trial: Ctrl+S with a
certificate the room could not use, and the dialog seemed to do nothing, the error said below
the fold with the line in view saying only "(below)". Against the fake room."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import RadioSet

from reflect.ui.app import make_app
from reflect.ui.focus_view import cut_off
from reflect.ui.screens.room_open import MORE_BELOW, OpenRoomScreen
from reflect.ui.widgets.choice import ChoiceButton
from tests.functional import room_fake
from tests.functional.helpers import screen_lines, wait_for
from tests.functional.test_room import fake_room  # noqa: F401
from tests.functional.test_room_port import room_dialog


async def test_at_60x20_more_below_is_said_and_the_error_brought_into_view(
        fictional_dir, sessions_dir, tmp_path):
    app = make_app(fictional_dir, sessions_dir, settings_file=tmp_path / "settings.toml")
    async with app.run_test(size=(60, 20)) as pilot:
        dialog = await room_dialog(pilot)
        body = dialog.query_one("#room-dialog", VerticalScroll)

        def on_screen(words: str) -> bool:
            return any(words in row for row in screen_lines(app))

        await wait_for(pilot, lambda: on_screen(MORE_BELOW) and body.max_scroll_y > 0)
        buttons = dialog.query_one("#room-dialog .buttons")
        assert cut_off(buttons) is not None  # (below the fold, as in the trial)
        host = "192.0.2.1"  # the fake refuses it: "… is not an address of this computer."
        button = dialog.query(ChoiceButton)[[h for _, h in room_fake.ADDRESSES].index(host)]
        button.value = True
        await wait_for(pilot, lambda: dialog.query_one(RadioSet).pressed_button is button)
        await pilot.press("ctrl+s")
        error = dialog.query_one("#room-error")
        await wait_for(pilot, lambda: error.display and on_screen(room_fake.FAIL_HOSTS[host]))
        assert isinstance(app.screen, OpenRoomScreen)
        body.scroll_end(animate=False, immediate=True)  # the buttons reached: nothing said
        await wait_for(pilot, lambda: cut_off(buttons) is None and not on_screen(MORE_BELOW))
