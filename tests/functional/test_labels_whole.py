"""At 80x24 on a reflection of your own, Tab out of the *What?* box left its label cut to its
last line, `stands out for you?`, at the top of the view, a question of its own (a trial):
the step scrolls so that no box's label is cut in two. Text typed is invented."""

from __future__ import annotations

import pytest
from textual.widgets import TextArea

from reflect.ui.app import make_app
from reflect.ui.panes.question import AnswerLabel
from tests.functional.helpers import go_forward_to, start_new, wait_for


def cut_labels(pane) -> list[str]:  # type: ignore[no-untyped-def]
    """The labels cut by the top of the view (under the question, where it is kept there)."""
    head = pane.query(".question-head").first()
    view = pane.scrollable_content_region
    first = view.y + (0 if pane.has_class("-unpinned") else head.outer_size.height)
    return [label.what for label in pane.query(AnswerLabel)
            if label.region.y < first < label.region.bottom]


@pytest.mark.parametrize("lines", range(1, 9))
async def test_tab_out_of_what_leaves_no_label_cut(fictional_dir, sessions_dir,
                                                   lines: int) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_new(pilot, "individual")
        await go_forward_to(pilot, screen, "question")
        pane = screen.query_one(f"#pane-{screen.index}")
        what = pane.query_one(f"#what-{screen.index}", TextArea)
        await wait_for(pilot, lambda: app.focused is what)
        what.insert("\n".join(f"Invented line {n} of what stood out" for n in range(lines)))
        await pilot.pause()
        await pilot.press("tab")
        so_what = pane.query_one(f"#so_what-{screen.index}", TextArea)
        await wait_for(pilot, lambda: app.focused is so_what)
        await pilot.pause()
        await pilot.pause()
        assert cut_labels(pane) == []

