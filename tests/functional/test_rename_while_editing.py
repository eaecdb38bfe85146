"""An action open in the form on *What to do now* while its owner is renamed on *Who is here*
(the step left with the action still open, a person renamed, and the step shown again): its
owner box shows the new name, and Enter, or Esc, keeps it. The box showed the old name, and
saving the action wrote it back over the rename (model/rename_edits.py; a trial)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from reflect.model.session import Action, Participant
from reflect.store.sessions import load_session, save_session, session_path
from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.tables import RowTable
from tests.cpd_folder import invented_review, team
from tests.functional.helpers import open_saved_session, press_in_order, wait_for


async def test_an_action_open_in_the_form_takes_its_owners_new_name(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    s = team(invented_review(fictional_dir), "Invented Team",
             [Participant(name="Pat Example", role="Invented lead")])
    s.add_action(Action(text="Invented audit", owner="Pat Example", due="Friday"))
    s.current_step = "actions"
    save_session(sessions_dir, s)
    path = session_path(sessions_dir, s.id)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_saved_session(pilot)
        assert isinstance(screen, WalkthroughScreen)

        async def go_to(key: str) -> None:
            index = next(i for i, step in enumerate(screen.steps) if step.key == key)
            screen.call_later(screen.go, index)
            await wait_for(pilot, lambda: screen.index == index and app.focused is not None)

        async def open_action() -> None:
            table = screen.query_one(".actions-table", RowTable)
            screen.set_focus(table)
            await wait_for(pilot, lambda: app.focused is table)
            await press_in_order(app, ["enter"])
            await wait_for(pilot, lambda: app.focused is what and what.value)

        async def rename(to: str) -> None:
            await go_to("people")
            table = screen.query_one(".people-table", RowTable)
            screen.set_focus(table)
            await wait_for(pilot, lambda: app.focused is table)
            await press_in_order(app, ["enter"])
            name = screen.query_one(".person-name", Input)
            await wait_for(pilot, lambda: app.focused is name and bool(name.value))
            await press_in_order(app, ["ctrl+u", *to, "enter"])
            await wait_for(pilot, lambda: s_owner() == to)
            await go_to("actions")

        def s_owner() -> str:
            return load_session(path).actions[0].owner

        what = screen.query_one(".action-what", Input)
        owner = screen.query_one(".action-owner", Input)
        await open_action()
        await rename("Jo Example")
        await wait_for(pilot, lambda: owner.value == "Jo Example")
        await press_in_order(app, ["escape"])  # the edit undone: the owner as renamed
        await wait_for(pilot, lambda: screen.query_one(".action-form").editing is None)
        await pilot.pause()
        assert s_owner() == "Jo Example"
        await open_action()
        await rename("Jo Sample")
        await wait_for(pilot, lambda: owner.value == "Jo Sample")
        screen.set_focus(what)
        await press_in_order(app, ["end", *" soon", "enter"])  # saved
        await wait_for(pilot, lambda: load_session(path).actions[0].text
                       == "Invented audit soon")
        assert s_owner() == "Jo Sample"
