"""Last time's actions: an action agreed with no owner is given one at the next meeting, in the
owner's box under the note and the due date; the Selected line said nothing of an owner, and
there was no way to give one (a midwifery team lead expected to). All names are invented."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from reflect.model.session import Action, Participant
from reflect.store.sessions import load_session, session_path
from reflect.ui.app import make_app
from reflect.ui.screens import carry_back
from tests.functional.helpers import every_said, shown, type_text, wait_for
from tests.functional.test_carried_progress import earlier_session, on_carried_table


@pytest.fixture(autouse=True)
def quick_write_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(carry_back, "WRITE_BACK_PAUSE", 0.1)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_an_action_with_no_owner_is_given_one_and_both_sessions_say_so(
        fictional_dir, sessions_dir, size):
    earlier_path = earlier_session(fictional_dir, sessions_dir, [
        Action(text="Ring the pretend clinic")])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen, table = await on_carried_table(pilot)
        detail = screen.query_one(".carried-detail")
        await wait_for(pilot, lambda: "· no owner ·" in shown(detail))
        owner = screen.query_one(".carried-owner", Input)
        await pilot.press("tab", "tab", "tab")  # the note's box, the due box, the owner's
        await wait_for(pilot, lambda: app.focused is owner)
        assert owner.region.height and screen.query_one(".carried-detail").region.height
        await type_text(pilot, "Pat Example")
        [carried] = screen.session.carried
        await wait_for(pilot, lambda: "owner: Pat Example" in shown(detail))
        await wait_for(pilot, lambda: carried.written_back, timeout=10)
        assert load_session(earlier_path).actions[0].owner == "Pat Example"
        mine = session_path(sessions_dir, screen.session.id)
        await wait_for(pilot, lambda: mine.exists()
                       and load_session(mine).carried[0].owner == "Pat Example")
        await pilot.press("enter")  # back to the action's row, as from the due box
        await wait_for(pilot, lambda: app.focused is table)


async def test_letters_starting_one_name_and_enter_give_the_action_to_them(
        fictional_dir, sessions_dir):
    """`Ha` and Enter in the owner's box, the box showing Hana Invented in grey: the action is
    hers, in both sessions, as Tab or *What to do now*'s form would make it. It was owned by
    "Ha" (a facilitator's fresh-eyes trial)."""
    earlier_path = earlier_session(fictional_dir, sessions_dir, [
        Action(text="Check the invented policy")])
    app = make_app(fictional_dir, sessions_dir)
    said = every_said(app)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, table = await on_carried_table(pilot)
        screen.session.participants.append(Participant(name="Hana Invented"))
        screen.session.participants.append(Participant(name="Bo Madeup"))
        owner = screen.query_one(".carried-owner", Input)
        await pilot.press("tab", "tab", "tab")
        await wait_for(pilot, lambda: app.focused is owner)
        await type_text(pilot, "Ha")
        [carried] = screen.session.carried
        await wait_for(pilot, lambda: carried.owner == "Ha")
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.focused is table)
        await wait_for(pilot, lambda: carried.owner == "Hana Invented")
        assert "Owner “Ha” is Hana Invented, as listed." in said
        await wait_for(pilot, lambda: load_session(earlier_path).actions[0].owner
                       == "Hana Invented", timeout=10)
