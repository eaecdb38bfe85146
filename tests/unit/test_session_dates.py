"""A saved session is listed by the day it was held, and the day it last changed when later:
the next meeting writes statuses back to the one before, and a trial read the 3 December
meeting, changed on 10 December, as held on 10 December."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reflect.cli import main
from reflect.model.session import Session
from reflect.store.cache import cache_file
from reflect.store.index import list_summaries
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.screens.start_rows import session_option
from tests.local_days import here

HELD = datetime(2026, 12, 3, 10, 1, tzinfo=UTC)
CHANGED = datetime(2026, 12, 10, 11, 30, tzinfo=UTC)


def _saved(fictional_dir: Path, sessions_dir: Path, changed: datetime,
           held: datetime = HELD) -> Session:
    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, "20261203-child-zz-0000abcd", title="Invented meeting",
                            team="Invented Team", created=held)
    save_session(sessions_dir, session)
    path = sessions_dir / f"{session.id}.toml"
    text = path.read_text(encoding="utf-8")
    saved_updated = next(line for line in text.splitlines() if line.startswith("updated"))
    path.write_text(text.replace(saved_updated, f"updated = {changed.isoformat()}"),
                    encoding="utf-8")
    return session


def _listed(sessions_dir: Path, cache: Path) -> str:
    (entry,) = list_summaries(sessions_dir, cache).entries
    return str(session_option(entry).prompt)


def test_the_start_screen_gives_the_day_held_and_the_day_changed(fictional_dir, sessions_dir,
                                                                  tmp_path):
    _saved(fictional_dir, sessions_dir, CHANGED)
    shown = _listed(sessions_dir, tmp_path / "cache")
    held = HELD.astimezone()
    assert f"{held:%d %b %Y %H:%M} · changed {CHANGED.astimezone():%d %b %Y}" in shown


def test_a_session_changed_the_day_it_was_held_gives_that_day_alone(fictional_dir,
                                                                     sessions_dir, tmp_path):
    """On the day where reflect runs: 10:01 and 11:00 UTC are 23:01 and 00:00 the next day in
    New Zealand, two days there, each said (this test held them one day under TZ=UTC alone)."""
    held = here(2026, 12, 3, 10, 1)
    _saved(fictional_dir, sessions_dir, here(2026, 12, 3, 11), held)
    shown = _listed(sessions_dir, tmp_path / "cache")
    assert "03 Dec 2026 10:01" in shown and "changed" not in shown


def test_changed_after_midnight_where_reflect_runs_is_another_day(fictional_dir,
                                                                   sessions_dir, tmp_path):
    _saved(fictional_dir, sessions_dir, here(2026, 12, 4, 0, 30), here(2026, 12, 3, 23, 1))
    shown = _listed(sessions_dir, tmp_path / "cache")
    assert "03 Dec 2026 23:01 · changed 04 Dec 2026" in shown


def test_the_list_command_gives_both_too(fictional_dir, sessions_dir, capsys):
    session = _saved(fictional_dir, sessions_dir, CHANGED)
    assert main(["list", "sessions", "--sessions-dir", str(sessions_dir),
                 "--content-dir", str(fictional_dir)]) == 0  # (its review there)
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"{session.id}\tchild-zz\tInvented meeting\t"
                           f"{HELD.astimezone():%Y-%m-%d %H:%M}\t")
    assert line.endswith(f"answered\tchanged {CHANGED.astimezone():%Y-%m-%d %H:%M}")


def test_a_list_cached_before_the_day_held_was_kept_is_read_again(fictional_dir,
                                                                    sessions_dir, tmp_path):
    _saved(fictional_dir, sessions_dir, CHANGED)
    cache = tmp_path / "cache"
    list_summaries(sessions_dir, cache)
    records = cache_file("sessions", sessions_dir, cache)
    data = json.loads(records.read_text(encoding="utf-8"))
    (record,) = data["files"].values()
    del record["summary"]["created"]  # as an older reflect cached it
    records.write_text(json.dumps(data), encoding="utf-8")
    assert "changed" in _listed(sessions_dir, cache)


def test_a_session_on_one_of_two_reviews_of_one_title_gives_the_reviews_id(
        fictional_dir, sessions_dir, tmp_path):
    """Two reviews titled alike ("Keep both" on importing again): a saved session's row named
    the review by its title alone, and sessions on the two could not be told apart; the
    review's id follows it, as the library's row gives it. (A title no other review has
    stays alone.)"""
    _saved(fictional_dir, sessions_dir, CHANGED)
    (entry,) = list_summaries(sessions_dir, tmp_path / "cache").entries
    twin = str(session_option(entry, twins=frozenset({"child zz"})).prompt)
    assert f"{entry.review_title} (id child-zz) · team · " in twin
    assert "(id " not in str(session_option(entry).prompt)


def test_sessions_are_listed_newest_first_by_the_later_of_the_days_they_give(
        fictional_dir, sessions_dir, capsys, tmp_path):
    """Listed by their last change, a session changed later the day it was held came above
    one held after it, with nothing on its line to say why: `reflect list sessions` read as
    out of order (a trial). Each is placed by the later day its line gives: the day it last
    changed where it gives that, else the day it was held; the app's list alike."""
    review = load_library(fictional_dir).get("child-zz")
    day = HELD.replace(hour=0, minute=0)  # (the hours keep each on its day from UTC-11 to +11)
    held_changed = {  # id: held, last changed (hours after `day`)
        "20261201-child-zz-0000aaa1": (-48 + 12, 4 * 24 + 12),  # changed 5 days on
        "20261203-child-zz-0000aaa2": (12, 12),
        "20261204-child-zz-0000aaa3": (24 + 11, 24 + 12.5),  # changed the day it was held
        "20261204-child-zz-0000aaa4": (24 + 11.5, 24 + 11.5)}
    for sid, (held, changed) in held_changed.items():
        session = Session.start(review, sid, title=f"Invented {sid[-4:]}",
                                created=day + timedelta(hours=held))
        session.updated = day + timedelta(hours=changed)
        save_session(sessions_dir, session, touch=False)
    order = ["20261201-child-zz-0000aaa1", "20261204-child-zz-0000aaa4",
             "20261204-child-zz-0000aaa3", "20261203-child-zz-0000aaa2"]
    assert main(["list", "sessions", "--sessions-dir", str(sessions_dir)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in lines] == order
    changed = (day + timedelta(hours=4 * 24 + 12)).astimezone()
    assert lines[0].endswith(f"\tchanged {changed:%Y-%m-%d %H:%M}")
    assert "changed" not in "".join(lines[1:])  # the third changed the day it was held
    listed = list_summaries(sessions_dir, tmp_path / "cache").entries
    assert [e.id for e in listed] == order  # the start screen's order
