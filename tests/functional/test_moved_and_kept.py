"""Last time's actions in the app tell the story the notes tell: a new due date typed in words
that name no date (`32/13`) leaves the date kept in the table, marked gone by as the notes
say overdue (it showed `? 32/13`, unmarked); a new date written back names this meeting in
the earlier session (`Action.moved_in`), whose actions' Selected line says which meeting
moved it, and when (it said `moved by a later session`). Everything here is invented."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Input

from reflect.model.dates import local_day
from reflect.model.session import Action, MovedIn
from reflect.store.sessions import load_session
from reflect.ui.app import make_app
from reflect.ui.screens import carry_back
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import new_session_form, shown, type_text, wait_for
from tests.functional.test_carried_progress import earlier_session


@pytest.fixture(autouse=True)
def quick_write_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(carry_back, "WRITE_BACK_PAUSE", 0.1)


async def on_last_times_actions(pilot, today: date):  # type: ignore[no-untyped-def]
    """A new session, "Moorvale week 2", of the invented team, its day `today`, on last
    time's actions: the screen and the table."""
    app = pilot.app
    await new_session_form(pilot)
    app.screen.query_one("#title", Input).value = "Moorvale week 2"
    app.screen.query_one("#team", Input).value = "Invented team"
    await pilot.press("ctrl+s")
    await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
    screen = app.screen
    screen.edits.today = lambda: today
    await pilot.press("pagedown")
    table = screen.query_one(".carried-table", RowTable)
    await wait_for(pilot, lambda: app.focused is table and table.row_count == 1)
    return screen, table


async def in_the_due_box(pilot, screen, words: str) -> None:  # type: ignore[no-untyped-def]
    due = screen.query_one(".carried-due", Input)
    due.focus()
    await wait_for(pilot, lambda: pilot.app.focused is due)
    await type_text(pilot, words)


async def test_words_naming_no_date_leave_the_date_kept_in_the_table_gone_by(
        fictional_dir, sessions_dir):
    earlier_session(fictional_dir, sessions_dir, [
        Action(text="Invented chronology template", due="next Fri",
               due_date=date(2026, 12, 11))])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, table = await on_last_times_actions(pilot, date(2026, 12, 12))
        await wait_for(pilot, lambda: str(table.get_row_at(0)[3]).startswith("⚠ 11"))
        await in_the_due_box(pilot, screen, "32/13")
        [carried] = screen.session.carried
        await wait_for(pilot, lambda: carried.new_due == "32/13" and carried.written_back,
                       timeout=10)
        await pilot.pause()
        cell = str(table.get_row_at(0)[3])
        assert cell.startswith("⚠ 11") and "32/13" not in cell, cell  # the date kept, gone by
        line = " ".join(shown(screen.query_one(".carried-detail")).split())
        assert "new due date 32/13 (not read as a date), overdue" in line, line  # by 11 Dec
        under = " ".join(shown(screen.query_one(".carried-more")).split())
        # the date first, the words said a month before after it (`due.due_said_later`)
        assert under.startswith("Kept here only: “") and "keeps due Fri 11 Dec 2026 (" in under \
            and "“next Fri”" in under, under


async def test_a_new_date_written_back_names_this_meeting_there(fictional_dir, sessions_dir):
    earlier = earlier_session(fictional_dir, sessions_dir, [
        Action(text="Invented chronology template", due="next Fri",
               due_date=date(2026, 12, 11))])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, table = await on_last_times_actions(pilot, date(2026, 12, 12))
        await in_the_due_box(pilot, screen, "18/12/2026")
        [carried] = screen.session.carried
        await wait_for(pilot, lambda: carried.new_due_date == date(2026, 12, 18)
                       and carried.written_back, timeout=10)
        await wait_for(pilot, lambda: load_session(earlier).actions[0].moved_in is not None,
                       timeout=10)
        [back] = load_session(earlier).actions
        assert back.moved_in == MovedIn(session_id=screen.session.id, label="Moorvale week 2",
                                        held=local_day(screen.session.created))
        assert (back.due_date, back.agreed_due_date) == (date(2026, 12, 18), date(2026, 12, 11))


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_first_meetings_selected_line_says_who_moved_it_and_when(
        tmp_path, size: tuple[int, int]) -> None:
    from tests.functional.test_selected_line import opened, review

    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        from reflect.model.session import Session

        session = Session.start(review(), "s-moved", title="Moorvale week 1",
                                team="Invented team")
        session.add_action(Action(
            text="Invented chronology template", owner="Sam Sample", due="next Fri",
            due_date=date(2026, 12, 18), status="in progress", agreed_due="next Fri",
            agreed_due_date=date(2026, 12, 11),
            moved_in=MovedIn(session_id="s-week-2", label="Moorvale week 2",
                             held=date(2026, 12, 12))))
        screen = opened(app, session, "actions")
        await wait_for(pilot, lambda: app.screen is screen and screen.query(".action-detail"))
        line = screen.query_one(".action-detail")
        said = ("agreed here: next Fri (Fri 11 Dec 2026), moved to Fri 18 Dec 2026 at "
                "“Moorvale week 2”, 12 Dec 2026")
        await wait_for(pilot, lambda: said in " ".join(shown(line).split()), timeout=5)
