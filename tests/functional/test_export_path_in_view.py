"""The summary step's "Notes written to …" at 60x20: the exported file's path is what the person
needs from it, so it is in view whenever the summary shows it, not only straight after the
export (a new user's trial: going back a step and forward again, or exporting from the step
before, opened the summary at its top and the path was below the fold)."""

from __future__ import annotations

from textual.pilot import Pilot

from reflect.ui.app import make_app
from reflect.ui.screens.export import ExportScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.literal import Fitted
from tests.functional.helpers import shown, start_and_go_to, wait_for

SIZE = (60, 20)


async def export(pilot: Pilot, screen: WalkthroughScreen) -> None:
    app = pilot.app
    await pilot.press("ctrl+o")
    await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.checked)
    await pilot.press("ctrl+o")
    await wait_for(pilot, lambda: app.screen is screen)


async def settled_on_summary(pilot: Pilot, screen: WalkthroughScreen) -> Fitted:
    """The summary on view and everything it set going done: its export message."""
    await wait_for(pilot, lambda: screen.steps[screen.index].kind == "summary")
    pane = screen.panes[screen.index]
    await wait_for(pilot, lambda: pilot.app.focused is pane.focus_target())
    result = pane.query_one("#export-result", Fitted)
    await wait_for(pilot, lambda: shown(result).startswith("Notes written to"))
    for _ in range(3):  # the step's own scrolling (`reveal`) waits for a refresh or two
        await pilot.pause()
    return result


async def test_the_path_is_in_view_back_on_the_summary_after_exporting(
        fictional_dir, sessions_dir) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_and_go_to(pilot, "summary")
        await export(pilot, screen)
        result = await settled_on_summary(pilot, screen)
        assert len(shown(result).splitlines()) > 2  # the path on lines of its own here
        await wait_for(pilot, lambda: screen.can_view_entire(result))
        await pilot.press("pageup")
        await wait_for(pilot, lambda: screen.steps[screen.index].kind != "summary")
        await pilot.press("pagedown")
        result = await settled_on_summary(pilot, screen)
        await wait_for(pilot, lambda: screen.can_view_entire(result), timeout=3)


async def test_the_path_is_in_view_on_the_summary_after_exporting_from_the_step_before(
        fictional_dir, sessions_dir) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_and_go_to(pilot, "summary")
        await pilot.press("pageup")  # the summary's pane is built, and hidden
        await wait_for(pilot, lambda: screen.steps[screen.index].kind != "summary")
        await export(pilot, screen)
        await pilot.press("pagedown")
        result = await settled_on_summary(pilot, screen)
        await wait_for(pilot, lambda: screen.can_view_entire(result), timeout=3)
