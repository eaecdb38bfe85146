"""The summary's rows, as every format and the app's report screen show them: what each figure
counts and what is said beside it (attendances where one person may count twice, overdue
actions agreed outside the period, agencies only individual reflections reached), and the
notes that go with them. Part of the words a report is told in (report/words.py)."""

from __future__ import annotations

from reflect.model.theme_ids import is_theme_id
from reflect.report.action_line import ActionLine
from reflect.report.lines import Report, ReviewLine
from reflect.report.team_actions import PERSONAL, agreed_counts, personal_counts
from reflect.report.words import NOTHING_RECORDED, UNDATED, questions_words
from reflect.text import plural

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
