"""Reading a learning briefing's text into review data: the parser's main loop.

Pure: no files, no Textual. Every non-blank line of the input ends up in a field of the review
(its words all there), as a recognised heading, or in `unplaced` with its line number; the
unplaced lines are also grouped into blocks the user may move into a section
(`import_briefing(moves=...)`). Lines wrapped by a PDF are joined back into their sentence
first (`lines.logical_lines`), then each is filed into its section (`filing.Filing`); this
makes the review of what was filed. A briefing without questions gets reflect's standard
ones, marked as reflect's.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Any

from reflect.importer import facts
from reflect.importer import headings as H
from reflect.importer import lines as L
from reflect.importer import parse as P
from reflect.importer import review_title as T
from reflect.importer.filing import Filing
from reflect.importer.found import TITLE_LENGTH, cut_said, title_cut_said
from reflect.importer.mistyped_heading import mistyped_said
from reflect.importer.numbered import learning_heading
from reflect.importer.page_footer import page_line
from reflect.importer.parse import BriefingError, ImportReport
from reflect.importer.readers import EMPTY
from reflect.importer.summary import summary_of
from reflect.model.review_text import shown
from reflect.text import spaced

MOVABLE = ("introduction", "context", "learning", "good_practice", "development",
           "recommendations", "questions", "what_to_do_now", "resources")
"""The sections an unplaced block can be moved into."""


def _may_name(line: str) -> bool:
    """Whether a partnership typed in the import preview may be `line`: never a heading, a
    listed point or a sentence. Typed there, "Background", "Learning point 1: Listening" or a
    question of the briefing's was taken as the partnership's line, and what it began or said
    lost without a word: a point filed in the introduction, the briefing's question replaced
    by reflect's (g345's trial)."""
    marked, text = P.strip_marker(line)
    return not (marked or text.endswith((".", "?", "!", ":")) or H.match_heading(line)
                or learning_heading(line))


def import_briefing(text: str, review_id: str | None = None, name_hint: str | None = None,
                    moves: Mapping[int, str] | None = None, furniture: Iterable[str] = (),
                    kind: str | None = None, rows: Collection[int] = (),
                    partnership_typed: str | None = None) -> ImportReport:
    """Read a learning briefing's text into review data, reporting every line it did not place.

    The review id is `review_id`, else "child-x" from a "Child X" name, else made from
    `name_hint` (e.g. the file's name) or the first line. `moves` maps line numbers to a
    section in MOVABLE: those lines (the lines of unplaced blocks the user moved) go there.
    `furniture`: the pages' header and footer lines (`Source.furniture`), for the partnership;
    they are listed in the report as left out (`ImportReport.furniture`), as a line of the
    text that is a page's header or footer is (`page_footer.page_line`).
    `kind` (`Source.kind`): "md", whose lines with no blank line between are one paragraph;
    "txt", whose lines are joined where it is wrapped at a width; else a paragraph a line.
    `rows` (`Source.rows`): the lines that are a table's rows, each a line of its own.
    `partnership_typed`: the partnership's name as typed in the import preview's box: a line
    that is it (alone, or in a page's header or footer) is the partnership's, as a line that
    is the name found is (`partnership` is still the one found: the box's is saved).
    Raises BriefingError only if the text holds no text, or `review_id` is not a slug."""
    if not isinstance(text, str):
        raise BriefingError("the briefing must be text")
    if review_id is not None and not P._SLUG.match(review_id):
        raise BriefingError(f"{review_id!r} is not a valid review id: use lowercase letters, "
                            "digits and '-', e.g. child-q")
    moves = dict(moves or {})
    bad = sorted({s for s in moves.values() if s not in MOVABLE})
    if bad:
        raise BriefingError(f"cannot move lines into {bad[0]!r}: choose one of "
                            + ", ".join(MOVABLE))
    # Read as it is shown (`text.spaced`: control characters and terminal escape sequences
    # out), line by line: cleaned once its lines were joined, a sequence left open at the end
    # of one took the next one's words with it.
    text = spaced(text.removeprefix("\ufeff"))
    lines = P.split_lines(text)
    words = [(n, t) for n, t in enumerate((P.clean(P.strip_marker(s)[1]) for s in lines), 1)
             if P.has_words(t)]
    if not words:  # bullet markers and numbering alone are not text
        raise BriefingError(EMPTY)

    blank = [not line.strip() for line in lines]
    alone = {n for n in range(1, len(lines) + 1)
             if (n == 1 or blank[n - 2]) and (n == len(lines) or blank[n])}
    # the lines above the first section giving the kind of review or its date: the title's
    opening = next((n for n, line in enumerate(lines, 1)
                    if H.match_heading(line) or learning_heading(line)), len(lines))
    child = T.child(lines, opening)
    partnership = facts.partnership(text, furniture)
    names = [partnership, *([partnership_typed] if partnership_typed else [])]
    apart = {n: kind for n, kind in enumerate((next(filter(None, (facts.partnership_line(
        line, name, child and child.group(0)) for name in names[:1 + _may_name(line)])), None)
        for line in lines), 1) if kind}  # (one typed: its line was "not placed", a trial)
    edges = {n for n, line in enumerate(lines, 1) if n not in rows and page_line(line)}
    named_by = child and child.group(0)
    titled = {n: said for n, said in enumerate((facts.title_line(
        line, partnership, named_by) for line in lines[:opening]), 1) if said}
    placed = L.stand_alone_headings(lines)
    width = 0 if kind == "md" else L.wrapped_at(lines) if kind == "txt" else None
    b = Filing(moves, alone, placed, apart, edges, L.before_tables(lines, rows))
    for group in L.logical_lines(lines, {*apart, *rows, *titled, *edges}, placed, width):
        for run in L.by_move(group, moves):
            b.feed(run)
    b.lone_head()
    b.end_lead()
    b.own_first()
    first_line = words[0][1]
    b.finish_questions()
    empty = P.empty_headings(b.headings, lines, {key: len(b.f[key]) for key in P.LIST_FIELDS})

    def names_review(line: str) -> bool:
        """The partnership's name or the briefing's title line ("One-minute guide: Child TT",
        or the layout's name alone, "# Seven-minute briefing", over a child's title): they
        fill `partnership` and `title`, so they are neither introduction nor unplaced. A
        sentence naming the child is none ("Child Y was an invented three-year-old …", the
        first of a block, was dropped as the title's: a trial)."""
        t = line.strip("# *")
        dated = facts.published(t)
        return t in names[:1 + _may_name(line)] or (child is not None and child.group(0) in t
                                    and len(t.split()) <= 12 and not t.endswith(".")) or (
            dated is not None and dated[2] in (None, partnership)) or (
            facts.title_line(t, partnership, named_by) is not None) or T.layout_name(t)

    warnings = b.notes + b.heads_said() + empty + b.finish_introduction(first_line,
                                                                        names_review)
    id_from = "the title"
    if review_id is None:
        if child is not None:
            review_id = P.slug_of(f"{child.group(1)}-{child.group(2)}")
        else:
            review_id = P.slug_of(name_hint or first_line)
            id_from = "the file's name" if name_hint else "the first line"
    # the first line that is not the partnership's (most briefings open with its name)
    # (a heading naming a kind of review is a title all the same: "# Neglect at home: rapid
    # review briefing" was passed over, and the review titled "1. Background")
    named = next((w for n, w in words if n not in apart and (n not in titled or w.startswith(
        "#")) and n not in edges and w.strip("# *") != partnership), first_line)
    title, untitled = T.title(child, review_id, named,
                                  any(kind != "title" for _, kind in b.headings))
    warnings += [untitled] if untitled else []
    if untitled is None and len(words_given := T.heading_words(named)) > TITLE_LENGTH \
            and title == T.heading_title(named):
        warnings.append(title_cut_said(len(words_given)))
    b.placed_as_title(lambda line: names_review(line) or T.heading_title(line) == title)
    summary, cut = summary_of(*b.summary_source(), b.f["context"])
    warnings += [] if cut is None else [cut_said(cut)]
    prefix = facts.question_prefix(review_id)
    standard = not b.f["questions"]
    review: dict[str, Any] = {"id": review_id, "title": title, "partnership": partnership,
                              "review_type": next((k for k, _ in titled.values() if k),
                                                  None) or facts.review_type(text),
                              "summary": summary, "themes": []}
    dates = [{"label": said[0], "date": said[1]} for said in (
        facts.published(line) or (titled[n][1] if n in titled else None)
        for n, line in enumerate(lines, 1)) if said]
    if dates:  # the dates the briefing gives ("Published ..., March 2027"), once each
        review["dates"] = [d for i, d in enumerate(dates) if d not in dates[:i]]
    if b.purpose is not None:
        review["purpose"] = b.purpose
    review["introduction"] = b.f["introduction"]
    for key in ("context", "notes", "learning", "good_practice", "development"):
        if b.f[key]:
            review[key] = b.f[key]
    if b.rec_note is not None:
        review["recommendations_note"] = b.rec_note
    if b.f["recommendations"]:
        review["recommendations"] = b.f["recommendations"]
    if b.rec_footer is not None:
        review["recommendations_footer"] = b.rec_footer
    if standard:
        review["questions"] = facts.standard_questions(prefix)
        warnings.append("the briefing has no questions of its own: reflect's standard "
                        "questions were added, marked as reflect's")
    else:
        review["questions"] = [{"id": f"{prefix}-q{i}", "text": q}
                               for i, q in enumerate(b.f["questions"], 1)]
    for key in ("what_to_do_now", "resources", "contact"):
        if b.f[key]:
            review[key] = b.f[key]
    review["themes"] = facts.themes(review)
    if review["themes"] == facts.DEFAULT_THEMES:
        warnings.append(facts.NO_THEME)
    if review["partnership"] == facts.UNKNOWN_PARTNERSHIP:
        warnings.append(facts.NO_PARTNERSHIP)
    review = shown(review)  # no control character is written (`reflect validate` refuses it)
    P.validate(review)
    counts = {key: len(b.f[key]) for key in P.LIST_FIELDS}
    counts["introduction"] = 0 if any(w.startswith("no introduction:") for w in warnings) \
        else len(review["introduction"])  # a stand-in is none of the briefing's: said in a note
    if standard:
        counts["questions"] = 0
    unplaced = [(n, raw) for n, raw, _ in sorted(b.unplaced)]
    warnings += mistyped_said(unplaced, P.PARTS)
    edge_lines: list[tuple[int | None, str]] = [*b.furniture]
    edge_lines += [(None, line) for line in dict.fromkeys(furniture)]
    made = [(P.Block(list(group)), made) for group, made in b.resource_lines if made]
    return P.said_first(ImportReport(review, unplaced, counts, b.headings, warnings,
                                      P.blocks(b.unplaced), standard, made, cut, edge_lines,
                                      id_from))
