"""A one-page handout of a review, in the manner of a 7-minute briefing: A4, for print.

What happened in brief, the key learning, the questions, space for notes and where to get
support, each quoting the review's own words (shortened with "…" where the page needs it). The
page is laid out as a PDF first: the most the review says that still fits one page is chosen
(`fit`), and the HTML and Word versions give the same content. Where points of the key learning
or of what went well are left out, the page says how many ("+1 more in the briefing"). A themed
session's page takes its points fairly across its reviews (`fairly`), and says which reviews'
briefings hold those left out.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass

from reflect.export.html import CSP
from reflect.model.review import Point, Review
from reflect.model.theme_ids import is_theme_id
from reflect.text import printable

LEVELS = (  # (items of learning, characters per quoted text, introduction characters)
    (6, 320, 700), (5, 260, 560), (4, 220, 450), (4, 170, 360), (3, 140, 280), (3, 110, 200),
    (2, 90, 150))


@dataclass(frozen=True)
class Handout:
    title: str
    source: str
    happened: list[str]
    learning: list[str]
    good: list[str]
    questions: list[str]
    support: str
    learning_more: int = 0
    """Points of learning and development the page leaves out."""
    good_more: int = 0
    """Points of good practice the page leaves out."""
    learning_more_in: tuple[str, ...] = ()
    """A themed session's: the reviews whose points of learning the page leaves out."""
    good_more_in: tuple[str, ...] = ()
    """A themed session's: the reviews whose points of good practice the page leaves out."""

    def lists(self) -> list[tuple[str, list[str], str]]:
        """The bulleted sections with something in them: heading, lines, and what the page
        says of the points left out ("" for none)."""
        return [(heading, lines, more) for heading, lines, more in (
            ("Key learning", self.learning, more_line(self.learning_more,
                                                      self.learning_more_in)),
            ("What went well", self.good, more_line(self.good_more, self.good_more_in)),
            ("Questions to discuss", self.questions, "")) if lines]


def more_line(n: int, sources: tuple[str, ...] = ()) -> str:
    """What the page says under a list it left `n` points of out ("" for none): 4 of 5 points
    listed with nothing said read as the whole (a trial). Under a theme, the reviews whose
    briefings hold them, by name: "+9 more in the briefing" sent a reader looking for one
    briefing where there were three (a trial)."""
    if not n:
        return ""
    if not sources:
        return f"+{n} more in the briefing"
    names = [" ".join(printable(s).split()) for s in sources]
    said = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    return f"+{n} more in the briefing{'s' if len(names) > 1 else ''} of {said}"


def fairly(points: list[Point], n: int) -> tuple[list[Point], tuple[str, ...]]:
    """At most `n` of `points`, taken in turn from each review they come from (by `source`:
    the first of each, then the second, ...), listed in their own order; and the reviews,
    in order, of the points left out (none named for a review's own, whose points name no
    source). A themed page took them in library order, and a long first review filled "Key
    learning" (a trial)."""
    turn: dict[str, int] = {}
    rounds = []
    for at, p in enumerate(points):
        key = p.source or ""
        turn[key] = turn.get(key, -1) + 1
        rounds.append((turn[key], at))
    chosen = {at for _, at in sorted(rounds)[:n]}
    left = dict.fromkeys(p.source for at, p in enumerate(points)
                         if at not in chosen and p.source)
    return [p for at, p in enumerate(points) if at in chosen], tuple(left)


def shorten(text: str, limit: int) -> str:
    """`text` on one line, cut at a word before `limit` characters with "…" when longer."""
    flat = " ".join(printable(text).split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    return (cut[: cut.rindex(" ")] if " " in cut else cut).rstrip(" ,;:.-") + "…"


def _from(source: str | None) -> str:
    """The review an item of a themed session's page comes from, after it, as the app and the
    notes name it (` (Child AC)`); "" for a review's own."""
    return f" ({' '.join(source.split())})" if source and source.strip() else ""


def _point(title: str | None, text: str, limit: int, source: str | None = None) -> str:
    lead, after = f"{' '.join(title.split())}: " if title else "", _from(source)
    return lead + shorten(text, max(40, limit - len(lead) - len(after))) + after


def source_line(review: Review) -> str:
    """Where the page's words come from. A themed session's are from several reviews, each
    named after its words: the page said "Quotations are from the review" over items from
    every review tagged, none saying which (a midwife's trial)."""
    said = f"From {' '.join(review.partnership.split())}, {' '.join(review.review_type.split())}."
    if is_theme_id(review.id):
        return (f"{said} Quotations are from the reviews named after each; read their full "
                "briefings for the whole picture.")
    return f"{said} Quotations are from the review; read the full briefing for the whole picture."


def opens_with(text: str, summary: str) -> bool:
    """Whether `text` starts with `summary` (spacing aside; a summary cut short with "…", as
    the importer cuts a long first sentence, by the words before it)."""
    start = " ".join(printable(summary).removesuffix("…").split())
    return bool(start) and " ".join(printable(text).split()).startswith(start)


def happened_lines(review: Review, limit: int, intro: int) -> list[str]:
    """What happened: the summary, then the introduction; the introduction alone where it
    opens with the summary (an imported review's summary is its first sentence, and the page
    said it twice, a trial)."""
    whole = " ".join(review.introduction)
    if whole and opens_with(whole, review.summary):
        return [shorten(whole, intro)]
    return [shorten(review.summary, limit)] + ([shorten(whole, intro)] if whole else [])


def build(review: Review, support: str, level: int = 0) -> Handout:
    items, limit, intro = LEVELS[min(level, len(LEVELS) - 1)]
    happened = happened_lines(review, limit, intro)
    points = [*review.learning, *review.development]
    learnt, learning_more_in = fairly(points, items)
    went_well, good_more_in = fairly(review.good_practice, max(1, items // 2))
    learning = [_point(p.title, p.text, limit, p.source) for p in learnt]
    good = [_point(p.title, p.text, limit, p.source) for p in went_well]
    return Handout(
        title=f"7-minute briefing: {' '.join(review.title.split())}",
        source=source_line(review),
        happened=happened, learning=learning, good=good,
        questions=[_point(None, q.text, limit, q.source) for q in review.questions],
        support=" ".join(printable(support).split()),
        learning_more=len(points) - len(learning),
        good_more=len(review.good_practice) - len(good),
        learning_more_in=learning_more_in, good_more_in=good_more_in)


NOTE_LINES = 5
"""Ruled lines for notes a handout must leave room for."""


def _pdf_page(h: Handout) -> tuple[bytes, int, int]:
    """The handout's PDF, its number of pages and of ruled lines for notes."""
    from reflect.export.pdf import Page, _quiet

    page = Page(h.title, margin_mm=14)
    with _quiet():
        page.heading(h.title, 0)
        page.para(h.source, 8.5, "I")
        page.heading("What happened", 2)
        for line in h.happened:
            page.para(line, 9.5)
        for heading, lines, more in h.lists():
            page.heading(heading, 2)
            for line in lines:
                page.item(line, "•", size=9.5)
            if more:
                page.para(more, 8.5, "I")
        page.heading("Notes", 2)
        pdf = page.pdf
        room = pdf.h - pdf.b_margin - pdf.get_y() - 24  # leave room for the support box
        ruled = max(2, min(8, int(room // 7)))
        page.rule_lines(ruled)
        page.boxed("Where to get support", "", h.support)
    return page.output(), page.pages, ruled


def fit_level(review: Review, support: str) -> tuple[int, Handout, bytes]:
    """The fullest handout whose PDF is one page with room for notes (the shortest level
    when none is), with its level."""
    for level in range(len(LEVELS)):
        h = build(review, support, level)
        data, pages, lines = _pdf_page(h)
        if pages == 1 and lines >= NOTE_LINES:
            break
    return level, h, data


def fit(review: Review, support: str) -> tuple[Handout, bytes]:
    _, h, data = fit_level(review, support)
    return h, data


def to_pdf(review: Review, support: str) -> bytes:
    return fit(review, support)[1]


STYLE = """\
@page { size: A4; margin: 14mm; }
body { font-family: "Source Sans Pro", "Segoe UI", Arial, sans-serif; font-size: 9.5pt;
       line-height: 1.3; color: #000; margin: 0; }
h1 { font-size: 16pt; margin: 0 0 2pt; }
h2 { font-size: 11.5pt; margin: 8pt 0 2pt; }
p, li { margin: 0 0 3pt; }
ul { padding-left: 14pt; margin: 0; }
.source, .more { font-style: italic; font-size: 8.5pt; }
.notes { border-bottom: 1px solid #000; height: 16pt; }
.support { border: 1px solid #000; padding: 4pt 6pt; margin-top: 8pt; }
@media screen { body { max-width: 182mm; margin: 1em auto; } }
"""


def to_html(review: Review, support: str) -> str:
    h, _ = fit(review, support)
    e = html.escape
    out = ['<!DOCTYPE html>', '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
           f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
           f"<title>{e(h.title)}</title>", f"<style>\n{STYLE}</style>", "</head>", "<body>",
           f"<h1>{e(h.title)}</h1>", f'<p class="source">{e(h.source)}</p>']
    out += ["<h2>What happened</h2>"] + [f"<p>{e(t)}</p>" for t in h.happened]
    for heading, lines, more in h.lists():
        out += [f"<h2>{heading}</h2>", "<ul>"] + [f"<li>{e(t)}</li>" for t in lines] + \
            ["</ul>"] + ([f'<p class="more">{e(more)}</p>'] if more else [])
    out += ["<h2>Notes</h2>"] + ['<div class="notes"></div>'] * 5
    out += ['<div class="support"><strong>Where to get support</strong>',
            f"<p>{e(h.support)}</p></div>", "</body>", "</html>", ""]
    return "\n".join(out)


def to_docx(review: Review, support: str) -> bytes:
    from docx import Document
    from docx.shared import Mm, Pt

    from reflect.export.docx_export import _a4_british, _property, _t

    # Word lays text out in its own fonts, and less tightly: one level shorter than the PDF.
    level, _, _ = fit_level(review, support)
    h = build(review, support, level + 1)
    doc = Document()
    _a4_british(doc)
    for section in doc.sections:
        section.left_margin = section.right_margin = Mm(14)
        section.top_margin = section.bottom_margin = Mm(14)
    doc.styles["Normal"].font.size = Pt(9.5)
    doc.styles["Normal"].paragraph_format.space_after = Pt(2)
    for name in ("Heading 2", "Title"):
        doc.styles[name].paragraph_format.space_before = Pt(6)
        doc.styles[name].paragraph_format.space_after = Pt(2)
    doc.core_properties.title = _property(h.title)
    doc.core_properties.author = ""
    doc.add_heading(_t(h.title), level=0).runs[0].font.size = Pt(16)
    doc.add_paragraph().add_run(_t(h.source)).italic = True
    doc.add_heading("What happened", level=2)
    for t in h.happened:
        doc.add_paragraph(_t(t))
    for heading, lines, more in h.lists():
        doc.add_heading(heading, level=2)
        for t in lines:
            doc.add_paragraph(_t(t), style="List Bullet")
        if more:
            doc.add_paragraph().add_run(_t(more)).italic = True
    doc.add_heading("Notes", level=2)
    notes = doc.add_table(rows=1, cols=1)
    notes.style = "Table Grid"
    notes.rows[0].cells[0].text = "\n" * 3
    doc.add_heading("Where to get support", level=2)
    doc.add_paragraph(_t(h.support))
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


ENDINGS = (".pdf", ".html", ".docx")


def render(review: Review, support: str, ending: str) -> bytes:
    """The handout as a file with `ending` (one of ENDINGS)."""
    if ending == ".html":
        return to_html(review, support).encode("utf-8")
    return to_docx(review, support) if ending == ".docx" else to_pdf(review, support)
