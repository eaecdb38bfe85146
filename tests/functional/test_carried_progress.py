"""Last time's actions at 80×24: a progress note and a new due date typed on a carried action
reach this session's file and the earlier session's file (#15.13)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Input

from reflect.model.dates import read_date, short_date
from reflect.model.session import Action, Session
from reflect.store.library import load_library
from reflect.store.sessions import load_session, new_session_id, save_session, session_path
from reflect.ui.app import make_app
from reflect.ui.screens import carry_back
from reflect.ui.screens.start import StartScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import (
    enter_text,
    every_said,
    new_session_form,
    shown,
    type_text,
    wait_for,
)


@pytest.fixture(autouse=True)
def quick_write_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """What is typed on a carried action is written back once typing has paused for a second;
    these tests waited out that second once or twice each. A tenth tests the same waiting
    (a test that needs the write-back not to have happened yet sets it far longer)."""
    monkeypatch.setattr(carry_back, "WRITE_BACK_PAUSE", 0.1)


def earlier_session(fictional_dir, sessions_dir, actions: list[Action]):
    """Last month's session of the invented team, with `actions` agreed; its file's path."""
    review = load_library(fictional_dir).get("child-zz")
    earlier = Session.start(review, new_session_id(review.id), title="Last month",
                            team="Invented team", actions=actions)
    return save_session(sessions_dir, earlier)


async def new_team_session(pilot) -> WalkthroughScreen:  # type: ignore[no-untyped-def]
    """A new session of the invented team, started from the library: its actions from last
    time come with it."""
    app = pilot.app
    await new_session_form(pilot)
    app.screen.query_one("#team", Input).value = "Invented team"
    await pilot.press("ctrl+s")
    await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
    return app.screen


async def on_carried_table(pilot):  # type: ignore[no-untyped-def]
    """A new session of the invented team, on last time's actions, the table with the focus:
    the screen and the table."""
    screen = await new_team_session(pilot)
    await pilot.press("pagedown")
    table = screen.query_one(".carried-table", RowTable)
    await wait_for(pilot, lambda: pilot.app.focused is table)
    return screen, table


async def test_a_note_and_a_new_due_date_reach_both_sessions(fictional_dir, sessions_dir):
    earlier_path = earlier_session(fictional_dir, sessions_dir, [
        Action(text="Ring the invented school nurse", due="next Friday",
               due_date=date(2026, 1, 9))])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, table = await on_carried_table(pilot)
        await pilot.press("space")  # open -> in progress
        note = screen.query_one(".carried-note", Input)
        note.focus()
        await wait_for(pilot, lambda: app.focused is note)
        await enter_text(pilot, "Left a message; nurse on leave")
        await pilot.press("enter")  # on to the due box
        due = screen.query_one(".carried-due", Input)
        await wait_for(pilot, lambda: app.focused is due)
        await type_text(pilot, "end of March")
        march = read_date("end of March", date.today())
        assert march is not None and march.month == 3
        await wait_for(pilot, lambda: str(due.border_subtitle).startswith("→ ")
                       and str(march.year) in str(due.border_subtitle))
        [carried] = screen.session.carried
        assert (carried.note, carried.new_due, carried.new_due_date) == (
            "Left a message; nurse on leave", "end of March", march)
        line = shown(screen.query_one(".carried-detail"))  # it said the old date only
        assert "due Fri 9 Jan 2026 (said as “next Friday”)" in line  # (the date first: a
        assert "new due date end of March" in line  # month on, "next Friday" is another day)
        mine = session_path(sessions_dir, screen.session.id)
        await wait_for(pilot, lambda: carried.written_back, timeout=10)
        [back] = load_session(earlier_path).actions
        assert (back.status, back.progress, back.due, back.due_date) == (
            "in progress", "Left a message; nurse on leave", "end of March", march)
        assert back.agreed_due == "next Friday"  # what that meeting agreed, kept beside it
        await wait_for(pilot, lambda: mine.exists()
                       and load_session(mine).carried[0].new_due_date == march
                       and load_session(mine).carried[0].written_back)
        assert load_session(mine).carried[0].note == "Left a message; nurse on leave"
        assert load_session(mine).carried[0].due == "next Friday"  # as agreed then


async def test_a_note_typed_just_before_leaving_is_written_back_on_the_way_out(
        fictional_dir, sessions_dir, monkeypatch: pytest.MonkeyPatch):
    # Typing has not paused long enough when Esc is pressed: leaving writes it back.
    monkeypatch.setattr(carry_back, "WRITE_BACK_PAUSE", 600.0)
    earlier_path = earlier_session(fictional_dir, sessions_dir,
                                   [Action(text="Share the invented template")])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await new_team_session(pilot)
        await pilot.press("pagedown")
        note = screen.query_one(".carried-note", Input)
        note.focus()
        await wait_for(pilot, lambda: app.focused is note)
        await enter_text(pilot, "Shared with two teams")
        await wait_for(pilot, lambda: screen.session.carried[0].note == "Shared with two teams")
        mine = session_path(sessions_dir, screen.session.id)
        await pilot.press("escape")  # at once: before typing has paused for a second ...
        await wait_for(pilot, lambda: any("Esc again goes to the library" in n.message
                                          for n in app._notifications))
        assert app.screen is screen  # ... a first Esc in a box with text only says so (one
        await pilot.press("escape")  # left the session at once, a trial), a second leaves
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
    assert load_session(earlier_path).actions[0].progress == "Shared with two teams"
    assert load_session(mine).carried[0].written_back


async def test_enter_after_a_new_due_date_goes_back_to_the_actions_row(
        fictional_dir, sessions_dir, monkeypatch: pytest.MonkeyPatch):
    """Typed, Enter, Esc, Esc: Enter went on round to the step list, whose Esc only came back
    to the step, so the first Esc seemed to do nothing and the second left (a trial). Enter
    in the due box is back on the action's row, with the keys typed after it; one Esc leaves,
    the date kept here and in the earlier session."""
    # As with the app's second: Esc comes before typing has paused, and leaving writes it back.
    monkeypatch.setattr(carry_back, "WRITE_BACK_PAUSE", 600.0)
    earlier_path = earlier_session(fictional_dir, sessions_dir, [
        Action(text="Ring the invented school nurse"), Action(text="Post the pretend leaflet")])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, table = await on_carried_table(pilot)
        await pilot.press("down")  # the second action
        note = screen.query_one(".carried-note", Input)
        note.focus()
        await wait_for(pilot, lambda: app.focused is note)
        await pilot.press("enter")  # on to the due box, as before
        due = screen.query_one(".carried-due", Input)
        await wait_for(pilot, lambda: app.focused is due)
        await type_text(pilot, "31/1/27")
        await pilot.press("enter", "up")  # the row's place kept, the Up typed after Enter too
        await wait_for(pilot, lambda: app.focused is table and table.cursor_row == 0)
        assert screen.session.carried[1].new_due == "31/1/27"
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
    [_, back] = load_session(earlier_path).actions
    assert (back.due, back.due_date) == ("31/1/27", date(2027, 1, 31))


async def test_a_new_due_date_emptied_is_taken_back_in_the_earlier_session(fictional_dir,
                                                                          sessions_dir):
    """A new due date written back, then emptied here, stayed in the earlier session, which
    went on saying a date this one no longer showed: emptied, the earlier session has its
    own due date again (and no longer says a later session moved it)."""
    earlier_path = earlier_session(fictional_dir, sessions_dir, [
        Action(text="Ring the invented school nurse", due="31/1/27",
               due_date=date(2027, 1, 31))])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        there = await written_back_then_emptied(pilot, "due", "28/2/27", earlier_path)
        assert there.due == "28/2/27"
    [back] = load_session(earlier_path).actions
    assert (back.due, back.due_date, back.agreed_due) == ("31/1/27", date(2027, 1, 31), None)


async def test_a_progress_note_emptied_is_taken_back_in_the_earlier_session(fictional_dir,
                                                                             sessions_dir):
    """A note written back, then emptied here, stayed in the earlier session, which went on
    saying where the action got to though this one no longer did: emptied, the earlier
    session has the progress it had when the action was carried (an earlier meeting's)."""
    earlier_path = earlier_session(fictional_dir, sessions_dir, [
        Action(text="Ring the invented school nurse", progress="Number found")])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        there = await written_back_then_emptied(pilot, "note", "Left a message", earlier_path)
        assert there.progress == "Left a message"
    assert load_session(earlier_path).actions[0].progress == "Number found"


async def written_back_then_emptied(pilot, box: str, text: str, earlier: Path):  # type: ignore
    """On last time's only action: `text` typed in its `box` ("note" or "due") until written
    back, then the box emptied (Ctrl+U) until that is written back; the earlier session's
    action as it was with `text` written there."""
    screen, _ = await on_carried_table(pilot)
    field = screen.query_one(f".carried-{box}", Input)
    field.focus()
    await wait_for(pilot, lambda: pilot.app.focused is field)
    await enter_text(pilot, text)
    [carried] = screen.session.carried
    name = "note" if box == "note" else "new_due"
    await wait_for(pilot, lambda: getattr(carried, name) == text and carried.written_back,
                   timeout=10)
    there = load_session(earlier).actions[0]
    await pilot.press("ctrl+u")  # the box emptied
    await wait_for(pilot, lambda: field.value == "" and getattr(carried, name) == ""
                   and carried.written_back, timeout=10)
    return there


def count_calls(table: RowTable, name: str) -> list[int]:
    """How many times `table.<name>` is called from now on."""
    calls = [0]
    method = getattr(table, name)

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls[0] += 1
        return method(*args, **kwargs)

    setattr(table, name, counted)
    return calls


async def test_space_redraws_the_actions_row_not_the_whole_table(fictional_dir, sessions_dir):
    """Space on one of many carried actions changes its row in place: the table was filled
    again from scratch, every row cleared and added back, on the key and again once the
    change was written back to the earlier session."""
    earlier_path = earlier_session(fictional_dir, sessions_dir,
                                   [Action(text=f"Invented action {n}") for n in range(1, 21)])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await new_team_session(pilot)
        await pilot.press("pagedown")
        table = screen.query_one(".carried-table", RowTable)
        await wait_for(pilot, lambda: app.focused is table and table.row_count == 20)
        await pilot.press(*["down"] * 15)  # one press: one wait for idle, after the last
        await wait_for(pilot, lambda: table.cursor_row == 15 and table.scroll_y > 0)
        scrolled = table.scroll_y
        cleared = count_calls(table, "clear")
        await pilot.press("space")  # open -> in progress
        await wait_for(pilot, lambda: str(table.get_row_at(15)[0]) == "◐")  # in progress
        carried = screen.session.carried[15]
        assert carried.status == "in progress"
        # and written back to the earlier session, after which the table is drawn again
        await wait_for(pilot, lambda: carried.written_back
                       and load_session(earlier_path).actions[15].status == "in progress",
                       timeout=10)
        await pilot.pause()
        assert cleared == [0]
        assert (table.cursor_row, table.scroll_y) == (15, scrolled)
        assert "was open, now in progress" in shown(screen.query_one(".carried-detail"))


async def test_a_new_due_date_is_past_or_not_against_the_edits_own_today(
        fictional_dir, sessions_dir, monkeypatch: pytest.MonkeyPatch) -> None:
    """As typed, and as shown again once written back to the earlier session, the new due
    date was said to be "past" against the machine's clock, not the day the edits read it
    from."""
    # What is typed waits to be written back (so the box's border is the typing's own) until
    # Space writes the action back at once.
    monkeypatch.setattr(carry_back, "WRITE_BACK_PAUSE", 600.0)
    earlier_path = earlier_session(fictional_dir, sessions_dir, [
        Action(text="Invented first"), Action(text="Invented second")])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await new_team_session(pilot)
        screen.edits.today = lambda: date(2000, 1, 3)
        await pilot.press("pagedown")
        table = screen.query_one(".carried-table", RowTable)
        await wait_for(pilot, lambda: app.focused is table and table.row_count == 2)
        due = screen.query_one(".carried-due", Input)
        due.focus()
        await wait_for(pilot, lambda: app.focused is due)
        await type_text(pilot, "15/1/2001")
        expected = f"→ {short_date(date(2001, 1, 15))}"
        await wait_for(pilot, lambda: str(due.border_subtitle) == expected)
        table.focus()
        await wait_for(pilot, lambda: app.focused is table)
        await pilot.press("space")  # written back at once; then the boxes are drawn again
        [first, _] = screen.session.carried
        await wait_for(pilot, lambda: first.written_back
                       and load_session(earlier_path).actions[0].due == "15/1/2001", timeout=10)
        await pilot.pause()
        assert str(due.border_subtitle) == expected


async def test_reopening_never_overwrites_a_change_made_in_the_earlier_session_since(
        fictional_dir, sessions_dir):
    """A status refused by the earlier session's lock is tried again when this session is
    opened again; if the earlier session moved that action meanwhile, the retry said nothing
    and wrote this session's status over it. Now both are left as they are, and it says so."""
    from textual.widgets import OptionList

    from reflect.store.locks import SessionLock

    earlier_path = earlier_session(fictional_dir, sessions_dir, [
        Action(text="Book invented training", status="in progress")])
    elsewhere = SessionLock(earlier_path)  # the earlier session, open in another reflect
    assert elsewhere.acquire()
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await new_team_session(pilot)
        mine = session_path(sessions_dir, screen.session.id)
        await pilot.press("pagedown")
        table = screen.query_one(".carried-table", RowTable)
        await wait_for(pilot, lambda: app.focused is table)
        await pilot.press("space")  # in progress -> done, refused by the lock
        await wait_for(pilot, lambda: any("open in another reflect" in n.message
                                          for n in app._notifications))
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        # the other reflect moves the action to open and is closed
        earlier = load_session(earlier_path)
        earlier.actions[0].status = "open"
        save_session(sessions_dir, earlier)
        elsewhere.release()
        before = earlier_path.read_bytes()
        app.clear_notifications()
        sessions = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: sessions.option_count == 2)
        sessions.highlighted = next(n for n in range(2)
                                    if sessions.get_option_at_index(n).id == str(mine))
        sessions.focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        await wait_for(pilot, lambda: any("Not changed in “Last month" in n.message
                                          for n in app._notifications))
        [said] = [n.message for n in app._notifications if "Not changed" in n.message]
        assert "“Book invented training” was changed there since it was carried here: " \
               "it says open there, done here" in said
        assert "Both sessions are left as they are" in said
        [carried] = app.screen.session.carried
        assert (carried.status, carried.written_back) == ("done", False)
    assert earlier_path.read_bytes() == before
    assert load_session(earlier_path).actions[0].status == "open"
    assert load_session(mine).carried[0].status == "done"


async def test_a_team_name_typed_another_way_is_saved_as_before(fictional_dir, sessions_dir):
    """"invented TEAM" found the team's actions but was saved as typed: the session list
    showed the one team under two names (a trial). It is saved as its sessions spell it."""
    earlier_session(fictional_dir, sessions_dir, [Action(text="Share the invented template")])
    app = make_app(fictional_dir, sessions_dir)
    said = every_said(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await new_session_form(pilot)
        app.screen.query_one("#team", Input).value = "invented  TEAM"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert app.screen.session.team == "Invented team"
        assert len(app.screen.session.carried) == 1
        await wait_for(pilot, lambda: any("Saved under the team name “Invented team”" in m
                                          for m in said))


async def test_after_a_rename_the_warning_names_the_earlier_session_as_titled_now(
        fictional_dir, sessions_dir):
    """Renamed with F2 after its action was carried into this month's session, the earlier
    session was still quoted by its old title: `not yet in “Last month”`."""
    from textual.widgets import OptionList

    from reflect.store.carry import open_actions_for_team
    from reflect.store.locks import SessionLock
    from reflect.ui.screens.prompt import PromptScreen

    path = earlier_session(fictional_dir, sessions_dir, [Action(text="Ring the invented GP")])
    review = load_library(fictional_dir).get("child-zz")
    now = Session.start(review, new_session_id(review.id), title="This month",
                        team="Invented team")
    now.carried = open_actions_for_team(sessions_dir, "Invented team", exclude_id=now.id)
    now.carried[0].status, now.carried[0].written_back = "done", False  # not yet there
    save_session(sessions_dir, now)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        listed = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: app.library is not None and listed.option_count == 2)
        listed.focus()
        listed.highlighted = next(i for i in range(2) if listed.get_option_at_index(i).id
                                  == str(path))
        await pilot.press("f2")
        await wait_for(pilot, lambda: isinstance(app.screen, PromptScreen))
        app.screen.query_one("#prompt-input", Input).value = "Invented team, January"
        await pilot.press("enter")
        await wait_for(pilot, lambda: load_session(path).title == "Invented team, January"
                       and listed.option_count == 2 and any(
                           "January" in listed.get_option_at_index(i).prompt.plain
                           for i in range(2)))
        other = SessionLock(path)  # open in another reflect: the write-back waits
        assert other.acquire()
        try:
            listed.highlighted = next(i for i in range(2) if listed.get_option_at_index(i).id
                                      != str(path))
            await pilot.press("enter")
            await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
            await wait_for(pilot, lambda: any("not yet in" in n.message
                                              for n in app._notifications))
            [note] = [n.message for n in app._notifications if "not yet in" in n.message]
            assert "not yet in “Invented team, January”" in note, note
            assert app.screen.session.carried[0].session_label == "Invented team, January"
        finally:
            other.release()


async def test_last_times_progress_note_is_said_before_it_is_updated(fictional_dir,
                                                                     sessions_dir):
    """Meeting 2 noted where the action got to (written back to meeting 1's action); at
    meeting 3 the box was empty and the note nowhere on screen, and a note typed then replaced
    it unseen (a trial). The Selected line says it, and goes on saying it while a new note is
    typed; the new one is written back, the earlier one kept in this session's file."""
    earlier_path = earlier_session(fictional_dir, sessions_dir, [
        Action(text="Review the invented policy", status="in progress",
               progress="Pretend managers briefed")])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, table = await on_carried_table(pilot)
        detail = screen.query_one(".carried-detail")
        await wait_for(pilot, lambda: "still in progress" in shown(detail))
        assert "last noted: “Pretend managers briefed”" in shown(detail)
        note = screen.query_one(".carried-note", Input)
        note.focus()
        await wait_for(pilot, lambda: app.focused is note)
        await enter_text(pilot, "Redraft sent round")
        await wait_for(pilot, lambda: screen.session.carried[0].note == "Redraft sent round")
        assert "last noted: “Pretend managers briefed”" in shown(detail)
        await wait_for(pilot, lambda: screen.session.carried[0].written_back, timeout=10)
        await wait_for(pilot, lambda: load_session(earlier_path).actions[0].progress
                       == "Redraft sent round", timeout=10)
        mine = session_path(sessions_dir, screen.session.id)
        await wait_for(pilot, lambda: mine.exists()
                       and load_session(mine).carried[0].note == "Redraft sent round")
        assert load_session(mine).carried[0].progress_before == "Pretend managers briefed"


async def test_a_new_due_date_that_is_no_date_stays_here_and_says_so(fictional_dir,
                                                                     sessions_dir):
    """A trial: `30/02` typed as the new due date was marked on screen, and written over the
    earlier session's date (`due = "30/02"`, no date: its notes said none). It stays here;
    the Selected line gives it, and the line under the boxes says the earlier session keeps
    its date until a date is typed (in the Selected line, it ran that to eight lines at
    60x20: test_carried_selected_fits)."""
    earlier_path = earlier_session(fictional_dir, sessions_dir, [
        Action(text="Ring the invented school nurse", due="12/12/2026",
               due_date=date(2026, 12, 12))])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, table = await on_carried_table(pilot)
        await pilot.press("space")  # open -> in progress
        note = screen.query_one(".carried-note", Input)
        note.focus()
        await wait_for(pilot, lambda: app.focused is note)
        await type_text(pilot, "Booked")
        await pilot.press("enter")  # on to the due box
        await wait_for(pilot, lambda: app.focused is screen.query_one(".carried-due", Input))
        await type_text(pilot, "30/02")
        await pilot.press("enter")
        [carried] = screen.session.carried
        await wait_for(pilot, lambda: carried.written_back and carried.new_due == "30/02",
                       timeout=10)
        [back] = load_session(earlier_path).actions
        assert (back.status, back.progress, back.due, back.due_date) == (
            "in progress", "Booked", "12/12/2026", date(2026, 12, 12))
        line = " ".join(shown(screen.query_one(".carried-detail")).split())
        assert "new due date 30/02 (not a date: no 30 Feb)" in line, line
        under = " ".join(shown(screen.query_one(".carried-more")).split())
        assert ("Kept here only: “Last month” keeps due 12/12/2026 (Sat 12 Dec 2026) until a "
                "date is typed.") in under, under


async def test_the_messages_about_a_new_sessions_start_go_with_its_first_step(
        fictional_dir, sessions_dir):
    """"Saved under the team name…" and "1 open action… at the start, to update" stayed over
    last time's actions after PgDn, cutting its last row and covering its Selected line for
    seconds (a new user's trial at 80x24). They go as the first step is left."""
    earlier_session(fictional_dir, sessions_dir, [Action(text="Share the invented template")])
    app = make_app(fictional_dir, sessions_dir)

    def showing() -> list[str]:
        return [str(n.message) for n in app._notifications]

    notify = app.notify  # each message a minute: not gone of itself on a loaded machine
    app.notify = lambda message, **kw: notify(message, **{**kw, "timeout": 60})

    async with app.run_test(size=(80, 24)) as pilot:
        await new_session_form(pilot)
        app.screen.query_one("#team", Input).value = "invented  TEAM"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen)
                       and app.focused is not None and len(showing()) == 2)
        assert any("Saved under the team name" in m for m in showing())
        assert any("1 open action from this team's earlier sessions is at the start" in m
                   for m in showing())
        await pilot.press("pagedown")  # (each would stay its five seconds)
        assert not showing()
