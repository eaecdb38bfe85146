"""What a saved report is called: what it covers, then when it was made.

Saved reports were named by the moment alone (`report-2026-12-05-131345.html`): a learning lead
with ten of them could not tell which was which (a trial). A name now says what the report
covers, as its filters chose it, then the minute it was made (a second made in the same
minute is `…-2`), so two never share a name:

    report-all-sessions-made-2026-12-05-1313.html
    report-child-i-team-riverside-mash-q4-2026-made-2026-12-05-1313.csv

Its review by id, its team (as typed, or the team a part typed took), its period (`q4-2026`,
`oct-2026`, `jun-nov-2026`, `2026`, else its days: `2026-10-05-to-2026-11-20`, `since-…`,
`until-…`), each only where the report was narrowed so. Small letters, digits and hyphens only
(`text.slug_for`), each part kept short; never a person's name: a report names no one, and
its filters are a review, a team and dates. The Reports screen and `reflect report -o FOLDER`
name a report so; the overdue actions' CSV beside one is named after it
(`render.overdue_csv_path`). Pure: no IO, no Textual.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from reflect.model.dates import MONTH_NAMES
from reflect.report.gather import Filters
from reflect.report.lines import Report
from reflect.text import slug_for

PART_MOST = 24
"""The most characters a review's or a team's part of a name takes (cut after a word)."""
EVERYTHING = "all-sessions"
"""What a report narrowed by nothing covers."""


def free_report_path(folder: Path, report: Report, made: datetime, ending: str,
                     taken: Callable[[Path], bool]) -> Path:
    """`report_stem` with `ending` in `folder`, or, where that is `taken` (two made in one
    minute), `…-made-2026-12-05-1313-2.html`, -3, …: never one written over."""
    from reflect.store.free_names import first_free

    stem, ending = report_stem(report, made), ending.lstrip(".")
    return first_free(lambda n: folder / f"{stem}{'' if n == 1 else f'-{n}'}.{ending}", taken)


def report_stem(report: Report, made: datetime) -> str:
    """The name of `report` made at `made`, without its ending: `report-<what it covers>-made-
    <YYYY-MM-DD-HHMM>`."""
    covers = "-".join(covered(report.filters, report.teams_taken)) or EVERYTHING
    return f"report-{covers}-made-{made.strftime('%Y-%m-%d-%H%M')}"


def covered(filters: Filters, teams_taken: list[str] | tuple[str, ...] = ()) -> list[str]:
    """What a report on `filters` covers, as the parts of a file name: its review, its team
    (`team-…`: the one team its Team filter took, `teams_taken`, by its name, else the words
    typed, `mash` for the three it took; `team-blue` for "Team Blue", whose name says "team"
    already: it was `team-team-blue`, a trial), its period; [] for everything."""
    parts = []
    if filters.review and (review := _short(slug_for(filters.review))):
        parts.append(review)
    team = teams_taken[0] if len(teams_taken) == 1 else filters.team
    if filters.team and team and (slug := _short(slug_for(team))):
        parts.append(slug if slug == "team" or slug.startswith("team-") else f"team-{slug}")
    if period := period_part(filters.since, filters.until):
        parts.append(period)
    return parts


def period_part(since: date | None, until: date | None) -> str:
    """A period as a file name says it: whole months as months (`oct-2026`, `jun-nov-2026`,
    `nov-2025-to-feb-2026`), a calendar quarter as one (`q4-2026`), a calendar year as its
    year (`2026`); else its days (`2026-10-05-to-2026-11-20`, `since-2026-10-05`,
    `until-2026-11-20`); "" for none."""
    if since is None and until is None:
        return ""
    if since is None:
        return f"until-{until}"
    if until is None:
        return f"since-{since}"
    if since.day != 1 or until.day != calendar.monthrange(until.year, until.month)[1]:
        return f"{since}-to-{until}"
    first, last = _month(since), _month(until)
    if since.year != until.year:
        return f"{first}-{since.year}-to-{last}-{until.year}"
    if since.month == until.month:
        return f"{first}-{since.year}"
    if (since.month, until.month) == (1, 12):
        return str(since.year)
    if since.month % 3 == 1 and until.month == since.month + 2:
        return f"q{until.month // 3}-{since.year}"
    return f"{first}-{last}-{since.year}"


def _month(day: date) -> str:
    return MONTH_NAMES[day.month - 1][:3].lower()


def _short(slug: str) -> str:
    """`slug` in at most `PART_MOST` characters, cut after a whole word where it has one."""
    if len(slug) <= PART_MOST:
        return slug
    cut = slug[:PART_MOST + 1].rsplit("-", 1)[0]
    return cut if cut and len(cut) <= PART_MOST else slug[:PART_MOST].rstrip("-")
