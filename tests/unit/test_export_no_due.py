"""An action agreed with its Due box left empty: the plain-text notes said a missing owner
("no owner given") and nothing of a missing due date (`Action 1: Review invented checklist.
Owner: Ed Notreal; status: open.`), and the Markdown table left its Due cell blank (a
facilitator's trial). Every format says it alike (`model.action_words.NO_DUE`), as it says
NO_OWNER; an individual reflection's date is optional, and says nothing. All invented."""

from __future__ import annotations

import csv
import io
import json

from docx import Document

from reflect.model.action_words import NO_DUE
from reflect.model.session import Action, CarriedAction, Participant, Session
from reflect.store.exports import render_bytes
from reflect.store.sessions import new_session_id


def _session(review, mode: str = "team") -> Session:  # type: ignore[no-untyped-def]
    s = Session.start(review, new_session_id("child-zz"), title="Invented huddle", mode=mode,
                      participants=[Participant.parse("Ed Notreal, Nurse, Invented Trust")])
    s.add_action(Action(text="Review invented checklist", owner="Ed Notreal"))
    s.add_action(Action(text="Ring the invented school", owner="Ed Notreal", due="31/1/2027"))
    if mode == "team":
        s.carried = [CarriedAction(session_id="20261101-child-zz-0000abcd",
                                   session_label="November huddle", action_id="a1",
                                   text="Chase the invented report", owner="Ed Notreal")]
    return s


def test_a_team_action_with_no_due_date_says_so_in_every_format(review) -> None:
    s = _session(review)
    txt = render_bytes(s, "txt", review).decode()
    assert ("Action 1: Review invented checklist. Owner: Ed Notreal; no due date given; "
            "status: open.") in txt
    assert "Earlier action 1: Chase the invented report. Owner: Ed Notreal; no due date " \
        "given; from: November huddle" in txt
    assert "Action 2: Ring the invented school. Owner: Ed Notreal; due " in txt
    md = render_bytes(s, "md", review).decode()
    assert f"| Review invented checklist | Ed Notreal | {NO_DUE} |" in md
    assert f"| Chase the invented report | Ed Notreal | {NO_DUE} |" in md
    assert "| Ring the invented school | Ed Notreal | Sun 31 Jan 2027 |" in md
    html = render_bytes(s, "html", review).decode()
    assert html.count(f'<td dir="auto">{NO_DUE}</td>') == 2
    cells = [[c.text for c in row.cells] for t in Document(io.BytesIO(
        render_bytes(s, "docx", review))).tables for row in t.rows]
    assert [r[2] for r in cells if r[0] in ("Review invented checklist",
                                            "Chase the invented report")] == [NO_DUE, NO_DUE]
    rows = list(csv.DictReader(io.StringIO(render_bytes(s, "csv", review).decode("utf-8-sig"))))
    assert [r["due"] for r in rows] == [NO_DUE, "31/1/2027", NO_DUE]
    # the JSON is data: the Due box as it was left
    data = json.loads(render_bytes(s, "json", review))
    assert [a["due"] for a in data["session"]["actions"]] == ["", "31/1/2027"]


def test_a_reflection_with_no_date_says_nothing(review) -> None:
    s = _session(review, "individual")
    for fmt in ("txt", "md", "html", "csv"):
        assert NO_DUE not in render_bytes(s, fmt, review).decode("utf-8-sig")
