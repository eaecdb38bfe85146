"""`reflect validate` warns of a question a review no longer asks that saved sessions hold
answers to: removed from the review, or its id changed by hand. It said nothing, and the
answers showed up in the notes as from a question no longer asked (a trial). A warning, on
standard error: the exit code stays 0."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.cli import main
from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.store.unasked import unasked_warnings

WARNED = ("reflect validate: warning: 2 saved sessions have answers to 'zz-second', which "
          "child-zz no longer asks: they keep them, shown as from a question no longer asked "
          "(if its id was changed, write id = \"zz-second\" back in the question that had it)")


@pytest.fixture
def answered(fictional_dir: Path, sessions_dir: Path) -> Path:
    """Three sessions on child-zz: two answered its second question, one left it empty."""
    review = load_library(fictional_dir).get("child-zz")
    for n, text in enumerate(["Pat Example would tell the nursery.",
                              "Team Blue would ring the health visitor.", ""]):
        s = Session.start(review, f"20260101-child-zz-0000bee{n}", title=f"Invented {n}")
        s.set_answer("zz-second", "Who would you tell?", text)
        s.set_answer("zz-first", "What would you do first?", "An invented first step.")
        save_session(sessions_dir, s)
    return fictional_dir / "child-zz.toml"


def _validate(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["validate", *args])
    out, err = capsys.readouterr()
    return code, out, " ".join(err.split())


@pytest.mark.parametrize("change", ["removed", "id changed"])
def test_validate_warns_of_answers_to_a_question_no_longer_asked(
        answered, fictional_dir, sessions_dir, capsys, change):
    text = answered.read_text(encoding="utf-8")
    text = (text.replace('[[questions]]\nid = "zz-second"\ntext = "Who would you tell?"\n\n', "")
            if change == "removed" else text.replace('id = "zz-second"', 'id = "who-to-tell"'))
    answered.write_text(text, encoding="utf-8")
    dirs = ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]
    code, out, err = _validate(capsys, *dirs)
    assert code == 0 and "1 valid, 0 problem(s)" in out  # a warning, not a problem
    assert err == WARNED, err
    code, out, err = _validate(capsys, "--sessions-dir", str(sessions_dir), str(answered))
    assert (code, err) == (0, WARNED)  # one file checked: the same


def test_validate_says_nothing_more_while_the_review_asks_them(answered, fictional_dir,
                                                             sessions_dir, capsys, tmp_path):
    dirs = ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]
    assert _validate(capsys, *dirs)[::2] == (0, "")
    nowhere = tmp_path / "no-sessions-here"
    assert unasked_warnings([("child-zz", ["zz-first"])], nowhere) == []
    assert not nowhere.exists()  # never made
    assert unasked_warnings([("child-yy", ["zz-first"])], sessions_dir) == []  # not theirs


def test_one_session_is_said_as_one(answered, sessions_dir):
    (sessions_dir / "20260101-child-zz-0000bee1.toml").unlink()
    assert unasked_warnings([("child-zz", ["zz-first", "zz-third"])], sessions_dir) == [
        "1 saved session has an answer to 'zz-second', which child-zz no longer asks: it keeps "
        "it, shown as from a question no longer asked (if its id was changed, write "
        "id = \"zz-second\" back in the question that had it)"]


def test_validate_warns_of_sessions_on_a_review_whose_id_was_changed(
        answered, fictional_dir, sessions_dir, capsys):
    """The review's own id changed by hand: "1 valid, 0 problem(s)" and nothing more, while its
    three sessions no longer opened (a trial's learning lead)."""
    answered.write_text(answered.read_text(encoding="utf-8").replace(
        'id = "child-zz"', 'id = "child-zz-2026"', 1), encoding="utf-8")
    dirs = ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]
    code, out, err = _validate(capsys, *dirs)
    assert code == 0 and "0 problem(s)" in out  # a warning, not a problem
    assert err.startswith("reflect validate: warning: 3 saved sessions are on 'child-zz', "
                          "which no review in the library has now, so they do not open: the "
                          "review child-zz-2026 ("), err
    assert f"{answered}) looks like it" in err and err.endswith(
        'write id = "child-zz" in that file again'), err
    assert _validate(capsys, "--sessions-dir", str(sessions_dir), str(answered))[2] == err


def test_a_copy_outside_the_library_under_another_id_is_no_review_renamed(
        answered, fictional_dir, sessions_dir, capsys, tmp_path):
    """A copy being edited in another folder, given another id: the library still has the
    sessions' review, so they open, and nothing is said of them."""
    copy = tmp_path / "downloads" / "child-zz-draft.toml"
    copy.parent.mkdir()
    copy.write_text(answered.read_text(encoding="utf-8").replace(
        'id = "child-zz"', 'id = "child-zz-draft"', 1), encoding="utf-8")
    assert _validate(capsys, "--content-dir", str(fictional_dir), "--sessions-dir",
                     str(sessions_dir), str(copy))[::2] == (0, "")
