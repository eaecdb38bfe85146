"""A person renamed on *Who is here* (Enter on them, type, Enter) takes the agreed actions
whose owner named them, in the file as other edits are: action a1 stayed owned by "Pat
Example", no longer on the list (a trial). Esc while editing puts the owner back with the
name."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from reflect.model.session import Action, Participant
from reflect.store.sessions import load_session, save_session, session_path
from reflect.ui.app import make_app
from reflect.ui.widgets.tables import RowTable
from tests.cpd_folder import invented_review, team
from tests.functional.helpers import open_saved_session, press_in_order, wait_for


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_person_renamed_takes_their_actions(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path, size: tuple[int, int]) -> None:
    s = team(invented_review(fictional_dir), "Invented Team",
             [Participant(name="Pat Example", role="Invented lead"),
              Participant(name="Sam Sample")])
    s.add_action(Action(text="Invented audit", owner="Pat Example"))
    s.add_action(Action(text="Invented rota", owner="Invented agency"))
    s.current_step = "people"
    save_session(sessions_dir, s)
    path = session_path(sessions_dir, s.id)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        screen = await open_saved_session(pilot)
        table = screen.query_one(".people-table", RowTable)
        screen.set_focus(table)
        await wait_for(pilot, lambda: app.focused is table and table.row_count == 2)
        await press_in_order(app, ["enter"])
        name = screen.query_one(".person-name", Input)
        await wait_for(pilot, lambda: app.focused is name and name.value == "Pat Example")
        await press_in_order(app, ["end", *" Renamed"])  # kept as typed, as any edit

        def owners() -> list[str]:
            return [a.owner for a in load_session(path).actions]

        await wait_for(pilot, lambda: owners() == ["Pat Example Renamed", "Invented agency"])
        await press_in_order(app, ["escape"])  # the edit undone: the owner put back with it
        await wait_for(pilot, lambda: owners() == ["Pat Example", "Invented agency"])
        assert load_session(path).participants[0].name == "Pat Example"
        await wait_for(pilot, lambda: app.focused is table)
        await press_in_order(app, ["enter", "end", *" Renamed", "enter"])
        await wait_for(pilot, lambda: owners() == ["Pat Example Renamed", "Invented agency"])
        assert load_session(path).participants[0].name == "Pat Example Renamed"
