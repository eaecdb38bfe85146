"""What `reflect export` says of the personal details it replaced: `--redact` to standard
output says on stderr what was replaced (docs/command-line.md promised it whatever the
format; nothing was said), the notes printed staying clean; and a CPD record that refuses to
replace an earlier export says only that (it listed the details "replaced" in a record it
then did not write: a trial). All data invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.model.review import Review
from reflect.model.session import Session
from reflect.store.sessions import save_session
from tests.command_line import run

SID = "20261205-child-zz-0000abcd"


@pytest.fixture
def saved(review: Review, sessions_dir: Path) -> Session:
    s = Session.start(review, SID, title="Invented redact meeting")
    s.answers[0].text = "Ring pat.invented@example.invalid about the invented plan."
    save_session(sessions_dir, s)
    return s


@pytest.mark.usefixtures("saved")
def test_redacted_notes_printed_say_so_on_stderr(capsys, dirs) -> None:
    code, out, err = run(capsys, "export", SID, "--redact", *dirs)
    assert code == 0 and "[redacted]" in out and "pat.invented" not in out
    assert "reflect export" not in out
    assert err == ("reflect export: --redact: 1 likely personal detail replaced by [redacted] "
                   "in the notes printed.\n")
    code, out, err = run(capsys, "export", SID, "--redact", "--format", "csv", *dirs)
    assert code == 0 and err == ("reflect export: --redact: nothing in the notes printed "
                                 "needed replacing.\n")


@pytest.mark.usefixtures("saved")
def test_a_record_not_written_says_only_why(capsys, dirs, sessions_dir: Path) -> None:
    code, out, err = run(capsys, "export", SID, "--format", "cpd-docx", *dirs)
    target = sessions_dir / "exports" / f"{SID}-redacted.cpd.docx"
    assert code == 0 and out == f"CPD record written (redacted) to {target}\n"
    assert err.startswith("reflect export: 1 likely personal detail found, replaced by "
                          "[redacted] in the CPD record")
    code, out, err = run(capsys, "export", SID, "--format", "cpd-docx", *dirs)
    assert (code, out) == (1, "")
    assert err == (f"reflect export: will not write {target}: it already exists (add --force "
                   "to replace it)\n")
