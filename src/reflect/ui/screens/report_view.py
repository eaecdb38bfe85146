"""A report shown with widgets, not as Markdown source: headings as bold text, tables fitted
to the screen's width (`WrappedTable`: none scrolls sideways), lists as plain lines. Long lists
are shortened here (the saved report has everything), so thousands of sessions stay quick.

Everything from a session file (teams, roles, agencies, action texts, file names) is data: it
goes into `Text` or the `Literal` widget, never through markup.
"""

from __future__ import annotations

from datetime import date

from textual.containers import VerticalScroll
from textual.widget import Widget

from reflect.model.dates import short_date
from reflect.report import Report
from reflect.report.action_line import ActionLine
from reflect.report.action_lists import (
    action_facts,
    personal_by_review,
    personal_facts,
    personal_note,
    undated_note,
    under_recommendation,
)
from reflect.report.by_theme import SEVERAL
from reflect.report.column_key import LEAD, key_pairs
from reflect.report.dates import long_date
from reflect.report.gather import Filters
from reflect.report.lines import NOT_LINKED, ReviewLine, TeamReview
from reflect.report.summary_rows import outside_note, summary_rows, unreadable_note
from reflect.report.words import (
    NOTHING_RECORDED,
    PERSONAL,
    REVIEW_COLUMNS,
    TITLE,
    UNDATED,
    alike_note,
    covers,
    every_date,
    held_on,
    last_discussed,
    not_counted_lines,
    not_counted_note,
    overdue_heading,
    questions_words,
    rec_status,
    review_details,
    review_row,
    themed_note,
    titled_day,
)
from reflect.text import plural
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.wrapped_table import (
    SEPARATOR,
    Block,
    Cell,
    Stacked,
    WrapColumn,
    WrappedTable,
    stack,
)


def _h(text: str, level: int) -> Literal:
    return Literal(text, "bold underline" if level < 3 else "bold",
                   classes=f"report-h{level}")


def _lines(lines: list[str], classes: str = "report-lines") -> Literal:
    return Literal("\n".join(lines), classes=classes)


MAX_ACTIONS = 10
"""Actions listed under each recommendation here (the saved report lists them all): thousands
of lines of text would make the screen slow to draw and no easier to read."""
MAX_DATES = 8
SESSION_LINE = len("session June huddle (20261204-child-i-e5130bbd)")
"""The overdue actions are a table where the action's column has room for a session's line
whole (beside the due date's words), else blocks: at 60x20 a column 34 wide ran rows ten
lines tall, where blocks the screen's width take five or six."""
OVERDUE_COLUMNS = (WrapColumn("Action", 4, 0, 0, least=SESSION_LINE),
                   WrapColumn("Due, status", 1, 0, 1, whole=True))
"""The overdue actions' table wherever the action's words have room (`WrappedTable`): the
action, with its review, team and whose it is, then its session, under it (`_action`); its
due date whole (on one line where there is room, else the words typed over the date read),
then its status, under it (`_due_status`). At 80x24 a column each for the review, the team,
the status and the session left the action's words twelve wide, nine lines a row (a trial):
now the action has fifty at 80x24, and a row is four to six lines.
Narrower (60x20), each action is a stacked block (`_block`). The saved reports give each
fact a column of its own."""
MAX_ROWS = 200

QUESTIONS = REVIEW_COLUMNS.index("Questions answered")
"""The by-review table's column of questions answered: `4 of 6`, or `4/6` where narrower."""
REVIEW_SHORT = ("", "Sess", "Own", "", "Agen.", "Att.", "Qs", "Agr.", "Done", "Last")
"""The by-review table's short labels, where the columns cannot each have their labels'
words whole (at 80x24; a key under the table says what each stands for): in full, at 80x24
the table scrolled sideways, its "Attendances" column out of sight past the right edge."""
BY_REVIEW = (WrapColumn(REVIEW_COLUMNS[0], 4, 12, 0),
             *(WrapColumn(label, int(n == QUESTIONS), 0, 1, short=short, right=True,
                          unbroken=True, alike=True)
               for n, (label, short) in enumerate(zip(REVIEW_COLUMNS[1:-1], REVIEW_SHORT[1:-1],
                                                      strict=True), 1)),
             WrapColumn(REVIEW_COLUMNS[-1], 0, len("30 Sep"), 2, whole=True, alike=True,
                        short=REVIEW_SHORT[-1]))
"""The by-review table (`WrappedTable`): each figure whole, on one line, first (the
questions answered `4/6`); then the last day on one line, `3 Dec 2026` (`30 Sep` over
`2026` where that does not fit; no wider); then the review's title, wrapped at its words
where it must; what is left to the title and to the questions answered (`4 of 6` where
every row's fits: each column's figures alike). So at 80x24 a review of a short title
is one line: each was two, its title or its day wrapped (a helper's trial). Narrower still
(60x20), each review is a block of words (`_review_block`)."""


def review_key(width: int = 0, twice: bool = True, short: bool = True) -> str:
    """What each column counts, as the saved reports say it (report/column_key.py), each
    short label said with what it stands for where they are `short` (`Sess = sessions: …`);
    given a `width`, in lines no wider, none breaking a pair (it read `Att.` / `=
    attendances`). `twice`: whether someone may have come to two meetings
    (`ReviewLine.came_twice`), said of the attendances as the summary says it."""
    labels = {c.label: c.short for c in BY_REVIEW if c.short} if short else {}
    pairs = key_pairs(twice, labels)
    pairs[0] = f"Key: {pairs[0]}" if short else f"{LEAD} {pairs[0]}"
    return "\n".join(stack(pairs, width)) if width else SEPARATOR.join(pairs)


def _review_cells(line: ReviewLine, filters: Filters) -> list[Cell]:
    """A review's row as the saved reports have it, its questions answered and last day
    shorter where their columns are narrower (`4/6`; `3 Dec 2026`, wrapped at its words
    narrower still)."""
    *figures, asked, agreed, done, last = review_row(line, filters)
    return [*figures, (asked, asked.replace(" of ", "/")), agreed, done,
            (last, last_discussed(line, filters, lambda d: short_date(d, weekday=False)))]


def _review_block(line: ReviewLine, filters: Filters) -> Block:
    """A review as a person reads it on a narrow screen: its title, then each figure in
    words (`Child I` / `5 sessions (2 of them individual reflections) · 3 teams · …`)."""
    own = line.individual_reflections
    alone = ("no individual reflections" if not own else "1 of them an individual reflection"
             if own == 1 else f"{own} of them individual reflections")
    asked = (f"{questions_words(line)} questions answered" if line.questions_asked else
             f"{plural(line.questions_covered, 'question')} answered")
    return ((line.title,),
            (f"{plural(line.sessions, 'session')} ({alone})", plural(len(line.teams), "team"),
             plural(len(line.agencies), "agency", "agencies"),
             plural(line.attendees, "attendance"), asked,
             f"{plural(line.actions_agreed, 'action')} agreed, {line.actions_done} done",
             f"last discussed: {last_discussed(line, filters)}"))


def _due_forms(a: ActionLine) -> tuple[str, ...]:
    """A due date (`report.dates.due_parts`: the date read, `Sun 31 Jan 2027`) on one line,
    then on two where the column is narrower: words that name no date over what is said of
    them (`when the audit is back` / `(not read as a date)`). One a later meeting moved, the
    date first agreed under it (`was Sun 1 Nov 2026`), each as narrow: on one line with it,
    the column was too wide to keep at 100x30."""
    due, was = a.due_parts
    if not was:
        return _one_due(due)
    return tuple(f"{new}\nwas {old}" for new, old in zip(_one_due(due), _one_due(was),
                                                         strict=True))


def _due_status(a: ActionLine) -> tuple[str, ...]:
    """An overdue action's due date (`_due_forms`), its status under it (`open`, `in
    progress`: a progress note noted is said under the action's words, `_action`)."""
    return tuple(f"{due}\n{a.status}" for due in _due_forms(a))


def _one_due(due: str) -> tuple[str, str]:
    words, bracket, day = due.rpartition(" (")
    return (due, f"{words}\n({day}") if bracket and words else (due, due)


def _action(a: ActionLine) -> Stacked:
    """An overdue action as its table's first cell: its words; its review, team and whose it
    is; where it got to, as a later meeting noted it (`progress: half done`); its session by
    title and id, and where it was agreed at a session outside the report's period, that
    (`session June huddle (20260610-child-i-0000aaa1) · agreed before this period, on 10
    June 2026`). Each line's parts joined where they fit, at the column's width."""
    return Stacked(((a.text,), (a.review_title, a.team, a.owner_said),
                    (f"progress: {a.progress}" if a.progress else "",),
                    (f"session {a.session_shown}", a.outside_shown)))


def _block(a: ActionLine) -> Block:
    """An overdue action as a person reads it on a narrow screen: the action; its review and
    team; whose it is; its due date (and the date first agreed, where a later meeting moved
    it) and status; its session by title and id (`Child I · Invented North Team` / `owner:
    Social worker, Children's Social Care` / `due Sun 1 Nov 2026 · open`)."""
    due, was = a.due_parts
    return ((a.text,), (a.review_title, a.team),
            (a.owner_said,),
            (f"due {due}", f"was {was}" if was else "", a.status_shown),
            (f"session {a.session_shown}",), (a.outside_shown,))


def _dates(dates: list[date], titles: list[str]) -> str:
    if len(dates) <= MAX_DATES:
        return every_date(dates, titles)
    return (f"{len(dates)} sessions, the first on {titled_day(dates[0], titles[0])}, the last "
            f"on {titled_day(dates[-1], titles[-1])}")


def _held(tr: TeamReview) -> list[str]:
    """A review a team held: its days, then the room's confidence check of each session that
    asked it (`3 December 2026: confidence 3.5 → – (4 → – answers)`), as the saved reports say
    it (the screen left it out: a trial); shortened as the days are."""
    shown = tr.confidence[:MAX_DATES]
    more = len(tr.confidence) - len(shown)
    return [f"• {tr.title}: {held_on(tr, _dates)}", *(f"  {c}" for c in shown),
            *([f"  … and {plural(more, 'more confidence check')}: save the report (Ctrl+O) "
               "to see every one"] if more else [])]


def report_widgets(r: Report) -> list[Widget]:
    """The report as widgets, in the order of the Markdown and HTML reports."""
    out: list[Widget] = [
        _h(TITLE, 1),
        Literal(f"Report made {long_date(r.today)}, covering {covers(r)}.", classes="report-p"),
        *([Literal(unreadable_note(r), "bold", classes="report-p", id="report-unreadable")]
          if r.unreadable else []),
        _h("Summary", 2),
        _lines([f"{label}: {value}" for label, value in summary_rows(r)], "report-summary"),
    ]
    if note := not_counted_note(r):
        out.append(Literal(note, "italic", classes="report-p", id="report-not-counted"))
    if note := themed_note(r):
        out.append(Literal(note, "italic", classes="report-p", id="report-themed-note"))
    if note := alike_note(r):
        out.append(Literal(note, "italic", classes="report-p", id="report-alike-teams"))
    out.append(_h("By review", 2))
    if r.reviews:
        out += [WrappedTable(BY_REVIEW, [_review_cells(x, r.filters) for x in r.reviews],
                             "report-table report-reviews",
                             blocks=[_review_block(x, r.filters) for x in r.reviews],
                             scrolls=False),
                Literal(review_key(twice=r.totals.came_twice), "italic", classes="report-p",
                        id="report-reviews-key")]
        for x in r.reviews:
            if details := review_details(x):
                out.append(_h(x.title, 3))
                out.append(_lines([f"{label}: {words}" for label, words in details]))
    else:
        out.append(Literal("No sessions match.", "italic"))

    out.append(_h("By team", 2))
    for team in r.teams:
        out.append(_h(team.team, 3))
        out.append(_lines([f"{label}: {words}" for label, words in team.actions.lines()]
                          + [line for tr in team.reviews for line in _held(tr)]))
    if not r.teams:
        out.append(Literal("No sessions match.", "italic"))

    out.append(_h("By theme", 2))
    if r.several_themes:
        out.append(Literal(SEVERAL, "italic", classes="report-p", id="report-several-themes"))
    for theme in r.themes:
        out.append(_h(theme.theme, 3))
        out.append(_lines([f"{label}: {words}" for label, words in theme.lines()]))
    if not r.themes:
        out.append(Literal("No sessions match.", "italic"))

    out.append(_h("Actions by recommendation", 2))
    current = None
    for rec in r.recommendations:
        if rec.review_id != current:
            current = rec.review_id
            out.append(_h(rec.review_title, 3))
        style = "italic" if rec.label == NOT_LINKED or not rec.actions else "bold"
        out.append(Literal(rec.label + "".join(rec_status(rec)), style, classes="report-rec"))
        if listed := under_recommendation(rec):
            lines = [f"• {text} ({facts})" for text, facts in listed[:MAX_ACTIONS]]
            if len(listed) > MAX_ACTIONS:
                lines.append(f"… and {len(listed) - MAX_ACTIONS} more: save the report "
                             "(Ctrl+O) to see every action")
            out.append(_lines(lines))
    if not r.recommendations:
        out.append(Literal("No actions agreed.", "italic"))

    if r.personal:
        out += [_h(PERSONAL, 2), Literal(personal_note(r), "italic", classes="report-p")]
        for title, actions in personal_by_review(r):
            lines = [f"• {a.text} ({'; '.join(personal_facts(a, r.today))})"
                     for a in actions[:MAX_ACTIONS]]
            if len(actions) > MAX_ACTIONS:
                lines.append(f"… and {len(actions) - MAX_ACTIONS} more: save the report "
                             "(Ctrl+O) to see every action")
            out += [_h(title, 3), _lines(lines)]

    out.append(_h(overdue_heading(r), 2))
    if note := outside_note(r):
        out.append(Literal(note, "italic", classes="report-p", id="report-outside-note"))
    if r.overdue:
        overdue = r.overdue[:MAX_ROWS]
        out.append(WrappedTable(OVERDUE_COLUMNS, [(_action(a), _due_status(a)) for a in overdue],
                                "report-table report-overdue", blocks=[_block(a) for a in overdue]))
        if len(r.overdue) > MAX_ROWS:
            out.append(Literal(f"… and {len(r.overdue) - MAX_ROWS} more: save the report "
                               "(Ctrl+O) to see every one", "italic"))
    else:
        out.append(Literal("None.", "italic"))
    if r.undated:
        out += [_h(UNDATED, 2), Literal(undated_note(r), "italic", classes="report-p"),
                _lines([f"• {a.text} ({'; '.join(action_facts(a, True))})"
                        for a in r.undated[:MAX_ROWS]])]
        if len(r.undated) > MAX_ROWS:  # (cut unsaid, 200 of 205 read as all: a trial)
            out.append(Literal(f"… and {len(r.undated) - MAX_ROWS} more: save the report "
                               "(Ctrl+O) to see every one", "italic"))

    if r.flagged:
        out += [_h("Sessions counted with a note", 2),
                _lines([f"• {path}: {flag}" for path, _, flag in r.flagged])]
    if r.not_counted:
        out += [_h(NOTHING_RECORDED, 2),
                _lines([f"• {line}" for line in not_counted_lines(r)[:MAX_ROWS]])]
        if len(r.not_counted) > MAX_ROWS:
            out.append(Literal(f"… and {len(r.not_counted) - MAX_ROWS} more: save the report "
                               "(Ctrl+O) to see every one", "italic"))
    if r.conflicts:
        out += [_h("Conflict copies (not counted)", 2),
                Literal("Resolve each: compare it with the session it copies, carry over "
                        "anything missing, then move the copy out of the folder.",
                        classes="report-p"),
                _lines([f"• {path}: {reason}" for path, reason in r.conflicts])]
    if r.unreadable:
        out += [_h("Files that could not be read (not counted)", 2),
                _lines([f"• {msg}" for msg in r.unreadable])]
    return out


class ReportView(VerticalScroll):
    """The report, replaced whole each time it is made again."""

    DEFAULT_CSS = """
    ReportView { height: 1fr; }
    ReportView .report-h1 { margin: 0 0 1 0; }
    ReportView .report-h2 { margin: 1 0 1 0; }
    ReportView .report-h3 { margin: 1 0 0 0; }
    ReportView .report-table { height: auto; width: 100%; }
    ReportView .report-overdue { max-height: 20; }
    ReportView .report-lines { margin: 0 0 0 2; }
    ReportView #report-reviews-key { display: none; }
    """

    twice = True
    """Whether the report shown says one person at two meetings counts twice (its totals'
    `came_twice`): the by-review table's key says it alike."""

    def on_wrapped_table_laid(self, event: WrappedTable.Laid) -> None:
        """The key to the by-review table, its short labels said where it shows them; not
        under its blocks (`5 sessions (2 of them individual reflections)` says it)."""
        table = event.table
        if table.has_class("report-reviews") and table.parent is self:
            for key in self.query_children("#report-reviews-key").results(Literal):
                key.show(review_key(table.filled_width, self.twice, table.short), "italic")
                key.display = not table.stacked

    async def show_report(self, report: Report) -> None:
        self.twice = report.totals.came_twice
        with self.app.batch_update():
            await self.remove_children()
            await self.mount_all(report_widgets(report))
        self.scroll_home(animate=False)

    async def show_message(self, text: str) -> None:
        await self.remove_children()
        await self.mount(Literal(text, id="report-message"))
