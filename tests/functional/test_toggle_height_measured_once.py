"""A radio button's or tick box's height, asked again at the same width, is the lines already
wrapped: its button is not made again to measure it.

The button (its styles looked up, a Content built) was made at every ask, before the lines
kept were found: 6 s of a 390 s profile of fifteen pilot-test files at stop 60, the export
dialog's two dozen toggles measured at each of its layouts."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.content import Content
from textual.geometry import Size

from reflect.ui.widgets.choice import ChoiceButton, ChoiceSet, TickBox


class Toggles(App[None]):
    def compose(self) -> ComposeResult:
        with ChoiceSet(id="set"):
            yield ChoiceButton("An invented format for the Moorvale notes, long enough to wrap",
                               value=True, id="one")
            yield ChoiceButton("Another", id="two")
        yield TickBox("Include the invented items typed but not added", id="tick")


async def test_a_toggles_height_at_the_same_width_makes_no_button(
        monkeypatch: pytest.MonkeyPatch) -> None:
    app = Toggles()
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.pause()
        made: list[object] = []
        for kind in (ChoiceButton, TickBox):
            button = kind._button

            def counted(self: ChoiceButton | TickBox, fget: object = button.fget) -> Content:
                made.append(self)
                return fget(self)  # type: ignore[operator, no-any-return]

            monkeypatch.setattr(kind, "_button", property(counted))
        size = Size(40, 20)
        for widget_id in ("#one", "#two", "#tick"):
            widget = app.query_one(widget_id)
            heights = {widget.get_content_height(size, size, 30) for _ in range(5)}
            assert len(heights) == 1
        one = app.query_one("#one", ChoiceButton)
        assert one.get_content_height(size, size, 30) > 1  # wrapped, under its first word
        assert len(made) <= 3, len(made)  # once a widget at most, for its first measure
        monkeypatch.undo()
        assert one.get_content_height(size, size, 60) < one.get_content_height(size, size, 30)
