"""A person renamed on *Who is here* (Enter on them, type, Enter) takes the agreed actions
whose owner named them, in the file as other edits are: action a1 stayed owned by "Pat
Example", no longer on the list (a trial). Esc while editing puts the owner back with the
name."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, OptionList

from reflect.model.session import Action, Participant
from reflect.store.sessions import load_session, save_session, session_path
from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.tables import RowTable
from tests.cpd_folder import invented_review, team
from tests.functional.helpers import open_saved_session, press_in_order, shown, wait_for


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


async def test_a_person_renamed_takes_last_times_actions_and_what_is_half_typed(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """Renamed after the steps were shown, a person takes last time's actions they own (its
    table, its Selected line, the notes), the agreed actions' table (it went on showing the
    old owner, though the file had the new), an owner typed in the actions form and not yet
    added, and a point not yet added whose "@…" named them: each kept the old name, and the
    notes showed an owner no longer listed (a trial). The session that agreed last time's
    actions keeps the name it gave. Pat Sample's stay Pat Sample's; Esc puts all back."""
    from reflect.export.markdown import to_markdown
    from reflect.model.changes import draft_key
    from reflect.store.carry import open_actions_for_team

    earlier = team(invented_review(fictional_dir), "Invented Team", [])
    earlier.add_action(Action(text="Invented audit", owner="Pat Example"))
    earlier.add_action(Action(text="Invented rota", owner="Pat Sample"))
    save_session(sessions_dir, earlier)
    s = team(invented_review(fictional_dir), "Invented Team",
             [Participant(name="Pat Example", role="Invented lead"),
              Participant(name="Pat Sample", role="Invented worker")], day=2)
    s.carried = open_actions_for_team(sessions_dir, "Invented Team", exclude_id=s.id)
    s.add_action(Action(text="Invented agreed action", owner="Pat Example"))
    owner, point = draft_key("action", "owner"), draft_key("point", "zz-first")
    s.drafts = {draft_key("action", "text"): "Invented plan", owner: "Pat Example",
                point: "Invented point @Pat Ex"}
    s.current_step = "carried"
    save_session(sessions_dir, s)
    path = session_path(sessions_dir, s.id)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        sessions = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: sessions.option_count == 2)
        sessions.highlighted = next(n for n in range(2)
                                    if sessions.get_option_at_index(n).id == str(path))
        sessions.focus()
        await press_in_order(app, ["enter"])
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        screen = app.screen

        async def go_to(key: str) -> None:
            index = next(i for i, step in enumerate(screen.steps) if step.key == key)
            screen.call_later(screen.go, index)
            await wait_for(pilot, lambda: screen.index == index and app.focused is not None
                           and app.focused.screen is screen)

        def owners_shown(of: str = ".carried-table") -> list[str]:
            table = screen.query_one(of, RowTable)
            return [" ".join(str(table.get_cell(str(n), table.ordered_columns[2].key)).split())
                    for n in range(table.row_count)]

        def boxes() -> tuple[str, str]:
            return (screen.query_one(".action-owner", Input).value,
                    screen.query_one(".point-text", Input).value)

        await wait_for(pilot, lambda: owners_shown() == ["Pat Example", "Pat Sample"])
        for key in ("actions", "q:zz-first", "people"):  # each step shown before the rename
            await go_to(key)
        assert boxes() == ("Pat Example", "Invented point @Pat Ex")
        table = screen.query_one(".people-table", RowTable)
        name = screen.query_one(".person-name", Input)

        def saved() -> tuple[list[str], str, str]:
            kept = load_session(path)
            return [c.owner for c in kept.carried], kept.drafts[owner], kept.drafts[point]

        async def rename(then: str) -> None:
            """Pat Example, on the table's first row, renamed Jo Example; then Esc or Enter."""
            screen.set_focus(table)
            await wait_for(pilot, lambda: app.focused is table)
            await press_in_order(app, ["enter"])
            await wait_for(pilot, lambda: app.focused is name and name.value == "Pat Example")
            await press_in_order(app, ["home", "delete", "delete", "delete", *"Jo"])
            await wait_for(pilot, lambda: saved() == (
                ["Jo Example", "Pat Sample"], "Jo Example", "Invented point @Jo Example"))
            await press_in_order(app, [then])
            await wait_for(pilot, lambda: app.focused is table)

        await rename("escape")  # the edit undone: all of it put back with the name
        await wait_for(pilot, lambda: saved() == (
            ["Pat Example", "Pat Sample"], "Pat Example", "Invented point @Pat Ex"))
        await rename("enter")
        await go_to("carried")
        await wait_for(pilot, lambda: owners_shown() == ["Jo Example", "Pat Sample"])
        detail = shown(screen.query_one(".carried-detail"))
        assert "owner: Jo Example (“Pat Example” in the session that agreed it)" in detail
        await go_to("actions")
        assert boxes()[0] == "Jo Example"
        assert owners_shown(".actions-table") == ["Jo Example"]  # (the rename before this)
        await go_to("q:zz-first")
        assert boxes()[1] == "Invented point @Jo Example"
        notes = to_markdown(load_session(path))
        assert "Jo Example" in notes and "Pat Example" not in notes
        assert [a.owner for a in load_session(session_path(sessions_dir, earlier.id)).actions
                ] == ["Pat Example", "Pat Sample"]  # that meeting's record, as it named them
