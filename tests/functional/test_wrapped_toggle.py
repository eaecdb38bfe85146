"""A wrapped toggle's label is wrapped once for a label and a width, not at every layout
(the export dialog's two dozen toggles wrapped theirs some 3,700 times while a test exported
three times), and again when either changes."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.content import Content

from reflect.ui.widgets.choice import TickBox
from tests.functional.helpers import wait_for

LABEL = "Include the invented items typed but not added, marked as typed and not added"


class OneBox(App[None]):
    CSS = "TickBox { width: 100%; }"  # held to the screen's width, as in the export dialog

    def compose(self) -> ComposeResult:
        yield TickBox(LABEL, id="box")


async def test_a_label_is_wrapped_once_for_each_width_and_label(monkeypatch):
    wraps: list[int] = []
    wrap = Content.wrap

    def counted(self: Content, width: int, *args: object, **kwargs: object) -> list[Content]:
        wraps.append(width)
        return wrap(self, width, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Content, "wrap", counted)
    app = OneBox()
    async with app.run_test(size=(40, 12)) as pilot:
        box = app.query_one("#box", TickBox)
        await wait_for(pilot, lambda: box.size.height > 1)  # wrapped under itself
        first = [box.render_line(y).text for y in range(box.size.height)]
        wraps.clear()
        for _ in range(3):  # what each layout asks: the height, then the lines
            box.get_content_height(box.size, box.size, box.content_size.width)
            box.render()
        assert wraps == []
        assert [box.render_line(y).text for y in range(box.size.height)] == first

        box.label = "An invented shorter label"  # a new label is wrapped anew
        await wait_for(pilot, lambda: box.size.height == 1)
        assert "An invented shorter label" in box.render_line(0).text
        await pilot.resize_terminal(30, 12)  # and the same label at a new width
        await wait_for(pilot, lambda: box.size.width < 30)
        box.label = LABEL
        await wait_for(pilot, lambda: box.size.height > len(first))
        drawn = " ".join(box.render_line(y).text[3:].strip() for y in range(box.size.height))
        assert " ".join(drawn.split()) == LABEL
