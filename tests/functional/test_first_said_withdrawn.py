"""Enter on an empty form says what to type first ("Type what you will do first."); once an item
is then added, that message goes, as it is no longer true. A fresh-eyes trial at 60x20 saw it
beside "Added. Its due date is not a date…" for the row just added. All data invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.model.session import Participant
from reflect.ui.app import make_app
from tests.functional.helpers import enter_text, fill_boxes, type_text, wait_for
from tests.functional.test_action_gaps_said import on_actions, said
from tests.functional.test_attribution import at_first_question

SIZES = [(80, 24), (60, 20)]


@pytest.mark.parametrize("size", SIZES)
async def test_type_what_you_will_do_first_goes_once_it_is_added(
        tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = await on_actions(pilot, mode="individual")
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Type what you will do first." in said(app))
        assert screen.session.actions == []
        await fill_boxes(pilot, "Brief the invented staff", "", "whenever")
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(screen.session.actions) == 1)
        await wait_for(pilot, lambda: any(m.startswith("Added.") for m in said(app)))
        assert "Type what you will do first." not in said(app)


async def test_type_the_point_first_goes_once_a_point_is_added(tmp_path: Path) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(60, 20)) as pilot:
        session = await at_first_question(pilot, [
            Participant(name="Robin Invented", role="Nurse", attended=True)])
        points = session.answer("zz-first").points  # type: ignore[union-attr]
        await type_text(pilot, "   \n")
        first = "Type the point first, then press Enter to add it."
        await wait_for(pilot, lambda: first in said(app))
        await enter_text(pilot, "Invented point after it\n")
        await wait_for(pilot, lambda: len(points) == 1)
        assert first not in said(app)
