"""The CPD record's choices (F8) keep each regulator's part folded away until something in it
is chosen: at 80x24 a school's safeguarding lead saw the screen filled with Social Work
England's six standards and the NMC Code's four themes, neither her regulator's (a trial)."""

from __future__ import annotations

import pytest
from textual.widgets import Collapsible

from reflect.store.sessions import load_session, save_session, session_path
from reflect.ui.app import make_app
from reflect.ui.widgets.choice import TickBox
from tests.cpd_folder import reflection_at_differently
from tests.functional.helpers import f8_dialog, open_part, open_saved_session, wait_for


def screen_text(app) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_with_nothing_chosen_the_regulators_parts_are_folded(
        fictional_dir, sessions_dir, tmp_path, size):
    s = reflection_at_differently(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        await open_saved_session(pilot)
        dialog = await f8_dialog(pilot)
        assert dialog.query_one("#cpd-swe", Collapsible).collapsed
        assert dialog.query_one("#cpd-nmc", Collapsible).collapsed
        await wait_for(pilot, lambda: "Type of CPD activity" in screen_text(app))
        for box in dialog.query(TickBox).results(TickBox):  # no standard or theme in view
            assert box.region.height == 0, box.id
        text = screen_text(app)
        assert "Promote the rights" not in text and "Prioritise people" not in text
        # Still there for whom they are: opened, a theme ticked, and saved
        await open_part(pilot, dialog, "#cpd-nmc")
        dialog.query_one("#theme-3", TickBox).focus()
        await pilot.press("space")
        path = session_path(sessions_dir, s.id)
        await wait_for(pilot, lambda: "Preserve safety" in load_session(path).cpd.themes)


async def test_a_part_with_something_chosen_opens_unfolded(fictional_dir, sessions_dir,
                                                           tmp_path):
    s = reflection_at_differently(fictional_dir, sessions_dir)
    s.cpd.standards = [2]
    save_session(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_saved_session(pilot)
        dialog = await f8_dialog(pilot)
        assert not dialog.query_one("#cpd-swe", Collapsible).collapsed
        assert dialog.query_one("#std-2", TickBox).value
        assert dialog.query_one("#cpd-nmc", Collapsible).collapsed  # the NMC's: nothing yet
