"""A certificate the settings name (`room_certificate`, `room_key`) that the room cannot use,
against the fake room (tests/functional/room_fake.py): the dialog went on saying "The room uses
your certificate … its link starts https://" above the error saying the file could not be
read, and named neither the entry nor the settings file nor a way on; the room could not be
opened at all (a facilitator's trial)."""

from __future__ import annotations

from textual.widgets import Button

from reflect.ui.app import make_app
from reflect.ui.screens.room_open import OpenRoomScreen
from tests.functional import room_fake
from tests.functional.helpers import shown, wait_for
from tests.functional.test_room import SIZE, fake_room  # noqa: F401
from tests.functional.test_room_port import room_dialog


async def test_a_certificate_that_cannot_be_used_is_said_with_where_it_is_set_and_the_way_on(
        fictional_dir, sessions_dir, tmp_path):
    settings = tmp_path / "invented-settings.toml"
    certificate = tmp_path / "certs" / room_fake.UNUSABLE_CERTIFICATE
    settings.write_text(f'room_certificate = "{certificate}"\n'
                        f'room_key = "{tmp_path / "certs" / "room.key"}"\n', encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir, settings_file=settings)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await room_dialog(pilot)
        assert "uses your certificate" in shown(dialog.query_one("#room-security"))
        dialog.query_one("#room-open", Button).press()
        error = dialog.query_one("#room-error")
        await wait_for(pilot, lambda: error.display and shown(error) != "")
        said = shown(error)
        assert f"The room's certificate file {certificate} cannot be read" in said
        assert f"room_certificate and room_key are set in {settings}" in said
        assert "take both out for a room without encryption" in said
        assert "quit reflect and start it again" in said
        security = shown(dialog.query_one("#room-security"))
        assert "uses your certificate" not in security
        assert f"({certificate})" in security and "cannot use it" in security
        assert isinstance(app.screen, OpenRoomScreen)  # not opened, not opened without it
        assert not dialog.query_one("#room-open", Button).disabled
