"""A session named on the command line by its title, as the start screen finds it: `reflect
export "November North briefing" --format md` said "is not a session id" (a trial). Every
session here is invented."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from reflect.model.session import Session
from reflect.store.errors import SessionError
from reflect.store.library import load_library
from reflect.store.sessions import resolve_session, save_session
from reflect.ui import app as ui_app
from tests.command_line import run

NORTH = "20261104-child-zz-aaaa0001"
FOLLOW_UP = "20261105-child-zz-aaaa0002"
HUDDLE = "20261106-child-zz-aaaa0003"
TITLED_AS_AN_ID = "20261107-child-zz-aaaa0004"
QUOTED = "20261108-child-zz-aaaa0005"
SLASHED = "20261109-child-zz-aaaa0006"
DEBRIEF = "20261110-child-zz-aaaa0007"


def _save(folder: Path, fictional_dir: Path, sid: str, title: str, day: int = 4) -> None:
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, sid, title=title, team="Invented Team")
    s.created = datetime(2026, 11, day, 10, 30, tzinfo=UTC)
    save_session(folder, s)


@pytest.fixture
def folder(fictional_dir: Path, sessions_dir: Path) -> Path:
    for sid, title, day in ((NORTH, "November North briefing", 4),
                            (FOLLOW_UP, "November North briefing follow-up", 5),
                            (HUDDLE, "Invented huddle", 6),
                            (TITLED_AS_AN_ID, HUDDLE, 7),  # a title that reads as an id
                            (QUOTED, "Sam Sample's \"quoted\" meeting", 8),
                            (SLASHED, "Invented A/B review", 9)):
        _save(sessions_dir, fictional_dir, sid, title, day)
    return sessions_dir


def _id(path: Path) -> str:
    return path.stem


@pytest.mark.parametrize(("typed", "meant"), [
    ("November North briefing", NORTH),  # the whole title, though another holds it too
    ("  november   NORTH Briefing ", NORTH),  # case and spaces do not matter
    ("huddle", HUDDLE),  # a part of one title alone
    ("Follow-Up", FOLLOW_UP),
    ("Sam Sample's \"quoted\" meeting", QUOTED),  # quotes are only letters of a title
    ("\"quoted\"", QUOTED),
    ("A/B review", SLASHED),  # not a file: a title with a "/" in it
])
def test_a_title_or_a_part_of_one_finds_its_session(folder, typed, meant):
    assert _id(resolve_session(folder, typed)) == meant


def test_an_id_wins_over_a_title(folder):
    assert _id(resolve_session(folder, HUDDLE)) == HUDDLE  # not the session titled so


def _debrief(folder: Path, fictional_dir: Path) -> None:
    """A third title holding "north", no follow-up of "November North briefing"."""
    _save(folder, fictional_dir, DEBRIEF, "Invented North debrief", 3)


def test_a_part_of_a_title_its_follow_ups_hold_too_names_that_session(folder):
    """`reflect open huddle` was refused once a follow-up's title held the session's ("… follow-up",
    a trial): the session the others follow up is meant; its follow-up has its own words."""
    assert _id(resolve_session(folder, "north")) == NORTH
    assert _id(resolve_session(folder, "briefing")) == NORTH
    assert _id(resolve_session(folder, "north briefing follow")) == FOLLOW_UP


def test_two_sessions_titled_alike_are_still_refused_beside_a_follow_up(folder, fictional_dir):
    _save(folder, fictional_dir, "20261111-child-zz-aaaa0008", "November North briefing", 11)
    with pytest.raises(SessionError) as said:
        resolve_session(folder, "north")
    assert str(said.value).startswith("“north” matches 3 sessions' titles")


def test_several_are_refused_each_named_by_id_title_and_day(folder, fictional_dir):
    _debrief(folder, fictional_dir)
    with pytest.raises(SessionError) as said:
        resolve_session(folder, "north")
    assert str(said.value) == (
        "“north” matches 3 sessions' titles: give the id of the one you mean (or more of its "
        "title):\n"
        f"  {FOLLOW_UP}  “November North briefing follow-up”  held "
        f"{datetime(2026, 11, 5, 10, 30, tzinfo=UTC).astimezone():%Y-%m-%d %H:%M}\n"
        f"  {NORTH}  “November North briefing”  held "
        f"{datetime(2026, 11, 4, 10, 30, tzinfo=UTC).astimezone():%Y-%m-%d %H:%M}\n"
        f"  {DEBRIEF}  “Invented North debrief”  held "
        f"{datetime(2026, 11, 3, 10, 30, tzinfo=UTC).astimezone():%Y-%m-%d %H:%M}")


def test_many_matches_list_a_few_not_a_flood(fictional_dir, sessions_dir):
    for n in range(12):
        _save(sessions_dir, fictional_dir, f"20261110-child-zz-bbbb{n:04d}",
              f"Invented weekly huddle {n + 1}")
    with pytest.raises(SessionError) as said:
        resolve_session(sessions_dir, "weekly huddle")
    lines = str(said.value).splitlines()
    assert lines[0].startswith("“weekly huddle” matches 12 sessions' titles")
    assert len(lines) == 1 + 5 + 1
    assert lines[-1] == "  and 7 more (reflect list sessions shows them all)"


@pytest.mark.parametrize(("typed", "said"), [
    ("December South briefing", "no session titled “December South briefing” (or with a "
                                "title holding it) in {folder}, nor with that id: type a "
                                "session's id or its title (try: reflect list sessions)"),
    ("Pat's \"other\" meeting", "no session titled “Pat's \"other\" meeting” (or with a "
                                "title holding it) in {folder}, nor with that id: type a "
                                "session's id or its title (try: reflect list sessions)"),
    ("", "no session given: type a session's id or its title (try: reflect list sessions)"),
    ("   ", "no session given: type a session's id or its title (try: reflect list sessions)"),
])
def test_nothing_found_is_said_plainly(folder, typed, said):
    with pytest.raises(SessionError) as error:
        resolve_session(folder, typed)
    assert str(error.value) == said.format(folder=folder)


def test_a_mistyped_id_still_offers_the_nearest(folder):
    with pytest.raises(SessionError) as said:
        resolve_session(folder, "20261104-child-zz-aaaa0009")
    assert "did you mean 20261104-child-zz-aaaa0001?" in str(said.value)


def test_titles_are_read_from_the_cache_not_every_file(folder, monkeypatch):
    from reflect.store import index, sessions
    from reflect.store.index import list_summaries

    list_summaries(folder)  # the start screen (or any listing) filled the cache

    def read_in_full(path: Path) -> object:
        raise AssertionError(f"{path.name} read in full")

    monkeypatch.setattr(index, "_summarise", read_in_full)
    monkeypatch.setattr(sessions, "read_session", read_in_full)  # (list_sessions reads so)
    assert _id(resolve_session(folder, "Invented huddle")) == HUDDLE


def test_a_copy_under_another_name_is_not_counted_twice(folder):
    (folder / "Invented huddle (conflicted copy).toml").write_bytes(
        (folder / f"{HUDDLE}.toml").read_bytes())
    assert _id(resolve_session(folder, "invented huddle")) == HUDDLE  # the original


def test_export_and_check_take_a_title(folder, dirs, capsys):
    code, out, err = run(capsys, "export", "November North briefing", "--format", "md", *dirs)
    assert code == 0 and err.startswith("reflect export: Nothing is recorded")  # (nor is it)
    assert "November North briefing" in out and "follow-up" not in out
    code, out, _ = run(capsys, "check", "huddle", *dirs)
    assert code == 0 and HUDDLE in out


def test_open_takes_a_title_and_refuses_several(folder, dirs, capsys, monkeypatch,
                                                fictional_dir):
    _debrief(folder, fictional_dir)
    apps: list[ui_app.ReflectApp] = []
    monkeypatch.setattr(ui_app.ReflectApp, "run", lambda self, *a, **k: apps.append(self))
    code, _, err = run(capsys, "open", "north", *dirs)
    assert code == 1 and apps == []
    assert err.startswith("reflect open: “north” matches 3 sessions' titles")
    assert NORTH in err and FOLLOW_UP in err and "Traceback" not in err
    assert run(capsys, "open", "follow-up", *dirs)[0] == 0
    [app] = apps
    session, _, _, lock = app.first_session
    lock.release()
    assert session.id == FOLLOW_UP


def test_walk_resume_and_after_take_a_title(folder, dirs, capsys, fictional_dir):
    _debrief(folder, fictional_dir)
    code, _, err = run(capsys, "walk", "--resume", "December South briefing", *dirs)
    assert code == 1 and "no session titled “December South briefing”" in err
    code, _, err = run(capsys, "walk", "child-zz", "--after", "north", *dirs)
    assert code == 1 and "matches 3 sessions' titles" in err


def test_help_says_a_title_is_taken(capsys):
    for argv in (["open", "--help"], ["export", "--help"], ["walk", "--help"]):
        with pytest.raises(SystemExit):
            run(capsys, *argv)
        assert "title" in " ".join(capsys.readouterr().out.split()).split("SESSION", 1)[1]


@pytest.mark.parametrize("typed", ["e", "EE", "No", " v "])
def test_a_letter_or_two_of_a_title_names_no_session(folder, typed):
    """`reflect export e` exported the one session whose title held an "e" (a trial): a part
    of a title is taken at three characters or more, or as a whole word of it."""
    with pytest.raises(SessionError) as said:
        resolve_session(folder, typed)
    assert str(said.value) == (
        f"no session titled “{typed.strip()}” (or with a title holding it) in {folder}, nor "
        "with that "
        "id (a part of a title is taken when it is a whole word of it or 3 characters or "
        "more): type a session's id or its title (try: reflect list sessions)")


@pytest.mark.parametrize(("typed", "meant"), [
    ("hud", HUDDLE),  # three characters: a real part
    ("b", SLASHED),  # a whole word of "Invented A/B review", short as it is
    ("A/B", SLASHED),
])
def test_three_characters_or_a_whole_word_still_find_it(folder, typed, meant):
    assert _id(resolve_session(folder, typed)) == meant


def test_export_of_one_letter_says_nothing_matched(folder, dirs, capsys):
    code, out, err = run(capsys, "export", "q", *dirs)
    assert (code, out) == (1, "")
    assert err.startswith("reflect export: no session titled “q”") and "Traceback" not in err
    assert "(try: reflect list --content-dir" in err and err.endswith(" sessions)\n")


def test_nothing_found_says_how_many_files_could_not_be_read(folder):
    """`reflect open "Week 2"`, that session's file broken by hand: it said only that no
    session was so titled, as if it had never been saved (a facilitator's fresh-eyes trial)."""
    (folder / "20261112-child-zz-bad00001.toml").write_text('title = "Week 2\n', "utf-8")
    with pytest.raises(SessionError) as error:
        resolve_session(folder, "Invented week 2 meeting")
    assert str(error.value) == (
        f"no session titled “Invented week 2 meeting” (or with a title holding it) in {folder}, "
        "nor with that id; 1 session file there could not be read, its title unknown: type a "
        "session's id or its title (try: reflect list sessions)")
    # A file that cannot be read but whose title can, another title, is not counted: its
    # title is known (it was counted as unknown beside one whose title was not).
    (folder / "20261113-child-zz-bad00002.toml").write_text(
        'title = "Invented other meeting"\n', "utf-8")
    with pytest.raises(SessionError) as error:
        resolve_session(folder, "Invented week 2 meeting")
    assert "; 1 session file there could not be read, its title unknown:" in str(error.value)
    (folder / "20261112-child-zz-bad00001.toml").unlink()
    with pytest.raises(SessionError) as error:
        resolve_session(folder, "Invented week 2 meeting")
    assert "could not be read" not in str(error.value)


def test_a_title_held_by_a_file_that_cannot_be_read_finds_that_file(folder):
    """`reflect open "Week 2"`, that session's file missing a line (its title still in it): it
    said no session was so titled, its title unknown (g345's trial). The file is found, and
    reading it says what is wrong, as its id does; two such are refused, each named."""
    broken = folder / "20261112-child-zz-bad00001.toml"
    broken.write_text('title = "Invented week 2 meeting"\nreview_id = "child-zz"\n', "utf-8")
    assert resolve_session(folder, "Invented week 2 meeting") == broken
    assert resolve_session(folder, "week 2 meet") == broken
    (folder / "20261113-child-zz-bad00002.toml").write_bytes(broken.read_bytes())
    with pytest.raises(SessionError, match="in the titles of 2 session files, none of which "
                       "can be read: .*20261112-child-zz-bad00001, 20261113-child-zz-bad00002"):
        resolve_session(folder, "Invented week 2 meeting")
