"""An action a later meeting gave to another owner, in `reflect report`: its owner is said as
that meeting listed them (role and agency), never "[redacted]", which a board read as hidden;
the owner agreed and the meeting that gave it follow, as the notes say them, in the overdue
table and its CSV (a team manager's trial: Robin agreed it in July and left, and Kim, who
joined in September, was given it there). Every team, meeting and person is invented."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from reflect.model.moved import meeting
from reflect.model.review import Review
from reflect.model.session import Action, Participant, Session
from reflect.report import Filters, build_report, gather, to_html, to_markdown, to_overdue_csv
from reflect.report.csv_tables import to_actions_csv
from reflect.report.lines import Report
from reflect.report.owners import GIVEN_LATER
from reflect.store.carry import open_actions_for_team
from reflect.store.sessions import save_session
from reflect.store.write_back import write_back
from tests.local_days import here

TEAM = "Team Larch"
SAID = ("Team manager, Invented Council; given to Social worker, Children's Social Care at "
        "“Larch September meeting”, 10 Sep 2026")


def _given(review: Review, folder: Path, role: str = "Social worker") -> None:
    july = Session.start(review, "20260709-child-zz-0000aaa1", title="Larch July meeting",
                         team=TEAM, created=here(2026, 7, 9, 10))
    july.participants = [Participant(name="Robin Madeup", role="Team manager",
                                     agency="Invented Council")]
    july.actions = [Action(id="a1", text="Invented audit of pretend case files",
                           owner="Robin Madeup", due="31/10/2026", due_date=date(2026, 10, 31))]
    save_session(folder, july)
    september = Session.start(review, "20260910-child-zz-0000bbb2",
                              title="Larch September meeting", team=TEAM,
                              created=here(2026, 9, 10, 10))
    september.participants = [Participant(name="Kim Newstart", role=role,
                                          agency="Children's Social Care" if role else "")]
    [carried] = open_actions_for_team(folder, TEAM, exclude_id=september.id)
    carried.owner = "Kim Newstart"
    problem, held = write_back(folder, carried, by=meeting(september), here=september)
    assert problem is None and held is not None
    carried.earlier = held
    september.carried = [carried]
    save_session(folder, september)


def _report(folder: Path, use_cache: bool) -> Report:
    today = date(2026, 11, 5)
    return build_report(gather([folder], Filters(), today=today, use_cache=use_cache,
                               cache=folder.parent / "cache"), today=today)


@pytest.mark.parametrize("use_cache", [False, True])
def test_the_overdue_action_names_kim_as_september_listed_them(review, tmp_path, use_cache):
    folder = tmp_path / "sessions"
    _given(review, folder)
    _report(folder, use_cache)  # (the second time, from the cache)
    report = _report(folder, use_cache)
    [line] = report.overdue
    assert line.owner == "Social worker, Children's Social Care"
    assert line.owner_said == "owner: " + SAID
    for text in (to_markdown(report), to_html(report)):
        assert "[redacted]" not in text and "Kim" not in text and "Robin" not in text
    assert SAID in to_markdown(report)
    assert SAID.replace("'", "&#x27;") in to_html(report)
    [row] = csv.DictReader(io.StringIO(to_overdue_csv(report), newline=""))
    assert (row["owner"], row["agreed_owner"], row["owner_given_in"],
            row["owner_given_in_held"]) == (
        "Social worker, Children's Social Care", "Team manager, Invented Council",
        "Larch September meeting", "2026-09-10")
    [row] = csv.DictReader(io.StringIO(to_actions_csv(report), newline=""))
    assert (row["owner"], row["agreed_owner"], row["owner_given_in"]) == (
        "Social worker, Children's Social Care", "Team manager, Invented Council",
        "Larch September meeting")


def test_listed_by_no_role_there_the_owner_is_said_given_at_a_later_meeting(review, tmp_path):
    folder = tmp_path / "sessions"
    _given(review, folder, role="")
    [line] = _report(folder, False).overdue
    assert line.owner == GIVEN_LATER
    assert line.owner_said == ("owner: Team manager, Invented Council; given to another owner "
                               "at “Larch September meeting”, 10 Sep 2026")
