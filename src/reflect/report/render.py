"""A report as Markdown, as one self-contained HTML page, or as CSV (one row per review, and
the overdue actions in a CSV of their own beside it, one row per action).

Every piece of text from a session file goes through the same escaping as the notes exports:
`reflect.export.escaping.escape`/`cell` for Markdown, `printable` then `html.escape` for HTML,
and `safe_cell` for CSV (a cell a spreadsheet could take for a formula gets a leading `'`).
The HTML page is made by report/render_html.py (re-exported here, with the shared words of
report/words.py). A report names no one: see report/build.py.
"""

from __future__ import annotations

import csv
import io
import re
import textwrap
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from reflect.export.escaping import cell as md_cell
from reflect.export.escaping import escape as md_escape
from reflect.export.escaping import safe_cell
from reflect.report.action_lists import (
    action_facts,
    personal_by_review,
    personal_facts,
    personal_note,
    undated_note,
    under_recommendation,
)
from reflect.report.by_theme import SEVERAL
from reflect.report.column_key import key_line
from reflect.report.dates import long_date
from reflect.report.lines import Report, ReviewLine, confidence_average
from reflect.report.render_html import to_html
from reflect.report.summary_rows import outside_note, summary_rows, unreadable_note
from reflect.report.words import (
    NOTHING_RECORDED,
    OVERDUE_HEADERS,
    PERSONAL,
    REVIEW_COLUMNS,
    REVIEW_NUMBERS,
    TITLE,
    UNDATED,
    alike_note,
    counts_text,
    covers,
    day_text,
    held_on,
    last_discussed,
    not_counted_lines,
    not_counted_note,
    overdue_heading,
    rec_counts,
    rec_status,
    review_details,
    review_row,
    themed_note,
)
from reflect.text import one_line, printable

__all__ = ["CSV_COLUMNS", "OVERDUE_CSV_COLUMNS", "TITLE", "action_facts", "counts_text",
           "covers", "day_text", "held_on", "last_discussed", "overdue_csv_path", "rec_counts",
           "rec_status", "review_details", "summary_rows", "to_csv", "to_html", "to_markdown",
           "to_overdue_csv"]

CSV_COLUMNS = ("review_id", "review_title", "sessions", "teams", "agencies", "attendances",
               "answers_given", "actions_agreed", "actions_done", "last_discussed",
               "themed_sessions", "questions_answered", "questions_in_review",
               "personal_actions", "personal_actions_done",
               "recommendations_no_action_recorded", "of_them_briefing_says_complete",
               "sessions_with_nothing_recorded", "confidence_checks",
               "confidence_start_average", "confidence_end_average",
               "confidence_start_answers", "confidence_end_answers",
               "actions_due_date_not_a_date", "individual_reflections",
               "own_reflection_agencies")
"""Named as the screen and the other reports say them (a board's sheet read
"questions_answered 6" of a review asking 3, and "attendees 7" as people; a trial):
agencies, attendances: at team discussions, one person at two sessions counted twice (the
report names no one, so it cannot count people), a person listed on an individual reflection
never (until 5 December 2026 counted in both); answers_given: answers to questions, each
session's, so a question answered in two sessions counts twice; actions_agreed,
actions_done: at team discussions; themed_sessions: themed sessions that asked the review's
questions; questions_answered: the review's questions answered at least once, each once
however many sessions answered it ("Questions answered 3 of 3" is this of
questions_in_review); questions_in_review: how many it asks ("" where not known);
personal_actions, personal_actions_done: individual reflections' own actions, not agreed by a team;
recommendations_no_action_recorded: the review's recommendations no agreed action answers,
and of_them_briefing_says_complete: how many of those the briefing itself says are complete
(no action recorded in reflect is not nothing done); sessions_with_nothing_recorded: the
review's sessions with nothing recorded in them (model/recorded.py), counted in no other
column; confidence_checks: the sessions on the review that asked the room's confidence check,
and of all their answers, the mean (1 to 5, one decimal; "" where nobody answered) and how
many, at the start and at the end (the Markdown and HTML reports and the screen give each
session's, by team); actions_due_date_not_a_date: open agreed actions whose due date is not a
date (`31/02/2026`, `when the report is back`), so in no count of overdue ones;
individual_reflections: the review's practitioners' own reflections (in `sessions`, not teams
reached); own_reflection_agencies: the agencies of people listed on them, none counted in
`agencies`. New columns
go last, so that a sheet reading the columns before them by place reads them still (the three
renamed on 4 December 2026 kept their places)."""


# --- Markdown -------------------------------------------------------------------------------


def _literal_cell(text: str) -> str:
    return one_line(text).replace("|", "\\|")


def to_markdown(r: Report, *, literal: bool = False) -> str:
    """The report as Markdown, each text escaped so that a renderer shows it literally;
    `literal`: for a person reading it at a terminal, each text as typed (`[draft]`, not
    `\\[draft]`: a learning lead's trial), control codes out all the same, and a `|` in a
    table's cell as `\\|`, the table's own (as typed, it split the row into more columns)."""
    cell, escape = (one_line, printable) if literal else (md_cell, md_escape)
    table_cell = _literal_cell if literal else md_cell
    out = [f"# {TITLE}", "",
           f"Report made {long_date(r.today)}, covering {escape(covers(r))}.", "",
           *([f"**{unreadable_note(r)}**", ""] if r.unreadable else []),
           "## Summary", "",
           "| | |", "| --- | --- |"]
    out += [f"| {label} | {value} |" for label, value in summary_rows(r)]
    for note in (not_counted_note(r), themed_note(r), alike_note(r)):
        out += ["", escape(note)] if note else []

    out += ["", "## By review", ""]
    if r.reviews:
        out += ["| " + " | ".join(REVIEW_COLUMNS) + " |",
                "| " + " | ".join("---:" if i in REVIEW_NUMBERS else "---"
                                  for i in range(len(REVIEW_COLUMNS))) + " |"]
        out += ["| " + " | ".join(table_cell(c) for c in review_row(line, r.filters)) + " |"
                for line in r.reviews]
        out += ["", escape(key_line(r.totals.came_twice))]
        for line in r.reviews:
            if details := review_details(line):
                out += ["", f"### {cell(line.title)}", ""]
                out += [f"- {label}: {cell(words)}" for label, words in details]
    else:
        out.append("No sessions match.")

    out += ["", "## By team", ""]
    for team in r.teams:
        out += [f"### {cell(team.team)}", ""]
        for label, words in team.actions.lines():  # (each a paragraph: a renderer joins lines)
            out += [f"{label}: {words}", ""]
        for tr in team.reviews:
            out.append(f"- {cell(tr.title)}: {cell(held_on(tr))}")  # its titles typed
            out += [f"  - {cell(c)}" for c in tr.confidence]
        out.append("")
    if not r.teams:
        out += ["No sessions match.", ""]

    out += ["## By theme", ""] + ([escape(SEVERAL), ""] if r.several_themes else [])
    for theme in r.themes:
        out += [f"### {cell(theme.theme)}", ""]
        out += [f"- {label}: {cell(words)}" for label, words in theme.lines()] + [""]
    if not r.themes:
        out += ["No sessions match.", ""]

    out += ["## Actions by recommendation", ""]
    current = None
    for rec in r.recommendations:
        if rec.review_id != current:
            current = rec.review_id
            out += [f"### {cell(rec.review_title)}", ""]
        out += ["**{}**{}{}".format(cell(rec.label), *rec_status(rec)), ""]
        # (one blank line after each: two followed "no action yet")
        if listed := under_recommendation(rec):
            out += [f"- {cell(text)} ({cell(facts)})" for text, facts in listed] + [""]
    if not r.recommendations:
        out += ["No actions agreed.", ""]

    if r.personal:
        out += [f"## {PERSONAL}", "", personal_note(r), ""]
        for title, actions in personal_by_review(r):
            out += [f"### {cell(title)}", ""]
            out += [f"- {cell(a.text)} ({cell('; '.join(personal_facts(a, r.today)))})"
                    for a in actions] + [""]

    out += [f"## {overdue_heading(r)}", ""]
    out += [outside_note(r), ""] if outside_note(r) else []
    if r.overdue:
        out += ["| " + " | ".join(OVERDUE_HEADERS) + " |",
                "|" + " --- |" * len(OVERDUE_HEADERS)]
        out += ["| " + " | ".join(map(table_cell, (
            a.review_title, a.team, a.owner_handed, a.text, a.due_shown, a.status_shown,
            a.session_said))) + " |" for a in r.overdue]
    else:
        out.append("None.")
    if r.undated:
        out += ["", f"## {UNDATED}", "", undated_note(r), ""]
        out += [f"- {cell(a.text)} ({cell('; '.join(action_facts(a, True)))})"
                for a in r.undated]

    out += _md_problems(r, cell)
    return "\n".join(out).rstrip("\n") + "\n"


def _md_problems(r: Report, cell: Callable[[str], str] = md_cell) -> list[str]:
    out: list[str] = []
    if r.flagged:
        out += ["", "## Sessions counted with a note", ""]
        out += [f"- {cell(str(path))}: {cell(flag)}" for path, _, flag in r.flagged]
    if r.not_counted:
        out += ["", f"## {NOTHING_RECORDED}", ""]
        out += [f"- {cell(line)}" for line in not_counted_lines(r)]
    if r.conflicts:
        out += ["", "## Conflict copies (not counted)", "",
                ("Resolve each: compare it with the session it copies, carry over anything "
                "missing, then move the copy out of the folder."), ""]
        out += [f"- {cell(str(path))}: {cell(reason)}" for path, reason in r.conflicts]
    if r.unreadable:
        out += ["", "## Files that could not be read (not counted)", ""]
        out += [line for msg in r.unreadable for line in _unreadable(msg, cell)]
    return out


def _unreadable(message: str, cell: Callable[[str], str] = md_cell) -> list[str]:
    """A file that could not be read, as a list item: what is wrong, then the line it shows
    (`    line 3:  title = "Broken`, and as it could read) as a block of its own under it,
    literally. Made one line, it ran into the sentence: "…before and after it line 3: title
    = "Broken" (a trial)."""
    said, *shown = printable(message).split("\n")
    shown = [line for line in textwrap.dedent("\n".join(shown)).split("\n") if line.strip()]
    if not shown:
        return [f"- {cell(said)}"]
    runs = [len(run) for line in shown for run in re.findall("`+", line)]
    fence = "`" * max(3, max(runs, default=0) + 1)  # longer than any run of ` in the lines
    return [f"- {cell(said)}", "", f"  {fence}", *(f"  {line}" for line in shown),
            f"  {fence}"]


# --- CSV ------------------------------------------------------------------------------------


def _confidence(line: ReviewLine) -> tuple[str, ...]:
    """The CSV's confidence cells after confidence_checks: the mean at the start and at the
    end, then how many answered at each ("" for a phase no session asked)."""
    start, end = line.confidence.get("start"), line.confidence.get("end")
    return (confidence_average(start), confidence_average(end),
            "" if start is None else str(sum(start)), "" if end is None else str(sum(end)))


def to_csv(r: Report) -> str:
    """One row per review (RFC 4180: CRLF rows); formulas neutralised."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_COLUMNS)
    bare = Counter(rec.review_id for rec in r.without_action)
    done = Counter(rec.review_id for rec in r.said_complete)
    undated = Counter(a.review_id for a in r.undated if not a.outside)  # the period's
    for line in r.reviews:
        last = line.last_discussed.isoformat() if line.last_discussed else ""
        writer.writerow([safe_cell(str(v)) for v in (
            line.review_id, one_line(line.title), line.sessions, len(line.teams),
            len(line.agencies), line.attendees, line.questions_answered, line.actions_agreed,
            line.actions_done, last, sum(line.themed.values()), line.questions_covered,
            line.questions_asked or "", line.personal_actions, line.personal_done,
            bare[line.review_id], done[line.review_id], line.nothing_recorded,
            line.confidence_checks, *_confidence(line), undated[line.review_id],
            line.individual_reflections, len(line.own_agencies))])
    return buffer.getvalue()


OVERDUE_CSV_COLUMNS = ("review_id", "review_title", "team", "owner", "action", "due",
                       "due_date", "agreed_due", "agreed_due_date", "status", "progress",
                       "session_id", "session_title", "session_held", "outside_period",
                       "moved_in", "moved_in_held", "agreed_owner", "owner_given_in",
                       "owner_given_in_held")
"""The overdue actions' CSV, one row per action, beside the report's (which stays one row per
review, as docs/sharing.md lists it): a lead asking whose actions are overdue had counts per
review only (a trial). owner: by role and agency, or words naming no one (report/owners.py),
"no owner given" for none; due, agreed_due: the words typed (names redacted), agreed_due
only where a later meeting moved the date; due_date, agreed_due_date: the dates they were
read as (YYYY-MM-DD); status: open or in progress; progress: as a later meeting noted it;
session_held: the day its session was held (YYYY-MM-DD); outside_period: "before" or "after"
for an action agreed outside the report's period (every one still overdue is listed: counted
in no other figure), "" for one in it; moved_in, moved_in_held: the later meeting that moved
its due date, by its title now (names redacted), and the day it was held (YYYY-MM-DD; "" where
not known), as the notes' CSV gives them: an action moved on read as overdue where it was
agreed (a trial). Its due, due_date and status are the team's latest meeting's where that
one's could not be written back (report/later.py). agreed_owner, owner_given_in,
owner_given_in_held: where a later meeting gave the action to another, the owner agreed (said
as owner is), that meeting by its title and the day it was held; owner is then the owner
given, as that meeting listed them ("given at a later meeting" where it listed them by no
role), never "[redacted]". New columns go last."""

OVERDUE_CSV_ENDING = "-overdue-actions.csv"


def overdue_csv_path(target: Path) -> Path:
    """Where the overdue actions' CSV goes beside the report's CSV `target`:
    `report.csv` -> `report-overdue-actions.csv`."""
    return target.with_name(target.stem + OVERDUE_CSV_ENDING)


def to_overdue_csv(r: Report) -> str:
    """One row per overdue action (RFC 4180: CRLF rows), soonest due first; formulas
    neutralised."""
    from reflect.report.csv_tables import csv_rows

    return csv_rows(OVERDUE_CSV_COLUMNS, [(
        a.review_id, a.review_title, a.team, a.owner_shown, a.text, a.due,
        a.due_date.isoformat() if a.due_date else "", a.agreed_due or "",
        a.agreed_due_date.isoformat() if a.agreed_due_date else "", a.status,
        a.progress, a.session_id, a.session_title,
        a.held.isoformat() if a.held else "", a.outside, a.moved_in,
        a.moved_in_held.isoformat() if a.moved_in_held else "", a.agreed_owner or "",
        a.owner_given_in, a.owner_given_in_held.isoformat() if a.owner_given_in_held else "")
        for a in r.overdue])
