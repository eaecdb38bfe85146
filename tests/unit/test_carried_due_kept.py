"""Last time's action given a new due date that names no date (`32/13`) keeps the date it had,
and every export says so alike: the due date it keeps, the words not read said as such, and
overdue by the date kept alone. A trial: the CSV row read `due=32/13, due_date=(blank),
overdue=yes`, while the notes said the earlier session keeps due Friday week, Fri 18 Dec 2026;
and the app's table showed `? 32/13`, unmarked. The team and everything it said are invented.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from reflect.export.options import ExportOptions
from reflect.model.carried import CarriedAction, EarlierHeld
from reflect.model.session import Session
from reflect.store.exports import render_bytes
from tests.readers import words_of

EXPORTED = date(2026, 12, 12)  # the day after the date kept, 11 Dec 2026
AFTER = ExportOptions(today=EXPORTED)
KEPT = "Fri 11 Dec 2026"
OVERDUE = "overdue as of 12 Dec 2026"


def _carried(**fields: object) -> CarriedAction:
    base = CarriedAction(session_id="20261205-child-zz-0000aaaa",
                         session_label="Moorvale week 1", action_id="a1",
                         text="Invented chronology template", owner="Sam Sample",
                         due="next Fri", due_date=date(2026, 12, 11),
                         earlier=EarlierHeld(due="next Fri", due_date=date(2026, 12, 11)))
    return base.model_copy(update=fields)


def _session(review, carried: CarriedAction) -> Session:  # type: ignore[no-untyped-def]
    s = Session.start(review, "20261212-child-zz-0000bbbb", title="Moorvale week 2",
                      team="Moorvale Team")
    s.carried = [carried]
    return s


def _row(session: Session) -> dict[str, str]:
    [row] = csv.DictReader(io.StringIO(render_bytes(session, "csv", None, AFTER)
                                       .decode("utf-8-sig"), newline=""))
    return row


def test_the_csv_row_gives_the_date_kept_and_the_words_not_read_apart(review):
    row = _row(_session(review, _carried(new_due="32/13")))
    assert (row["due"], row["due_date"], row["overdue"]) == ("next Fri", "2026-12-11", "yes")
    assert row["new_due_not_a_date"] == "32/13"


def test_the_json_gives_the_date_in_force(review):
    data = json.loads(render_bytes(_session(review, _carried(new_due="32/13")), "json", None,
                                   AFTER))
    [c] = data["session"]["carried"]
    assert (c["due_in_force"], c["due_in_force_date"], c["overdue"]) == (
        "next Fri", "2026-12-11", True)
    assert (c["new_due"], c["new_due_date"], c["new_due_not_a_date"]) == ("32/13", None, True)


@pytest.mark.parametrize("fmt", ["md", "txt", "html", "docx", "pdf"])
def test_the_notes_say_the_same(review, fmt):
    text = words_of(fmt, render_bytes(_session(review, _carried(new_due="32/13")), fmt, None,
                                   AFTER))
    aloud = fmt in ("txt", "pdf")  # (the plain-text notes, and the PDF of them: in words)
    assert ("32/13, not read as a date" if aloud else "“32/13” (no date)") in text
    kept = "Friday 11 December 2026" if aloud else KEPT
    assert f"“Moorvale week 1” keeps due {kept} until a date is typed" in text
    overdue = "overdue as of Saturday 12 December 2026" if aloud else OVERDUE
    assert overdue in text and text.count("overdue") == 1


def test_a_new_date_read_is_the_one_every_format_counts(review):
    session = _session(review, _carried(new_due="Friday week", new_due_date=date(2026, 12, 18)))
    row = _row(session)
    assert (row["due"], row["due_date"], row["overdue"], row["new_due_not_a_date"]) == (
        "Friday week", "2026-12-18", "no", "")
    [c] = json.loads(render_bytes(session, "json", None, AFTER))["session"]["carried"]
    assert (c["due_in_force"], c["due_in_force_date"], c["overdue"],
            c["new_due_not_a_date"]) == ("Friday week", "2026-12-18", False, False)
    for fmt in ("md", "txt"):
        assert "overdue" not in words_of(fmt, render_bytes(session, fmt, None, AFTER))


def test_words_naming_no_date_where_none_was_kept_are_the_due_date_and_never_overdue(review):
    """With no date kept either, the words typed are the due date: said not to be one, and
    overdue by nothing."""
    no_date = {"due": "when the panel meets", "due_date": None,
               "earlier": EarlierHeld(due="when the panel meets")}
    session = _session(review, _carried(new_due="32/13", **no_date))
    row = _row(session)
    assert (row["due"], row["due_date"], row["overdue"], row["new_due_not_a_date"]) == (
        "32/13", "", "no", "32/13")
    [c] = json.loads(render_bytes(session, "json", None, AFTER))["session"]["carried"]
    assert (c["due_in_force"], c["due_in_force_date"], c["overdue"]) == ("32/13", None, False)
    assert "overdue" not in words_of("md", render_bytes(session, "md", None, AFTER))


def test_the_one_rule_each_place_asks():
    """`CarriedAction.overdue` counts by the date kept (`due_here`), as every format does."""
    carried = _carried(new_due="32/13")
    assert carried.due_here() == ("next Fri", date(2026, 12, 11))
    assert carried.overdue(EXPORTED) and not carried.overdue(date(2026, 12, 11))
    assert not carried.model_copy(update={"status": "done"}).overdue(EXPORTED)
