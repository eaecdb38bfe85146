"""A screen is styled as its widgets are mounted, once: made with the classes of the
terminal's size, and not restyled as a whole when it is first shown (each time cost every
widget of it a second and a third styling: reflect open, a step's dialogs, every pilot test)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.screens.prompt import PromptScreen
from tests.functional.helpers import wait_for


@pytest.mark.parametrize(("size", "classes"), [((60, 20), {"-narrow", "-short"}),
                                               ((100, 30), {"-normal", "-tall"})])
@pytest.mark.parametrize("dialog", [
    lambda: PromptScreen("New title for this invented session:", "Invented huddle", "Rename"),
    lambda: ConfirmScreen("Delete the invented session?"),
])
async def test_a_screen_is_made_with_its_size_classes_and_not_restyled_when_shown(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path, size: tuple[int, int],
        classes: set[str], dialog) -> None:  # type: ignore[no-untyped-def]
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        shown = dialog()
        assert classes <= set(shown.classes)  # before it is mounted or resized
        restyled: list[bool] = []
        shown.update_node_styles = restyled.append  # type: ignore[method-assign]
        app.push_screen(shown)
        await wait_for(pilot, lambda: app.screen is shown)
        await pilot.pause()
        assert restyled == []
        assert classes <= set(shown.classes)
