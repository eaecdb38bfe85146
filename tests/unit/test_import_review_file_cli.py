"""`reflect import FILE.toml`: a review file written by hand checked and added to the library as
the app's import dialog adds one (store/review_file.py): each problem a line `FILE: FIELD:
what` with nothing written, a valid file added byte for byte as `<id>.toml`, an id the library
has replaced only with --replace, and a file given by mistake said in one line. Every review
here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from tests.command_line import run
from tests.conftest import FICTIONAL_REVIEW
from tests.unit.test_review_file import ZQ


def _given(tmp_path: Path, text: str, name: str = "my edit.toml") -> Path:
    path = tmp_path / "drafts" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _library(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_a_valid_review_file_is_added_as_it_is_under_its_id(capsys, dirs, fictional_dir,
                                                            tmp_path):
    path = _given(tmp_path, "# kept, as every byte is\n" + ZQ)
    code, out, err = run(capsys, "import", str(path), *dirs, "--check")
    assert code == 0 and "--check: nothing is written" in out, err
    assert not (fictional_dir / "child-zq.toml").exists()
    code, out, err = run(capsys, "import", str(path), *dirs)
    assert code == 0 and err == "", err
    target = fictional_dir / "child-zq.toml"
    assert target.read_bytes() == path.read_bytes()
    assert "child-zq “Child ZQ” (Invented Shire Safeguarding Partnership), 3 questions: it " \
           "validates" in out
    assert f"Added to the library, as it is: {target}" in " ".join(out.split())
    assert load_library(fictional_dir).get("child-zq") is not None


def test_its_problems_are_said_a_line_each_and_nothing_is_written(capsys, dirs, fictional_dir,
                                                                  tmp_path):
    path = _given(tmp_path, ZQ.replace('themes = ["information-sharing"]', "themes = []")
                  .replace('summary = "An invented case used only for testing."\n', ""))
    before = _library(fictional_dir)
    code, out, err = run(capsys, "import", str(path), *dirs, "--replace")
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert f"{path}: summary: required field is missing" in lines
    assert any(line.startswith(f"{path}: themes: is empty") for line in lines)
    assert "nothing written" in lines[-1] and "2 problems above" in lines[-1]
    assert _library(fictional_dir) == before


def test_an_id_the_library_has_is_replaced_only_with_replace(capsys, dirs, fictional_dir,
                                                             sessions_dir, review, tmp_path):
    from reflect.model.session import Session

    session = Session.start(review, new_session_id(review.id), title="Invented meeting")
    save_session(sessions_dir, session)
    named = f"The sessions on it: “Invented meeting” ({session.id})."
    path = _given(tmp_path, FICTIONAL_REVIEW.replace("Who would you tell?", "Who else?"))
    before = _library(fictional_dir)
    for flags in ([], ["--force"], ["--check"]):
        code, out, err = run(capsys, "import", str(path), *dirs, *flags)
        said = " ".join(err.split())
        assert code == 1 and "the library already has review child-zz “Child ZZ”" in said
        assert str(fictional_dir / "child-zz.toml") in said and "nothing written" in said
        assert "1 saved session is on it" in said and "add --replace" in said
        assert "child-zz-2" in said and named in said, said
        assert _library(fictional_dir) == before
    code, out, err = run(capsys, "import", str(path), *dirs, "--replace")
    assert code == 0, err
    assert (fictional_dir / "child-zz.toml").read_bytes() == path.read_bytes()
    said = " ".join(out.split())
    assert f"Replaced review child-zz “Child ZZ” (Invented Shire Safeguarding Partnership) " \
           f"with it, as it is: {fictional_dir / 'child-zz.toml'}" in said
    assert "1 saved session is on it" in said and named in said


@pytest.mark.parametrize(("name", "text", "said"), [
    ("broken.toml", ZQ.replace('title = "Child ZQ"', 'title = "Child ZQ'),
     "not valid TOML in title, at line 2"),
    ("pyproject.toml", '[project]\nname = "invented"\n', "a TOML file, but not a review"),
    ("notes.toml", "", "the file is empty"),
])
def test_a_file_given_by_mistake_is_said_in_a_line(capsys, dirs, fictional_dir, tmp_path,
                                                   name, text, said):
    path = _given(tmp_path, text, name)
    before = _library(fictional_dir)
    code, out, err = run(capsys, "import", str(path), *dirs)
    assert code == 1 and out == "" and "Traceback" not in err
    assert any(line.startswith(f"{path}: ") and said in line for line in err.splitlines()) \
        or f"reflect import: {path}: {said}" in " ".join(err.split()), err
    assert _library(fictional_dir) == before


def test_a_saved_session_given_by_mistake_is_said_so(capsys, dirs, fictional_dir,
                                                     sessions_dir, review):
    from reflect.model.session import Session

    session = Session.start(review, new_session_id(review.id), title="Invented meeting")
    path = save_session(sessions_dir, session)
    code, out, err = run(capsys, "import", str(path), *dirs)
    assert code == 1 and out == ""
    assert f"reflect import: {path}: a saved session, not a review" in " ".join(err.split())
    assert sorted(p.name for p in fictional_dir.iterdir()) == ["child-zz.toml"]


def test_into_and_another_id_are_refused_for_a_review_file(capsys, dirs, fictional_dir,
                                                           tmp_path):
    path = _given(tmp_path, ZQ, "child-zq.txt")  # a review, whatever its name
    code, _, err = run(capsys, "import", str(path), *dirs, "--into", "child-zz")
    assert code == 1 and "not an action plan" in err and "leave out --into" in err
    code, _, err = run(capsys, "import", str(path), *dirs, "--id", "child-zx")
    assert code == 1 and "keeps its own id (child-zq)" in " ".join(err.split())
    assert not (fictional_dir / "child-zq.toml").exists()
    assert not (fictional_dir / "child-zx.toml").exists()
    code, out, err = run(capsys, "import", str(path), *dirs, "--id", "CHILD-ZQ")  # its own
    assert code == 0 and (fictional_dir / "child-zq.toml").read_bytes() == path.read_bytes()
