"""A letter typed in a one-line box lays nothing out: the box's place never depends on its
text (a box sized by its text is laid out by Input itself). Textual's Input set its virtual
size to its text's width at every key, and that asked for a layout of the whole screen: every
widget of the step placed again, for each letter."""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Input

from reflect.ui.app import make_app
from reflect.ui.laid_out import unsettled
from tests.functional.helpers import press_in_order, wait_for
from tests.functional.test_facilitation import SIZE, at_first_question

TEXT = "An invented point, typed past the end of the box so that its text scrolls sideways"


async def test_letters_typed_in_the_point_box_lay_out_nothing(content_dir, sessions_dir,
                                                              monkeypatch):
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, i = await at_first_question(pilot)
        box = screen.query_one(f"#points-{i} .point-text", Input)
        box.focus()
        await wait_for(pilot, lambda: app.focused is box)
        laid_out: list[bool] = []
        whole = Screen._refresh_layout

        def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            # (a layout asked for by the box alone: the step's others are not its doing)
            laid_out.append(unsettled(box, scroll=False, widgets=())
                            or box in self._layout_widgets.get(box.parent, ()))
            return whole(self, *args, **kwargs)

        monkeypatch.setattr(Screen, "_refresh_layout", counted)
        for letter in TEXT:  # each drawn before the next, as a person types
            await press_in_order(app, [letter])
            await pilot.pause()
        assert box.value == TEXT
        # (one, now and then: the first letter replacing the box's placeholder)
        assert sum(laid_out) <= 1, f"{sum(laid_out)} of {len(laid_out)} layouts were the box's"
        # the text scrolled to keep the cursor in view, as before
        assert box.scroll_x > 0 and box.cursor_position == len(TEXT)
        assert box.virtual_size.width == len(TEXT) + 1
