"""A report as one self-contained HTML page: no scripts, nothing loaded (a
Content-Security-Policy says so too), charts drawn as inline SVG, printable on A4. Every piece
of text from a session file goes through `printable` then `html.escape` (`_e`); an element
holding typed text takes its direction from its own first letter (`AUTO`), and a name typed
inside reflect's sentence is isolated in `<bdi>` (`isolated`, `_bdi`), so a team or an owner
written in Arabic or Hebrew keeps its order beside English and numbers; a chart's label, in
SVG, which has no `dir="auto"`, is given its direction and the anchor that goes with it
(`svg_text`)."""

from __future__ import annotations

import html
import textwrap
from pathlib import Path

from reflect.export.escaping import AUTO, RIGHT_TO_LEFT, bdi, isolated, page_head, svg_text
from reflect.report.action_line import ActionLine
from reflect.report.action_lists import (
    action_facts,
    personal_by_review,
    personal_facts,
    personal_note,
    recommendation_facts,
    undated_note,
)
from reflect.report.by_theme import SEVERAL
from reflect.report.column_key import key_line
from reflect.report.dates import long_date
from reflect.report.lines import NOT_LINKED, Report
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
    covers,
    held_on,
    not_counted_lines,
    not_counted_note,
    overdue_heading,
    rec_status,
    review_details,
    review_row,
    themed_note,
)
from reflect.text import on_one_line, one_line, printable

STYLE = """\
:root { color-scheme: light; }
body {
  font-family: "Segoe UI", "Helvetica Neue", Arial, "Noto Sans", sans-serif;
  font-size: 1rem; line-height: 1.5; color: #1a1a1a; background: #fff;
  max-width: 62rem; margin: 2rem auto; padding: 0 1rem;
}
h1, h2, h3 { line-height: 1.25; }
h1 { font-size: 1.8rem; margin: 0 0 .5rem; }
h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 1px solid #888; padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin-top: 1.4rem; }
p, li, dd, td { overflow-wrap: break-word; }
dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.summary dt { font-weight: bold; }
dl.summary dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid #888; padding: .3rem .5rem; text-align: start; vertical-align: top; }
th { background: #eee; }
td.n, th.n { text-align: right; }
td.n { white-space: nowrap; }
table.wide { font-size: .9rem; }
td.d { white-space: nowrap; }
.note, .empty { font-style: italic; color: #444; }
figure { margin: 1rem 0; }
pre.shown { margin: .3rem 0 .5rem; white-space: pre-wrap; overflow-wrap: anywhere; }
figcaption { font-weight: bold; margin-bottom: .3rem; }
svg { max-width: 100%; height: auto; }
svg text { font-family: inherit; font-size: 13px; fill: #1a1a1a; }
.bar { fill: #2b5f8a; }
.done { fill: #1f6b3a; }
.progress { fill: #c08a1e; }
.open { fill: #b9c2cc; }
.key { display: inline-block; width: .8rem; height: .8rem; border: 1px solid #444;
       vertical-align: middle; margin: 0 .3rem 0 .8rem; }
.key.done { background: #1f6b3a; }
.key.progress { background: #c08a1e; }
.key.open { background: #b9c2cc; }
.dropped { fill: #6e5a8c; }
.key.dropped { background: #6e5a8c; }
footer { margin-top: 2rem; font-size: .9rem; color: #444; }
@page { size: A4; margin: 1.5cm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; color: #000; font-size: 10pt; }
  h1 { font-size: 18pt; }
  h2 { font-size: 14pt; }
  h3 { font-size: 12pt; }
  h1, h2, h3, figcaption { break-after: avoid; page-break-after: avoid; }
  tr, li, dt, dd, figure { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  table { font-size: 9pt; }
  th { background: none; }
  .note, .empty, footer { color: #000; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""



def _due(a: ActionLine) -> str:
    """The due date, and under it the date first agreed where a later meeting moved it: on
    one line each (the cell does not wrap)."""
    due, was = a.due_parts
    return _e(due) + (f"<br>was {_e(was)}" if was else "")

_AS_IT_IS = on_one_line(without="&<>\"'")
"""Text `_e` gives as it is: on one line, with nothing to escape (most of a report's text)."""


def _e(text: str) -> str:
    """Text on one line, safe inside HTML (and SVG)."""
    if _AS_IT_IS.fullmatch(text):
        return text
    return html.escape(one_line(text))  # one_line makes it printable


def _bdi(text: str) -> str:
    """Typed text inside reflect's sentence, isolated (`isolated`)."""
    return bdi(_e(text))


def _facts(facts: list[str], a: ActionLine) -> str:
    """An action's facts, `; ` between them, each isolated, and the names typed inside one
    (`session اجتماع 2 (…)`) isolated in it: an owner or a team in Arabic before `; due 3
    May` took the date into its own run."""
    typed = [a.team, a.owner, a.session_title, a.involved]
    said = "; ".join(facts)
    if not RIGHT_TO_LEFT.search(said):  # (most: in Latin letters, said as they were)
        return _e(said)
    return "; ".join(_bdi(fact) if fact in typed else f"<bdi>{isolated(fact, typed)}</bdi>"
                     for fact in facts)


def _unreadable(message: str) -> str:
    """A file that could not be read: what is wrong, then the line it shows (and as it could
    read) as preformatted lines under it, not run into the sentence (a trial)."""
    said, *shown = message.split("\n")
    shown = [line for line in textwrap.dedent("\n".join(shown)).split("\n") if line.strip()]
    block = "\n".join(html.escape(printable(line)) for line in shown)
    return f"<li>{_e(said)}" + (f'<pre class="shown">{block}</pre>' if shown else "") + "</li>"


class _Ids:
    def __init__(self) -> None:
        self.n = 0

    def next(self) -> str:
        self.n += 1
        return f"chart-{self.n}"


_LABEL_W, _BAR_W, _ROW_H, _PAD = 230, 300, 24, 8


def _chart(ids: _Ids, caption: str, rows: list[tuple[str, list[tuple[int, str]], str]]) -> str:
    """A horizontal bar chart: each row is (label, [(value, css class)], text after the bar).

    Every number is also written as text beside its bar, so nothing relies on colour."""
    most = max((sum(v for v, _ in segs) for _, segs, _ in rows), default=0) or 1
    width = _LABEL_W + _BAR_W + 200
    height = _PAD * 2 + _ROW_H * len(rows)
    cid = ids.next()
    out = [f'<figure aria-labelledby="{cid}-caption">',
           f'<figcaption id="{cid}-caption">{_e(caption)}</figcaption>',
           (f'<svg role="img" aria-labelledby="{cid}-title" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}">'),
           f'<title id="{cid}-title">{_e(caption)}</title>']
    for i, (label, segs, after) in enumerate(rows):
        y = _PAD + i * _ROW_H
        shown = one_line(label, 34)
        out.append(f'<text x="{_LABEL_W - 8}" y="{y + 16}"{svg_text(shown, "right")}>'
                   f'<title>{_e(label)}</title>{_e(shown)}</text>')
        x = float(_LABEL_W)
        for value, css in segs:
            if value <= 0:
                continue
            w = _BAR_W * value / most
            out.append(f'<rect class="{css}" x="{x:.1f}" y="{y + 4}" width="{w:.1f}" '
                       f'height="{_ROW_H - 8}"/>')
            x += w
        out.append(f'<text x="{x + 6:.1f}" y="{y + 16}">{_e(after)}</text>')
    out += ["</svg>", "</figure>"]
    return "\n".join(out)


def _dl(pairs: list[tuple[str, str]]) -> list[str]:
    out = ['<dl class="summary">']
    out += [f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in pairs]
    out.append("</dl>")
    return out


def _th(*cols: str, numeric: range = range(0)) -> str:
    """A header row; the columns in `numeric` hold numbers (right-aligned)."""
    cells = []
    for i, c in enumerate(cols):
        cls = ' class="n"' if i in numeric else ""
        cells.append(f'<th scope="col"{cls}>{_e(c)}</th>')
    return "<thead><tr>" + "".join(cells) + "</tr></thead>"


def to_html(r: Report) -> str:
    ids = _Ids()
    typed = [*r.teams_taken, r.filters.team or "", (r.filters.team_for or ("",))[0]]
    out = [
        *page_head(f"{TITLE}, {long_date(r.today)}", STYLE),
        f"<h1>{_e(TITLE)}</h1>",
        f"<p>Report made {_e(long_date(r.today))}, covering {isolated(covers(r), typed)}.</p>",
        *([f"<p><strong>{_e(unreadable_note(r))}</strong></p>"] if r.unreadable else []),
        '<section aria-labelledby="summary">',
        '<h2 id="summary">Summary</h2>',
        *_dl(summary_rows(r)),
        *(f'<p class="note">{isolated(note, [t.team for t in r.teams])}</p>'
          for note in (not_counted_note(r), themed_note(r), alike_note(r)) if note),
        "</section>",
    ]

    out += ['<section aria-labelledby="reviews">', '<h2 id="reviews">By review</h2>']
    if r.reviews:
        out.append(_chart(ids, "Sessions per review",
                          [(x.title, [(x.sessions, "bar")], str(x.sessions)) for x in r.reviews]))
        with_actions = [x for x in r.reviews if x.actions_agreed]
        if with_actions:
            dropped = any(x.actions_dropped for x in with_actions)  # (said where any are)
            out.append(_chart(ids, "Agreed actions: done, in progress and open"
                              + (", and dropped" if dropped else ""), [
                (x.title, [(x.actions_done, "done"), (x.actions_in_progress, "progress"),
                           (x.actions_open, "open"), (x.actions_dropped, "dropped")],
                 (f"{x.actions_done} done, {x.actions_in_progress} in progress, "
                 f"{x.actions_open} open" + (f", {x.actions_dropped} dropped" if dropped
                                             else ""))) for x in with_actions]))
            out.append('<p aria-hidden="true"><span class="key done"></span>done'
                       '<span class="key progress"></span>in progress'
                       '<span class="key open"></span>open'
                       + ('<span class="key dropped"></span>dropped' if dropped else "")
                       + "</p>")
        out += ['<table class="wide">',
                _th(*REVIEW_COLUMNS, numeric=REVIEW_NUMBERS),
                "<tbody>"]
        for x in r.reviews:
            title, *cells, last = review_row(x, r.filters)
            out.append(f'<tr><th scope="row"{AUTO}>{_e(title)}</th>'
                       + "".join(f'<td class="n">{_e(n)}</td>' for n in cells)
                       + f'<td class="d">{_e(last)}</td></tr>')
        out += ["</tbody>", "</table>", f'<p class="note">{_e(key_line(r.totals.came_twice))}</p>']
        for x in r.reviews:
            if details := review_details(x):
                typed = [*x.teams, *x.by_role, *x.by_agency, *x.own_by_agency, *x.themed]
                out += [f"<h3{AUTO}>{_e(x.title)}</h3>", '<dl class="summary">',
                        *(f"<dt>{_e(label)}</dt><dd>{isolated(words, typed)}</dd>"
                          for label, words in details),
                        "</dl>"]
    else:
        out.append('<p class="empty">No sessions match.</p>')
    out.append("</section>")

    out += ['<section aria-labelledby="teams">', '<h2 id="teams">By team</h2>']
    if r.teams:
        out += ["<table>", _th("Team", "Actions", "Reviews covered (dates)"), "<tbody>"]
        for team in r.teams:
            covered = "<br>".join(
                f"{_bdi(tr.title)}: {isolated(held_on(tr), tr.titles + tr.individual_titles)}"
                + "".join(f"<br>{_e(c)}" for c in tr.confidence)
                for tr in team.reviews)
            counted = "<br>".join(_e(f"{label}: {words}") for label, words in team.actions.lines())
            out.append(f'<tr><th scope="row"{AUTO}>{_e(team.team)}</th><td>{counted}</td>'
                       f'<td>{covered}</td></tr>')
        out += ["</tbody>", "</table>"]
    else:
        out.append('<p class="empty">No sessions match.</p>')
    out.append("</section>")

    out += ['<section aria-labelledby="themes">', '<h2 id="themes">By theme</h2>',
            *([f'<p class="note">{_e(SEVERAL)}</p>'] if r.several_themes else [])]
    for theme in r.themes:
        out += [f"<h3{AUTO}>{_e(theme.theme)}</h3>", '<dl class="summary">',
                *(f"<dt>{_e(label)}</dt><dd>{isolated(words, [*theme.teams, *theme.reviews])}</dd>"
                  for label, words in theme.lines()), "</dl>"]
    if not r.themes:
        out.append('<p class="empty">No sessions match.</p>')
    out.append("</section>")

    out += ['<section aria-labelledby="recs">',
            '<h2 id="recs">Actions by recommendation</h2>']
    current = None
    for rec in r.recommendations:
        if rec.review_id != current:
            current = rec.review_id
            out.append(f"<h3{AUTO}>{_e(rec.review_title)}</h3>")
        cls = ' class="note"' if rec.label == NOT_LINKED or not rec.actions else ""
        joined, status = rec_status(rec)
        out.append(f"<p><strong{cls}>{_bdi(rec.label)}</strong>{joined}{_e(status)}</p>")
        if listed := recommendation_facts(rec):
            out.append("<ul>")
            out += [f"<li>{_bdi(a.text)} ({_facts(facts, a)})</li>" for a, facts in listed]
            out.append("</ul>")
    if not r.recommendations:
        out.append('<p class="empty">No actions agreed.</p>')
    out.append("</section>")

    if r.personal:
        out += ['<section aria-labelledby="personal">', f'<h2 id="personal">{_e(PERSONAL)}</h2>',
                f'<p class="note">{_e(personal_note(r))}</p>']
        for title, actions in personal_by_review(r):
            out += [f"<h3{AUTO}>{_e(title)}</h3>", "<ul>",
                    *(f"<li>{_bdi(a.text)} ({_facts(personal_facts(a, r.today), a)})</li>"
                      for a in actions), "</ul>"]
        out.append("</section>")

    out += ['<section aria-labelledby="overdue">',
            f'<h2 id="overdue">{_e(overdue_heading(r))}</h2>']
    if note := outside_note(r):
        out.append(f'<p class="note">{_e(note)}</p>')
    if r.overdue:
        out += ["<table>", _th(*OVERDUE_HEADERS), "<tbody>"]
        out += [f"<tr><td{AUTO}>{_e(a.review_title)}</td><td{AUTO}>{_e(a.team)}</td>"
                f"<td{AUTO}>{_e(a.owner_handed)}</td><td{AUTO}>{_e(a.text)}</td>"
                f'<td class="d">{_due(a)}</td><td>{_e(a.status_shown)}</td>'
                f"<td{AUTO}>{_e(a.session_said)}</td></tr>" for a in r.overdue]
        out += ["</tbody>", "</table>"]
    else:
        out.append('<p class="empty">None.</p>')
    out.append("</section>")
    if r.undated:
        out += ['<section aria-labelledby="undated">', f'<h2 id="undated">{UNDATED}</h2>',
                f'<p class="note">{_e(undated_note(r))}</p>', "<ul>"]
        out += [f"<li>{_bdi(a.text)} ({_facts(action_facts(a, True), a)})</li>"
                for a in r.undated]
        out += ["</ul>", "</section>"]

    out += _html_problems(r)
    out += ["</main>",
            ("<footer><p>Made by reflect from session files. People are counted by role and "
            "agency; no one is named.</p></footer>"),
            "</body>", "</html>"]
    return "\n".join(out) + "\n"


def _html_problems(r: Report) -> list[str]:
    out: list[str] = []

    def items(pairs: list[tuple[Path, str]]) -> list[str]:
        return ["<ul>", *(f"<li>{_bdi(str(p))}: {_e(why)}</li>" for p, why in pairs), "</ul>"]

    if r.flagged:
        out += ['<section aria-labelledby="flagged">',
                '<h2 id="flagged">Sessions counted with a note</h2>',
                *items([(p, flag) for p, _, flag in r.flagged]), "</section>"]
    if r.not_counted:
        out += ['<section aria-labelledby="not-counted">',
                f'<h2 id="not-counted">{_e(NOTHING_RECORDED)}</h2>',
                "<ul>", *(f"<li>{isolated(line, [s.title, s.team, s.review_title])}</li>"
                          for line, s in zip(not_counted_lines(r), r.not_counted, strict=True)),
                "</ul>",
                "</section>"]
    if r.conflicts:
        out += ['<section aria-labelledby="conflicts">',
                '<h2 id="conflicts">Conflict copies (not counted)</h2>',
                ("<p>Resolve each: compare it with the session it copies, carry over anything "
                "missing, then move the copy out of the folder.</p>"),
                *items(r.conflicts), "</section>"]
    if r.unreadable:
        out += ['<section aria-labelledby="unreadable">',
                '<h2 id="unreadable">Files that could not be read (not counted)</h2>',
                "<ul>", *(_unreadable(m) for m in r.unreadable), "</ul>", "</section>"]
    return out
