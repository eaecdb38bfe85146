"""The F8 dialog's boxes left empty say so whole, in words that read whole: "Left empty,
reflect words it" read as if cut off at 60 columns (a police officer's trial)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from reflect.model.session import Session
from reflect.store.sessions import new_session_id, save_session
from reflect.ui.app import make_app
from tests.cpd_folder import invented_review
from tests.functional.helpers import f8_dialog, open_part, open_saved_session, wait_for


def _drawn(app, box: Input) -> str:  # type: ignore[no-untyped-def]
    strips = app.screen._compositor.render_strips()
    region = box.content_region
    return strips[region.y].text[region.x:region.right]


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_the_empty_boxes_say_reflect_fills_them_in(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path,
        size: tuple[int, int]) -> None:
    s = Session.start(invented_review(fictional_dir), new_session_id("child-zz"),
                      mode="individual", title="Pat Example's invented reflection")
    s.current_step = "differently"
    save_session(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        await open_saved_session(pilot)
        dialog = await f8_dialog(pilot)
        await open_part(pilot, dialog, "#cpd-nmc")
        for wid in ("#cpd-activity", "#cpd-method"):
            box = dialog.query_one(wid, Input)
            box.scroll_visible(animate=False)
            await wait_for(pilot, lambda: dialog.query_one("#cpd-dialog").scrollable_content_region
                           .contains_region(box.content_region))  # noqa: B023
            await pilot.pause()
            drawn = _drawn(app, box).strip()
            assert drawn == "Optional: left empty, reflect fills it in", drawn
