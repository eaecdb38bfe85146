"""The Team filter of a report, as a learning lead types it: a team's name or words of one,
taking every team whose name holds them (`mash`: mash and MASH team; `Filters.matches`), or
else the one team spelt like it, by the new-session form's rule (`near_names`: `--team
"Moorvale Children Team"` found nothing where "Moorvale Children's Team" had sessions, a
trial), or else a part of one word (`nor` for Invented North Team), case, spaces and
punctuation not mattering, as the Review filter takes a part of a title, each said; and what
to say when a report's
filters match no session, so that none gives a report of noughts (`--review child-i --team
"Invented East Team"` gave every count 0 and "never", exit 0, where either filter alone said
so: a trial)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from reflect.model.teams import Names, holds_words, near_names, spelt_alike, team_key
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
    how: str = ""
    """Why `team` was taken for the name typed: "spelt alike", "its words spelt alike" or
    "its name holds it" (a part of a word)."""
    typed: str = ""
    """The name typed, on one line."""

    @property
    def said(self) -> str | None:
        """Which team it took, and why (`Taking “Moorvale Children's Team” (spelt alike): no
        team is named “Moorvale Children Team”`), for the user: never taken unsaid."""
        if self.team is None:
            return None
        return f"Taking “{one_line(self.team)}” ({self.how}): no team is named “{self.typed}”"

    def filters(self, filters: Filters) -> Filters:
        """`filters` with the team taken, which the report's first line says, with the name
        typed and why (`Filters.team_for`)."""
        if self.team is None:
            return filters
        return replace(filters, team=self.team, team_for=(self.typed, self.how))


def _listed(shown: list[str]) -> str:
    more = f" and {len(shown) - MAX_NAMED} more" if len(shown) > MAX_NAMED else ""
    return "; ".join(shown[:MAX_NAMED]) + more


def team_choice(team: str, folders: list[Path], *, use_cache: bool = True,
                cache: Path | None = None) -> TeamChoice:
    """Asked only when a report on `team` found nothing (it reads the folders again, from the
    cache where it is filled): when no team's name holds what was typed as words, the team
    that has sessions whose name is spelt like it, by the new-session form's rule
    (`near_names`: "Moorvale Children Team" for "Moorvale Children's Team"), said; else the
    one whose name holds it within a word; why none can be chosen, naming the teams (none is
    by it: "Westfold Early Hlep"; several are spelt like it, or hold it: one is asked for,
    never several merged unsaid); else nothing (teams have sessions and other filters, dates
    or a review, left none)."""
    names = Names()  # each team as most often written, as the report names it
    sessions = gather(folders, Filters(), use_cache=use_cache, cache=cache).sessions
    keys = {names.add(s.team) for _, s, _ in sessions}
    keys.discard("")
    if any(holds_words(s.team, team) for _, s, _ in sessions):
        return TeamChoice()
    typed = one_line(team)
    near = near_names(team, sorted((names.shown(k) for k in keys), key=str.casefold))
    if len(near) == 1:
        how = "spelt alike" if spelt_alike(team, near[0]) else "its words spelt alike"
        return TeamChoice(near[0], how=how, typed=typed)
    if near:
        return TeamChoice(problem=(
            f"no team is named “{typed}”, and {len(near)} teams are named like it: "
            f"{_listed([f'“{one_line(t)}”' for t in near])}. Type the name of the one you "
            "mean"))
    wanted = team_key(team)
    found = sorted((k for k in keys if wanted and wanted in k),
                   key=lambda k: names.shown(k).casefold())
    if len(found) == 1:
        return TeamChoice(names.shown(found[0]), how="its name holds it", typed=typed)
    if found:
        return TeamChoice(problem=(
            f"{one_line(team)!r} matches {len(found)} teams: "
            f"{_listed([one_line(names.shown(k)) for k in found])}. Type more of the name "
            "of the one you mean"))
    shown = sorted((one_line(names.shown(k)) for k in keys), key=str.casefold)
    meant = [t for t in shown if _a_letter_apart(team, t)]
    hint = f" (did you mean “{meant[0]}”?)" if len(meant) == 1 else ""
    return TeamChoice(problem=(
        f"no session is by a team {one_line(team)!r}{hint}, nor by one whose name holds it "
        f"(case, spaces and punctuation do not matter); the teams with sessions: "
        f"{_listed(shown) or 'none'}"))


def _a_letter_apart(typed: str, name: str) -> bool:
    """Whether `typed` is `name` with one letter dropped, added, changed or two swapped, in
    one word (`Fernbrook Nrth Team`): too short a word for the new-session form's rule to
    take it (`near_names`), it is offered, never taken, as `--review` offers the nearest
    (the refusal listed the teams, and a learning lead's trial looked for the slip)."""
    return _one_edit(team_key(typed), team_key(name))  # (its letters alone, no spaces)


def _one_edit(a: str, b: str) -> bool:
    """One letter dropped, added or changed, or two side by side swapped, after the first."""
    if a == b or a[:1] != b[:1] or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 3:
        return False
    i = next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
             min(len(a), len(b)))
    if len(a) != len(b):
        longer, shorter = (a, b) if len(a) > len(b) else (b, a)
        return longer[i + 1:] == shorter[i:]
    return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1])


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
    both = f"{report.review_said()} and team \"{one_line(filters.team)}\""
    days = report.outside_days
    if not days:
        return (f"no session matches {both} together, on any day: leave one out to see its "
                "sessions")
    held = (f"their one session together was on {long_date(days[0])}" if len(days) == 1 else
            f"their {len(days)} sessions together were from {long_date(days[0])} to "
            f"{long_date(days[-1])}")
    return (f"{both} have no session together {filters.period()}, and none of their actions "
            f"is overdue ({held}): change the dates to see {'it' if len(days) == 1 else 'them'}")
