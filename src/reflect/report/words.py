"""The words a report is told in, whatever it is shown as (Markdown, HTML, CSV or the app's
report screen): its title, what it covers, the by-review table's cells, each review's details
and each recommendation's status; the summary's rows are report/summary_rows.py's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reflect.model.links import beyond_done
from reflect.model.recorded import THEMED_NOTE, nothing_recorded_note
from reflect.model.teams import named_alike
from reflect.model.theme_ids import is_theme_id
from reflect.report.dates import long_date
from reflect.report.gather import Filters
from reflect.report.lines import (
    NO_ACTION,
    NO_TEAM,
    RecommendationLine,
    Report,
    ReviewLine,
    TeamReview,
)
from reflect.report.lines import OWN_REFLECTIONS as NO_TEAM_GIVEN
from reflect.report.team_actions import PERSONAL as PERSONAL
from reflect.report.team_actions import personal_counts
from reflect.text import listed, one_line, plural

TITLE = "Learning into practice"


def day_text(d: object) -> str:
    return long_date(d) if d is not None else "never"  # type: ignore[arg-type]


def titled_day(day: date, title: str) -> str:
    """`4 December 2026 (Morning huddle)`: a session's day, with its own title where it has
    one (two meetings on one day were told apart by nothing: a trial)."""
    return f"{long_date(day)} ({title})" if title else long_date(day)


def every_date(dates: list[date], titles: list[str]) -> str:
    return ", ".join(titled_day(d, t) for d, t in zip(dates, titles, strict=False))


def held_on(held: TeamReview,
            dates: Callable[[list[date], list[str]], str] = every_date) -> str:
    """When a team held a review: its discussions' days (each with its title), then any
    individual reflections naming the team, said as such (`3 May 2026 (Morning huddle); 1
    individual reflection: 5 May 2026 (My notes)`)."""
    parts = [dates(held.dates, _padded(held.titles, held.dates))] if held.dates else []
    if held.individual:
        parts.append(f"{plural(len(held.individual), 'individual reflection')}: "
                     f"{dates(held.individual, _padded(held.individual_titles, held.individual))}")
    return "; ".join(parts)


def _padded(titles: list[str], dates: list[date]) -> list[str]:
    """`titles`, one for each of `dates` ("" for one not given)."""
    return titles + [""] * (len(dates) - len(titles))


def covers(r: Report) -> str:
    words = r.filters.describe(r.review_said())
    if r.filters.team and r.teams_taken:  # (the team is said last)
        words[-1] = teams_taken(r.filters.team, r.teams_taken)
    if r.filters.team and r.filters.team_for:  # never taken unsaid
        typed, how = r.filters.team_for
        words[-1] += f" (typed “{one_line(typed)}”: {how})"
    return "; ".join(words) if words else "every session found"


def teams_taken(typed: str, taken: list[str]) -> str:
    """The teams a Team filter took: `team "Invented East Team"` for one (its name whole,
    whatever part was typed); `the 2 teams whose names hold "mash": mash and MASH team`."""
    if len(taken) == 1:
        return f"team \"{one_line(taken[0])}\""
    return (f"the {len(taken)} teams whose names hold \"{one_line(typed)}\": "
            f"{listed([one_line(t) for t in taken])}")


def alike_note(r: Report) -> str:
    """The teams whose names look like one team's (`named_alike`: one's words inside
    another's, "mash" and "MASH team"; or spelt nearly alike, "Moorvale Children Team" and
    "Moorvale Children's Team"), said as counted apart, never merged unasked; "" for none. A
    reader counted three teams where the report said four, and nothing said why (a trial)."""
    names = [t.team for t in r.teams if t.team not in (NO_TEAM, NO_TEAM_GIVEN)]
    alike = named_alike(names)
    if not alike:
        return ""

    def quoted(teams: list[str]) -> str:
        return listed([f"\"{one_line(t)}\"" for t in teams])

    said = "; ".join(f"\"{one_line(name)}\" is " + " and ".join(
        ([f"within {quoted(holding)}"] if holding else [])
        + ([f"spelt like {quoted(spelt)}"] if spelt else [])) for name, holding, spelt in alike)
    return (f"Teams named alike, counted as separate teams: {said}. Where "
            "they are one team, write its name the same way in each of its sessions (case, "
            "spaces and punctuation do not matter) and the report counts them as one.")


PERSONAL_NOTE = ("What practitioners wrote they will do in their own reflections: not actions "
                 "a team agreed, so not counted among those, not listed under the "
                 "recommendations or as overdue, and not carried into a team's next session.")


THEMED = "Discussed in themed sessions"
"""Under a review's row: the themed sessions that recorded something on its own questions or
recommendations, by theme (`themed_note` says the rule)."""

UNDATED = "Actions with a due date that is not a date"
"""The summary's row (shown when there are any), and the heading of their list after the
overdue actions: an action due `31/02/2026` is in no count of overdue ones."""
UNDATED_NOTE = ("Open actions agreed at team discussions whose due date is not a date, so "
                "none of them can be counted as overdue: ask the team for the date meant.")

def overdue_heading(r: Report) -> str:
    """The heading of the overdue actions, saying what they are: every agreed action not done,
    open or in progress, past its due date ("open past their due date" headed a list that
    held those in progress too: a trial)."""
    return f"Overdue actions (open or in progress, past their due date on {long_date(r.today)})"


OVERDUE_HEADERS = ("Review", "Team", "Owner", "Action", "Due", "Status", "Session")
"""The overdue actions' table's columns in the Markdown and HTML reports: whose each is beside
its team (the owner, by role and agency: report/owners.py), as a lead chasing them asks (only
the team and the session were shown: a trial). The app's narrower table gives the owner
under the action's words (ui/screens/report_view.py)."""


NOTHING_RECORDED = "Sessions with nothing recorded (not counted)"
"""The summary's row, and the heading of the list of them at the report's end."""


def not_counted_note(r: Report) -> str:
    """How many sessions with nothing recorded were left out, and why; "" for none."""
    return nothing_recorded_note(len(r.not_counted), "that a review was discussed",
                                 "at the end of the report")


def not_counted_lines(r: Report) -> list[str]:
    """Each session with nothing recorded: its own title and team, its review and day, then
    its file, to open or tidy away (`Morning slot, team Invented Team — Child H, 3 December
    2026 — file 20261203-child-h-1a2b3c4d.toml`). Listed by file first, two on one review and
    day could not be told apart (a trial). The file's name only, when they are all in one
    folder; else the whole path."""
    whole = len({s.path.parent for s in r.not_counted}) > 1
    out = []
    for s in r.not_counted:
        who = s.title or "Session with no title"
        if s.team:
            who += f", team {s.team}"
        out.append(f"{who} — {s.review_title}, {long_date(s.day)} — "
                   f"file {s.path if whole else s.path.name}")
    return out


def themed_note(r: Report) -> str:
    """When a themed session was counted, what makes it count a review as discussed (the
    rule is model/recorded.py's), or a review says it was discussed in one (a report on that
    review alone); "" otherwise."""
    return THEMED_NOTE if any(is_theme_id(x.review_id) and x.sessions or x.themed
                              for x in r.reviews) else ""


NO_TEAM_DISCUSSION = "none: no team discussion, individual reflections only"
"""A review's teams where it was only reflected on alone ("none recorded" said a team's
name was left out)."""
OWN_BY_AGENCY = "Listed on individual reflections, by agency (not attendances)"
"""Under a review's row, shown when there are any: those people, as attendances are said."""


REVIEW_COLUMNS = ("Review", "Sessions", "Individual reflections", "Teams", "Agencies",
                  "Attendances", "Questions answered", "Actions agreed", "Actions done",
                  "Last discussed")
"""The by-review table's columns, in the Markdown and HTML reports and the app."""
REVIEW_NUMBERS = range(1, 9)
"""Those columns that hold numbers (right-aligned)."""


def review_row(line: ReviewLine, filters: Filters | None = None) -> tuple[str, ...]:
    """A review's cells under REVIEW_COLUMNS, in a report on `filters`."""
    return (line.title, str(line.sessions), str(line.individual_reflections),
            str(len(line.teams)), str(len(line.agencies)), str(line.attendees),
            questions_words(line), str(line.actions_agreed), str(line.actions_done),
            last_discussed(line, filters))


def questions_words(line: ReviewLine) -> str:
    """`4 of 6`: the questions answered in at least one session, each once, of those asked
    (only the first figure where the library does not say how many a review asks)."""
    covered = str(line.questions_covered)
    return f"{covered} of {line.questions_asked}" if line.questions_asked else covered


def counts_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{label} {n}" for label, n in counts.items())


NOT_IN_PERIOD = "not in this period"
"""A review's last day in a report on a period when no session in it discussed the review:
"never" was said of a review discussed today in a report `--until yesterday` (a trial)."""


def last_discussed(line: ReviewLine, filters: Filters | None = None,
                   day: Callable[[date], str] = long_date) -> str:
    """The review's row's last day (as `day` says a date): said to be a themed session's when
    it had no other; in a report on a period, none is "not in this period", never "never"."""
    period = filters is not None and (filters.since or filters.until)
    said = NOT_IN_PERIOD if period and line.last_discussed is None else \
        "never" if line.last_discussed is None else day(line.last_discussed)
    return f"{said} (themed)" if line.themed and not line.sessions else said


def review_details(line: ReviewLine) -> list[tuple[str, str]]:
    """What a report says under a review's row, as (label, words); [] for one not discussed."""
    out = []
    if line.sessions:  # a review only reflected on alone had no team discussion to record
        out.append(("Teams", ", ".join(line.teams) or (
            "none recorded" if line.team_discussions else NO_TEAM_DISCUSSION)))
    if line.attendees:
        out += [("Attendances by role", counts_text(line.by_role)),
                ("Attendances by agency", counts_text(line.by_agency))]
    if line.individual_reflections:
        out.append(("Individual reflections", str(line.individual_reflections)))
    if line.own_by_agency:
        out.append((OWN_BY_AGENCY, counts_text(line.own_by_agency)))
    if line.personal_actions:
        out.append((PERSONAL, personal_counts(line)))
    if line.nothing_recorded:
        out.append((NOTHING_RECORDED, str(line.nothing_recorded)))
    if line.themed:
        out.append((THEMED, ", ".join(
            f"{theme} ({plural(n, 'session')})" for theme, n in line.themed.items())))
    return out


SENTENCE_END = (".", "!", "?", "…")


def rec_status(rec: RecommendationLine) -> tuple[str, str]:
    """What follows a recommendation's words in a report, as (what joins them, its status):
    after words that end no sentence (a title) a colon, `: No action yet`; after words that do
    (most recommendations are written as sentences) a space, `… needs. No action yet`: a colon
    after the full stop printed `needs.: no action yet` (a trial). The status is written the
    same way after both: it was `No action yet` after a sentence and `no action yet` after a
    title, two wordings between two reviews (a trial)."""
    return (" " if rec.label.rstrip().endswith(SENTENCE_END) else ": "), rec_counts(rec)


def rec_counts(rec: RecommendationLine) -> str:
    """The agreed actions answering it, then any personal ones, said as such."""
    own = (f"; {plural(rec.personal, 'personal action')} from individual reflections"
           if rec.personal else "")
    own += "".join(f"; {plural(n, 'action')} agreed {where}" for where, n in rec.elsewhere)
    if not rec.actions:
        if not rec.published:
            return NO_ACTION + own
        if not rec.complete:
            return f"{NO_ACTION}{own} (the briefing's update: {rec.published})"
        more = beyond_done(rec.published)  # "Complete." said once, not "…complete: Complete"
        return f"{NO_ACTION}{own} (the briefing says it is complete{f': {more}' if more else ''})"
    gone = f", {rec.count('dropped')} dropped" if rec.count("dropped") else ""
    return (f"{plural(len(rec.actions), 'action')}: {rec.count('done')} done, "
            f"{rec.count('in progress')} in progress, {rec.count('open')} open{gone}{own}")
