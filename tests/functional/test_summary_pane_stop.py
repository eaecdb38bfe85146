"""At 60x20 a third Tab on the summary step gives the focus to the step's pane itself (a bar
down its left side; a fresh-eyes trial asked whether it was a stray stop). It is the stop the
arrows read a step by, as on every step: on the summary, below the fold at 60x20, are the
words on where to find support and the notes so far, which no other key there reaches."""

from __future__ import annotations

from pathlib import Path

from reflect.ui.app import make_app
from tests.functional.helpers import go_forward_to, start_new, wait_for


async def test_on_the_summary_at_60x20_the_pane_itself_reads_on_to_the_support_words(
        fictional_dir: Path, sessions_dir: Path) -> None:
    from textual.widgets import TextArea

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await start_new(pilot, mode="individual", title="Invented reflection")
        await go_forward_to(pilot, screen, "summary")
        pane = screen.panes[screen.index]
        box = pane.query_one(TextArea)
        box.focus()
        await wait_for(pilot, lambda: app.focused is box)
        support = pane.query_one("#support")
        assert support.region.bottom > pane.region.bottom  # below the fold
        await pilot.press("tab", "tab", "tab")  # Export, CPD record, then the pane
        await wait_for(pilot, lambda: app.focused is pane)
        for _ in range(20):  # ↓ until the words are whole in view (eight were, but a scroll
            # into view of the focus, still under way, could take some back: 1 run in 5)
            if pane.scrollable_content_region.contains_region(support.region):
                break
            await pilot.press("down")
            await pilot.pause()
        await wait_for(pilot, lambda: pane.scrollable_content_region.contains_region(
            support.region))
        await pilot.press("tab")  # and on round to the box
        await wait_for(pilot, lambda: app.focused is box)
