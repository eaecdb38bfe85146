"""The report's "By theme": for each theme of the reviews sessions were held on (a review's
`themes` in the library; a themed session's own theme), how many sessions, which reviews and
teams, how many people and the actions, counted as "By team" counts them (report/team_actions.py,
`TeamActions`). Briefings are grouped by theme, and a learning lead showing that learning on
neglect or information sharing reached practice had only reviews and teams to add up by hand.

A session on a review with several themes counts under each (`SEVERAL`): a theme's figures are
its own, and the themes' add up to more than the report's. Themes whose sessions are the same
ones are said together, under one heading naming each (said in `SEVERAL`: only a review
with several themes puts two themes in the same sessions), and the themes are in order of
their sessions, most first: a bundled review carries 7 to 11 themes, and a learning lead's
trial over three of them read 15 headings alphabetically, six of them the same figures
word for word, the theme most discussed in the middle. Pure: no IO; counted from each
session's facts, so the report's cache is unchanged by it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from reflect.model.teams import team_key
from reflect.model.theme_ids import PREFIX, is_theme_id, theme_label
from reflect.report.facts import SessionFacts
from reflect.report.team_actions import TeamActions
from reflect.text import plural

NO_THEME = "(theme not known)"
"""The heading of sessions on a review the library does not hold: its themes are not known."""
SEVERAL = ("A session on a review with several themes counts under each of them, so the "
           "themes' figures add up to more than the report's. Themes held in the same "
           "sessions are said together, under one heading; those with most sessions first.")


@dataclass
class ThemeLine:
    """One theme's sessions in the report."""

    theme: str
    """In words (`information sharing`), or `NO_THEME`; themes with the same sessions, each in
    words, by `, ` (`early help, escalation`)."""
    team_discussions: int = 0
    individual_reflections: int = 0
    reviews: list[str] = field(default_factory=list)
    """The titles of the reviews its sessions were on (a themed session's line's too), by title."""
    teams: list[str] = field(default_factory=list)
    """The teams that held a team discussion under it, as the report names them."""
    people: int = 0
    """People marked here at its team discussions, each named person once (by the codes the
    report keeps, never the names: report/attended.py); someone listed without a name, once at
    each meeting (`unnamed`), as they cannot be told apart."""
    attendances: int = 0
    unnamed: int = 0
    meetings: int = 0
    """Its team discussions with anyone marked here."""
    actions: TeamActions = field(default_factory=TeamActions.none)
    session_ids: set[str] = field(default_factory=set)
    """Its sessions' ids: themes with the same ones are said together (`_together`)."""

    @property
    def sessions(self) -> int:
        return self.team_discussions + self.individual_reflections

    def people_words(self) -> str:
        """`5 (7 attendances)`; `up to 5 (…; 2 listed without a name …)` where someone listed
        without a name, at two meetings or more, may be someone counted already."""
        if not self.attendances:
            return "none"
        unsure = self.unnamed and self.meetings > 1
        said = f"up to {self.people}" if unsure else str(self.people)
        notes = [plural(self.attendances, "attendance")] if self.attendances != self.people \
            else []
        if unsure:
            notes.append(f"{self.unnamed} listed without a name, who cannot be told apart")
        return f"{said} ({'; '.join(notes)})" if notes else said

    def lines(self) -> list[tuple[str, str]]:
        """(label, words), as the report says them under the theme's heading."""
        return [
            ("Sessions", f"{self.sessions} ({plural(self.team_discussions, 'team discussion')}, "
                         f"{plural(self.individual_reflections, 'individual reflection')})"),
            ("Reviews", ", ".join(self.reviews)),
            ("Teams reached at team discussions",
             f"{len(self.teams)}: {', '.join(self.teams)}" if self.teams else "none"),
            ("People at team discussions", self.people_words()),
            *self.actions.lines(),
        ]


def themes_of(review_id: str, themes: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """The themes (as tagged) a session on `review_id` counts under: a themed session's own,
    else its review's in the library; () where not known."""
    if is_theme_id(review_id):
        return (review_id.removeprefix(PREFIX),)
    return tuple(dict.fromkeys(themes.get(review_id, ())))


def by_theme(sessions: Iterable[SessionFacts], themes: Mapping[str, Sequence[str]],
             title: Callable[[str], str], team: Callable[[str], str],
             today: date) -> tuple[list[ThemeLine], bool]:
    """Each theme's line, by theme (`NO_THEME` last), and whether any session counted under
    more than one. `themes`: each review's, by id; `title` names a review by its id, `team` a
    team by its `team_key`."""
    lines: dict[str, ThemeLine] = {}
    codes: dict[str, set[str]] = {}
    several = False
    for s in sessions:
        tagged = themes_of(s.review_id, themes)
        several = several or len(tagged) > 1
        alone = s.mode == "individual"
        here = 0 if alone else sum(1 for p in s.people if p.attended)
        for theme in tagged or ("",):
            line = lines.get(theme)
            if line is None:
                line = lines[theme] = ThemeLine(theme_label(theme) if theme else NO_THEME)
            line.session_ids.add(s.id)
            if alone:
                line.individual_reflections += 1
            else:
                line.team_discussions += 1
                shown = team(team_key(s.team)) if team_key(s.team) else ""
                if shown and shown not in line.teams:
                    line.teams.append(shown)
            reviewed = title(s.review_id)
            if reviewed not in line.reviews:
                line.reviews.append(reviewed)
            line.actions.add(s, today)
            if here:
                known = codes.setdefault(theme, set())
                line.attendances += here
                line.meetings += 1
                line.unnamed += here - len(s.attended_codes)
                known.update(s.attended_codes)
                line.people = len(known) + line.unnamed
    for line in lines.values():
        line.teams.sort(key=str.casefold)
        line.reviews.sort(key=str.casefold)
    ordered = sorted(lines.items(), key=lambda kv: (kv[0] == "", -kv[1].sessions,
                                                    kv[1].theme.casefold()))
    return _together([line for _, line in ordered]), several


def _together(lines: list[ThemeLine]) -> list[ThemeLine]:
    """`lines`, in their order, each theme whose sessions are an earlier one's said on that
    one (its figures are that one's, counted from the same sessions)."""
    first: dict[frozenset[str], ThemeLine] = {}
    out: list[ThemeLine] = []
    for line in lines:
        same = first.get(frozenset(line.session_ids))
        if same is None or line.theme == NO_THEME:
            first.setdefault(frozenset(line.session_ids), line)
            out.append(line)
        else:
            same.theme = f"{same.theme}, {line.theme}"
    return out
