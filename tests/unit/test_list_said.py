"""What `reflect list` says beside its list: "1 question", never "1 questions"; and every
line on stderr headed `reflect list:`, as docs/command-line.md promises (a warning and a note
began `warning:`/`note:` alone, a trial). All data invented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reflect.model.review import Review
from reflect.model.session import Session
from reflect.store.sessions import new_session_id, save_session
from tests.command_line import run
from tests.conftest import FICTIONAL_REVIEW
from tests.unit.test_copies import typed_into_a_copy


def test_one_question_is_one_question(capsys, dirs, fictional_dir: Path) -> None:
    one = re.sub(r'\n\[\[questions\]\]\nid = "zz-(second|third)"\ntext = "[^"]*"\n', "",
                 FICTIONAL_REVIEW.replace('"child-zz"', '"child-zy"'))
    (fictional_dir / "child-zy.toml").write_text(one, encoding="utf-8")
    code, out, _ = run(capsys, "list", "reviews", *dirs)
    assert code == 0
    assert "\t1 question\t" in out and "1 questions" not in out
    assert "\t3 questions\t" in out


def test_a_library_warning_is_headed(capsys, dirs, fictional_dir: Path) -> None:
    (fictional_dir / "child-broken.toml").write_text("id = [\n", encoding="utf-8")
    code, _, err = run(capsys, "list", "reviews", *dirs)
    assert code == 0
    assert err.startswith(f"reflect list: warning: {fictional_dir / 'child-broken.toml'}")


@pytest.mark.usefixtures("home")
def test_list_sessions_heads_its_warnings_and_notes(capsys, dirs, review: Review,
                                                    sessions_dir: Path) -> None:
    saved = Session.start(review, new_session_id(review.id), title="Invented list test")
    save_session(sessions_dir, saved)
    (sessions_dir / "20261201-child-zz-deadbeef.toml").write_text("x = [\n", encoding="utf-8")
    older = typed_into_a_copy(saved, "An older invented point", later=-60)
    code, _, err = run(capsys, "list", "sessions", *dirs)
    assert code == 0
    lines = err.splitlines()
    assert lines[0].startswith("reflect list: warning: unreadable session: ")
    assert any(line.startswith(f"reflect list: note: An emergency copy of session {saved.id} "
                               f"({older}") for line in lines), err
    assert all(line.startswith(("reflect list: ", " ")) for line in lines if line), err


def test_no_sessions_is_headed(capsys, dirs, sessions_dir: Path) -> None:
    sessions_dir.mkdir()
    code, out, err = run(capsys, "list", "sessions", *dirs)
    assert (code, out, err) == (0, "", f"reflect list: no sessions in {sessions_dir}\n")


def test_my_cpd_heads_its_warning(capsys, dirs, sessions_dir: Path) -> None:
    sessions_dir.mkdir()
    (sessions_dir / "20261201-child-zz-deadbeef.toml").write_text("x = [\n", encoding="utf-8")
    code, _, err = run(capsys, "cpd", "--name", "", *dirs)
    assert err.startswith("reflect cpd: warning: unreadable session: "), err
