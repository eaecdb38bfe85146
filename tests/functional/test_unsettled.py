"""`unsettled`: the one question of whether a screen still has a layout or a scroll to bring
up to date, its own or one a widget of it has not yet told it of (Textual's private flags,
read nowhere else)."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from reflect.ui.laid_out import unsettled
from tests.functional.helpers import wait_for


class Tall(App[None]):
    CSS = "VerticalScroll { height: 5; } #late { display: none; }"

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield from (Static(f"Invented line {n}") for n in range(20))
            yield Static("Invented late line", id="late")


async def test_a_scroll_and_a_layout_are_pending_until_the_screen_is_told_and_drawn() -> None:
    app = Tall()
    async with app.run_test(size=(40, 10)) as pilot:
        screen, box = app.screen, app.query_one(VerticalScroll)
        await wait_for(pilot, lambda: box.max_scroll_y > 0 and not unsettled(screen))
        box.scroll_end(animate=False, immediate=True)
        # scrolled, the box has not told the screen yet (it does once it is next idle)
        assert unsettled(screen) and unsettled(screen, layout=False, widgets=[box])
        assert not unsettled(screen, widgets=()) and not unsettled(screen, scroll=False)
        await wait_for(pilot, lambda: not unsettled(screen))
        app.query_one("#late").display = True
        assert unsettled(screen, scroll=False) and not unsettled(screen, layout=False)
        await wait_for(pilot, lambda: not unsettled(screen))
