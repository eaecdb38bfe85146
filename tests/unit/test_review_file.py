"""A review file given to the import dialog (store/review_file.py): checked as `reflect
validate FILE` checks it, a file given by mistake said in one line naming it, and where
adding it would write. Every review here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.store.library import ReviewError, read_checked
from reflect.store.review_file import check_review_file, is_review_file
from tests.conftest import FICTIONAL_REVIEW

ZQ = FICTIONAL_REVIEW.replace('"child-zz"', '"child-zq"').replace('"Child ZZ"', '"Child ZQ"')
"""An invented review not in the library (whose one review is child-zz)."""


def _file(tmp_path: Path, text: str, name: str = "child-zq.toml") -> Path:
    path = tmp_path / "drafts" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_review_is_added_as_it_is_named_after_its_id(fictional_dir, tmp_path):
    path = _file(tmp_path, ZQ, "my edit.toml")
    checked = check_review_file(path, fictional_dir)
    assert checked.addable and checked.problems == () and checked.taken is None
    assert checked.target == fictional_dir / "child-zq.toml"
    assert checked.data == path.read_bytes()
    said = "\n".join(checked.lines())
    assert "child-zq “Child ZQ” (Invented Shire Safeguarding Partnership), 3 questions: it " \
           "validates" in said
    assert f"as {fictional_dir / 'child-zq.toml'}" in said


def test_its_problems_are_the_ones_validate_finds_each_naming_file_and_field(fictional_dir,
                                                                            tmp_path):
    path = _file(tmp_path, ZQ.replace('themes = ["information-sharing"]', "themes = []")
                 .replace('summary = "An invented case used only for testing."\n', ""))
    checked = check_review_file(path, fictional_dir)
    with pytest.raises(ReviewError) as raised:
        read_checked(path)
    validated = tuple(raised.value.messages)
    assert checked.problems == validated and len(validated) == 2
    assert not checked.addable and checked.review is None
    assert all(p.startswith(f"{path}: ") for p in checked.problems)
    assert any("summary" in p for p in checked.problems)
    assert any("themes" in p for p in checked.problems)
    said = checked.lines()
    assert said[0].startswith("Not added to the library: 2 problems")
    assert [s.strip() for s in said[1:3]] == list(validated)


def test_a_placeholder_left_is_a_problem_as_validate_says(fictional_dir, tmp_path):
    from reflect.model.placeholders import PARTNERSHIP

    path = _file(tmp_path, ZQ.replace('"Invented Shire Safeguarding Partnership"',
                                      f'"{PARTNERSHIP}"'))
    checked = check_review_file(path, fictional_dir)
    assert checked.review is not None and not checked.addable
    assert checked.problems == tuple(read_checked(path)[1])
    assert checked.problems[0].startswith(f"{path}: partnership")


def test_a_broken_toml_file_is_said_with_its_line(fictional_dir, tmp_path):
    path = _file(tmp_path, ZQ.replace('title = "Child ZQ"', 'title = "Child ZQ'))
    [problem] = check_review_file(path, fictional_dir).problems
    assert problem.startswith(f"{path}: ") and "line 2" in problem


def test_a_saved_session_given_by_mistake_is_said_so(fictional_dir, tmp_path):
    from reflect.store.sessions import save_session
    from tests.cpd_folder import invented_review, reflection

    session = reflection(invented_review(fictional_dir), "Invented reflection", "Sam Sample")
    path = save_session(tmp_path / "sessions", session)
    checked = check_review_file(path, fictional_dir)
    [problem] = checked.problems
    assert problem.startswith(f"{path}: a saved session, not a review")
    assert checked.lines() == [problem, "Nothing added: give a briefing's file, or a review "
                                        "file, above."]


def test_a_toml_file_that_is_no_review_is_said_so(fictional_dir, tmp_path):
    path = _file(tmp_path, '[project]\nname = "invented"\n', "pyproject.toml")
    [problem] = check_review_file(path, fictional_dir).problems
    assert problem.startswith(f"{path}: a TOML file, but not a review")


def test_the_librarys_own_file_has_nothing_to_add(fictional_dir):
    checked = check_review_file(fictional_dir / "child-zz.toml", fictional_dir)
    assert checked.in_library and not checked.addable and not checked.problems
    assert "nothing to add" in checked.lines()[-1]


def test_a_review_with_an_id_the_library_has_would_replace_its_file(fictional_dir, tmp_path):
    path = _file(tmp_path, FICTIONAL_REVIEW.replace("What would you do first?", "What first?"))
    checked = check_review_file(path, fictional_dir)
    assert checked.addable and checked.taken is not None
    assert checked.target == fictional_dir / "child-zz.toml"
    assert "Saving asks before replacing it" in checked.lines()[-1]


def test_which_files_are_checked_as_reviews(tmp_path):
    assert is_review_file(_file(tmp_path, "not = [toml", "broken.toml"))
    assert is_review_file(_file(tmp_path, ZQ, "review.txt"))  # a review, whatever its name
    assert not is_review_file(_file(tmp_path, "Child ZQ\n## Background\nInvented.\n", "b.txt"))
    assert not is_review_file(tmp_path / "drafts" / "missing.toml")


def test_adding_writes_the_bytes_checked_and_nothing_changed_since(fictional_dir, tmp_path):
    """`add_review_file`, the one writer for the dialog and `reflect import FILE`."""
    from reflect.store.review_file import add_review_file

    path = _file(tmp_path, ZQ)
    checked = check_review_file(path, fictional_dir)
    path.write_text(ZQ.replace("Child ZQ", "Child ZR"), encoding="utf-8")  # edited since
    assert add_review_file(checked, replacing=False) == (
        f"{path} was changed since it was checked: nothing saved.")
    assert not checked.target.exists()
    checked = check_review_file(path, fictional_dir)
    checked.target.write_text("made meanwhile", encoding="utf-8")
    assert "was made since the check" in (add_review_file(checked, replacing=False) or "")
    assert checked.target.read_text(encoding="utf-8") == "made meanwhile"
    assert add_review_file(checked, replacing=True) is None
    assert checked.target.read_bytes() == path.read_bytes()
