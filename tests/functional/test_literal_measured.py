"""A Literal's text is measured again whenever it changes, even while the last text's layout is
still to come (`Literal.refresh`): the race that cut the export dialog's finding to one line,
alone. Textual keeps a widget's size under a count of the layouts asked of it and counts one
only when none is pending; the screen laid out in between (by another widget's change) kept
the first text's size for the second. The in-between layout is made here with Textual's own
private calls, as the race made it; if a Textual upgrade renames what `Literal.refresh` reads,
this fails."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.containers import Vertical

from reflect.ui.widgets.literal import Literal

FIVE_LINES = "\n".join(f"Invented finding, line {n}" for n in range(1, 6))


class Dialog(App[None]):
    def compose(self) -> ComposeResult:
        with Vertical():
            yield Literal("Checking…", id="said")
            yield Literal("Invented other line", id="other")


async def test_a_second_text_landing_after_a_layout_of_the_first_is_measured_again() -> None:
    app = Dialog()
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.pause()
        said = app.query_one("#said", Literal)
        said.show("Checking again…")  # its layout asked, and still to come...
        app.query_one(Vertical)._clear_arrangement_cache()  # ...when another change
        app.screen._refresh_layout()  # lays the screen out first, measuring this text
        laid_out: list[int] = []
        app.screen.screen_layout_refresh_signal.subscribe(
            app.screen, lambda _: laid_out.append(said.size.height), immediate=True)
        said.show(FIVE_LINES)  # the result lands
        await pilot.pause()
        assert said.size.height == 5
        # at its first layout, not a frame later (`call_after_refresh(refresh)` drew it cut)
        assert laid_out and set(laid_out) == {5}, laid_out
