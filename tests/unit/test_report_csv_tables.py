"""The sessions and every action, in CSVs a board opens in a spreadsheet, beside the report's
counts per review: a learning lead asked which team discussed which review and when, how many
came, the actions and their status, and found them only in the Markdown and web page reports
(a trial). Names as the report says them; no formula reaches a spreadsheet.

Every team, person and action here is invented.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from reflect.cli import main
from reflect.model.session import Action, Participant, Session
from reflect.report.csv_tables import (
    ACTIONS_CSV_COLUMNS,
    SESSIONS_CSV_COLUMNS,
    to_actions_csv,
    to_sessions_csv,
)
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.local_days import here
from tests.unit.test_report_overdue import NAMES, OWNERS, moorvale, report_on


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _with_a_reflection(fictional_dir: Path, tmp_path: Path) -> Path:
    folder = moorvale(fictional_dir, tmp_path)
    review = load_library(fictional_dir).get("child-zz")
    own = Session.start(review, "20261115-child-zz-0000ccc1", title="Pat Example reflection",
                        mode="individual", participants=[
                            Participant(name="Pat Example", role="Health visitor",
                                        agency="Invented Health Trust")],
                        created=here(2026, 11, 15, 10))
    own.actions = [Action(id="a1", text="=HYPERLINK(\"x\") reread the policy",
                          owner="my supervisor", due="1/1/2027", due_date=date(2027, 1, 1))]
    save_session(folder, own)
    return folder


def test_a_row_for_each_session_naming_no_one(fictional_dir, tmp_path):
    report = report_on(_with_a_reflection(fictional_dir, tmp_path))
    text = to_sessions_csv(report)
    rows = _rows(text)
    assert tuple(rows[0]) == SESSIONS_CSV_COLUMNS
    assert [(r["held"], r["team"], r["review_id"], r["mode"], r["attended"],
             r["session_title"]) for r in rows] == [
        ("2026-06-10", "Moorvale MASH", "child-zz", "team discussion", "2", "June huddle"),
        ("2026-11-10", "Moorvale MASH", "child-zz", "team discussion", "2", "November huddle"),
        ("2026-11-15", "", "child-zz", "individual reflection", "", "[redacted] reflection")]
    assert {r["review_title"] for r in rows} == {"Child ZZ"}
    assert sum(int(r["attended"] or 0) for r in rows) == report.totals.attendees
    for name in (*NAMES, "Pat"):
        assert name not in text, name


def test_a_row_for_every_action_its_owner_as_the_report_says_it(fictional_dir, tmp_path):
    report = report_on(_with_a_reflection(fictional_dir, tmp_path))
    text = to_actions_csv(report)
    rows = _rows(text)
    assert tuple(rows[0]) == ACTIONS_CSV_COLUMNS
    assert len(rows) == 7 + 2 + 1  # June's, November's, the reflection's
    owners = {r["action"]: r["owner"] for r in rows}
    assert {k: owners[k] for k in OWNERS} == OWNERS  # as the overdue actions say them
    assert owners["Invented thing done"] == "Social worker, Children's Social Care"
    done = next(r for r in rows if r["action"] == "Invented thing done")
    assert (done["status"], done["due_date"], done["kind"], done["held"]) == (
        "done", "2026-07-01", "agreed", "2026-06-10")
    own = rows[-1]
    assert (own["kind"], own["owner"], own["also_involved"], own["team"]) == (
        "personal", "Health visitor, Invented Health Trust", "my supervisor", "")
    # a formula is text in a spreadsheet
    assert own["action"].startswith("'=HYPERLINK")
    for name in (*NAMES, "Pat"):
        assert name not in text, name


def test_the_command_writes_them_beside_the_reports_csv(fictional_dir, tmp_path, capsys):
    folder = moorvale(fictional_dir, tmp_path)
    target = tmp_path / "out" / "board.csv"
    target.parent.mkdir()
    args = ["report", "--sessions-dir", str(folder), "--content-dir", str(fictional_dir)]
    assert main([*args, "-o", str(target)]) == 0
    out = capsys.readouterr().out
    sessions, actions = (tmp_path / "out" / "board-sessions.csv",
                         tmp_path / "out" / "board-all-actions.csv")
    assert f"Sessions written to {sessions}" in out
    assert f"Every action written to {actions}" in out
    assert len(_rows(sessions.read_text(encoding="utf-8-sig"))) == 2
    assert len(_rows(actions.read_text(encoding="utf-8-sig"))) == 9
    # none written over unasked: the one in the way said, nothing written
    target.unlink()
    assert main([*args, "-o", str(target)]) == 1
    assert "board-overdue-actions.csv (the overdue actions, beside board.csv)" in \
        capsys.readouterr().err
    (tmp_path / "out" / "board-overdue-actions.csv").unlink()
    assert main([*args, "-o", str(target)]) == 1
    assert "board-sessions.csv (the sessions, beside board.csv)" in capsys.readouterr().err
    assert not target.exists()
    # to standard output, where they go is said
    assert main([*args, "--format", "csv"]) == 0
    assert ("the 2 sessions, every action and the 7 overdue actions go in CSVs of their own"
            in capsys.readouterr().err)
