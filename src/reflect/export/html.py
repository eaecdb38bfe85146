"""HTML notes of a session: one self-contained page that prints cleanly on A4.

No scripts, no external assets (fonts, images, style sheets) and no links: the file can be
opened or printed anywhere, offline. Every piece of user and content text goes through
`printable` and then `html.escape`, so an answer such as `<script>` is shown as text.

Text in Arabic, Hebrew or another right-to-left script keeps its order beside English: each
element holding typed or review text takes its direction from its own first letter
(`dir="auto"`, `AUTO`: a paragraph, a cell, a value), and a name or an answer inside
reflect's own line is isolated from it where it holds right-to-left letters (`<bdi>`, `_bdi`,
`isolated`: a point, a person, who said it), so `سارة` before a bracket or a number is not
read into them, and a list in English stays one (its bullets on the left).

The helpers `details` and `review_sections` are shared with the Word and CPD exports.
"""

from __future__ import annotations

import html

from reflect.export import parts
from reflect.export.escaping import AUTO, bdi, isolated
from reflect.export.escaping import CSP as CSP
from reflect.export.escaping import page_head as page_head
from reflect.export.markdown import SECTION_NOTES, ordered_notes, session_facts
from reflect.export.options import ExportOptions
from reflect.model.review import Review
from reflect.model.reworded import kept_under
from reflect.model.sections import Block, section_blocks
from reflect.model.session import Answer, Session
from reflect.model.steps import CONTENT_KEYS
from reflect.text import printable

CARRIED_HEADERS = ("What", "Owner", "Due", "From the session", "Status")

def details(session: Session, options: ExportOptions,
            review: Review | None = None) -> list[tuple[str, str | list[str]]]:
    """`session_facts` with attendance as lists, following the options (raw text)."""
    groups = dict(parts.attendance(session, options))
    return [(label, groups.get(label, value))
            for label, value in session_facts(session, options, review)]


def review_sections(review: Review | None,
                    options: ExportOptions) -> list[tuple[str, str, list[Block]]]:
    """The review's content sections as (key, title, blocks) when `include_content` asks."""
    if review is None or not options.include_content:
        return []
    sections = [(key, SECTION_NOTES[key], section_blocks(review, key)) for key in CONTENT_KEYS]
    return [(key, title, blocks) for key, title, blocks in sections if blocks]


def when(session: Session) -> str:
    """The session's date as people write it (`3 May 2024`)."""
    return f"{session.created:%d %B %Y}".lstrip("0")


def _e(text: str) -> str:
    """One line of text, safe inside HTML."""
    return html.escape(printable(text))


def _bdi(text: str) -> str:
    """Typed text inside reflect's own sentence, isolated: a name in Arabic followed by a
    bracket or a number was shown with them on its wrong side."""
    return bdi(_e(text))


def _typed(s: Session) -> list[str]:
    """The names, roles and agencies typed for the session's people: isolated where a line
    of the notes says them beside each other (`سارة مثال (Health visitor, Health)`)."""
    return [word for p in s.participants for word in (p.name, p.role, p.agency)]


def _lines(text: str) -> str:
    """Text, safe inside HTML, its line breaks kept."""
    return _e(text.strip("\r\n")).replace("\n", "<br>\n")


STYLE = """\
:root { color-scheme: light; }
body {
  font-family: "Segoe UI", "Helvetica Neue", Arial, "Noto Sans", sans-serif;
  font-size: 1rem; line-height: 1.5; color: #1a1a1a; background: #fff;
  max-width: 46rem; margin: 2rem auto; padding: 0 1rem;
}
h1, h2, h3, h4 { line-height: 1.25; }
h1 { font-size: 1.8rem; margin: 0 0 1rem; }
h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 1px solid #888; padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin-top: 1.4rem; }
h4 { font-size: 1rem; margin-top: 1rem; }
p, li, dd, td { overflow-wrap: break-word; }
dl.details { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.details dt { font-weight: bold; }
dl.details dd { margin: 0; }
dl.details ul { margin: 0; padding-left: 1.2rem; }
.empty, .note { font-style: italic; color: #444; }
.extra { display: block; margin-top: .2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #888; padding: .3rem .5rem; text-align: start; vertical-align: top; }
/* What takes the room; due dates and statuses stay on one line. */
table.actions td:nth-child(3), table.actions td:nth-child(4),
table.actions th:nth-child(3), table.actions th:nth-child(4) { white-space: nowrap; width: 1%; }
table.actions td:nth-child(2) { width: 20%; }
table.time td:not(:first-child), table.time th:not(:first-child) { white-space: nowrap; width: 1%; }
table.time tr.total { font-weight: bold; }
dl.reflection dt { font-weight: bold; margin-top: .5rem; }
dl.reflection dd { margin: 0; }
th { background: #eee; }
footer { margin-top: 2rem; font-size: .9rem; color: #444; }
@page { size: A4; margin: 2cm; }
@media print {
  * { background: none !important; box-shadow: none !important; }
  body { max-width: none; margin: 0; padding: 0; color: #000; font-size: 11pt; }
  h1 { font-size: 18pt; }
  h2 { font-size: 14pt; }
  h3, h4 { font-size: 12pt; }
  h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  tr, li, dt, dd { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .empty, .note, footer { color: #000; }
}
"""


def _blocks(blocks: list[Block]) -> list[str]:
    out: list[str] = []
    in_list = False
    for b in blocks:
        if b.kind == "bullet" and not in_list:
            out.append("<ul>")
            in_list = True
        elif b.kind != "bullet" and in_list:
            out.append("</ul>")
            in_list = False
        if b.kind == "heading":
            out.append(f"<h4{AUTO}>{_e(b.text)}</h4>")
        elif b.kind == "para":
            out.append(f"<p{AUTO}>{_lines(b.text)}</p>")
        elif b.kind == "note":
            out.append(f'<p class="note"{AUTO}>{_lines(b.text)}</p>')
        else:
            lead = f"<strong>{_e(b.title)}:</strong> " if b.title else ""
            extra = f'<span class="extra">{_lines(b.extra)}</span>' if b.extra else ""
            source = f'<span class="extra note">from {_bdi(b.source)}</span>' if b.source else ""
            out.append(f"<li>{lead}{bdi(_lines(b.text))}{extra}{source}</li>")
    if in_list:
        out.append("</ul>")
    return out


def _table(css: str, headers: tuple[str, ...], rows: list[list[str]],
           last_row_class: str = "") -> list[str]:
    """A table with a header row; `rows` are raw text (escaped here, line breaks kept)."""
    head = "".join(f'<th scope="col">{_e(h)}</th>' for h in headers)
    out = [f'<table class="{css}">', "<thead>", f"<tr>{head}</tr>", "</thead>", "<tbody>"]
    for i, row in enumerate(rows):
        cells = "".join(f"<td{AUTO}>{_lines(c)}</td>" for c in row)
        cls = f' class="{last_row_class}"' if last_row_class and i == len(rows) - 1 else ""
        out.append(f"<tr{cls}>{cells}</tr>")
    return out + ["</tbody>", "</table>"]


def _answer(s: Session, a: Answer, options: ExportOptions, review: Review | None) -> list[str]:
    out: list[str] = []
    if parts.no_longer_asked(a, review):
        out.append(f'<p class="note">({_e(parts.NO_LONGER_ASKED)})</p>')
    if parts.origin_note(a):
        out.append(f'<p class="note">{_e(parts.REFLECT_QUESTION)}</p>')
    if kept := kept_under(a):
        out.append(f'<p class="note">{_e(kept)}</p>')
    if a.source.strip():
        out.append(f'<p class="note">From: {_bdi(a.source)}</p>')
    said = parts.points(s, a, options)
    if said:
        out.append('<ul class="points">')
        for text, by in said:
            attributed = f" ({isolated(by, _typed(s))})" if by else ""
            out.append(f"<li>{bdi(_lines(text))}{attributed}</li>")
        out.append("</ul>")
    written = parts.answer_parts(s, a)
    if len(written) == 1 and not written[0][0]:
        out.append(f"<p{AUTO}>{_lines(written[0][1])}</p>")
    elif written:
        out.append('<dl class="reflection">')
        for label, text in written:
            out.append(f"<dt>{_e(parts.label_text(label))}</dt><dd{AUTO}>{_lines(text)}</dd>")
        out.append("</dl>")
    if not a.has_content:
        out.append('<p class="empty">No answer recorded.</p>')
    return out


def to_html(session: Session, review: Review | None = None,
            options: ExportOptions = ExportOptions()) -> str:
    """The session's notes as a complete, self-contained HTML page."""
    s = session
    out = [
        *page_head(s.label, STYLE),
        f"<h1{AUTO}>{_e(s.label)}</h1>",
        '<section aria-labelledby="details">',
        '<h2 id="details">Details</h2>',
        '<dl class="details">',
    ]
    for label, value in details(s, options, review):
        if isinstance(value, list):
            items = "".join(f"<li>{isolated(v, _typed(s))}</li>" for v in value)
            out.append(f"<dt>{_e(label)}</dt><dd><ul>{items}</ul></dd>")
        else:
            out.append(f"<dt>{_e(label)}</dt><dd{AUTO}>{_e(value)}</dd>")
    out += ["</dl>", "</section>"]

    if s.carried:
        out += ['<section aria-labelledby="carried">',
                '<h2 id="carried">Actions from earlier sessions</h2>']
        out += _table("carried", CARRIED_HEADERS, parts.carried_rows(s, options))
        out.append("</section>")

    sections = review_sections(review, options)
    if sections:
        out += ['<section aria-labelledby="review">', '<h2 id="review">The review</h2>']
        for _key, title, blocks in sections:
            out.append(f"<h3>{_e(title)}</h3>")
            out += _blocks(blocks)
        out.append("</section>")

    notes = ordered_notes(s, review)
    if notes:
        out += ['<section aria-labelledby="notes">', '<h2 id="notes">Notes on the review</h2>']
        for key, text in notes:
            out.append(f"<h3>{_e(SECTION_NOTES.get(key, key))}</h3>")
            out.append(f"<p{AUTO}>{_lines(text)}</p>")
        out.append("</section>")

    out += ['<section aria-labelledby="questions">',
            '<h2 id="questions">Questions for reflection</h2>']
    for n, a in enumerate(s.answers, 1):
        out.append(f"<h3>{n}. {_bdi(a.question)}</h3>")
        out += _answer(s, a, options, review)
    out.append("</section>")

    out += ['<section aria-labelledby="actions">',
            f'<h2 id="actions">{_e(parts.actions_heading(s))}</h2>']
    if s.actions:
        out += _table("actions", *parts.action_table(s, options))
    else:
        out.append(f'<p class="empty">{_e(parts.no_actions(s))}.</p>')
    out.append("</section>")

    if s.mode == "individual" or s.differently.strip():
        out += ['<section aria-labelledby="differently">',
                '<h2 id="differently">What I will do differently</h2>']
        if s.differently.strip():
            out.append(f"<p{AUTO}>{_lines(s.differently)}</p>")
        else:
            out.append('<p class="empty">Nothing recorded.</p>')
        out.append("</section>")

    if s.confidence:
        out += ['<section aria-labelledby="confidence">',
                f'<h2 id="confidence">{parts.CONFIDENCE_HEADING}</h2>', "<ul>"]
        out += [f"<li><strong>{_e(when)}:</strong> {_bdi(text)}</li>"
                for when, text in parts.confidence(s)]
        out += ["</ul>", "</section>"]

    table = parts.time_table(s, review)
    if table:
        out += ['<section aria-labelledby="time">', '<h2 id="time">Time</h2>']
        out += _table("time", parts.TIME_HEADERS, [list(r) for r in table], "total")
        out.append("</section>")

    out += ["</main>",
            f"<footer>{parts.notes_footer(s)}</footer>",
            "</body>", "</html>"]
    return "\n".join(out) + "\n"
