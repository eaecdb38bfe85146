"""An action no longer needed, dropped (`ActionStatus` "dropped", session schema 10): Space's
cycle reaches it, it is never overdue, never carried to the next meeting, written back to the
meeting that agreed it, and kept in the file so that a reflect that knows only schema 9 opens
it read-only, the action closed. A facilitator's trial: an action the team agreed was no longer
needed could only stay open (coming back at every meeting, counted open and overdue) or be
marked done, which was untrue. Every team, meeting and person here is invented."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from reflect.model.changes import next_status
from reflect.model.due import gone_by
from reflect.model.moved import meeting
from reflect.model.session import Action, Session
from reflect.store import sessions as store
from reflect.store.carry import open_actions_for_team
from reflect.store.sessions import load_session, save_session, session_path
from reflect.store.write_back import write_back
from tests.local_days import here

TEAM = "Quillmoor Invented Team"


def _week(review, n: int, day: int, folder: Path) -> Session:  # type: ignore[no-untyped-def]
    s = Session.start(review, f"202612{day:02d}-child-zz-0000001{n}",
                      title=f"Quillmoor week {n}", team=TEAM, created=here(2026, 12, day, 10))
    save_session(folder, s)
    return s


def _dropped_at_week2(review, folder: Path) -> Session:  # type: ignore[no-untyped-def]
    """Week 1 agreed two actions; week 2 drops the first, with why, written back."""
    week1 = _week(review, 1, 5, folder)
    week1.actions = [Action(id="a1", text="Invented form check", due="1/12/2026",
                            due_date=date(2026, 12, 1)),
                     Action(id="a2", text="Invented rota")]
    save_session(folder, week1)
    week2 = _week(review, 2, 12, folder)
    first, _ = open_actions_for_team(folder, TEAM, exclude_id=week2.id)
    first.status, first.note = "dropped", "Form replaced"
    problem, first.earlier = write_back(folder, first, by=meeting(week2))
    assert problem is None
    week2.carried = [first]
    save_session(folder, week2)
    return week1


def test_space_moves_done_on_to_dropped_and_dropped_back_to_open() -> None:
    assert [next_status(s) for s in ("open", "in progress", "done", "dropped")] == [
        "in progress", "done", "dropped", "open"]


def test_a_dropped_action_is_never_overdue() -> None:
    past = date(2026, 12, 1)
    assert gone_by("open", "1/12/2026", past, date(2026, 12, 7))
    assert not gone_by("dropped", "1/12/2026", past, date(2026, 12, 7))


def test_dropped_is_written_back_and_not_carried_to_the_next_meeting(review, tmp_path):  # type: ignore[no-untyped-def]
    week1 = load_session(session_path(tmp_path, _dropped_at_week2(review, tmp_path).id))
    assert [(a.status, a.progress) for a in week1.actions] == [
        ("dropped", "Form replaced"), ("open", "")]
    assert week1.actions[0].done_in is None  # (not done)
    week3 = _week(review, 3, 19, tmp_path)
    assert [c.text for c in open_actions_for_team(tmp_path, TEAM, exclude_id=week3.id)] == [
        "Invented rota"]


def test_the_file_holds_it_as_done_and_dropped_and_reads_it_back(review, tmp_path):  # type: ignore[no-untyped-def]
    week1 = _dropped_at_week2(review, tmp_path)
    data = tomllib.loads(session_path(tmp_path, week1.id).read_text(encoding="utf-8"))
    assert (data["actions"][0]["status"], data["actions"][0]["dropped"]) == ("done", True)
    assert "dropped" not in data["actions"][1]
    week2 = load_session(session_path(tmp_path, "20261212-child-zz-00000012"))
    [carried] = week2.carried
    assert (carried.status, carried.status_before) == ("dropped", "open")
    assert carried.earlier is not None and carried.earlier.status == "dropped"


def test_a_reflect_that_knows_only_schema_9_opens_it_read_only_the_action_closed(
        review, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """As a reflect of schema 9 reads the file: it knows no `dropped` flag, nor the status
    (tried by hand too, with that reflect itself: docs/reliability.md)."""
    week1 = _dropped_at_week2(review, tmp_path)
    monkeypatch.setattr(store, "SCHEMA_VERSION", 9)
    monkeypatch.setattr(store, "from_file", lambda data: data)
    read, read_only = store.read_session(session_path(tmp_path, week1.id))
    assert read_only is not None and "written by a newer reflect (schema 10" in read_only
    assert [a.status for a in read.actions] == ["done", "open"]
    read, read_only = store.read_session(session_path(tmp_path, "20261212-child-zz-00000012"))
    assert read_only is not None
    assert [(c.status, c.known_earlier.status) for c in read.carried] == [("done", "done")]


def _dropped_here(review) -> Session:  # type: ignore[no-untyped-def]
    """A meeting that drops one of its own actions, gone past its due date, and one of last
    time's."""
    from reflect.model.session import CarriedAction

    s = Session.start(review, "20261214-child-zz-00000019", title="Quillmoor week 4",
                      team=TEAM, created=here(2026, 12, 14, 10))
    s.actions = [Action(id="a1", text="Invented leaflet", due="1/12/2026",
                        due_date=date(2026, 12, 1), status="dropped",
                        progress="Leaflet withdrawn")]
    s.carried = [CarriedAction(session_id="20261205-child-zz-00000011",
                               session_label="Quillmoor week 1", action_id="a1",
                               text="Invented form check", due="1/12/2026",
                               due_date=date(2026, 12, 1), status="dropped",
                               note="Form replaced")]
    return s


@pytest.mark.parametrize("fmt", ["md", "txt", "html", "json", "csv", "docx", "pdf"])
def test_every_notes_format_says_dropped_and_never_overdue(review, fmt: str) -> None:  # type: ignore[no-untyped-def]
    import io

    from reflect.export.options import ExportOptions
    from reflect.store.exports import render_bytes

    data = render_bytes(_dropped_here(review), fmt, None,
                        ExportOptions(today=date(2026, 12, 14)))
    if fmt == "docx":
        from tests.unit.test_export_formats import docx_text

        text = docx_text(data)
    elif fmt == "pdf":
        from pdfminer.high_level import extract_text

        text = extract_text(io.BytesIO(data))
    else:
        text = data.decode("utf-8-sig")
    flat = " ".join(text.split())
    assert flat.count("dropped") >= 2, flat  # this meeting's action and last time's
    assert "overdue as of" not in flat and "⚠" not in flat, flat
    if fmt == "json":
        import json

        got = json.loads(text)["session"]
        assert [(a["status"], a["overdue"]) for a in got["actions"]] == [("dropped", False)]
    if fmt == "csv":
        import csv

        rows = list(csv.DictReader(io.StringIO(text, newline="")))
        assert {(r["status"], r["overdue"]) for r in rows} == {("dropped", "no")}, rows


def test_the_report_counts_dropped_apart_never_open_nor_overdue(review, tmp_path):  # type: ignore[no-untyped-def]
    """Dropped at week 2: week 1's action is counted neither done nor open nor overdue, and
    said so (`1 dropped`), in the summary, by team and by recommendation's count alike."""
    from reflect.report import Filters, build_report, gather, to_html, to_markdown

    _dropped_at_week2(review, tmp_path)
    today = date(2026, 12, 19)
    report = build_report(gather([tmp_path], Filters(), today=today), today=today)
    md = to_markdown(report)
    said = "2 (0 done, 0 in progress, 1 open, 1 dropped)"
    assert f"| Actions agreed at team discussions | {said} |" in md, md
    assert "| Actions overdue | 0 |" in md, md
    assert f"{said[:-1]}; none overdue)" in md  # by team
    html = to_html(report)
    assert "0 done, 0 in progress, 1 open, 1 dropped" in html
    assert '<span class="key dropped"></span>dropped' in html


def test_a_dropped_flag_edited_by_hand_to_no_yes_or_no_is_named_and_the_file_left(
        review, tmp_path):  # type: ignore[no-untyped-def]
    """Not "unknown field (check the spelling)", as the model would say: the field is the
    format's, its value is wrong."""
    path = session_path(tmp_path, _dropped_at_week2(review, tmp_path).id)
    path.write_text(path.read_text(encoding="utf-8").replace("dropped = true",
                                                             'dropped = "yes"'),
                    encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(store.SessionError) as e:
        store.read_session(path)
    assert str(e.value) == (f"{path}: actions (the 1st): dropped: true or false, without "
                            "quotes, not 'yes'; the file is left as it is")
    assert path.read_bytes() == before
