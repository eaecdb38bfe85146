"""An action done or dropped with its Owner and Due boxes empty: every format of the notes
(and their text on the summary step, `to_text`) said "no owner given; no due date given" of
it, as if something were still to be settled, though nobody is still to act on it (a
facilitator's trial). Its status says it is closed, and nothing is said of the owner or date
it never had (`model.action_words.missing_said`); an open one still says both. The report
says an owner the same way. All invented."""

from __future__ import annotations

import csv
import io

import pytest
from docx import Document

from reflect.model.action_words import NO_DUE, NO_OWNER, missing_said
from reflect.model.session import Action, CarriedAction, Participant, Session
from reflect.report.action_line import ActionLine
from reflect.report.action_lists import action_facts
from reflect.store.exports import render_bytes
from reflect.store.sessions import new_session_id

OPEN = ("Ring the invented helpline", "Chase the invented letter")
CLOSED = ("Book the invented hall", "Send the invented leaflet",
          "Print the invented poster", "File the invented form")


def _session(review) -> Session:  # type: ignore[no-untyped-def]
    s = Session.start(review, new_session_id("child-zz"), title="Invented huddle", mode="team",
                      participants=[Participant.parse("Una Madeup, Nurse, Invented Trust")])
    s.add_action(Action(text=OPEN[0]))
    s.add_action(Action(text=CLOSED[0], status="done"))
    s.add_action(Action(text=CLOSED[1], status="dropped"))
    s.carried = [CarriedAction(session_id="20261101-child-zz-0000abcd",
                               session_label="November huddle", action_id=f"a{n}", text=text,
                               status=status)
                 for n, (text, status) in enumerate(((OPEN[1], "in progress"),
                                                     (CLOSED[2], "done"),
                                                     (CLOSED[3], "dropped")), 1)]
    return s


def _rows(s: Session, fmt: str, review) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Each action's words to all its notes say of it, in `fmt`."""
    data = render_bytes(s, fmt, review)
    if fmt == "docx":
        doc = Document(io.BytesIO(data))
        cells = [[c.text for c in row.cells] for t in doc.tables for row in t.rows]
        return {r[0]: " | ".join(r[1:]) for r in cells}
    if fmt == "csv":
        rows = csv.DictReader(io.StringIO(data.decode("utf-8-sig")))
        return {r["what"]: f"{r['owner']} | {r['due']}" for r in rows}
    text = data.decode()
    lines = text.split("\n")  # html: a row to a line; md: a row; txt: an item's line
    return {w: next(line for line in lines if w in line) for w in (*OPEN, *CLOSED)}


@pytest.mark.parametrize("fmt", ["txt", "md", "html", "docx", "csv"])
def test_a_closed_action_says_nothing_of_an_owner_or_date_it_never_had(review, fmt) -> None:
    said = _rows(_session(review), fmt, review)
    for words in OPEN:
        assert NO_OWNER in said[words].lower() and NO_DUE in said[words], (fmt, said[words])
    for words in CLOSED:
        assert NO_OWNER not in said[words].lower() and NO_DUE not in said[words], \
            (fmt, said[words])


def test_the_rule_and_the_report() -> None:
    assert [missing_said("team", s) for s in ("open", "in progress", "done", "dropped")] \
        == [True, True, False, False]
    assert not missing_said("individual", "open")
    line = ActionLine("child-zz", "Child ZZ", "s1", "Team Blue", "Invented task", "", None,
                      "dropped")
    assert (line.owner_shown, line.owner_said) == ("", "")
    assert action_facts(line) == ["dropped", "Team Blue", "session s1"]
    line.status = "open"
    assert NO_OWNER in action_facts(line)
