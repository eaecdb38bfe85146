"""`reflect import PLAN --into` takes a review's id; a review's file typed for it is answered
with the id meant, where the library has it: `--into content/child-qx.toml` suggested
"--into content-child-qx-toml", and `--into child-qx.toml` "child-qx-toml", ids no review has
(a trial). All data invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.command_line import run

PLAN = ("Child ZZ Action Plan Summary\nKey Recommendations and Completed Actions\n"
        "· Recommendation: Invented agencies share records.\nAction: An invented record.\n")


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    return path


@pytest.mark.parametrize("typed", ["{lib}/child-zz.toml", "child-zz.toml", "./x/child-zz.toml",
                                   "CHILD-ZZ.TOML", "{lib}/Child-ZZ.Toml"])
def test_a_review_file_is_answered_with_its_id(capsys, fictional_dir, plan, typed) -> None:
    """(A name in capitals, `R2.TOML`, was said to be no review's id nor title, as a title
    typed would be: it is a review's file, and answered as one.)"""
    typed = typed.format(lib=fictional_dir)
    before = (fictional_dir / "child-zz.toml").read_bytes()
    code, out, err = run(capsys, "import", str(plan), "--into", typed,
                         "--content-dir", str(fictional_dir))
    assert (code, out) == (1, "")
    assert err == (f"reflect import: --into takes a review's id, not its file ({typed}): "
                   "--into child-zz\n")
    assert (fictional_dir / "child-zz.toml").read_bytes() == before


def test_a_file_in_capitals_no_review_has_is_answered_with_the_nearest(capsys, fictional_dir,
                                                                       plan):
    code, _, err = run(capsys, "import", str(plan), "--into", "CHILD-ZY.TOML",
                       "--content-dir", str(fictional_dir))
    assert code == 1
    assert err.startswith("reflect import: --into takes a review's id, not its file "
                          f"(CHILD-ZY.TOML); no review 'child-zy' in {fictional_dir}: did you "
                          "mean child-zz")


def test_a_file_no_review_has_is_answered_with_the_nearest(capsys, fictional_dir, plan):
    code, _, err = run(capsys, "import", str(plan), "--into", "child-zy.toml",
                       "--content-dir", str(fictional_dir))
    assert code == 1
    assert err.startswith("reflect import: --into takes a review's id, not its file "
                          f"(child-zy.toml); no review 'child-zy' in {fictional_dir}: did you "
                          "mean child-zz")
    assert "child-zy-toml" not in err


def test_a_title_no_id_is_made_of_is_answered_with_the_review(capsys, fictional_dir, plan):
    """`--into "Child Z"`: "such as --into child-z" named no review; the nearest is said."""
    code, _, err = run(capsys, "import", str(plan), "--into", "Child  ZZ!",
                       "--content-dir", str(fictional_dir))
    assert code == 1 and "--into child-zz" in err  # its id is made of it: said as before
    code, _, err = run(capsys, "import", str(plan), "--into", "Child Z",
                       "--content-dir", str(fictional_dir))
    assert code == 1 and "--into child-z:" not in err
    assert err.startswith("reflect import: --into takes a review's id, not 'Child Z'; no "
                          f"review 'Child Z' in {fictional_dir}: did you mean child-zz (Child "
                          "ZZ)?")


@pytest.mark.parametrize("typed", ["CHILD-ZZ", "Child-ZZ"])
def test_an_id_in_capitals_is_the_review(capsys, fictional_dir, tmp_path, typed):
    """`--into CHILD-H` was refused, "such as --into child-h" (a trial): ids are lowercase,
    so it is that review."""
    plan = tmp_path / "whole-plan.txt"
    plan.write_text(PLAN.replace("Key Rec", "Case summary\nChild ZZ is invented.\nKey Rec")
                    + "Status: Complete.\n", encoding="utf-8")
    code, out, err = run(capsys, "import", str(plan), "--into", typed,
                         "--content-dir", str(fictional_dir), "--check")
    assert (code, err) == (0, ""), err
    assert f"merged into {fictional_dir / 'child-zz.toml'}" in out


def test_a_title_an_id_is_made_of_is_answered_did_you_mean(capsys, fictional_dir, plan):
    code, out, err = run(capsys, "import", str(plan), "--into", "Child  ZZ!",
                         "--content-dir", str(fictional_dir))
    assert (code, out) == (1, "")
    assert err.startswith(f"reflect import: --into takes the id of a review in {fictional_dir}, "
                          "not 'Child  ZZ!': did you mean --into child-zz? (reflect list ")
