"""The Team filter of a report, as a learning lead types it: a team's name or words of one,
taking every team whose name holds them (`mash`: mash and MASH team; `Filters.matches`), or
else a part of one word (`nor` for Invented North Team), case, spaces and punctuation not
mattering, as the Review filter takes a part of a title; and what to say when a report's
filters match no session, so that none gives a report of noughts (`--review child-i --team
"Invented East Team"` gave every count 0 and "never", exit 0, where either filter alone said
so: a trial)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reflect.model.teams import Names, holds_words, team_key
from reflect.report.dates import long_date
from reflect.report.gather import Filters, gather
from reflect.report.lines import Report
from reflect.text import one_line

MAX_NAMED = 12
"""The teams a message lists at most."""


@dataclass(frozen=True)
class TeamChoice:
    team: str | None = None
    """The team a part typed names, as the report names it (None: keep what was typed)."""
    problem: str | None = None
    """Why the text names no one team (no session is by it, or several match), for the user."""


def _listed(shown: list[str]) -> str:
    more = f" and {len(shown) - MAX_NAMED} more" if len(shown) > MAX_NAMED else ""
    return "; ".join(shown[:MAX_NAMED]) + more


def team_choice(team: str, folders: list[Path], *, use_cache: bool = True,
                cache: Path | None = None) -> TeamChoice:
    """Asked only when a report on `team` found nothing (it reads the folders again, from the
    cache where it is filled): the team that has sessions whose name holds what was typed
    within a word, when one does and no team's name holds it as words; why none can be
    chosen, naming the teams (none is by it: a typo, "Westfold Early Hlep"; several hold it);
    else nothing (teams have sessions and other filters, dates or a review, left none)."""
    names = Names()  # each team as most often written, as the report names it
    sessions = gather(folders, Filters(), use_cache=use_cache, cache=cache).sessions
    keys = {names.add(s.team) for _, s, _ in sessions}
    keys.discard("")
    if any(holds_words(s.team, team) for _, s, _ in sessions):
        return TeamChoice()
    wanted = team_key(team)
    found = sorted((k for k in keys if wanted and wanted in k),
                   key=lambda k: names.shown(k).casefold())
    if len(found) == 1:
        return TeamChoice(names.shown(found[0]))
    if found:
        return TeamChoice(problem=(
            f"{one_line(team)!r} matches {len(found)} teams: "
            f"{_listed([one_line(names.shown(k)) for k in found])}. Type more of the name "
            "of the one you mean"))
    shown = sorted((one_line(names.shown(k)) for k in keys), key=str.casefold)
    return TeamChoice(problem=(
        f"no session is by a team {one_line(team)!r}, nor by one whose name holds it (case, "
        f"spaces and punctuation do not matter); the teams with sessions: "
        f"{_listed(shown) or 'none'}"))


def nothing_matches(report: Report) -> str | None:
    """What to say in place of a report on a review and a team that have nothing to show
    together: no session in the period asked and no action still overdue; None when there is
    something, or unless both are asked for. Their actions still overdue from before the
    period are shown as a report's are ("what is still open for team X on review Y this
    quarter" was refused as matching no session, though two of theirs from June were
    overdue: a trial); where they met only outside the period, it says when. A review or a
    team alone with no session in the dates asked still gets its report: its row says it
    was "not in this period"."""
    filters = report.filters
    if not filters.review or not filters.team or report.sessions_found or report.overdue:
        return None
    both = f"review {filters.review} and team \"{one_line(filters.team)}\""
    days = report.outside_days
    if not days:
        return (f"no session matches {both} together, on any day: leave one out to see its "
                "sessions")
    held = (f"their one session together was on {long_date(days[0])}" if len(days) == 1 else
            f"their {len(days)} sessions together were from {long_date(days[0])} to "
            f"{long_date(days[-1])}")
    return (f"{both} have no session together {filters.period()}, and none of their actions "
            f"is overdue ({held}): change the dates to see {'it' if len(days) == 1 else 'them'}")
