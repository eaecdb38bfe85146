"""The report's tables a partnership board opens in a spreadsheet, beside the counts per
review (`render.to_csv`) and the overdue actions (`render.to_overdue_csv`): one row per session
(`…-sessions.csv`: when, which team, which review, how, how many attended) and one row per
action (`…-all-actions.csv`: review, team, the action, whose it is, due, status, the
recommendation it answers). A learning lead asked for evidence that learning reached practice
and found these only in the Markdown and web page reports (a trial).

Names as the report says them (report/build.py): titles and actions redacted, owners by role
and agency or `[redacted]`, people counted, never named. Every cell goes through `safe_cell`
(a cell a spreadsheet could take for a formula, `=`, `+`, `-`, `@`, gets a leading `'`).
Pure: no IO, no Textual.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reflect.export.escaping import safe_cell
from reflect.text import one_line

if TYPE_CHECKING:
    from reflect.report.action_line import ActionLine
    from reflect.report.lines import Report

SESSIONS_CSV_ENDING = "-sessions.csv"
ACTIONS_CSV_ENDING = "-all-actions.csv"
"""Beside the report's `report.csv`: `report-sessions.csv`, `report-all-actions.csv` ("all":
not to be read as the overdue ones, `-overdue-actions.csv`)."""

TEAM_DISCUSSION = "team discussion"
INDIVIDUAL_REFLECTION = "individual reflection"


@dataclass(frozen=True, slots=True)
class SessionLine:
    """One session a report counts, as its sessions' table gives it: naming no one."""

    id: str
    title: str
    """Its own title, names redacted."""
    review_id: str
    review_title: str
    """As the report names the review (a themed session: its theme's line)."""
    team: str
    """As the report names the team; "" for none given."""
    individual: bool
    held: date
    attended: int
    """People marked here (left early too); for an individual reflection, not counted."""


SESSIONS_CSV_COLUMNS = ("held", "team", "review_id", "review_title", "mode", "attended",
                        "session_title", "session_id")
"""held: the day (YYYY-MM-DD); mode: `team discussion` or `individual reflection`; attended:
the people marked here at a team discussion (left early too), as the report counts
attendances, "" for an individual reflection (a practitioner on their own: no attendance).
Sessions with nothing recorded are not in it, as they are counted nowhere. New columns go
last."""

ACTIONS_CSV_COLUMNS = ("held", "team", "review_id", "review_title", "action", "owner",
                       "also_involved", "due", "due_date", "status", "progress",
                       "recommendation", "kind", "session_title", "session_id",
                       "agreed_owner", "owner_given_in", "owner_given_in_held", "done_in",
                       "done_in_held")
"""held: the day of the session that agreed it; owner: as the report says it (role and
agency, words naming no one, `[redacted]`, `no owner given`; a personal action's writer);
also_involved: a personal action's *Who else is involved*; due: the words typed, due_date:
the date read (YYYY-MM-DD, "" for none); status: open, in progress, done or dropped; recommendation:
the one it answers, "" for none; kind: `agreed` at a team discussion or `personal`, from an
individual reflection (counted apart); agreed_owner, owner_given_in, owner_given_in_held: as
the overdue actions' CSV gives them; done_in, done_in_held: the later meeting that marked it
done (at last time's actions), by its title now, and the day it was held ("" for an action
marked done where it was agreed, or not done). Every action of the sessions in the report's period:
the overdue ones of earlier sessions are in `-overdue-actions.csv`. New columns go last."""


def sessions_csv_path(target: Path) -> Path:
    """`report.csv` -> `report-sessions.csv`."""
    return target.with_name(target.stem + SESSIONS_CSV_ENDING)


def actions_csv_path(target: Path) -> Path:
    """`report.csv` -> `report-all-actions.csv`."""
    return target.with_name(target.stem + ACTIONS_CSV_ENDING)


def csv_rows(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """`header` then `rows` as CSV (RFC 4180: CRLF rows), each cell on one line and a formula
    neutralised (`safe_cell`): the report's tables of sessions, actions and overdue actions."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows([safe_cell(one_line(v)) for v in row] for row in rows)
    return buffer.getvalue()


def to_sessions_csv(r: Report) -> str:
    """One row per session counted, oldest first (RFC 4180: CRLF rows); formulas
    neutralised."""
    return csv_rows(SESSIONS_CSV_COLUMNS, [(
        s.held.isoformat(), s.team, s.review_id, s.review_title,
        INDIVIDUAL_REFLECTION if s.individual else TEAM_DISCUSSION,
        "" if s.individual else str(s.attended), s.title, s.id) for s in r.sessions_held])


def _action(a: ActionLine) -> tuple[str, ...]:
    return (a.held.isoformat() if a.held else "", a.team, a.review_id, a.review_title, a.text,
            a.owner_shown, a.involved, a.due, a.due_date.isoformat() if a.due_date else "",
            a.status, a.progress, a.recommendation, "personal" if a.personal else "agreed",
            a.session_title, a.session_id, a.agreed_owner or "", a.owner_given_in,
            a.owner_given_in_held.isoformat() if a.owner_given_in_held else "", a.done_in,
            a.done_in_held.isoformat() if a.done_in_held else "")


def to_actions_csv(r: Report) -> str:
    """One row per action of the sessions counted, agreed and personal, and in a report on
    one review those themed sessions agreed on it, under their theme, as the report lists
    them (`RecommendationLine.themed`), oldest session first (RFC 4180: CRLF rows); formulas
    neutralised."""
    agreed = [a for rec in r.recommendations for a in (*rec.actions, *rec.themed)]
    personal = [a for a in r.personal if not a.outside]  # (the period's own, as `agreed`)
    ordered = sorted(agreed + personal, key=lambda a: (a.held or r.today, a.session_id))
    return csv_rows(ACTIONS_CSV_COLUMNS, [_action(a) for a in ordered])


def csv_files(target: Path, r: Report) -> list[tuple[Path, str]]:
    """Every file a report saved as CSV at `target` writes, `target` first: the counts per
    review, the overdue actions, the sessions and every action, each beside it."""
    from reflect.report.render import overdue_csv_path, to_csv, to_overdue_csv

    return [(target, to_csv(r)), (overdue_csv_path(target), to_overdue_csv(r)),
            (sessions_csv_path(target), to_sessions_csv(r)),
            (actions_csv_path(target), to_actions_csv(r))]


def beside_paths(target: Path) -> list[Path]:
    """The files written beside the report's CSV at `target`."""
    from reflect.report.render import overdue_csv_path

    return [overdue_csv_path(target), sessions_csv_path(target), actions_csv_path(target)]
