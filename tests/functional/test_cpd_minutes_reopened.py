"""The time to log for CPD, typed as words, reads as a time again when the session is opened
again: "an hour and a half" typed on What I will do differently came back as `90` in the box
there and in the CPD record's choices (F8), a bare figure a practitioner took for hours, or
their words for lost (a team lead's trial). The box now shows the time logged in words, as
the line under it says them, and reads them back as the same time. All data invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.store.sessions import load_session, session_path
from reflect.ui.app import make_app
from reflect.ui.widgets.cpd_minutes import MinutesBox
from reflect.ui.widgets.literal import Literal
from tests.cpd_folder import reflection_at_differently
from tests.functional.helpers import (
    f8_dialog,
    open_saved_session,
    shown,
    typed_in_minutes,
    wait_for,
)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_an_hour_and_a_half_typed_reads_as_one_when_opened_again(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path, size) -> None:
    sid = reflection_at_differently(fictional_dir, sessions_dir).id
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        screen = await open_saved_session(pilot)
        await typed_in_minutes(pilot, screen, "an hour and a half")
        await wait_for(pilot, lambda: screen.session.minutes_spent == 90)
    assert load_session(session_path(sessions_dir, sid)).minutes_spent == 90  # what they typed

    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        screen = await open_saved_session(pilot)
        box = screen.query_one("#cpd-minutes", MinutesBox)
        await wait_for(pilot, lambda: box.value == "1 hour 30 minutes")
        assert not box.half_typed()  # a time, logged: nothing to ask about on the way out
        line = screen.query_one("#cpd-measured", Literal)
        assert "Logging 90 minutes (1 hour 30 minutes;" in " ".join(shown(line).split())
        dialog = await f8_dialog(pilot)
        assert dialog.query_one("#cpd-minutes", MinutesBox).value == "1 hour 30 minutes"
    assert load_session(session_path(sessions_dir, sid)).minutes_spent == 90
