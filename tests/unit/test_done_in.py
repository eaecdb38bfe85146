"""Which later meeting marked an agreed action done, and when: kept as the status is written
back from *Last time's actions* (`Action.done_in`, session schema 9) and said in the first
meeting's notes in place of `done` alone. A trial: exported again after week 2 marked its
action done, week 1's notes said `done`, with no word of when nor where (the report said so,
from week 2). Every team, meeting and person here is invented."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

from reflect.export.action_parts import action_status
from reflect.export.options import ExportOptions
from reflect.model.edits import SessionEdits
from reflect.model.moved import done_said, meeting
from reflect.model.session import Action, CarriedAction, EarlierHeld, Session
from reflect.store.carry import open_actions_for_team, relabel
from reflect.store.exports import render_bytes
from reflect.store.sessions import load_session, save_session, session_path
from reflect.store.write_back import write_back
from tests.local_days import here

TEAM = "Larkfield Invented Team"
DONE = "done at “Larkfield week 2”, 12 Dec 2026"


def _week(review, n: int, day: int, folder: Path | None = None) -> Session:  # type: ignore[no-untyped-def]
    s = Session.start(review, f"202612{day:02d}-child-zz-0000000{n}",
                      title=f"Larkfield week {n}", team=TEAM, created=here(2026, 12, day, 10))
    if folder is not None:
        save_session(folder, s)
    return s


def _done_at_week2(review, folder: Path) -> tuple[Session, CarriedAction]:  # type: ignore[no-untyped-def]
    """Week 1 agreed an action; week 2 marks it done, written back."""
    week1 = _week(review, 1, 5)
    week1.actions = [Action(id="a1", text="Invented referral checklist", owner="Tam Sample")]
    save_session(folder, week1)
    week2 = _week(review, 2, 12, folder)
    [carried] = open_actions_for_team(folder, TEAM, exclude_id=week2.id)
    carried.status = "done"
    problem, held = write_back(folder, carried, by=meeting(week2))
    assert problem is None and held is not None
    carried.earlier = held
    return load_session(session_path(folder, week1.id)), carried


def _render(session: Session, fmt: str) -> str:
    return render_bytes(session, fmt, None, ExportOptions(today=date(2026, 12, 14))).decode(
        "utf-8-sig")


def test_the_first_meetings_notes_say_where_and_when_it_was_done(review, tmp_path):
    week1, _ = _done_at_week2(review, tmp_path)
    [act] = week1.actions
    assert act.done_in is not None and (act.done_in.session_id, act.done_in.held) == (
        "20261212-child-zz-00000002", date(2026, 12, 12))
    assert done_said(act) == DONE and action_status(act) == DONE
    assert f"| {DONE} |" in _render(week1, "md")
    assert ("status: done at “Larkfield week 2”, Saturday 12 December 2026"
            in _render(week1, "txt"))
    [row] = csv.DictReader(io.StringIO(_render(week1, "csv"), newline=""))
    assert (row["status"], row["done_in"], row["done_in_held"]) == (
        "done", "Larkfield week 2", "2026-12-12")
    [data] = json.loads(_render(week1, "json"))["session"]["actions"]
    assert data["done_in"] == {"session_id": "20261212-child-zz-00000002",
                               "title": "Larkfield week 2", "held": "2026-12-12"}


def test_taken_back_to_open_or_changed_in_its_own_session_it_is_no_longer_said(
        review, tmp_path):
    week1, carried = _done_at_week2(review, tmp_path)
    carried.status = "open"  # week 2 changes its mind
    assert write_back(tmp_path, carried, by=meeting(_week(review, 2, 12)))[0] is None
    [act] = load_session(session_path(tmp_path, week1.id)).actions
    assert (act.status, act.done_in, action_status(act)) == ("open", None, "open")
    [act] = week1.actions  # (as week 2 left it done there)
    edits = SessionEdits(week1)
    edits.cycle_action_status(act)  # week 1 itself: done → open, its own again
    assert act.done_in is None
    edits.undo()
    assert act.status == "done" and done_said(act) == DONE


def test_done_at_a_meeting_that_could_not_write_it_back_names_that_meeting(review, tmp_path):
    """Week 2 marked it done while week 1 was open elsewhere; week 3 carries it, done, noted
    in week 2, and writes it back: week 2 marked it done, not week 3."""
    week1 = _week(review, 1, 5)
    week1.actions = [Action(id="a1", text="Invented referral checklist")]
    save_session(tmp_path, week1)
    _week(review, 2, 12, tmp_path)
    carried = CarriedAction(session_id=week1.id, session_label="Larkfield week 1",
                            action_id="a1", text="Invented referral checklist",
                            status_before="done", status="done", written_back=False,
                            noted_in="Larkfield week 2",
                            noted_in_id="20261212-child-zz-00000002",
                            earlier=EarlierHeld(status="open"))  # (as week 1 holds it)
    week3 = _week(review, 3, 19)
    assert write_back(tmp_path, carried, by=meeting(week3))[0] is None
    [act] = load_session(session_path(tmp_path, week1.id)).actions
    assert done_said(act) == DONE


def test_the_meeting_renamed_since_is_named_as_titled_now(review, tmp_path):
    week1, _ = _done_at_week2(review, tmp_path)
    week2 = _week(review, 2, 12)
    week2.title = "Larkfield week 2 (renamed)"
    save_session(tmp_path, week2)
    relabel(tmp_path, week1)
    assert done_said(week1.actions[0]) == DONE.replace("week 2”", "week 2 (renamed)”")



def test_plain_mode_lists_it_so_as_the_session_is_resumed(review, tmp_path):
    from types import SimpleNamespace

    from reflect.walk.actions import agreed_already

    week1, _ = _done_at_week2(review, tmp_path)
    walk = SimpleNamespace(session=week1, edits=SessionEdits(week1))
    assert ("; status: done at “Larkfield week 2”, Saturday 12 December 2026."
            in " ".join(agreed_already(walk, week1.actions[0])))  # type: ignore[arg-type]
