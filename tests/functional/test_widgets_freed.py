"""A widget that follows its width or waits for a layout (`reflect.ui.laid_out`) is freed once
it is removed. They were kept by a module-wide dictionary, whose values, the widget's own
methods, held it: every pane, answer box and table a running reflect had ever shown stayed in
memory with all it held, and each of Python's collections walked them all."""

from __future__ import annotations

import gc
import weakref

from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.widgets import Static

from reflect.ui.laid_out import after_layout
from reflect.ui.widgets.literal import Fitted
from tests.functional.helpers import wait_for


class Holder(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("Invented heading")


async def shown_and_removed(pilot: Pilot[None], n: int) -> weakref.ref[Fitted]:
    """A box mounted, fitted, waiting for a layout, then removed; only a weak reference kept."""
    box = Fitted()
    await pilot.app.screen.mount(box)
    box.update(f"Invented line {n}, fitted to the width it is given")
    after_layout(box, lambda: None)  # (a wait its screen's next layout ends)
    await wait_for(pilot, lambda: box.size.width > 0)
    await box.remove()
    return weakref.ref(box)


async def test_widgets_that_followed_their_width_are_freed_once_removed() -> None:
    """Twenty boxes shown and removed one after another, as panes are in a long meeting:
    Textual keeps its last layouts' places for a while (a few of them), reflect none."""
    async with Holder().run_test(size=(60, 20)) as pilot:
        shown = [await shown_and_removed(pilot, n) for n in range(20)]
        gc.collect()
        kept = sum(ref() is not None for ref in shown)
        assert kept <= 3, f"{kept} of 20 removed boxes still held"
