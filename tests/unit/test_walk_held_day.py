"""Plain mode names the meeting each of last time's actions came from by the day it was held
(`model.due.held_spoken`), as the app's From column gives the day: it said the meeting's title,
and a team's meetings are often titled alike (a screen reader user's trial). All data
invented."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from reflect.model.due import held_spoken
from reflect.model.session import Action, Participant
from reflect.store.sessions import save_session
from tests.unit.test_walk import dirs_for, flat, last_month, run_walk


def test_the_day_is_said_in_words_with_its_year_only_where_a_table_would_show_it() -> None:
    today = date(2026, 12, 7)
    assert held_spoken(date(2026, 11, 3), today) == "Tuesday 3 November"
    assert held_spoken(date(2025, 12, 1), today) == "Monday 1 December 2025"


def test_last_times_action_says_the_day_its_meeting_was_held(
        monkeypatch, capsys, fictional_dir, sessions_dir) -> None:
    before = last_month(fictional_dir, sessions_dir, "Invented Heath team",
                        [Participant(name="Ada Example", role="Nurse")],
                        Action(text="Ring the invented school", owner="Ada"), number=5)
    before.created = datetime.now(UTC) - timedelta(days=34)
    save_session(sessions_dir, before)
    monkeypatch.setenv("REFLECT_CACHE_DIR", str(sessions_dir.parent / "cache"))
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                         "\ny\n\nNotes\n.\n", "child-zz", "--mode", "team", "--title",
                         "Today", "--team", "Invented Heath team")
    said = flat(out.out)
    held = before.created.astimezone().date()
    assert code == 0
    assert (f"Ring the invented school. Owner: Ada; from the meeting on "
            f"{held_spoken(held, date.today())}. Status: open.") in said
    assert "from Last month" not in said
