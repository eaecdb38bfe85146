"""A report tells the actions a team agreed from what a practitioner wrote they will do in an
individual reflection: a learning lead read "Actions agreed 4" and one practitioner's
"Chronology for every open case" listed among them as the team's commitments (a trial).

Every team, role and action here is invented.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from pathlib import Path

from reflect.model.session import Action, Session
from reflect.report import LibraryReview, build_report, gather, to_csv, to_html, to_markdown
from reflect.report.summary_rows import summary_rows
from reflect.store.library import load_library
from reflect.store.sessions import save_session

TODAY = date(2026, 4, 1)
REC = "Invented recommendation"


def _folder(fictional_dir: Path, tmp_path: Path) -> Path:
    review = load_library(fictional_dir).get("child-zz")
    folder = tmp_path / "shared"
    team = Session.start(review, "20260110-child-zz-0000aaa1", team="Invented Team",
                         created=datetime(2026, 1, 10, 12, tzinfo=UTC))
    team.answers[0].text = "An invented answer."
    team.actions = [Action(text="Invented team audit", recommendation=REC, status="done")]
    mine = Session.start(review, "20260112-child-zz-0000aaa2", team="Invented Team",
                         mode="individual", created=datetime(2026, 1, 12, 12, tzinfo=UTC))
    mine.answers[0].what = "An invented thought."
    mine.actions = [Action(text="Chronology for every invented case", due="31/01/2026"),
                    Action(text="Read the invented guidance", recommendation=REC,
                           status="in progress")]
    save_session(folder, team)
    save_session(folder, mine)
    return folder


def test_an_individual_reflections_actions_are_personal_not_the_teams(fictional_dir, tmp_path):
    folder = _folder(fictional_dir, tmp_path)
    report = build_report(gather([folder], today=TODAY), today=TODAY,
                          library={"child-zz": LibraryReview([REC])})
    rows = dict(summary_rows(report))
    assert rows["Actions agreed at team discussions"] == "1 (1 done, 0 in progress, 0 open)"
    assert rows["Personal actions from individual reflections"] == (
        "2 (0 done, 1 in progress, 1 open)")
    assert rows["Actions overdue"] == "0"  # the personal one past its date is no team's
    line = report.reviews[0]
    assert (line.actions_agreed, line.actions_done, line.personal_actions,
            line.personal_in_progress, line.personal_open) == (1, 1, 2, 1, 1)
    assert [[a.text for a in r.actions] for r in report.recommendations] == [
        ["Invented team audit"]]
    assert report.recommendations[0].personal == 1
    assert [a.text for a in report.personal] == ["Chronology for every invented case",
                                                 "Read the invented guidance"]

    md, page, text = to_markdown(report), to_html(report), to_csv(report)
    assert ("**Invented recommendation**: 1 action: 1 done, 0 in progress, 0 open; "
            "1 personal action from individual reflections") in md
    agreed = md[md.index("## Actions by recommendation"):
                md.index("## Personal actions from individual reflections")]
    assert "Chronology" not in agreed and "Read the invented" not in agreed
    personal = md[md.index("## Personal actions from individual reflections"):
                  md.index("## Overdue actions")]
    assert "not actions a team agreed" in personal
    assert ("- Chronology for every invented case (open; due Sat 31 Jan 2026; "
            "past its due date; Invented Team; owner: the practitioner who wrote it; session "
            "20260112-child-zz-0000aaa2)") in personal
    assert ("- Read the invented guidance (in progress; Invented Team; owner: the practitioner "
            "who wrote it; recommendation: Invented recommendation; session "
            "20260112-child-zz-0000aaa2)") in personal
    assert "| Personal actions from individual reflections | 2 (0 done, 1 in progress, 1 open) |" \
        in md
    assert "- Personal actions from individual reflections: 2 (0 done, 1 in progress, 1 open)" \
        in md  # under the review's row
    assert '<h2 id="personal">Personal actions from individual reflections</h2>' in page
    assert page.index("Invented team audit") < page.index('id="personal"') \
        < page.index("Chronology for every invented case") < page.index('id="overdue"')
    row = next(csv.DictReader(io.StringIO(text, newline="")))
    assert (row["actions_agreed"], row["actions_done"], row["personal_actions"],
            row["personal_actions_done"]) == ("1", "1", "2", "0")


def test_no_personal_actions_no_section(fictional_dir, tmp_path):
    review = load_library(fictional_dir).get("child-zz")
    folder = tmp_path / "shared"
    team = Session.start(review, "20260110-child-zz-0000aaa1", team="Invented Team")
    team.actions = [Action(text="Invented team audit")]
    save_session(folder, team)
    report = build_report(gather([folder], today=TODAY), today=TODAY)
    assert "## Personal actions" not in to_markdown(report)
    assert 'id="personal"' not in to_html(report)
    # "none", not "0 (0 done, 0 in progress, 0 open)": four noughts (a learning lead's trial)
    assert dict(summary_rows(report))["Personal actions from individual reflections"] == "none"
