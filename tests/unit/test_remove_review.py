"""`reflect remove`: a review out of the library, its file kept in the library's `removed`
folder; refused while saved sessions are on it (named) unless --force; those sessions still
open, read-only, on the copy kept. (A trial's learning lead, having imported the wrong file,
could only delete it from the library folder by hand.)"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from reflect.cli import main
from reflect.model.session import Session
from reflect.store.catalogue import load_catalogue
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from tests.conftest import FICTIONAL_REVIEW


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def library(fictional_dir: Path) -> Path:
    (fictional_dir / "child-yy.toml").write_text(
        FICTIONAL_REVIEW.replace('id = "child-zz"', 'id = "child-yy"')
        .replace('title = "Child ZZ"', 'title = "Child YY"'), encoding="utf-8")
    return fictional_dir


def on_it(library: Path, sessions_dir: Path, title: str) -> Session:
    review = load_library(library).get("child-zz")
    assert review is not None
    session = Session.start(review, new_session_id(review.id), title=title, team="Invented Team")
    save_session(sessions_dir, session)
    return session


def test_remove_moves_the_file_into_removed_and_says_where(capsys, library, sessions_dir):
    code, out, _ = run(capsys, "remove", "Child ZZ", "--yes", "--content-dir", str(library),
                       "--sessions-dir", str(sessions_dir))
    kept = library / "removed" / "child-zz.toml"
    assert code == 0 and kept.read_text(encoding="utf-8") == FICTIONAL_REVIEW
    assert not (library / "child-zz.toml").exists()
    assert out == (f"Removed review child-zz “Child ZZ” from the library: its file is now "
                   f"{kept}.\n")
    assert [r.id for r in load_library(library).reviews] == ["child-yy"]
    assert load_library(library).problems == []  # the removed folder is no part of it
    # removed again (imported again since): the first copy is never written over
    (library / "child-zz.toml").write_text(FICTIONAL_REVIEW + "# again\n", encoding="utf-8")
    assert run(capsys, "remove", "child-zz", "--yes", "--content-dir", str(library),
               "--sessions-dir", str(sessions_dir))[0] == 0
    assert kept.read_text(encoding="utf-8") == FICTIONAL_REVIEW
    assert (library / "removed" / "child-zz-2.toml").read_text(encoding="utf-8").endswith(
        "# again\n")


def test_saved_sessions_on_it_are_named_and_it_is_kept_unless_forced(capsys, library,
                                                                     sessions_dir):
    first = on_it(library, sessions_dir, "Invented huddle")
    second = on_it(library, sessions_dir, "Pat Example's reflection")
    code, out, err = run(capsys, "remove", "child-zz", "--yes", "--content-dir", str(library),
                         "--sessions-dir", str(sessions_dir))
    assert code == 1 and out == "" and (library / "child-zz.toml").is_file()
    said = " ".join(err.split())
    assert said.startswith(f"reflect remove: review child-zz “Child ZZ” "
                           f"({library / 'child-zz.toml'}): nothing removed. 2 saved sessions "
                           "are on it: ")
    assert f"“Invented huddle” ({first.id})" in said
    assert f"“Pat Example's reflection” ({second.id})" in said
    assert (f"Once removed, the review is no longer in the library, and they open read-only, "
            f"on its file kept in {library / 'removed'}. Add --force to remove it "
            "anyway.") in said
    code, out, _ = run(capsys, "remove", "child-zz", "--yes", "--force", "--content-dir",
                       str(library), "--sessions-dir", str(sessions_dir))
    assert code == 0 and (library / "removed" / "child-zz.toml").is_file()
    assert "2 saved sessions are on it" in out and "(they open read-only)" in out


def test_it_asks_first_and_a_script_must_say_yes(capsys, library, sessions_dir, monkeypatch):
    code, _, err = run(capsys, "remove", "child-zz", "--content-dir", str(library),
                       "--sessions-dir", str(sessions_dir))  # stdin is no terminal here
    assert code == 1 and "add --yes to remove it without being asked" in err
    assert (library / "child-zz.toml").is_file()

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    for answer, code_, there in (("n\n", 1, True), ("\n", 1, True), ("y\n", 0, False)):
        monkeypatch.setattr("sys.stdin", Terminal(answer))
        code, out, _ = run(capsys, "remove", "child-zz", "--content-dir", str(library),
                           "--sessions-dir", str(sessions_dir))
        assert code == code_ and (library / "child-zz.toml").exists() == there, answer
        assert "Remove review child-zz “Child ZZ”" in out and "nothing is deleted" in out
        assert ("Nothing removed." in out) == there


def test_a_file_that_cannot_be_read_is_removed_by_its_name(capsys, library, sessions_dir,
                                                           tmp_path):
    broken = library / "wrong-file.toml"
    broken.write_text('title = "Not "a" review"\n', encoding="utf-8")
    code, _, err = run(capsys, "remove", "wrong file", "--yes", "--content-dir", str(library),
                       "--sessions-dir", str(sessions_dir))
    assert code == 1 and f"(a file that cannot be read is removed by its name: {broken})" in err
    code, out, _ = run(capsys, "remove", str(broken), "--yes", "--content-dir", str(library),
                       "--sessions-dir", str(sessions_dir))
    assert code == 0 and (library / "removed" / "wrong-file.toml").is_file()
    assert "holds no review reflect can read" in out
    elsewhere = tmp_path / "elsewhere.toml"
    elsewhere.write_text(FICTIONAL_REVIEW, encoding="utf-8")
    code, _, err = run(capsys, "remove", str(elsewhere), "--yes", "--content-dir",
                       str(library), "--sessions-dir", str(sessions_dir))
    assert code == 1 and "is not in the library folder" in err and elsewhere.is_file()


def test_a_session_on_a_removed_review_opens_read_only_on_the_copy_kept(capsys, library,
                                                                        sessions_dir):
    from reflect.store.removing import review_or_removed

    session = on_it(library, sessions_dir, "Invented huddle")
    assert run(capsys, "remove", "child-zz", "--yes", "--force", "--content-dir", str(library),
               "--sessions-dir", str(sessions_dir))[0] == 0
    review, read_only = review_or_removed(load_catalogue(library), "child-zz")
    assert review.title == "Child ZZ"
    assert read_only == (f"on the review child-zz, removed from the library (its file is kept "
                         f"in {library / 'removed' / 'child-zz.toml'}): move that file back "
                         f"into {library} to carry on with it")
    # plain mode, which writes, says why it cannot carry on with it
    code, _, err = run(capsys, "walk", "--resume", session.id, "--content-dir", str(library),
                       "--sessions-dir", str(sessions_dir))
    assert code == 1 and "it was removed from the library (its file is kept in " in err
    code, out, _ = run(capsys, "export", session.id, "--format", "txt", "--content-dir",
                       str(library), "--sessions-dir", str(sessions_dir))
    assert code == 0 and "Invented huddle" in out
