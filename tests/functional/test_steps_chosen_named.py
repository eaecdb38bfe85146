"""While the step list has the focus (Ctrl+G), the line over the step names the step Enter
goes to, its question's words whole: at 80x24 the list cuts them ("Question 2: How …"), and
a health visitor going back to the question about families could not tell which line was
which (a fresh-eyes trial). The step on view is named again when the highlight comes back
to it (Esc) or the list loses the focus another way (a click in the step)."""

from __future__ import annotations

from textual.widgets import OptionList, TextArea

from reflect.ui.app import make_app
from tests.functional.helpers import shown, start_new, wait_for


async def test_the_step_highlighted_is_named_over_the_step(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_new(pilot, mode="individual", title="Invented reflection")
        steps = screen.query_one("#steps", OptionList)
        title = screen.query_one("#step-title")
        second = next(i for i, s in enumerate(screen.steps)
                      if s.kind == "question" and "Question 2" in s.label)
        # The list itself is too narrow for the question's line ("Question 2: Who …").
        assert steps.region.width < len(" · Question 2: Who would you tell?")
        await pilot.press("ctrl+g")
        await wait_for(pilot, lambda: app.focused is steps)
        while steps.highlighted != second:
            await pilot.press("down")
        await wait_for(pilot, lambda: "Who would you tell?" in shown(title))
        assert shown(title).startswith(f"Enter goes to step {second + 1} of ")
        assert screen.index == 0  # nothing moved: the step on view is still the first
        await pilot.press("escape")
        await wait_for(pilot, lambda: shown(title).startswith("Step 1 of "))
        # Left with the highlight elsewhere (a click in the step): the step on view again.
        await pilot.press("ctrl+g", "down", "down")
        await wait_for(pilot, lambda: shown(title).startswith("Enter goes to step 3 of "))
        box = screen.panes[screen.index].query(TextArea).first()
        await pilot.click(box)
        await wait_for(pilot, lambda: app.focused is not steps
                       and shown(title).startswith("Step 1 of "))
        assert screen.index == 0
