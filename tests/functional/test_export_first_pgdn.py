"""The export dialog's first PgDn scrolls it: at 60x20, opened on an individual reflection,
the first PgDn did nothing seen and the second scrolled (a trial, its foot saying "More
options below: Tab or PgDn"). All names here are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import VerticalScroll

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.ui.app import make_app
from tests.functional.helpers import wait_for
from tests.functional.test_export_dialog import checked_dialog


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_the_first_pgdn_scrolls(fictional_dir: Path, sessions_dir: Path,
                                      size: tuple[int, int]) -> None:
    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, "s-first-pgdn", mode="individual",
                            facilitator="Sam Example")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        dialog = await checked_dialog(pilot, session, review)
        body = dialog.query_one("#export-dialog", VerticalScroll)
        await wait_for(pilot, lambda: body.max_scroll_y > 0)
        await pilot.pause()
        before = body.scroll_y
        await pilot.press("pagedown")
        await wait_for(pilot, lambda: body.scroll_y > before, timeout=3)
