"""Time with a dialog open over a step: the facilitator's own dialogs (export, help) are no
discussion of the step and their time is not counted on it; the room's panel, shown to the
group as it joins, is meeting time and is. A question showed 6:46 spent in the notes' time
table, most of it with the export dialog open (a trial)."""

from __future__ import annotations

import sys

import pytest

from reflect.ui.app import make_app
from reflect.ui.screens.export import ExportScreen
from reflect.ui.screens.help import HelpScreen
from reflect.ui.screens.room_panel import RoomPanelScreen
from tests.functional import room_fake
from tests.functional.helpers import start_and_go_to, start_new, wait_for
from tests.functional.test_room import open_room


async def test_time_in_the_export_dialog_or_help_is_not_counted_on_the_step(
        fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_and_go_to(pilot, "question")
        key = screen.steps[screen.index].key

        def spent() -> int:
            return screen.session.timing.spent.get(key, 0)

        for opens, dialog in (("ctrl+o", ExportScreen), ("f1", HelpScreen)):
            await pilot.press(opens)
            await wait_for(pilot, lambda dialog=dialog: isinstance(app.screen, dialog))
            at = spent()
            for _ in range(5):
                screen.tick()  # (the screen's own one-second clock ticks too)
            assert spent() == at, f"{dialog.__name__}'s time was counted on the step"
            await pilot.press("escape")
            await wait_for(pilot, lambda: app.screen is screen)
        at = spent()
        screen.tick()
        assert spent() >= at + 1  # the step on screen again: counted


async def test_time_with_the_rooms_panel_shown_is_counted(fictional_dir, sessions_dir,
                                                         monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(sys.modules, "reflect.room", room_fake)
    room_fake.ROOMS.clear()
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_and_go_to(pilot, "question")
        await open_room(pilot, screen)
        assert isinstance(app.screen, RoomPanelScreen)
        key = screen.steps[screen.index].key
        at = screen.session.timing.spent.get(key, 0)
        for _ in range(5):
            screen.tick()
        assert screen.session.timing.spent.get(key, 0) >= at + 5


async def test_a_reflection_left_alone_stops_counting_until_a_key(fictional_dir, sessions_dir):
    """No key for five minutes (model/idle.py, the app's clock moved back, not waited for):
    the time since the last key is taken back and the time line says the timer is paused;
    the next key counts again (a reflection left open logged 9 min 27 s: a trial)."""
    from reflect.model.idle import IDLE_SECONDS
    from reflect.ui.widgets.timer import TimerBar

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 24)) as pilot:
        screen = await start_new(pilot, mode="individual")
        timing = screen.session.timing
        for _ in range(3):
            screen.tick()
        assert timing.total_spent >= 3
        app.last_input -= IDLE_SECONDS  # nobody at the keyboard since before those seconds
        screen.tick()
        assert timing.total_spent == 0
        line = screen.query_one(TimerBar)
        assert line.plain.startswith("Timer paused: no key for 5 min"), line.plain
        await pilot.press("shift+tab")
        await wait_for(pilot, lambda: timing.total_spent >= 1)
        screen.tick()
        assert not line.plain.startswith("Timer paused"), line.plain
