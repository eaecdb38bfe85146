"""The words a report is told in, whatever it is shown as (Markdown, HTML, CSV or the app's
report screen): its title, what it covers, the summary's rows, an action's facts in brief."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reflect.model.links import beyond_done
from reflect.model.recorded import THEMED_NOTE, nothing_recorded_note
from reflect.model.teams import named_alike
from reflect.model.theme_ids import is_theme_id
from reflect.report.action_line import ActionLine
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
from reflect.report.team_actions import agreed_counts, personal_counts
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


TEAMS_REACHED = "Teams reached at team discussions"
OWN_REFLECTIONS = "Practitioners' own reflections (not counted as teams reached)"
AGENCIES_REACHED = "Agencies reached at team discussions"
ATTENDANCES = "Attendances at team discussions"
COUNTED_TWICE = "one person at two meetings counts twice"
"""What an attendance is, said beside the figure wherever it is shown where someone may have
come to two meetings (`attendances_words`): the report names no one, so it counts each person
once per team discussion they came to, and "6" beside four people was read as six
practitioners (a trial); only docs/reports.md said so."""
OWN_AGENCIES = "Agencies listed on practitioners' own reflections (not counted as reached)"
"""The summary's row, shown when there are any: what individual reflections add, said as
theirs (the person listed on one was counted as an attendance, their agency as reached), and
how many of them no team discussion reached (`own_agencies_words`)."""
NO_TEAM_DISCUSSION = "none: no team discussion, individual reflections only"
"""A review's teams where it was only reflected on alone ("none recorded" said a team's
name was left out)."""
OWN_BY_AGENCY = "Listed on individual reflections, by agency (not attendances)"
"""Under a review's row, shown when there are any: those people, as attendances are said."""


def summary_rows(r: Report) -> list[tuple[str, str]]:
    t = r.totals
    return [
        ("Sessions held", (f"{t.sessions} ({plural(t.team_discussions, 'team discussion')}, "
                          f"{plural(t.individual_reflections, 'individual reflection')})")),
        (NOTHING_RECORDED, str(len(r.not_counted))),
        # A themed session's line is no review; the reviews whose questions it asked are.
        ("Reviews discussed", str(sum(1 for line in r.reviews if not is_theme_id(line.review_id)
                                      and (line.sessions or line.themed)))),
        # Teams that discussed a review together: the service an individual reflection names
        # was counted too, and read as a team's discussion (a learning lead's reading).
        (TEAMS_REACHED, str(len(t.teams))),
        (OWN_REFLECTIONS, str(t.individual_reflections)),
        # Agencies and attendances at team discussions only: the person listed on an
        # individual reflection counted as one, which a learning lead read as a team meeting.
        (AGENCIES_REACHED, str(len(t.agencies))),
        *([(OWN_AGENCIES, own_agencies_words(t))] if t.own_agencies else []),
        # Attendances, not people: the report names no one, so one person at two sessions
        # counts twice (read as people, 5 looked wrong for 4 who came); said only where
        # someone may have come twice (`attendances_words`).
        (ATTENDANCES, attendances_words(t)),
        # Each question once per review, of those the reviews discussed ask; and the answers,
        # each session's ("Questions answered: 3" read as all three of a review's, when one
        # was answered twice and one never: a trial). The CSV's columns are named so:
        # attendances, questions_answered, answers_given (report/render.py).
        ("Questions answered at least once", questions_words(t)),
        ("Answers given, counted in each session", str(t.questions_answered)),
        # At team discussions only: a practitioner's own "What I will do" read as a team
        # commitment when counted here (a trial).
        ("Actions agreed at team discussions", agreed_counts(t)),
        ("Actions overdue", overdue_words(r)),
        *([(UNDATED, outside_words(r.undated, on_one_review(r)))] if r.undated else []),
        (PERSONAL, personal_counts(t)),
        ("Recommendations with no action recorded here", no_action_words(r)),
        ("Conflict copies (not counted)", str(len(r.conflicts))),
        ("Files that could not be read", str(len(r.unreadable))),
    ]


def unreadable_note(r: Report) -> str:
    """The files not read, said in the opening lines as well as the summary's; "" for none."""
    n, it = len(r.unreadable), ("it is", "is") if len(r.unreadable) == 1 else ("they are", "are")
    return (f"{plural(n, 'session file')} could not be read and {it[1]} not counted: {it[0]} "
            "listed at the end of the report.") if n else ""


def attendances_words(t: ReviewLine) -> str:
    """`8 (one person at two meetings counts twice)` where someone may have come to two of
    the team discussions (`ReviewLine.came_twice`, report/attended.py), else `4`: it was said
    beside 4 attendances at one meeting, where nobody had come twice (a trial)."""
    return f"{t.attendees} ({COUNTED_TWICE})" if t.came_twice else str(t.attendees)


def overdue_words(r: Report) -> str:
    """`15 (5 agreed before this period)`: every action still overdue, those agreed outside a
    report's period said apart (the period's own are the rest); in a report on one review,
    those themed sessions agreed on its recommendations too (`1 agreed in a themed session`),
    as none of them is among its actions agreed."""
    return outside_words(r.overdue, on_one_review(r))


def on_one_review(r: Report) -> bool:
    """A report on one review, not a theme's: its actions are listed under themes too."""
    return bool(r.filters.review) and not is_theme_id(r.filters.review or "")


def outside_words(actions: list[ActionLine], themed: bool = False) -> str:
    """How many `actions`, those agreed outside a report's period said apart: `15 (5 agreed
    before this period)`; with `themed`, themed sessions' apart, each action said once: `1 (1
    agreed in a themed session before this period)` (it read as two, a trial's)."""
    def sides(some: list[ActionLine]) -> list[tuple[int, str]]:
        return [(n, w) for w in ("before", "after") if (n := sum(a.outside == w for a in some))]

    under = [a for a in actions if themed and is_theme_id(a.review_id)]
    apart = [f"{n} agreed {when} this period" for n, when in
             sides([a for a in actions if not (themed and is_theme_id(a.review_id))])]
    if under:
        held = len({a.session_id for a in under})
        apart.append(f"{len(under)} agreed in " + ("a themed session" if held == 1 else
                                                   f"{held} themed sessions") + "".join(
            f" {w} this period" if n == len(under) else f", {n} of them {w} this period"
            for n, w in sides(under)))
    return f"{len(actions)} ({' and '.join(apart)})" if apart else str(len(actions))


OUTSIDE_NOTE = ("Every action still overdue today is listed, whatever the period: those "
                "agreed at sessions held outside it say so, with the session's day, and are "
                "counted in no other figure.")
"""Under the overdue actions' heading, when some were agreed outside the report's period."""


def outside_note(r: Report) -> str:
    """OUTSIDE_NOTE where an overdue action was agreed outside the period; else ""."""
    return OUTSIDE_NOTE if any(a.outside for a in r.overdue) else ""


def own_agencies_words(line: ReviewLine) -> str:
    """`3 (1 of them not reached at any team discussion)`: how far practitioners' own
    reflections reach beyond the team discussions (a bare `3` beside `Agencies reached: 10`
    did not say whether they were three more or three of the ten)."""
    n = len(line.own_agencies)
    # Each agency under one name, however it was written (`ShownNames`, report/shown_names.py).
    apart = len(set(line.own_agencies) - set(line.agencies))
    if not apart:
        return f"{n} ({'also' if n == 1 else 'each also'} reached at a team discussion)"
    if apart == n:
        return ("1 (not reached at any team discussion)" if n == 1 else
                f"{n} (none of them reached at a team discussion)")
    return f"{n} ({apart} of them not reached at any team discussion)"


def no_action_words(r: Report) -> str:
    """`18 (12 of them the briefing says are complete)`: no action recorded in reflect is not
    nothing done, and the briefing's own word on it is said apart (a trial)."""
    done = len(r.said_complete)
    said = f" ({done} of them the briefing says {'is' if done == 1 else 'are'} complete)"
    return f"{len(r.without_action)}{said if done else ''}"


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
