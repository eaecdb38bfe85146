"""Markdown notes of a session.

User text is escaped (export/escaping.py) so that nothing a team typed can change the
document's structure: a line starting `#`, `>`, `~~~`, a list marker or `---` stays a line of
text, `|` never makes a table, `<` never makes HTML, and an indented line never becomes a code
block.
"""

from __future__ import annotations

from reflect.export import parts
from reflect.export.escaping import REDACTED as REDACTED
from reflect.export.escaping import cell as cell
from reflect.export.escaping import escape as escape
from reflect.export.escaping import line as line
from reflect.export.options import ExportOptions
from reflect.model.dates import local_day
from reflect.model.review import Review
from reflect.model.reworded import kept_under
from reflect.model.sections import Block, hung, section_blocks
from reflect.model.session import Answer, Session
from reflect.model.steps import CONTENT_KEYS, SECTION_KEYS, STEP_LABELS, steps_for
from reflect.model.themes import theme_label

SECTION_NOTES = {**{key: STEP_LABELS[key] for key in (*SECTION_KEYS, "actions")},
                 "summary": "Overall summary"}
"""The notes' headings, by the step they were taken on (the summary's are the overall one)."""


def _when(session: Session) -> str:
    return f"{local_day(session.created):%d %B %Y}".lstrip("0")


def session_facts(s: Session, options: ExportOptions | None = None,
                  review: Review | None = None) -> list[tuple[str, str]]:
    """The session's details worth printing at the top of the notes, as (label, value).

    Attendance comes as one fact per group (see `parts.attendance`), its entries joined by
    "; "; the facilitator is left out when the notes name nobody. The questions answered are
    `review`'s (the session's own where it is not known), and answers kept from questions it
    no longer asks are said with them (reflect/answered.py)."""
    options = options or ExportOptions()
    facts = [
        ("Review", s.review_title),
        ("Theme", theme_label(s.theme) if s.theme else ""),
        ("Mode", "Team discussion" if s.mode == "team" else "Individual reflection"),
        ("Date", _when(s)),
        ("Team or service", s.team),
        # A reflection keeps whose it is there (model/whose.py): no one facilitated it.
        ("Facilitator" if s.mode == "team" else "Reflection by",
         "" if options.nameless else s.facilitator),
    ]
    facts += [(label, "; ".join(entries)) for label, entries in parts.attendance(s, options)]
    facts = [(k, v) for k, v in facts if v.strip()]
    facts += parts.time_facts(s)
    counted = s.counted(review)
    facts.append(("Questions answered", "; ".join(x for x in (counted.of(), counted.kept_said())
                                                  if x)))
    return facts


def ordered_notes(s: Session, review: Review | None) -> list[tuple[str, str]]:
    """Section notes in the review's step order (unknown sections last), empty ones left out."""
    order = [st.key for st in steps_for(review)] if review else list(SECTION_NOTES)
    notes = [(k, s.notes[k]) for k in order if s.notes.get(k, "").strip()]
    return notes + [(k, v) for k, v in s.notes.items() if k not in order and v.strip()]


def review_blocks(review: Review | None) -> list[tuple[str, list[Block]]]:
    """The review's own content, section by section, for notes that include it."""
    if review is None:
        return []
    return [(STEP_LABELS[key], blocks) for key in CONTENT_KEYS
            if (blocks := section_blocks(review, key))]


def _blocks_md(blocks: list[Block]) -> list[str]:
    out: list[str] = []
    for b in blocks:
        if b.kind == "heading":
            out += [f"#### {cell(b.text)}", ""]
        elif b.kind == "bullet":
            lead = f"**{escape(b.title)}:** " if b.title else ""
            out.append(hung(f"- {lead}{escape(b.text)}"))  # (its paragraphs in the item)
            if b.extra:
                out[-1] += "  "
                out.append(f"  **{escape(b.extra)}**")
            if b.source:
                out[-1] += "  "
                out.append(f"  *from {line(b.source)}*")
        else:
            out += ["", escape(b.text), ""]
    return out + [""]


def _table(headers: tuple[str, ...] | list[str], rows: list[list[str]]) -> list[str]:
    """A Markdown table; `rows` are already made safe with `cell`."""
    out = ["| " + " | ".join(headers) + " |", "|" + " --- |" * len(headers)]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    return out + [""]


def answer_md(s: Session, a: Answer, options: ExportOptions,
              review: Review | None = None) -> list[str]:
    """One answer: where the question comes from (or that `review` no longer asks it), the
    points, then the labelled parts."""
    out: list[str] = []
    if parts.no_longer_asked(a, review):
        out += [f"*({parts.NO_LONGER_ASKED})*", ""]
    if parts.origin_note(a):
        out += [f"*{parts.REFLECT_QUESTION}*", ""]
    if kept := kept_under(a):  # the words they were given under, kept since under these
        out += [f"*{line(kept)}*", ""]
    if a.source.strip():
        out += [f"*From: {line(a.source)}*", ""]
    said = parts.points(s, a, options)
    for text, by in said:
        item = "\n  ".join(escape(text).split("\n"))
        out.append(f"- {item}" + (f" ({line(by)})" if by else ""))
    if said:
        out.append("")
    for label, text in parts.answer_parts(s, a):
        if label:
            out += [f"**{parts.label_text(label)}**", ""]
        out += [escape(text), ""]
    if not a.has_content:
        out += ["*No answer recorded.*", ""]
    return out


def carried_md(s: Session, options: ExportOptions) -> list[str]:
    if not s.carried:
        return []
    rows = [[cell(text) for text in row] for row in parts.carried_rows(s, options)]
    return ["## Actions from earlier sessions", ""] + _table(CARRIED_HEADERS, rows)


CARRIED_HEADERS = ("What", "Owner", "Due", "From the session", "Status")


def time_md(s: Session, review: Review | None) -> list[str]:
    table = parts.time_table(s, review)
    if not table:
        return []
    rows = [[cell(c) for c in row] for row in table]
    rows[-1] = [f"**{c}**" if c else c for c in rows[-1]]
    return ["## Time", ""] + _table(parts.TIME_HEADERS, rows)


def to_markdown(session: Session, review: Review | None = None,
                options: ExportOptions | None = None) -> str:
    """The session's notes. `review`, when available, orders notes by the review's steps."""
    options = options or ExportOptions()
    s = session
    out: list[str] = [f"# {cell(s.label)}", ""]
    out += [f"- **{k}:** {escape(v)}" for k, v in session_facts(s, options, review)]
    out.append("")
    out += carried_md(s, options)
    if options.include_content and review is not None:
        out += [f"## The review: {cell(review.title)}", ""]
        for title, blocks in review_blocks(review):
            out += [f"### {title}", ""] + _blocks_md(blocks)

    notes = ordered_notes(s, review)
    if notes:
        out += ["## Notes on the review", ""]
        for key, text in notes:
            out += [f"### {SECTION_NOTES.get(key, cell(key))}", "", escape(text), ""]

    out += ["## Questions for reflection", ""]
    for n, a in enumerate(s.answers, 1):
        out += [f"### {n}. {cell(a.question)}", ""]
        out += answer_md(s, a, options, review)

    out += [f"## {parts.actions_heading(s)}", ""]
    if s.actions:
        headers, rows = parts.action_table(s, options)
        out += _table(headers, [[cell(c) for c in row] for row in rows])
    else:
        out += [f"*{parts.no_actions(s)}.*", ""]

    if s.mode == "individual" or s.differently.strip():
        out += ["## What I will do differently", ""]
        out += [escape(s.differently) if s.differently.strip() else "*Nothing recorded.*", ""]

    if s.confidence:
        out += [f"## {parts.CONFIDENCE_HEADING}", ""]
        out += [f"- **{when}:** {escape(text)}" for when, text in parts.confidence(s)] + [""]

    out += time_md(s, review)

    out.append(f"*{escape(parts.notes_footer(s))}*")
    return "\n".join(out) + "\n"
