"""An open session's file changed by another program (a sync, `git pull`, an editor: the lock
keeps out only another reflect) is never written over: the edits go to a copy kept outside the
sessions folder, and the error names both files (a trial: an edit made elsewhere was lost)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from reflect.model.session import Session
from reflect.store.atomic import file_stamp
from reflect.store.autosave import SessionKeeper
from reflect.store.copies import REPLACED, find_copies
from reflect.store.copy_restore import restore_copy
from reflect.store.errors import ChangedOutside
from reflect.store.library import load_library
from reflect.store.sessions import load_session, read_session, save_session
from tests.conftest import changed_elsewhere

pytestmark = pytest.mark.usefixtures("home")  # the copy goes to a temp home folder


@pytest.fixture
def keeper(fictional_dir: Path, sessions_dir: Path) -> SessionKeeper:
    review = load_library(fictional_dir).reviews[0]
    session = Session.start(review, "20260101-invented-0000cafe", title="Invented meeting")
    save_session(sessions_dir, session)
    return SessionKeeper(sessions_dir, session)


def edit(keeper: SessionKeeper, text: str) -> None:
    keeper.session.answers[0].text = text
    keeper.changed()


def test_a_file_changed_elsewhere_is_not_written_over(keeper: SessionKeeper, home: Path) -> None:
    edit(keeper, "typed here first")
    keeper.flush()
    theirs = changed_elsewhere(keeper.path, "Invented meeting", "Renamed on another computer")
    edit(keeper, "typed here after")
    with pytest.raises(ChangedOutside) as raised:
        keeper.flush()
    assert keeper.path.read_bytes() == theirs  # theirs stays as it is
    [copy] = home.glob("reflect-copy-*.toml")
    assert keeper.elsewhere == copy and stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert load_session(copy).answers[0].text == "typed here after"
    message = str(raised.value)
    assert str(keeper.path) in message and str(copy) in message
    # What to do, as a command (it said "Compare the two, then … or copy it over the other",
    # with no full stop and no `reflect restore`: a trial)
    assert f"`reflect restore {copy}` makes the copy the session's file" in message
    assert str(keeper.folder / REPLACED) in message and message.endswith(".")
    assert keeper.safe and not keeper.dirty  # every edit is on disk, in the copy

    edit(keeper, "typed later still")  # the same copy takes the later edits
    with pytest.raises(ChangedOutside):
        keeper.flush()
    assert list(home.glob("reflect-copy-*.toml")) == [copy]
    assert load_session(copy).answers[0].text == "typed later still"
    assert keeper.path.read_bytes() == theirs
    assert keeper.pending() is None  # nothing left to write: no copy rewritten every tick


def test_a_file_broken_elsewhere_is_not_written_over(keeper: SessionKeeper, home: Path) -> None:
    with keeper.path.open("a") as f:
        f.write("this is = = not toml\n")
    broken = keeper.path.read_bytes()
    edit(keeper, "typed while it was broken")
    with pytest.raises(ChangedOutside):
        keeper.flush()
    assert keeper.path.read_bytes() == broken
    [copy] = home.glob("reflect-copy-*.toml")
    assert load_session(copy).answers[0].text == "typed while it was broken"


def test_the_same_bytes_written_again_are_no_change(keeper: SessionKeeper, home: Path) -> None:
    """A sync tool putting back what reflect wrote (a new file, the same bytes) is no change."""
    edit(keeper, "first")
    keeper.flush()
    same = keeper.path.read_bytes()
    keeper.path.unlink()
    keeper.path.write_bytes(same)
    later = keeper.path.stat().st_mtime_ns + 1_000_000_000
    os.utime(keeper.path, ns=(later, later))
    edit(keeper, "second")
    assert keeper.flush()
    assert load_session(keeper.path).answers[0].text == "second"
    assert list(home.glob("reflect-copy-*.toml")) == []


def test_a_file_removed_elsewhere_is_written_again(keeper: SessionKeeper, home: Path) -> None:
    keeper.path.unlink()
    edit(keeper, "nothing there to lose")
    assert keeper.flush()
    assert load_session(keeper.path).answers[0].text == "nothing there to lose"


def test_a_change_made_while_the_session_was_opened_is_caught(
        fictional_dir: Path, sessions_dir: Path, home: Path) -> None:
    """The check started when the keeper was made, from the file as it was then: a change
    landing between reading the session and keeping it was written over."""
    review = load_library(fictional_dir).reviews[0]
    path = save_session(sessions_dir, Session.start(review, "20260101-invented-0000beef",
                                                    title="Invented meeting"))
    read_as = file_stamp(path)  # as the app and the commands read a session to edit it
    session, _ = read_session(path)
    theirs = changed_elsewhere(path, "Invented meeting", "Renamed while it opened")
    keeper = SessionKeeper(sessions_dir, session, read_as)
    edit(keeper, "typed after it opened")
    with pytest.raises(ChangedOutside):
        keeper.flush()
    assert path.read_bytes() == theirs
    [copy] = home.glob("reflect-copy-*.toml")
    assert load_session(copy).answers[0].text == "typed after it opened"


TITLES = "the title is “Renamed on another computer” in the file, “Invented meeting” in the copy"


def kept_aside(keeper: SessionKeeper) -> Path:
    """Another program renames the session in its file; an answer is typed here after."""
    changed_elsewhere(keeper.path, "Invented meeting", "Renamed on another computer")
    edit(keeper, "typed here after")
    with pytest.raises(ChangedOutside):
        keeper.flush()
    assert keeper.elsewhere is not None
    return keeper.elsewhere


def test_quitting_says_how_the_two_differ_and_how_to_keep_either(keeper: SessionKeeper) -> None:
    """A team lead cannot compare two TOML files: what differs is said in words (a trial)."""
    copy = kept_aside(keeper)
    note = keeper.rescue_note("") or ""
    assert "Compare the two" not in note
    assert f"{TITLES}; 1 question is answered in the copy only." in note
    assert f"`reflect restore {copy}` makes the copy the session's file" in note
    assert (f"(the other file is kept in {keeper.folder / REPLACED}): what the file holds "
            f"that the copy does not is then not in the session ({TITLES})") in note
    assert "*Open the saved one*" in note and note.endswith(".")


def test_a_copy_kept_aside_is_not_said_to_be_typed_while_the_file_could_not_be_saved(
        keeper: SessionKeeper, sessions_dir: Path, home: Path) -> None:
    """It was: the file had been changed by another program, and reflect kept its own words
    aside so as to overwrite neither (a trial)."""
    copy = kept_aside(keeper)
    for _ in range(2):  # compared, then as the cache keeps it
        [found] = find_copies(sessions_dir, places=[home])
        assert found.path == copy and found.state == "newer" and found.kept_aside
        said = found.said()
        assert "could not be saved" not in said
        assert "kept aside as its file was changed by another program" in said
        assert f"They differ: {TITLES}; 1 question is answered in the copy only." in said
        assert f"`reflect restore {copy}` does the same, keeping the file in replaced/" in said


def test_a_copy_saved_as_the_file_could_not_be_saved_is_said_so_still(
        keeper: SessionKeeper, sessions_dir: Path, home: Path) -> None:
    edit(keeper, "typed while the folder was read-only")
    copy = keeper.copy_to()
    os.utime(copy, (keeper.path.stat().st_mtime + 30,) * 2)
    [found] = find_copies(sessions_dir, places=[home])
    assert found.state == "newer" and not found.kept_aside and not found.differs
    assert "typed while the file could not be saved" in found.said()


def test_a_copy_kept_aside_is_restored_without_its_first_line(
        keeper: SessionKeeper, sessions_dir: Path) -> None:
    copy = kept_aside(keeper)
    assert copy.read_bytes().startswith(b"# Kept aside by reflect: ")
    theirs = keeper.path.read_bytes()
    done = restore_copy(copy, sessions_dir)
    assert done.aside is not None and done.aside.read_bytes() == theirs
    assert keeper.path.read_bytes() == copy.read_bytes().split(b"\n", 1)[1]
    assert load_session(keeper.path).answers[0].text == "typed here after"


def test_reflect_walk_marks_the_copy_it_keeps_aside_too(
        keeper: SessionKeeper, sessions_dir: Path, home: Path) -> None:
    """`reflect walk` stops at a file changed by another program with an emergency copy: said
    apart from one written as the folder could not be saved to, as the app's is."""
    from types import SimpleNamespace

    from reflect.store.rescue import KEPT_ASIDE
    from reflect.walk.session import _rescue

    walk = SimpleNamespace(folder=sessions_dir, session=keeper.session)
    assert _rescue(walk, ChangedOutside("changed by another program")) == 1  # type: ignore[arg-type]
    [aside] = home.glob("reflect-copy-*.toml")
    assert aside.read_bytes().startswith(KEPT_ASIDE)
    aside.unlink()
    assert _rescue(walk, PermissionError(13, "Permission denied")) == 1  # type: ignore[arg-type]
    [unsaved] = home.glob("reflect-copy-*.toml")
    assert not unsaved.read_bytes().startswith(b"#")
