"""Words in the point box not yet added are said to be so under it (PointsEditor.UNADDED): a
sentence meant for the summary, typed after Tab three times (the list of points, whose letters
go to the point box), stayed there unadded, and only the export dialog said so (a trial)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from textual.widgets import Input

from reflect.model.review import Review
from reflect.model.session import Session
from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.points_panel import PointList
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import enter_text, open_point, type_text, wait_for

UNADDED = "Not added yet: Enter adds it"  # (PointsEditor.UNADDED)


async def on_question(pilot, drafts: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    """A team session at its first question (with `drafts`): the session and its point box."""
    review = Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))
    session = Session.start(review, "s-unadded", team="Invented team")
    session.drafts.update(drafts or {})
    session.current_step = "q:zz-first"
    screen = WalkthroughScreen(session, review)
    pilot.app.push_screen(screen)
    await wait_for(pilot, lambda: pilot.app.screen is screen and pilot.app.focused is not None)
    return session, screen.query_one(".point-text", Input)


def under(box: Input) -> str:
    return str(box.border_subtitle or "")


async def test_words_typed_after_three_tabs_are_said_not_added(tmp_path: Path) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(100, 30)) as pilot:
        session, box = await on_question(pilot)
        points = session.answer("zz-first").points  # type: ignore[union-attr]
        await enter_text(pilot, "Invented point one\n")
        await wait_for(pilot, lambda: len(points) == 1 and box.value == "")
        assert under(box) != UNADDED
        await pilot.press("tab", "tab", "tab")
        await wait_for(pilot, lambda: isinstance(app.focused, PointList))
        await type_text(pilot, "Invented words for the summary")
        await wait_for(pilot, lambda: box.value == "Invented words for the summary")
        assert app.focused is box and under(box) == UNADDED
        assert session.drafts == {"point:zz-first": "Invented words for the summary"}
        await pilot.press("enter")  # added: no longer said to be waiting
        await wait_for(pilot, lambda: len(points) == 2)
        await wait_for(pilot, lambda: under(box) != UNADDED)


async def test_a_draft_kept_from_before_is_said_not_added(tmp_path: Path) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(100, 30)) as pilot:
        session, box = await on_question(pilot, {"point:zz-first": "Invented half point"})
        assert box.value == "Invented half point"
        await wait_for(pilot, lambda: under(box) == UNADDED)
        box.value = ""  # emptied: nothing waits
        await wait_for(pilot, lambda: under(box) == "")


async def test_a_point_opened_for_editing_is_not_said_unadded(tmp_path: Path) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(100, 30)) as pilot:
        session, box = await on_question(pilot)
        points = session.answer("zz-first").points  # type: ignore[union-attr]
        await enter_text(pilot, "Invented point one\n")
        await wait_for(pilot, lambda: len(points) == 1)
        await open_point(pilot)
        await wait_for(pilot, lambda: app.focused is box and box.value == "Invented point one")
        await pilot.press("x")  # the edit goes straight into the point: nothing waits
        await wait_for(pilot, lambda: points[0].text == "Invented point onex")
        assert under(box) != UNADDED
