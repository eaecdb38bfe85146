"""The start screen's problems area Tabbed to, its only file mended and the library read again
(`r`): the area went, and the focus with it, onto nothing: Enter and ↓ on the library did
nothing until Tab (a trial). The focus goes to the library's list."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from reflect.ui.app import make_app
from reflect.ui.screens.new_session import NewSessionScreen
from reflect.ui.screens.start_problems_area import ProblemsArea
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import wait_for


async def test_the_focus_goes_to_the_library_when_the_problems_go(tmp_path: Path,
                                                                  sessions_dir: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    review = content / "child-zz.toml"
    review.write_text(FICTIONAL_REVIEW.replace("summary =", "sumary =", 1), encoding="utf-8")
    app = make_app(content, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.library is not None and app.screen.query("#problems"))
        area = app.screen.query_one("#problems", ProblemsArea)
        await wait_for(pilot, lambda: area.display and "sumary" in area.said)
        area.focus()  # as Tab to it does
        await wait_for(pilot, lambda: app.focused is area)
        review.write_text(FICTIONAL_REVIEW, encoding="utf-8")  # mended in an editor
        await pilot.press("r")
        reviews = app.screen.query_one("#reviews", OptionList)
        await wait_for(pilot, lambda: not area.display and reviews.option_count == 1)
        await wait_for(pilot, lambda: app.focused is reviews)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen))
