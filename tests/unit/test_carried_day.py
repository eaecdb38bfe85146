"""Last time's actions know the day their earlier session was held, for the table's From
column where its title does not fit (`CarriedAction.session_held`): read as they are carried
and again, with the title, as the later session is opened (`relabel`); never saved. All names
are invented."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

from reflect.model.dates import local_day
from reflect.model.due import day_cell, due_cell
from reflect.model.session import Action, Session
from reflect.store.carry import open_actions_for_team, relabel
from reflect.store.sessions import load_session, save_session, session_path

HELD = datetime(2026, 11, 20, 10, tzinfo=timezone.utc)


def earlier(sessions_dir: Path) -> Session:
    s = Session(id="20261120-child-zz-0000000a", review_id="child-zz",
                review_title="Child ZZ", team="Moorvale team",
                title="Moorvale team meeting - Child ZZ", created=HELD,
                actions=[Action(text="Ring the invented nursery")])
    save_session(sessions_dir, s)
    return s


def test_an_action_carried_knows_the_day_its_meeting_was_held(sessions_dir: Path) -> None:
    earlier(sessions_dir)
    [carried] = open_actions_for_team(sessions_dir, "Moorvale team")
    assert carried.session_held == local_day(HELD)


def test_reopened_it_reads_the_day_again_and_never_saves_it(sessions_dir: Path) -> None:
    gone = earlier(sessions_dir)
    later = Session(id="20261204-child-zz-0000000b", review_id="child-zz",
                    review_title="Child ZZ", team="Moorvale team", title="Week 2")
    later.carried = open_actions_for_team(sessions_dir, "Moorvale team", exclude_id=later.id)
    path = save_session(sessions_dir, later)
    assert b"held" not in path.read_bytes().split(b"[[carried]]")[1]
    again = load_session(path)
    assert again.carried[0].session_held is None  # (not in the file)
    relabel(sessions_dir, again)
    assert again.carried[0].session_held == local_day(HELD)
    session_path(sessions_dir, gone.id).unlink()  # no longer in the folder: not known
    relabel(sessions_dir, again)
    assert again.carried[0].session_held is None


def test_a_day_is_shown_in_the_forms_a_due_date_is() -> None:
    day = date(2026, 11, 20)
    assert day_cell(day) == ("20 Nov 2026", "20 Nov 26", "20/11/26", "20 Nov", "20/11")
    assert due_cell("20/11/2026", day) == day_cell(day)
