"""A saved session whose review is gone from the library and nothing there looks like it (its
file deleted, or its id and title both changed): `reflect open` and `reflect walk --resume`
say what to do, put the file back under that id, and that nothing is lost; they said only
"no review 'child-zz' in DIR" (walk not even where the answers are), a trial."""

from __future__ import annotations

from pathlib import Path

from reflect.cli import main
from reflect.model.session import Session
from reflect.store.catalogue import load_catalogue
from reflect.store.library import load_library
from reflect.store.missing_review import cannot_open_said
from reflect.store.sessions import save_session
from tests.conftest import FICTIONAL_REVIEW

SESSION_ID = "20260101-child-zz-0000cafe"


def _saved_then_removed(fictional_dir: Path, sessions_dir: Path) -> tuple[Session, Path]:
    session = Session.start(load_library(fictional_dir).get("child-zz"), SESSION_ID,
                            title="Invented huddle")
    save_session(sessions_dir, session)
    (fictional_dir / "child-zz.toml").unlink()
    return session, sessions_dir / f"{SESSION_ID}.toml"


def test_a_review_gone_with_nothing_like_it_says_to_put_it_back(fictional_dir, sessions_dir):
    session, _ = _saved_then_removed(fictional_dir, sessions_dir)
    said = cannot_open_said(load_catalogue(fictional_dir), session, "no review 'child-zz'")
    assert said == (f"session {SESSION_ID} is on the review 'child-zz', which cannot be "
                    "opened: no review 'child-zz'. To open it again, put the review's file "
                    f'back in the library folder {fictional_dir} with id = "child-zz" in it '
                    "(or import its briefing again and give it that id).")


def test_open_and_walk_say_it_and_leave_the_session_as_it_was(fictional_dir, sessions_dir,
                                                              capsys):
    _, path = _saved_then_removed(fictional_dir, sessions_dir)
    before = path.read_bytes()
    dirs = ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]
    for command in (["open", SESSION_ID], ["walk", "--resume", SESSION_ID]):
        assert main([command[0], *dirs, *command[1:]]) == 1
        err = " ".join(capsys.readouterr().err.split())
        assert "To open it again, put the review's file back in the library folder" in err, err
        assert f"Nothing is lost: its answers are in {path}" in err, err
        assert "Traceback" not in err
    assert path.read_bytes() == before


def test_export_and_check_say_the_review_is_gone_and_still_write_the_notes(
        fictional_dir, sessions_dir, tmp_path, capsys):
    """They said nothing of it: a review whose id had been changed went unnoticed."""
    _, path = _saved_then_removed(fictional_dir, sessions_dir)
    before = path.read_bytes()
    dirs = ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]
    out = tmp_path / "notes.md"
    assert main(["export", *dirs, SESSION_ID, "-o", str(out)]) == 0
    err = " ".join(capsys.readouterr().err.split())
    assert err.startswith(f"reflect export: note: session {SESSION_ID} is on the review "
                          "'child-zz', which is not in the library now, so this is from the "
                          "session file alone"), err
    assert 'with id = "child-zz" in it' in err
    assert "Invented huddle" in out.read_text(encoding="utf-8")
    (fictional_dir / "removed").mkdir()
    kept = fictional_dir / "removed" / "child-zz.toml"
    kept.write_text(FICTIONAL_REVIEW, encoding="utf-8")
    assert main(["check", *dirs, SESSION_ID]) == 0
    err = " ".join(capsys.readouterr().err.split())
    assert f"That review was removed (its file is kept in {kept})" in err, err
    assert path.read_bytes() == before
