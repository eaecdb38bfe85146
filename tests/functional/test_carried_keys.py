"""Last time's actions: Enter on an action's row goes to its progress note, and Delete says
why nothing is removed and what to do instead (docs/keys.md; until 7 December 2026 both keys
did nothing and said nothing, a fresh-eyes trial)."""

from __future__ import annotations

from textual.widgets import Input

from reflect.model.owners import NO_OWNER_YET
from reflect.model.session import Action
from reflect.store.sessions import load_session
from reflect.ui.app import make_app
from reflect.ui.widgets.carried_table import NOT_REMOVED
from tests.functional.helpers import every_said, shown, wait_for
from tests.functional.test_carried_progress import earlier_session, on_carried_table


async def test_enter_goes_to_the_note_and_delete_says_where_one_is_removed(
        fictional_dir, sessions_dir):
    earlier_path = earlier_session(fictional_dir, sessions_dir, [
        Action(text="Invent a checklist"), Action(text="Ring the invented nurse")])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        screen, table = await on_carried_table(pilot)
        said = every_said(app)
        await pilot.press("down", "delete")
        await wait_for(pilot, lambda: NOT_REMOVED in said)
        assert table.row_count == 2 and table.cursor_row == 1  # nothing removed, still on it
        assert app.focused is table
        await pilot.press("enter")
        note = screen.query_one(".carried-note", Input)
        await wait_for(pilot, lambda: app.focused is note)
        assert "Ring the" in str(note.border_title)  # the note on that action (cut at 60x20)
    assert len(load_session(earlier_path).actions) == 2


async def test_space_drops_one_no_longer_needed_written_back_there(fictional_dir, sessions_dir):
    """Space's fourth press: ⊘ dropped (no longer needed), in the table and in the session
    that agreed it, which then carries it to no later meeting (tests/unit/test_dropped.py).
    Until 7 December 2026 it went open → in progress → done only (a facilitator's trial)."""
    earlier_path = earlier_session(fictional_dir, sessions_dir, [
        Action(text="Invent a checklist")])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, table = await on_carried_table(pilot)
        owner = screen.query_one(".carried-owner", Input)
        assert owner.placeholder == NO_OWNER_YET  # open, with no owner: who will do it
        await pilot.press("space", "space", "space")
        await wait_for(pilot, lambda: str(table.get_row_at(0)[0]).strip().startswith("⊘"))
        assert owner.placeholder == ""  # dropped: no one is to do it (`owner_hint`)
        detail = screen.query_one(".carried-detail")
        await wait_for(pilot, lambda: "now dropped ·" in " ".join(shown(detail).split()))
        selected = " ".join(shown(detail).split())
        assert "no owner" not in selected, selected  # nor on its Selected line (`owner_said`)
        await wait_for(pilot, lambda: load_session(earlier_path).actions[0].status == "dropped")
