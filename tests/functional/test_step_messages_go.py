"""A message about a step's item goes when the step is left: the actions step's "Added. Its
due date is not a date…" stayed over the next step's empty box for the CPD minutes, speaking
of nothing there (a fresh-eyes trial). Messages of the step on view stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.ui.app import make_app
from reflect.ui.widgets.actions_panel import ActionsPanel
from tests.functional.helpers import fill_boxes, said, wait_for
from tests.functional.test_item_form import open_at


def gaps_said(app: object) -> bool:
    return any("Its due date is not a date" in m for m in said(app))


async def added_with_a_gap(pilot):  # type: ignore[no-untyped-def]
    """On the actions step, an action added whose due date is not a date, said so: the
    walkthrough and the action form's first box."""
    app = pilot.app
    screen = await open_at(pilot, "actions")
    what = screen.query_one(ActionsPanel).form.first
    screen.set_focus(what)
    await wait_for(pilot, lambda: app.focused is what)
    await fill_boxes(pilot, "Ring the invented school", "", "31/02/2026")  # What, Owner, Due
    await pilot.press("enter")
    await wait_for(pilot, lambda: len(screen.session.actions) == 2 and gaps_said(app))
    return screen, what


@pytest.mark.parametrize(("size", "key"), [((80, 24), "pagedown"), ((60, 20), "pageup")])
async def test_an_actions_message_goes_with_its_step(
        tmp_path: Path, size: tuple[int, int], key: str) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size, notifications=True) as pilot:
        screen, what = await added_with_a_gap(pilot)
        await pilot.press("tab")  # still on the step: it stays
        await pilot.pause()
        assert gaps_said(app)
        before = screen.index
        await pilot.press(key)
        await wait_for(pilot, lambda: screen.index != before)
        assert not gaps_said(app)  # at once (its own time, left to run, takes it away later)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_next_action_added_replaces_what_was_said_of_the_one_before(
        tmp_path: Path, size: tuple[int, int]) -> None:
    """A trial added an action due "31/02/2026", then another, due Friday: "Added. Its due
    date is not a date…" stayed beside the newer "✓ Added as row 3", as if said of it."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size, notifications=True) as pilot:
        screen, what = await added_with_a_gap(pilot)
        await wait_for(pilot, lambda: app.focused is what)
        await fill_boxes(pilot, "Read the invented policy", "Robin", "Friday")
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(screen.session.actions) == 3)
        assert not gaps_said(app)  # at once (its own time, left to run, takes it away later)
        await wait_for(pilot, lambda: app.focused is what)
        await fill_boxes(pilot, "Ask the invented nurse", "", "")  # it lacks both: said
        await pilot.press("enter")
        await wait_for(pilot, lambda: any(m.startswith("Added without an owner or a due date")
                                          for m in said(app)))
        assert not gaps_said(app)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_enter_on_the_empty_form_replaces_what_was_said_of_the_one_added(
        tmp_path: Path, size: tuple[int, int]) -> None:
    """A trial pressed Enter on the empty form just after an action due "31/02/2026" was
    added: "Type what will be done first." showed beside "Added. Its due date is not a
    date…", the older message staying until the next add."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size, notifications=True) as pilot:
        screen, what = await added_with_a_gap(pilot)
        await wait_for(pilot, lambda: app.focused is what and not what.value)
        await pilot.press("enter")
        await wait_for(pilot, lambda: any(m.startswith("Type what will be done first")
                                          for m in said(app)))
        assert not gaps_said(app)  # at once (its own time, left to run, takes it away later)
        assert len(screen.session.actions) == 2
