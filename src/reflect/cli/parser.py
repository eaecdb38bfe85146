"""The command line's arguments: `reflect` alone (`top_parser`, all that opening the app needs),
`reflect open SESSION` and `reflect report …` (`open_parser`, `report_parser`: the same, with
that one command) and every command's options (`build_parser`, which imports the export
formats' names)."""

from __future__ import annotations

import argparse
from datetime import date

from reflect import __version__, paths
from reflect.cli.did_you_mean import Choices, ReflectParser
from reflect.commands import SESSION_HELP, command, program

FORMAT_WORDS = {"markdown": "md"}
"""A format's name in words, as the app's buttons and dialog say it, taken for its short one."""


def format_word(value: str) -> str:
    """`--format`'s value, `markdown` (any case) taken for md: the app's Reports screen says
    "Save as Markdown" and its export dialog "Markdown", and `--format markdown` was refused
    (`invalid choice: 'markdown' (choose from 'md', 'html', 'csv')`: a learning lead's
    fresh-eyes trial)."""
    return FORMAT_WORDS.get(value.strip().casefold(), value)


def add_dirs(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--content-dir", metavar="DIR", default=default,
                        help=f"review library folder (or set {paths.CONTENT_ENV})")
    parser.add_argument("--sessions-dir", metavar="DIR", default=default,
                        help=f"where sessions are saved (or set {paths.SESSIONS_ENV})")


def top_parser(exit_on_error: bool = True) -> argparse.ArgumentParser:
    """`reflect` with its options and no command: what opening the app needs."""
    parser = ReflectParser(  # (each command's parser is one too: a mistake said with its usage)
        prog=program(), exit_on_error=exit_on_error,
        description="Guided team discussion and self-reflection on safeguarding practice "
                    "reviews. With no command, opens the app.")
    parser.add_argument("--version", action="version", version=f"reflect {__version__}")
    add_dirs(parser, suppress=False)
    return parser


def add_open(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p_open = sub.add_parser(
        "open", help="open the app straight on a saved session",
        description="Open the app on a saved session, at the step it was left on (Esc goes "
                    "to the start screen), to carry on with it: its time is counted and every "
                    "change saved. With --view, only to read it. A session open in another "
                    "reflect, or a file outside the sessions folder, opens read-only.")
    p_open.add_argument("session", metavar="SESSION", help=SESSION_HELP)
    p_open.add_argument("--view", action="store_true",
                        help="open it to read only: nothing in its file is changed and no time "
                             "is counted (its notes can still be exported)")
    add_dirs(p_open, suppress=True)


def open_parser(exit_on_error: bool = True) -> argparse.ArgumentParser:
    """`reflect open SESSION` alone: building the other commands' options imports the export
    formats and the CPD commands, which opening a session does not need before its first
    frame."""
    parser = top_parser(exit_on_error)
    add_open(parser.add_subparsers(dest="command", metavar="COMMAND"))
    return parser


def add_report(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p_report = sub.add_parser(
        "report", help="evidence across sessions: reviews discussed, teams, attendance, actions",
        description="Summarise sessions across one or more sessions folders (e.g. a shared "
                    "folder every team saves into): per review, per team, per recommendation, "
                    "and actions not done past their due date. People are counted by role and "
                    "agency, never named. Sync-conflict copies are reported, not counted.")
    p_report.add_argument("--sessions-dir", metavar="DIR", action="append", dest="report_dirs",
                          help="a sessions folder to include (repeat for several; default: "
                               "the usual sessions folder)")
    p_report.add_argument("--since", metavar="DATE",
                          help="sessions created on or after DATE: 31/03/2026, 2026-03-31, "
                               "1 March, Monday, yesterday, 3 months ago, a year ago, last "
                               "week, last month, this year, the past 3 months, this "
                               "quarter, last quarter, Q4, September, 2025 (calendar "
                               "quarters; a span from its first day, to today with no "
                               "--until; today or a day gone; Q4 or October after --until "
                               "is the year before's)")
    p_report.add_argument("--until", metavar="DATE",
                          help="sessions created on or before DATE, typed as for --since "
                               "(a span such as last month up to its last day; a weekday "
                               "alone, the last one; a day still to come reads as today)")
    p_report.add_argument("--review", metavar="REVIEW",
                          help="only this review: its id or its title (or a part of one title)")
    p_report.add_argument("--team", metavar="NAME",
                          help="only this team or service: every team whose name is NAME or "
                               "holds its words (case, spaces and punctuation do not matter; "
                               "mash takes mash and MASH team), else a part of one name")
    p_report.add_argument("--format", choices=["md", "html", "csv"], type=format_word,
                          help="report format (default: from the -o file's ending, else md; "
                               "markdown is md)")
    p_report.add_argument("-o", "--output", metavar="FILE",
                          help="file to write, ending .md, .html or .csv (.csv: the counts "
                               "per review, with FILE-overdue-actions.csv, FILE-sessions.csv "
                               "and FILE-all-actions.csv beside it); or a folder "
                               "(reports/) to write it into, named by what it covers and when "
                               "it was made (a folder not there yet is made, readable by you "
                               "only) (default: standard output)")
    p_report.add_argument("--force", action="store_true", help="replace FILE if it exists")
    if isinstance(p_report, ReflectParser):
        p_report.read_together = dates_refused
    p_report.add_argument("--content-dir", metavar="DIR", default=argparse.SUPPRESS,
                          help="review library folder, for review titles")


def report_parser(exit_on_error: bool = True) -> argparse.ArgumentParser:
    """`reflect report …` alone: building the other commands' options (importing the export
    formats and the CPD commands) took a fortieth of the time a report with nothing changed
    takes."""
    parser = top_parser(exit_on_error)
    add_report(parser.add_subparsers(dest="command", metavar="COMMAND"))
    return parser


def build_parser() -> argparse.ArgumentParser:
    from reflect import cpd_cli
    from reflect.store.exports import ALIASES, FORMATS, RECORDS
    from reflect.store.format_groups import groups_said

    parser = top_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p_list = sub.add_parser("list", help="list reviews or saved sessions as plain lines",
                            description="Print the review library or the saved sessions, "
                                        "one per line: at a terminal in columns fitted to "
                                        "its width, else tab-separated.")
    p_list.add_argument("what", choices=["reviews", "sessions"])
    p_list.add_argument("search", metavar="SEARCH", nargs="?",
                        help="reviews only: those the app's search box finds for SEARCH (by "
                             "title, summary, type or theme, then by words of their text)")
    add_dirs(p_list, suppress=True)

    p_export = sub.add_parser(
        "export", help="write a session's notes, or a CPD record",
        description="Write a session's notes, or a CPD record, without opening the app. "
                    "Text (md, txt, html, json, csv, a record's -md and -txt) is printed to "
                    "standard output; a Word document or PDF (docx, pdf, a record's -docx and "
                    "-pdf) goes into the exports folder beside the sessions, named as the app "
                    "names it, and the path is said. -o FILE writes any format to FILE "
                    "instead.")
    p_export.add_argument("session", metavar="SESSION", help=SESSION_HELP)
    notes = [f for f in FORMATS if f not in RECORDS]
    p_export.add_argument("--format", metavar="FORMAT", type=format_word,
                          choices=Choices(sorted(FORMATS), also=ALIASES,
                                          groups=groups_said(str)),
                          help=f"notes format: {', '.join(notes)}; or a CPD record: "
                               f"{', '.join(sorted(RECORDS))} (default: from the -o file's "
                               "ending, else md)")
    p_export.add_argument("-o", "--output", metavar="FILE",
                          help="file to write (default: text to standard output; a Word "
                               "document or PDF into the exports folder); a dash (-o -) sends "
                               "even a Word document or PDF to standard output when it is "
                               "piped or redirected (> notes.pdf), never to a terminal")
    p_export.add_argument("--force", action="store_true",
                          help="replace FILE (or the earlier export in the exports "
                               "folder) if it already exists")
    found = p_export.add_mutually_exclusive_group()
    found.add_argument("--redact", action="store_true",
                       help="replace likely personal details with [redacted] in the exported "
                            "copy (the saved session is not changed)")
    found.add_argument("--anyway", action="store_true",
                       help="export even if the check finds likely personal details (a "
                            "CPD record needs neither: it names nobody, and replaces what "
                            "the check finds by [redacted] however it is exported)")
    p_export.add_argument("--roles-only", action="store_true",
                          help="show participants, and an action's owner who is one of them "
                               "(attended or not), by role and agency only, the facilitator "
                               "as Facilitator, someone listed with neither as \"no role or "
                               "agency given\" (names are also checked for in the text)")
    p_export.add_argument("--by-agency", action="store_true",
                          help="attendance as a count per agency, no names or roles; points, "
                               "and an action's owner who is a participant (attended or not), "
                               "are attributed to an agency only, the facilitator's points and "
                               "actions to Facilitator, the points of someone listed with no "
                               "agency to \"no agency given\" (names are also checked for in "
                               "the text)")
    p_export.add_argument("--no-attendance", action="store_true",
                          help="leave attendance out (who attended and who did not); points "
                               "are then attributed by role and agency, never by name")
    p_export.add_argument("--with-content", action="store_true",
                          help="include the review's own content before the notes: its "
                               "sections, from the introduction to the recommendations, and "
                               "its What to do now")
    p_export.add_argument("--include-drafts", action="store_true",
                          help="include points, actions and people typed into a form but never "
                               "added, each marked \"(typed but not added)\"")

    p_check = sub.add_parser(
        "check", help="look for personal details in a session (NHS numbers, phones, ...)",
        description="Look for likely personal details in what was typed into a session: NHS "
                    "numbers, UK phone numbers, emails, postcodes, dates of birth, National "
                    "Insurance numbers, and (with --roles-only) participants' names. Exits 0 "
                    "when it finds nothing, 1 when it finds something, 2 when it cannot check "
                    "(the session not found or not readable, or a mistyped option).")
    p_check.add_argument("session", metavar="SESSION", help=SESSION_HELP)
    p_check.add_argument("--roles-only", action="store_true",
                         help="also look for participants' names (not an action's owner who "
                              "is a participant, attended or not, or the facilitator: such "
                              "notes give their role)")
    p_check.add_argument("--by-agency", action="store_true",
                         help="also look for participants' names (as --roles-only: notes by "
                              "agency name nobody)")
    add_dirs(p_check, suppress=True)
    add_dirs(p_export, suppress=True)

    p_walk = sub.add_parser(
        "walk", help="run a session as a plain line-by-line dialogue (screen readers, scripts)",
        curly_quotes=True,
        description="Run a session without the full-screen app: each section is printed, each "
                    "question asked; a full stop alone on a line ends an answer. Saves the same "
                    "session file as the app, so it can be resumed in either.")
    p_walk.add_argument("review", metavar="REVIEW", nargs="?",
                        help="the review: its id or its title, or a part of one title (see: "
                             f"{command('list reviews')}); not needed with --resume")
    p_walk.add_argument("--resume", metavar="SESSION",
                        help="carry on a saved session (on its own review): its id, its code "
                             "alone, its title or a part of one title, or its file")
    p_walk.add_argument("--mode", choices=["team", "individual"], metavar="MODE",
                        help="team, for a team discussion: who is here, points, agreed "
                             "actions; or individual, for your own reflection, with your CPD "
                             "record. Without it, asked")
    p_walk.add_argument("--title", help="the session's title, as the lists and notes name it; "
                                        "without it, asked, Enter taking the review's title "
                                        "and the kind of session")
    p_walk.add_argument("--team", help="team or service")
    p_walk.add_argument("--name", help="your name, recorded as whose a reflection of your own "
                                       f"is ({command('cpd --name')} counts it as yours); "
                                       "without it, the name My CPD so far remembers")
    p_walk.add_argument("--after", metavar="SESSION",
                        help="your own reflection after a saved team session on the same "
                             "review (its id, its title or a part of one title, or its file): "
                             "the team's points are shown before each question, and your CPD "
                             "record takes its peer reflection from that session")
    p_walk.add_argument("--answer-last-time", action="store_true",
                        help="answers piped in by a script answer last time's list (here? y "
                             "or n, each) and actions (o/p/d, a progress note and a new due "
                             "date, each), as at a terminal; without it a script is told "
                             "them, not asked: they come from the team's earlier sessions, "
                             "on any review")
    add_dirs(p_walk, suppress=True)

    add_report(sub)

    p_import = sub.add_parser(
        "import", help="turn a published briefing (PDF, Word, web page, Markdown or text) into "
                       "a review file",
        description="Read a published briefing and write a review file that "
                    f"`{command('validate')}` accepts. Every line of the briefing ends up in a "
                    "field or in the list of "
                    "unplaced lines, which is printed and kept as a comment in the file. A "
                    "briefing with no questions gets reflect's standard questions, marked as "
                    "reflect's. A file with none of a briefing's parts (no learning, "
                    "recommendations, questions...) is not imported (unless --force); nor is "
                    "a file already imported, or one that looks like a briefing already in "
                    "the library under another id (the same title or child, partnership and "
                    "type: its PDF imported, then its text) (unless --force), "
                    "and a review already in the library with the same id is not replaced "
                    "(unless --replace; or choose another id with --id). With --into, FILE is an "
                    "action plan merged into an existing review. A review file (reflect's own "
                    "TOML, written by hand) is not read as a briefing: it is checked as "
                    f"`{command('validate FILE')}` checks it and added to the library as it is, "
                    "under its own id, each problem said and nothing written where it does not "
                    "validate; a review with its id is replaced only with --replace.")
    p_import.add_argument("file", metavar="FILE",
                          help="the briefing: PDF, Word (.docx), web page, Markdown or text; or a "
                               "review file (.toml) to add as it is")
    p_import.add_argument("--id", metavar="ID", help="review id (default: from 'Child X' or "
                          "'Child Kestrel', else the file's name)")
    p_import.add_argument("--check", action="store_true", help="report only; write nothing")
    p_import.add_argument("--force", action="store_true",
                          help="import a file already imported (again as the review it "
                               "was imported as, under its id, replacing it), one with none "
                               "of a briefing's parts (no "
                               "learning, recommendations, questions...), or one that looks "
                               "like a review already in the library under another id (saved "
                               "beside it), or, with --into, replace the review's action plan")
    p_import.add_argument("--replace", action="store_true",
                          help="replace the review already in the library with this id (its "
                               "saved sessions then open on the new one)")
    p_import.add_argument("--into", metavar="REVIEW_ID",
                          help="FILE is an action plan: merge it into the review with this id "
                               "in the library folder")
    add_dirs(p_import, suppress=True)

    p_remove = sub.add_parser(
        "remove", help="take a review out of the library (its file is kept in removed/)",
        description="Take a review out of the library: its file is moved into the folder "
                    "`removed` inside the library folder, never deleted (move it back to "
                    "restore it). Asks first. Refused while saved sessions are on the review "
                    "(they are named) unless --force; they then open read-only.")
    p_remove.add_argument("review", metavar="REVIEW",
                          help="the review's id or title, or its file in the library folder "
                               "(one that cannot be read too)")
    p_remove.add_argument("--yes", action="store_true", help="remove it without asking")
    p_remove.add_argument("--force", action="store_true",
                          help="remove it although saved sessions are on it")
    add_dirs(p_remove, suppress=True)

    add_open(sub)
    from reflect.cli.restore import add_restore

    add_restore(sub, add_dirs)

    p_val = sub.add_parser("validate", help="check review content files",
                           description="Check every *.toml review in a folder; exits 1 if any "
                                       "file has a problem.")
    p_val.add_argument("dir", nargs="?", metavar="DIR",
                       help="folder to check (default: the library folder), or one review file")
    add_dirs(p_val, suppress=True)
    cpd_cli.add_parsers(sub, add_dirs)
    return parser


def uk_date(text: str, past: bool = False) -> date:
    """A date on the command line, read as action due dates are: day first (`1/11/2026`),
    `2026-11-01`, `1 Nov 2026`; without a year, the one nearest today, or with `past` the
    last one (`--since 1/11` in December is the November just gone)."""
    from reflect.model.since_until import read_date_near
    from reflect.report.dates import DATE_WORDS, why_not

    day = read_date_near(text, date.today(), past)
    if day is None and (why := why_not(text)):  # `31/02/2026`, `Feburary`: say why
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: {why}")
    if day is None:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date reflect can read: type it like {DATE_WORDS}")
    return day


def since_words(text: str) -> str:
    """`--since`: checked here as a day on or before today (one still to come is refused,
    saying the date, or the period, it was read as: `report.period.since_to_come`), read in
    `cmd_report` with `--until` (`report.period.read_period`: `Q4` before `--until Q1` or
    `--until March` in December is the year before's)."""
    from reflect.report.dates import NOT_SINCE
    from reflect.report.period import since_to_come

    day = uk_date(text, past=True)
    if to_come := since_to_come(text, day, date.today()):
        raise argparse.ArgumentTypeError(f"{text!r} {to_come}: {NOT_SINCE}")
    return text


def until_words(text: str) -> str:
    """`--until`: checked as a date here, read in `cmd_report` once `--since` is known (a day
    without its year is then the first such day from `--since` on:
    `model.since_until.read_until`)."""
    uk_date(text)
    return text


def dates_refused(args: argparse.Namespace) -> str:
    """Why `--since` and `--until` as typed are refused, "" where neither is: one refused
    said as argparse says a value its type refuses (`argument --since: 'Q5' is not a date:
    …`); both, each on a line of its own in the Reports screen's words
    (`report.period.period_refused`). Checked once both are read, after parsing (`ReflectParser.
    read_together`): as their types, argparse stopped at the first, and `--since Q5 --until
    2026-13` said only Since's problem (the screen says both: a learning lead's trial); and
    `--until 29/2` naming no day within a year of `--since 1/3/2026` (its next is 2028's: it
    was read as that, a day still to come, so as today: a learning lead's trial)."""
    since, until = getattr(args, "since", None), getattr(args, "until", None)
    problems = []
    for option, typed, check in (("--since", since, since_words), ("--until", until,
                                                                      until_words)):
        try:
            if typed is not None:
                check(typed)
        except argparse.ArgumentTypeError as refused:
            problems.append(f"argument {option}: {refused}")
    if len(problems) == 1:
        return problems[0]
    from reflect.report.period import period_refused, read_period

    today = date.today()
    read = read_period(since or "", until or "", today)
    if not problems and read.until_next is None:  # (each a date, and read together too:
        return ""  # a Since after the Until is said by `cmd_report`, with both dates)
    return period_refused(since or "", until or "", read, today, names=("--since", "--until")) \
        or "\n".join(problems)
