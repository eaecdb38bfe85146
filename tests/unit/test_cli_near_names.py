"""A name mistyped on the command line is answered with the one likely meant, as a mistyped
session id or option is. A trial: `reflect remove child-zz` (no such review) offered nothing
near (child-zq), `reflect import …/chlid-zq.md` said only "No such file or directory", and
`-o notes.doc` listed every format's ending (25 of them) instead of .docx."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.command_line import run
from tests.text_reviews import review_with_text


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """An invented library holding child-zq (Child ZQ) only."""
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "child-zq.toml").write_text(review_with_text("child-zq", title="Child ZQ"),
                                          encoding="utf-8")
    return folder


@pytest.mark.parametrize("typed", ["child-zz", "Child ZX"])
def test_remove_offers_the_nearest_review(capsys, library, typed):
    code, out, err = run(capsys, "remove", typed, "--yes", "--content-dir", str(library))
    assert code == 1 and out == ""
    assert f"no review {typed!r} in {library}: did you mean child-zq (Child ZQ)?" in err, err
    assert (library / "child-zq.toml").is_file()  # nothing removed


def test_remove_with_nothing_near_says_as_before(capsys, library):
    _, _, err = run(capsys, "remove", "wholly-other", "--yes", "--content-dir", str(library))
    assert "did you mean" not in err and "lists them" in err


def test_import_of_a_mistyped_file_offers_the_one_in_that_folder(capsys, library, tmp_path):
    (tmp_path / "child-zq.md").write_text("# Child ZQ\n\nAn invented briefing.\n",
                                          encoding="utf-8")
    typed = tmp_path / "chlid-zq.md"
    code, out, err = run(capsys, "import", str(typed), "--content-dir", str(library))
    assert code == 1 and out == ""
    assert f"did you mean {tmp_path / 'child-zq.md'}? To import it:" in err, err
    _, _, err = run(capsys, "import", str(tmp_path / "zzzz.pdf"), "--content-dir",
                    str(library))
    assert "did you mean" not in err and "No such file or directory" in err


def test_an_ending_mistyped_is_answered_with_the_one_meant(capsys, library, tmp_path):
    sessions = tmp_path / "sessions"
    review = load_library(library).get("child-zq")
    save_session(sessions, Session.start(review, "20261204-child-zq-5c92e70e", title="Invented"))
    dirs = ["--content-dir", str(library), "--sessions-dir", str(sessions)]
    code, out, err = run(capsys, "export", "5c92e70e", "-o", str(tmp_path / "notes.doc"), *dirs)
    assert code == 1 and out == ""
    assert f"did you mean {tmp_path / 'notes.docx'}?" in err, err
    assert ".pdf" not in err and "--format" in err  # not every format's ending
    assert not (tmp_path / "notes.doc").exists()
    _, _, err = run(capsys, "export", "5c92e70e", "-o", str(tmp_path / "notes.xlsx"), *dirs)
    assert "one of these endings" in err and ".pdf" in err  # nothing near: all of them


def test_an_id_typed_without_its_ending_is_the_one_offered(capsys, tmp_path):
    """`child-q1`, typed for `child-q1-briefing` (an import's id from its file's name), offered
    child-h, child-i and child-l, each one letter from it, never the review meant (a learning
    lead's fresh-eyes trial)."""
    folder = tmp_path / "library"
    folder.mkdir()
    (tmp_path / "sessions").mkdir()
    for rid, title in [("child-q1-briefing", "Child Q1 (Moorvale)"), ("child-qa", "Child QA"),
                       ("child-q", "Child Q")]:
        (folder / f"{rid}.toml").write_text(review_with_text(rid, title=title),
                                            encoding="utf-8")
    for command in (["report", "--review", "child-q1"], ["walk", "child-q1"],
                    ["remove", "child-q1", "--yes"]):
        code, _, err = run(capsys, *command, "--content-dir", str(folder), "--sessions-dir",
                           str(tmp_path / "sessions"))
        assert code == 1
        assert ("did you mean child-q1-briefing, titled “Child Q1 (Moorvale)”?" if "walk" in command
                else "did you mean child-q1-briefing (Child Q1 (Moorvale))?") in err, err
    assert (folder / "child-q1-briefing.toml").is_file()
