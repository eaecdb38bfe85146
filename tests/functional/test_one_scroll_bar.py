"""A list that scrolls inside a scrolling step draws no bar of its own while the step shows
one (a regression trial: the question step showed two bars side by side, `▃▃ ▆▆`)."""

from __future__ import annotations

from pathlib import Path

from textual.widget import Widget

from reflect.model.session import Participant
from reflect.ui.app import make_app
from reflect.ui.widgets.points_panel import PointList
from tests.functional.helpers import enter_text, wait_for
from tests.functional.test_toast_fresh import at_first_question


def bar_drawn(widget: Widget) -> bool:
    return widget.show_vertical_scrollbar and widget.scrollbar_size_vertical > 0


def scrolling_above(widget: Widget) -> Widget:
    return next(a for a in widget.ancestors if isinstance(a, Widget)
                and a.styles.overflow_y in ("auto", "scroll"))


async def test_a_long_points_list_in_a_scrolling_step_draws_one_bar(tmp_path: Path) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(60, 20)) as pilot:
        session = await at_first_question(
            pilot, [Participant(name="Sam Sample", role="Social worker", attended=True)])
        answer = session.answer("zz-first")
        assert answer is not None
        await enter_text(pilot, "".join(f"Invented point {n}\n" for n in range(1, 13)))
        await wait_for(pilot, lambda: len(answer.points) == 12)
        points = app.screen.query_one(PointList)
        step = scrolling_above(points)
        await wait_for(pilot, lambda: points.show_vertical_scrollbar
                       and step.show_vertical_scrollbar)  # both scroll
        await pilot.pause()
        assert bar_drawn(step) and not bar_drawn(points)
        assert points.max_scroll_y > 0  # the list still scrolls: its bar alone gives way
