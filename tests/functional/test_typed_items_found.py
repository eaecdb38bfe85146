"""An item typed into a form and not added is seen, named and found: said on the terminal as
reflect ends, named with its step and words in the export dialog (which goes to it), and
marked in the step list (said as the session opens, when it is on another step).

A fresh-eyes trial left an action with an owner and a due date (`Nobody`, `tomorrow`) but no
What in the action form: Ctrl+Q said nothing of it, and every export said `1 item typed but not
added: 1 action`, neither which nor where. All data invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.widgets import Button, Input

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session, session_path
from reflect.ui.app import ReflectApp, make_app
from reflect.ui.screens.export import ExportScreen
from reflect.ui.widgets.step_list import StepList
from tests.functional.helpers import enter_text, open_for_editing, said, shown, type_text, wait_for

SESSION_ID = "20261205-child-zz-0000cafe"
KEPT = ("An action half typed on What to do now is kept: owner “Nobody”, due “tomorrow” — "
        "no What yet")


pytestmark = pytest.mark.usefixtures("started_as_reflect")


def opening(fictional_dir: Path, sessions_dir: Path, step: str,
            drafts: dict[str, str]) -> ReflectApp:
    """The app as `reflect open` makes it, on a team session saved on `step` with `drafts`
    typed into its forms and not added."""
    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, SESSION_ID, title="Moorvale trial", mode="team",
                            facilitator="Sam Sample", current_step=step)
    session.drafts = dict(drafts)
    save_session(sessions_dir, session)
    app = make_app(fictional_dir, sessions_dir)
    app.first_session = (session, review, None, None)
    return app


def step_line(app: ReflectApp, key: str) -> str:
    steps = app.screen.query_one("#steps", StepList)
    return str(steps.get_option(key).prompt)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_an_action_half_typed_is_said_as_reflect_ends(fictional_dir: Path,
                                                           sessions_dir: Path,
                                                           size: tuple[int, int]) -> None:
    app = opening(fictional_dir, sessions_dir, "actions", {})
    async with app.run_test(size=size) as pilot:
        screen = await open_for_editing(pilot)
        owner = screen.query_one(".action-owner", Input)
        owner.focus()
        await wait_for(pilot, lambda: app.focused is owner)
        await type_text(pilot, "Nobody")
        due = screen.query_one(".action-due", Input)
        due.focus()
        await wait_for(pilot, lambda: app.focused is due)
        await type_text(pilot, "tomorrow")
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running)
    path = session_path(sessions_dir, SESSION_ID)
    assert app.farewell(300) == [f"Saved “Moorvale trial” in {path}", KEPT,
                                 f"To carry on: reflect open {SESSION_ID}"]
    narrow = app.farewell(size[0])
    assert all(cell_len(line) <= size[0] for line in narrow)
    assert " ".join(line.strip() for line in narrow).count(KEPT) == 1


async def test_the_step_holding_it_is_marked_and_said_as_the_session_opens(
        fictional_dir: Path, sessions_dir: Path) -> None:
    app = opening(fictional_dir, sessions_dir, "q:zz-first",
                  {"action:owner": "Nobody", "action:due": "tomorrow"})
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_for_editing(pilot)
        await wait_for(pilot, lambda: KEPT in said(app))
        assert "What to do now ✎" in step_line(app, "actions")
        assert "✎" not in step_line(app, "q:zz-first")
        assert shown(screen.query_one("#steps-title")).strip() == "Steps · ✎: not added"
        # Typed on a question too: marked as it is typed, and no longer once added.
        await type_text(pilot, "Invented point")
        await wait_for(pilot, lambda: "Question 1 ✎:" in step_line(app, "q:zz-first"))
        await pilot.press("enter")
        await wait_for(pilot, lambda: "✎" not in step_line(app, "q:zz-first"))
        # The action added: no mark is left, nor the title's word for it.
        await screen.go(next(i for i, s in enumerate(screen.steps) if s.key == "actions"))
        what = screen.query_one(".action-what", Input)
        await wait_for(pilot, lambda: app.focused is what)
        await enter_text(pilot, "Ring the invented duty desk")
        await pilot.press("enter")
        await wait_for(pilot, lambda: "✎" not in step_line(app, "actions"))
        assert shown(screen.query_one("#steps-title")).strip() == "Steps"


async def test_opened_on_the_step_holding_it_the_form_says_it_not_a_message(
        fictional_dir: Path, sessions_dir: Path) -> None:
    app = opening(fictional_dir, sessions_dir, "actions",
                  {"action:owner": "Nobody", "action:due": "tomorrow"})
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_for_editing(pilot)
        what = screen.query_one(".action-what", Input)
        await wait_for(pilot, lambda: str(what.border_subtitle).startswith("Not added yet"))
        assert str(what.border_subtitle) == "Not added yet: owner “Nobody”, due “tomorrow”"
        assert KEPT not in said(app)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_export_dialog_names_each_and_goes_to_it(fictional_dir: Path,
                                                          sessions_dir: Path,
                                                          size: tuple[int, int]) -> None:
    app = opening(fictional_dir, sessions_dir, "q:zz-first",
                  {"action:owner": "Nobody", "action:due": "tomorrow",
                   "point:zz-first": "Invented point"})
    async with app.run_test(size=size) as pilot:
        screen = await open_for_editing(pilot)
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen))
        dialog = app.screen
        line = " ".join(shown(dialog.query_one("#drafts")).split())
        assert line.startswith(
            "2 items typed but not added: a point on Question 1 (“Invented point”); an action "
            "on What to do now (owner “Nobody”, due “tomorrow” — no What yet).")
        # The step open has its own in view: the button goes to the other one.
        assert line.endswith("the button goes to What to do now.")
        button = dialog.query_one("#export-go-typed", Button)
        assert str(button.label) == "Go to What to do now"
        button.focus()
        await wait_for(pilot, lambda: app.focused is button)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is screen
                       and screen.steps[screen.index].key == "actions")
        what = screen.query_one(".action-what", Input)
        await wait_for(pilot, lambda: app.focused is what)  # where its What goes
        await wait_for(pilot, lambda: what.region and screen.panes[screen.index].region
                       .contains_region(what.region))
