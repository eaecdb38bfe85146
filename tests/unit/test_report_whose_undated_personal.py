"""Actions whose due date is not a date, and personal actions, say whose they are and when a
session outside the report's period agreed (or wrote) them, as the overdue actions do: both
lists showed neither an owner nor the period (a trial). An agreed action's owner is said by
role and agency (report/owners.py); a personal action is its writer's, said by role and
agency where the reflection lists them alone, with who else is involved. A report on dates
lists those of sessions outside it too (open ones not dated; personal ones still past their
due date), said so, and counts them in no other figure.

Every team, person and action here is invented.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from html import escape
from pathlib import Path

from reflect.model.session import Action, Participant, Session
from reflect.report import Filters, to_csv, to_html, to_markdown
from reflect.report.action_lists import PERSONAL_OUTSIDE, UNDATED_OUTSIDE
from reflect.report.summary_rows import summary_rows
from reflect.store.library import load_library
from reflect.store.sessions import load_session, save_session
from tests.local_days import here
from tests.unit.test_report_overdue import NAMES, moorvale, report_on

QUARTER = Filters(since=date(2026, 10, 1))


def _folder(fictional_dir: Path, tmp_path: Path) -> Path:
    """Moorvale MASH's June and November meetings, each with an action due "when the audit is
    back"; and two practitioners' own reflections, June's listing its writer."""
    folder = moorvale(fictional_dir, tmp_path)
    june = load_session(folder / "20260610-child-zz-0000aaa1.toml")
    june.add_action(Action(text="Invented leaflet reprint", owner="Sam Sample",
                           due="when the audit is back"))
    save_session(folder, june)
    november = load_session(folder / "20261110-child-zz-0000bbb1.toml")
    november.add_action(Action(text="Invented rota review", due="31/02/2027"))
    save_session(folder, november)
    review = load_library(fictional_dir).get("child-zz")
    mine = Session.start(review, "20260612-child-zz-0000ccc1", title="My own notes",
                         team="Moorvale MASH", mode="individual", facilitator="Kit Invent",
                         participants=[Participant(id="p1", name="Kit Invent",
                                                   role="Designated safeguarding lead",
                                                   agency="Moorvale Primary School")],
                         created=here(2026, 6, 12, 9))
    mine.answers[0].what = "An invented thought."
    mine.actions = [Action(id="a1", text="Invented policy reread", owner="Duty manager",
                           due="1/7/2026", due_date=date(2026, 7, 1)),
                    Action(id="a2", text="Invented reading done", due="1/7/2026",
                           due_date=date(2026, 7, 1), status="done"),
                    Action(id="a3", text="Invented own log", owner="kit invent")]
    later = Session.start(review, "20261112-child-zz-0000ccc2", title="Later notes",
                          mode="individual", facilitator="Kit Invent",
                          created=here(2026, 11, 12, 9))
    later.answers[0].what = "Another invented thought."
    later.actions = [Action(id="a1", text="Invented supervision talk", owner="Jo Example",
                            due="when I can")]
    for s in (mine, later):
        save_session(folder, s)
    return folder


def test_an_undated_action_says_whose_it_is(fictional_dir, tmp_path):
    report = report_on(_folder(fictional_dir, tmp_path))
    assert {a.text: a.owner_said for a in report.undated} == {
        "Invented leaflet reprint": "owner: Social worker, Children's Social Care",
        "Invented rota review": "no owner given"}
    md = to_markdown(report)
    assert ("- Invented leaflet reprint (open; due when the audit is back (not read as a "
            "date); Moorvale MASH; Child ZZ; owner: Social worker, Children's Social Care; "
            "session June huddle (20260610-child-zz-0000aaa1))") in md
    assert "Invented rota review (open; due 31/02/2027 (not a date: no 31 Feb); Moorvale " \
        "MASH; Child ZZ; no owner given; session November huddle" in md


def test_a_personal_action_says_whose_it_is_naming_no_one(fictional_dir, tmp_path):
    report = report_on(_folder(fictional_dir, tmp_path))
    facts = {a.text: a for a in report.personal}
    assert facts["Invented policy reread"].owner_said == \
        "owner: Designated safeguarding lead, Moorvale Primary School"
    assert facts["Invented policy reread"].involved == "Duty manager"
    # the writer typed in "Who else is involved" is no one else
    assert facts["Invented own log"].owner_said == \
        "owner: Designated safeguarding lead, Moorvale Primary School"
    assert facts["Invented own log"].involved == ""
    # a reflection listing no one: its writer, said as such; a name typed is no one's
    assert facts["Invented supervision talk"].owner_said == \
        "owner: the practitioner who wrote it"
    assert facts["Invented supervision talk"].involved == "[redacted]"
    md, page = to_markdown(report), to_html(report)
    assert ("- Invented policy reread (open; due Wed 1 Jul 2026; past its due "
            "date; Moorvale MASH; owner: Designated safeguarding lead, Moorvale Primary "
            "School; also involved: Duty manager; session My own notes "
            "(20260612-child-zz-0000ccc1))") in md
    assert "owner: the practitioner who wrote it; also involved: [redacted]; session" in page
    for text in (md, page, to_csv(report)):
        for name in (*NAMES, "Kit", "Invent"):
            assert name not in text.replace("Invented", ""), name


def test_a_report_on_dates_lists_those_of_sessions_outside_it_said_so(fictional_dir,
                                                                      tmp_path):
    folder = _folder(fictional_dir, tmp_path)
    report = report_on(folder, QUARTER)
    undated = {a.text: a for a in report.undated}
    assert undated["Invented leaflet reprint"].outside_shown == \
        "agreed before this period, on 10 June 2026"
    assert undated["Invented rota review"].outside_shown == ""
    assert (dict(summary_rows(report))["Actions with a due date that is not a date"]
            == "2 (1 agreed before this period)")
    personal = {a.text: a for a in report.personal}
    # June's reflection: the action still past its due date, said to be written before;
    # the one done is not listed
    assert personal["Invented policy reread"].outside_shown == \
        "written before this period, on 12 June 2026"
    assert "Invented reading done" not in personal
    assert personal["Invented supervision talk"].outside_shown == ""
    # counted in no figure: the period's personal actions are November's one
    assert dict(summary_rows(report))["Personal actions from individual reflections"] \
        .startswith("1 (")
    md, page = to_markdown(report), to_html(report)
    for text, said in ((md, str), (page, escape)):
        assert said(UNDATED_OUTSIDE) in text and said(PERSONAL_OUTSIDE) in text
        assert ("session June huddle (20260610-child-zz-0000aaa1); agreed before this "
                "period, on 10 June 2026)") in text
        assert ("session My own notes (20260612-child-zz-0000ccc1); written before this "
                "period, on 12 June 2026)") in text
    # the report's CSV counts the period's own, per review
    row = next(csv.DictReader(io.StringIO(to_csv(report), newline="")))
    assert row["actions_due_date_not_a_date"] == "1"
    # with no dates, nothing is outside, and nothing is said of it
    whole = report_on(folder)
    assert not any(a.outside for a in whole.undated + whole.personal)
    assert UNDATED_OUTSIDE not in to_markdown(whole) and PERSONAL_OUTSIDE not in \
        to_markdown(whole)
