"""An owner typed on *What to do now* and not added, kept over Ctrl+Q (a fresh-eyes trial):
`Sam` in Owner, Ctrl+Q, the session opened again, an action typed in the empty What box and
Enter: the action was added owned by "Sam", not matched to Sam Sample as `Jo` and Tab matches
Jo Invented, and nothing on screen had said the Owner box was not empty. All names invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from reflect.model.changes import draft_key
from reflect.model.session import Participant
from reflect.store.sessions import load_session, save_session, session_path
from reflect.ui.app import make_app
from tests.cpd_folder import invented_review, team
from tests.functional.helpers import open_saved_session, press_in_order, wait_for

OWNER = draft_key("action", "owner")


def saved_with_owner_typed(fictional_dir: Path, sessions_dir: Path, owner: str) -> Path:
    """A team session open at What to do now, `owner` typed in its Owner box, not added."""
    s = team(invented_review(fictional_dir), "Moorvale staff",
             [Participant(name="Sam Sample", role="Class teacher"),
              Participant(name="Robin Madeup", role="School business manager")],
             facilitator="Jo Invented")
    s.drafts = {OWNER: owner}
    s.current_step = "actions"
    save_session(sessions_dir, s)
    return session_path(sessions_dir, s.id)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_an_owner_kept_from_before_is_said_and_matched(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path, size: tuple[int, int]) -> None:
    path = saved_with_owner_typed(fictional_dir, sessions_dir, "Sam")
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = await open_saved_session(pilot)
        what = screen.query_one(".action-what", Input)
        await wait_for(pilot, lambda: app.focused is what)
        # The What box says what the Owner box holds, where the cursor is.
        await wait_for(pilot, lambda: str(what.border_subtitle) == "Not added yet: owner “Sam”")
        await press_in_order(app, [*"Share the policy with office staff", "enter"])
        await wait_for(pilot, lambda: len(load_session(path).actions) == 1)
        [action] = load_session(path).actions
        assert (action.text, action.owner) == ("Share the policy with office staff",
                                               "Sam Sample")
        await wait_for(pilot, lambda: any(
            n.message.startswith("Owner “Sam” is Sam Sample, as listed. Added without a due")
            for n in app._notifications))
        assert not what.border_subtitle or "Not added" not in str(what.border_subtitle)


async def test_tab_takes_the_name_an_owner_kept_from_before_starts(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """The Owner box offers the name its kept letters start, as for letters typed: Tab takes
    it (it went on with "Sam")."""
    saved_with_owner_typed(fictional_dir, sessions_dir, "Sam")
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await open_saved_session(pilot)
        what = screen.query_one(".action-what", Input)
        owner = screen.query_one(".action-owner", Input)
        await wait_for(pilot, lambda: app.focused is what)
        await press_in_order(app, ["tab"])
        await wait_for(pilot, lambda: app.focused is owner)
        owner.cursor_position = len(owner.value)
        await wait_for(pilot, lambda: owner._suggestion == "Sam Sample")
        await press_in_order(app, ["tab"])
        await wait_for(pilot, lambda: owner.value == "Sam Sample")


async def test_an_action_edited_keeps_the_owner_as_typed(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """Only an action added takes the one name its owner starts: saved after editing, the
    owner is as typed (the way to keep "Sam" as it is)."""
    path = saved_with_owner_typed(fictional_dir, sessions_dir, "Sam")
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await open_saved_session(pilot)
        what = screen.query_one(".action-what", Input)
        owner = screen.query_one(".action-owner", Input)
        await wait_for(pilot, lambda: app.focused is what)
        await press_in_order(app, [*"Invented audit", "enter"])
        await wait_for(pilot, lambda: [a.owner for a in load_session(path).actions]
                       == ["Sam Sample"])
        screen.query_one(".actions-table").focus()
        await press_in_order(app, ["enter"])
        await wait_for(pilot, lambda: owner.value == "Sam Sample")
        owner.focus()
        await press_in_order(app, ["ctrl+u", *"Sam", "enter"])
        await wait_for(pilot, lambda: [a.owner for a in load_session(path).actions]
                       == ["Sam"])
