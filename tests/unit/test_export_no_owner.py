"""An action agreed with its Owner box left empty: the partnership's report said "no owner
given" where the session's notes left the Owner cell blank (Markdown, Word, CSV; a trial).
One wording, in one place (`model.action_words.NO_OWNER`), in every format of the notes and
in the report. An individual reflection's box is "Who else is involved": empty, it says
nothing. All people, roles and agencies here are invented."""

from __future__ import annotations

import csv
import io
import json

import pytest
from docx import Document

from reflect.export.options import ExportOptions
from reflect.model.action_words import NO_OWNER
from reflect.model.session import Action, CarriedAction, Participant, Session
from reflect.report.action_line import ActionLine
from reflect.store.exports import render_bytes
from reflect.store.sessions import new_session_id

ROLES_ONLY = ExportOptions(roles_only=True)


def _session(review, mode: str = "team") -> Session:  # type: ignore[no-untyped-def]
    s = Session.start(review, new_session_id("child-zz"), title="Invented huddle", mode=mode,
                      participants=[Participant.parse("Ann Example, Health visitor, Invented "
                                                      "Trust")])
    s.add_action(Action(text="Ring the invented school", owner="Duty manager"))
    s.add_action(Action(text="Book the invented room", owner="  "))
    if mode == "team":
        s.carried = [CarriedAction(session_id="20261101-child-zz-0000abcd",
                                   session_label="November huddle", action_id="a1",
                                   text="Chase the invented report", owner="")]
    return s


def _docx_cells(data: bytes) -> list[list[str]]:
    doc = Document(io.BytesIO(data))
    return [[c.text for c in row.cells] for t in doc.tables for row in t.rows]


@pytest.mark.parametrize("options", [ExportOptions(), ROLES_ONLY])
def test_a_team_action_with_no_owner_says_so_in_every_format(review, options) -> None:
    s = _session(review)
    md = render_bytes(s, "md", review, options).decode()
    assert f"| Book the invented room | {NO_OWNER} |" in md
    assert f"| Chase the invented report | {NO_OWNER} |" in md
    assert "| Ring the invented school | Duty manager |" in md
    rows = list(csv.DictReader(io.StringIO(render_bytes(s, "csv", review, options)
                                           .decode("utf-8-sig"))))
    assert {r["what"]: r["owner"] for r in rows} == {
        "Ring the invented school": "Duty manager", "Book the invented room": NO_OWNER,
        "Chase the invented report": NO_OWNER}
    cells = _docx_cells(render_bytes(s, "docx", review, options))
    assert ["Book the invented room", NO_OWNER] == next(
        r[:2] for r in cells if r[0] == "Book the invented room")
    assert NO_OWNER == next(r[1] for r in cells if r[0] == "Chase the invented report")
    html = render_bytes(s, "html", review, options).decode()
    assert f'<td dir="auto">{NO_OWNER}</td>' in html
    txt = render_bytes(s, "txt", review, options).decode()
    no_owner = NO_OWNER[:1].upper() + NO_OWNER[1:]  # (a sentence of its own, read aloud)
    assert f"Action 2: Book the invented room. {no_owner}; no due date given; status: open." in txt
    assert f"Earlier action 1: Chase the invented report. {no_owner}; no due date given; from: " \
        "November huddle" in txt
    # the JSON is data: the Owner box as it was left
    data = json.loads(render_bytes(s, "json", review, options))
    assert [a["owner"] for a in data["session"]["actions"]] == ["Duty manager", "  "]


def test_the_report_says_it_in_the_same_words() -> None:
    line = ActionLine("child-zz", "Child ZZ", "s1", "Team Blue", "Book the invented room",
                      "", None, "open")
    assert line.owner_shown == NO_OWNER == "no owner given"
    assert line.owner_said == NO_OWNER


def test_a_reflection_with_no_one_else_involved_says_nothing(review) -> None:
    s = _session(review, "individual")
    md = render_bytes(s, "md", review).decode()
    assert NO_OWNER not in md
    rows = list(csv.DictReader(io.StringIO(render_bytes(s, "csv", review).decode("utf-8-sig"))))
    assert [r["owner"] for r in rows] == ["Duty manager", "  "]
    assert NO_OWNER not in render_bytes(s, "txt", review).decode()
