"""Copies of a session written outside the sessions folder (emergency copies) are found again,
compared with the session's file, said plainly, and restored into the folder with the file
there kept aside: never lost because the window that said where they went was closed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reflect.model.review import Review
from reflect.model.session import Session
from reflect.store.copies import REPLACED, find_copies
from reflect.store.copy_restore import restore_copy
from reflect.store.errors import SessionError
from reflect.store.locks import SessionLock
from reflect.store.rescue import write_emergency_copy
from reflect.store.sessions import dumps, load_session, new_session_id, save_session
from tests.command_line import run
from tests.copies import copy_in


@pytest.fixture
def saved(review: Review, sessions_dir: Path) -> Session:
    s = Session.start(review, new_session_id(review.id), title="Invented copy test")
    save_session(sessions_dir, s)
    return s


def typed_into_a_copy(session: Session, words: str, later: int = 5, at: str = "101010") -> Path:
    """An emergency copy of `session` in the home folder holding `words` as its first answer,
    written `later` seconds after its file (`tests.copies.copy_in`)."""
    return copy_in(Path.home(), session, words, later, f"20261204-{at}")


@pytest.mark.usefixtures("home")
def test_a_newer_copy_is_found_and_told_from_older_and_same(saved: Session, sessions_dir: Path,
                                                           home: Path) -> None:
    newer = typed_into_a_copy(saved, "Invented point typed while the folder was read-only")
    older = typed_into_a_copy(saved, "An older invented point", later=-60, at="090909")
    same = home / f"reflect-copy-{saved.id}-20260101-101010.toml"
    same.write_bytes(dumps(saved))
    found = {c.path: c for c in find_copies(sessions_dir)}
    assert found[newer].state == "newer"
    assert found[older].state == "older"
    assert found[same].state == "same"
    assert find_copies(sessions_dir)[0].path == newer  # the one to act on first
    said = found[newer].said()
    code = saved.id.rsplit("-", 1)[-1]  # (by its session: store/copy_by_session.py)
    assert "opening the session offers it" in said and f"`reflect restore {code}`" in said
    assert "older than the session's file" in found[older].said()
    assert f"restore {older}" in found[older].said()  # (by its path: not the one restored)
    assert "holds the same" in found[same].said()


@pytest.mark.usefixtures("home")
def test_a_damaged_copy_and_one_of_a_deleted_session_are_said(saved: Session, sessions_dir: Path,
                                                            home: Path) -> None:
    damaged = home / f"reflect-copy-{saved.id}-20260101-101010.toml"
    damaged.write_bytes(b"title = [unclosed\n")
    other = saved.model_copy(update={"id": new_session_id(saved.review_id)})
    orphan = write_emergency_copy(other.id, dumps(other))
    found = {c.path: c for c in find_copies(sessions_dir)}
    assert found[damaged].state == "damaged"
    assert "cannot read" in found[damaged].said() and str(damaged) in found[damaged].said()
    assert damaged.read_bytes() == b"title = [unclosed\n"  # left as it is
    assert found[orphan].state == "no-session"
    assert "no such session in the sessions folder" in found[orphan].said()


@pytest.mark.usefixtures("home")
def test_restoring_keeps_the_saved_file_aside_and_the_copy_where_it_was(
        saved: Session, sessions_dir: Path) -> None:
    path = sessions_dir / f"{saved.id}.toml"
    before = path.read_bytes()
    copy = typed_into_a_copy(saved, "Invented point to restore")
    copied = copy.read_bytes()
    done = restore_copy(copy, sessions_dir)
    assert done.path == path and path.read_bytes() == copied
    assert done.aside is not None and done.aside.parent == sessions_dir / REPLACED
    assert done.aside.read_bytes() == before
    assert copy.read_bytes() == copied  # never deleted
    assert load_session(path).answers[0].text == "Invented point to restore"
    assert find_copies(sessions_dir)[0].state == "same"  # no longer pressed
    again = restore_copy(copy, sessions_dir)  # a second restore keeps a second file aside
    assert again.aside is not None and again.aside != done.aside and done.aside.exists()


@pytest.mark.usefixtures("home")
def test_a_damaged_copy_is_never_restored_and_nothing_is_changed(
        saved: Session, sessions_dir: Path, home: Path) -> None:
    path = sessions_dir / f"{saved.id}.toml"
    before = path.read_bytes()
    damaged = home / f"reflect-copy-{saved.id}-20260101-101010.toml"
    damaged.write_bytes(b"\x00\x01 not a session")
    with pytest.raises(SessionError, match=str(damaged)):
        restore_copy(damaged, sessions_dir)
    assert path.read_bytes() == before and not (sessions_dir / REPLACED).exists()


@pytest.mark.usefixtures("home")
def test_a_session_open_in_another_reflect_is_not_restored_over(saved: Session,
                                                               sessions_dir: Path) -> None:
    path = sessions_dir / f"{saved.id}.toml"
    before = path.read_bytes()
    copy = typed_into_a_copy(saved, "Invented point")
    held = SessionLock(path)
    assert held.acquire()
    try:
        with pytest.raises(SessionError, match="open in another copy of reflect"):
            restore_copy(copy, sessions_dir)
    finally:
        held.release()
    assert path.read_bytes() == before


@pytest.mark.usefixtures("home")
def test_list_sessions_names_the_copy_and_the_command_that_restores_it(
        saved: Session, dirs: list[str], sessions_dir: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    copy = typed_into_a_copy(saved, "Invented point")
    code, out, err = run(capsys, "list", "sessions", *dirs)
    assert code == 0
    assert "a newer emergency copy" in out
    assert "reflect restore " in err and f" {saved.id.rsplit('-', 1)[-1]}` restores it" in err
    code, out, err = run(capsys, "restore", str(copy), *dirs)
    assert code == 0, err
    assert "Restored" in out and f"{REPLACED}/" in out
    assert load_session(sessions_dir / f"{saved.id}.toml").answers[0].text == "Invented point"
    code, out, err = run(capsys, "list", "sessions", *dirs)
    assert "a newer emergency copy" not in out and "holds the same" in err


def test_no_copy_is_offered_for_a_session_whose_id_is_no_file_name(sessions_dir: Path) -> None:
    """A hand-edited file whose id is not a session id (`My Invented Session`): opening it
    raised SessionError from the look for its copies (a traceback from `reflect open`, and
    the start screen's opening stopped with its lock held)."""
    from reflect.store.copies import copy_to_offer

    path = sessions_dir / "My Invented Session.toml"
    assert copy_to_offer(path, sessions_dir, "My Invented Session", None) is None


@pytest.mark.usefixtures("home")
def test_a_copy_is_compared_again_only_when_it_or_its_session_file_changed(
        saved: Session, sessions_dir: Path, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every start screen and `reflect list sessions` read every copy and its session's file
    again, with nothing changed since: the comparison is kept, keyed by both files' stamps."""
    from reflect.store import sessions

    same = home / f"reflect-copy-{saved.id}-20260101-101010.toml"
    same.write_bytes(dumps(saved))
    read: list[Path] = []
    real = sessions.read_session
    monkeypatch.setattr(sessions, "read_session", lambda p, *a, **k: (read.append(p),
                                                                      real(p, *a, **k))[1])
    assert [c.state for c in find_copies(sessions_dir)] == ["same"] and read
    read.clear()
    [again] = find_copies(sessions_dir)
    assert again.state == "same" and again.file_written is not None and read == []
    saved.answers[0].text = "An invented point typed later, in the session"
    save_session(sessions_dir, saved)  # the session's file changed: compared again
    stamp = same.stat().st_mtime - 60
    os.utime(same, (stamp, stamp))  # (and the copy written before it)
    assert [c.state for c in find_copies(sessions_dir)] == ["older"] and read
    read.clear()
    assert [c.state for c in find_copies(sessions_dir)] == ["older"] and read == []
    same.write_bytes(dumps(saved))  # the copy changed: compared again
    assert [c.state for c in find_copies(sessions_dir)] == ["same"] and read


@pytest.mark.usefixtures("home")
def test_a_copy_holding_nothing_new_may_be_deleted_and_one_that_may_never_is(
        saved: Session, sessions_dir: Path, home: Path) -> None:
    from reflect.store.copy_restore import delete_copy

    same = home / f"reflect-copy-{saved.id}-20260101-101010.toml"
    same.write_bytes(dumps(saved))
    older = typed_into_a_copy(saved, "An older invented point", later=-60, at="090909")
    newer = typed_into_a_copy(saved, "Invented point typed while the folder was read-only")
    said = {c.path: c.said() for c in find_copies(sessions_dir)}
    assert f"may be deleted (`reflect delete-copy {same}`, which asks first)" in said[same]
    assert "may hold words deleted since" in said[older] and "delete-copy" in said[older]
    assert "delete-copy" not in said[newer]
    assert delete_copy(same, sessions_dir).state == "same" and not same.exists()
    with pytest.raises(SessionError, match="Nothing deleted"):
        delete_copy(older, sessions_dir)  # asked about first: it may hold words deleted since
    assert older.exists()
    assert delete_copy(older, sessions_dir, older_too=True).state == "older"
    assert not older.exists()
    for too in (False, True):
        with pytest.raises(SessionError, match="holds what its saved file does not"):
            delete_copy(newer, sessions_dir, older_too=too)
    assert newer.exists()


@pytest.mark.usefixtures("home")
def test_delete_copy_asks_and_refuses_a_newer_copy(saved: Session, dirs: list[str],
                                                   home: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    same = home / f"reflect-copy-{saved.id}-20260101-101010.toml"
    same.write_bytes(dumps(saved))
    code, out, err = run(capsys, "delete-copy", str(same), *dirs)
    assert code == 1 and "add --yes" in err and same.exists()  # (no terminal to ask at)
    code, out, err = run(capsys, "delete-copy", str(same), "--yes", *dirs)
    assert code == 0 and f"Deleted {same}" in out and not same.exists()
    newer = typed_into_a_copy(saved, "Invented point typed while the folder was read-only")
    code, out, err = run(capsys, "delete-copy", str(newer), "--yes", *dirs)
    assert code == 1 and "Nothing deleted" in err and newer.exists()


@pytest.mark.usefixtures("home")
def test_a_newer_copy_stays_newer_when_its_file_is_saved_with_no_words_changed(
        saved: Session, sessions_dir: Path) -> None:
    """Opening a session and choosing the saved one over its copy (asked again next time, the
    dialog says), then leaving, saved the time spent: the file was then newer than the copy,
    which was never offered again though its words were in no session. Older only where the
    file's words changed after the copy was written."""
    from datetime import timedelta

    from reflect.store.autosave import SessionKeeper

    path = sessions_dir / f"{saved.id}.toml"
    saved.updated -= timedelta(hours=1)  # saved an hour ago…
    save_session(sessions_dir, saved, touch=False)
    an_hour_ago = path.stat().st_mtime - 3600
    os.utime(path, (an_hour_ago, an_hour_ago))
    copy = typed_into_a_copy(saved, "Invented point typed while the folder was read-only",
                             later=1800)  # …and the copy half an hour ago
    keeper = SessionKeeper(sessions_dir, load_session(path))
    keeper.session.timing.spent["intro"] = 42  # the time kept, and the step moved to
    keeper.session.current_step = keeper.session.answers[0].question_id
    keeper.changed()
    assert keeper.flush()
    assert path.stat().st_mtime > copy.stat().st_mtime
    assert [c.state for c in find_copies(sessions_dir)] == ["newer"]
    keeper.session.answers[1].text = "Invented words typed into the saved one after the copy"
    keeper.changed()
    assert keeper.flush()
    assert [c.state for c in find_copies(sessions_dir)] == ["older"]


def test_reflect_walk_saves_leave_the_time_words_last_changed(saved: Session,
                                                              sessions_dir: Path) -> None:
    """`reflect walk` saves as it moves from step to step: only a change of words moves the
    session's `updated`, the time a copy is compared with (as the app's saving does)."""
    from datetime import timedelta

    from reflect.store.autosave import OnDisk

    path = sessions_dir / f"{saved.id}.toml"
    saved.updated -= timedelta(hours=1)
    save_session(sessions_dir, saved, touch=False)
    session = load_session(path)
    on_disk = OnDisk(path, None, session)
    session.current_step = session.answers[0].question_id
    on_disk.save(session)
    assert load_session(path).updated == saved.updated
    session.answers[0].text = "Invented words typed in the walk"
    on_disk.save(session)
    assert load_session(path).updated > saved.updated


@pytest.mark.usefixtures("home")
def test_a_copy_of_a_session_in_the_usual_folder_is_said_to_be_there(
        saved: Session, sessions_dir: Path, fictional_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Run with `--sessions-dir OTHER`, a copy of a session kept in the usual sessions folder
    was of "no such session in the sessions folder", and `reflect restore --sessions-dir OTHER
    COPY` was suggested: a second session in the wrong folder. Where it is, and the command
    that restores it there."""
    monkeypatch.setenv("REFLECT_SESSIONS_DIR", str(sessions_dir))  # the usual folder
    other = tmp_path / "other sessions"
    other.mkdir()
    copy = typed_into_a_copy(saved, "Invented point typed while the folder was read-only")
    [found] = find_copies(other)
    assert found.state == "no-session" and found.lives_in == sessions_dir
    assert "no such session" not in found.said()
    code, out, err = run(capsys, "list", "sessions", "--content-dir", str(fictional_dir),
                         "--sessions-dir", str(other))
    said = " ".join(err.split())
    assert f"not in this sessions folder ({other}) but in {sessions_dir}" in said
    assert f"restore --content-dir {fictional_dir} --sessions-dir {sessions_dir} {copy}" in said
    assert f"--sessions-dir '{other}'" not in said
    [again] = find_copies(other)  # (kept in the cache: said the same)
    assert again.lives_in == sessions_dir
    (sessions_dir / f"{saved.id}.toml").unlink()  # gone from there too: looked at again
    assert find_copies(other)[0].lives_in is None


@pytest.mark.usefixtures("home")
def test_restoring_a_file_that_is_no_session_copy_says_so(
        saved: Session, dirs: list[str], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`reflect restore briefing.md` gave TOML advice on a Markdown file's first line."""
    briefing = tmp_path / "briefing.md"
    briefing.write_text("# Invented briefing\n\nChild ZZ: an invented review.\n")
    code, out, err = run(capsys, "restore", str(briefing), *dirs)
    assert code == 1 and "not a copy of a session" in err and "TOML" not in err
    assert "nothing was restored" in err and str(briefing) in " ".join(err.split())
    cut = Path.home() / f"reflect-copy-{saved.id}-20261204-101010.toml"
    cut.write_text('title = "Invented, cut sh')  # an emergency copy's name: what is wrong
    code, out, err = run(capsys, "restore", str(cut), *dirs)
    assert code == 1 and "not a copy of a session" not in err and "cut short" in err


@pytest.mark.usefixtures("home")
def test_a_copy_is_never_older_than_a_file_that_cannot_be_read_or_than_words_kept_aside(
        saved: Session, sessions_dir: Path, home: Path, dirs: list[str],
        capsys: pytest.CaptureFixture[str]) -> None:
    """A review found two ways for a copy holding words found nowhere else to be called older
    and deleted by `reflect delete-copy`: its session's file written after it and then cut
    short (a sync), and a copy kept aside from another program's change, that program then
    saving the file again."""
    from reflect.store.rescue import KEPT_ASIDE

    path = sessions_dir / f"{saved.id}.toml"
    copy = typed_into_a_copy(saved, "Invented words found nowhere else", later=-60)
    assert [c.state for c in find_copies(sessions_dir)] == ["older"]  # the file readable
    path.write_bytes(path.read_bytes()[:200])  # cut short, still written after the copy
    assert [c.state for c in find_copies(sessions_dir)] == ["newer"]
    code, out, err = run(capsys, "delete-copy", str(copy), "--yes", *dirs)
    assert code == 1 and copy.exists()

    save_session(sessions_dir, saved)  # the file whole again, and written after the copy
    aside = home / f"reflect-copy-{saved.id}-20261204-111111.toml"
    copied = saved.model_copy(deep=True)
    copied.answers[0].text = "Invented words kept aside"
    aside.write_bytes(KEPT_ASIDE + dumps(copied))
    earlier = path.stat().st_mtime - 60
    os.utime(aside, (earlier, earlier))
    assert {c.path: c.state for c in find_copies(sessions_dir)}[aside] == "newer"
    code, out, err = run(capsys, "delete-copy", str(aside), "--yes", *dirs)
    assert code == 1 and aside.exists()
