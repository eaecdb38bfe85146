"""Plain-text notes of a session: what the summary step shows, and what fits an email body."""

from __future__ import annotations

import re
import textwrap

from reflect.export import parts
from reflect.export.action_parts import carried_overdue, flagged
from reflect.export.markdown import (
    SECTION_NOTES,
    ordered_notes,
    review_blocks,
    session_facts,
)
from reflect.export.options import ExportOptions
from reflect.model.last_noted import last_noted
from reflect.model.review import Review
from reflect.model.reworded import kept_under
from reflect.model.sections import blocks_as_text
from reflect.model.session import Session
from reflect.text import printable

WIDTH = 78
_LIST_ITEM = re.compile(r"\s*(?:[-*•·]|\d{1,3}[.)]|[a-z][.)])\s+")
"""The marker of a list item typed into an answer: its wrapped lines are indented under it."""


def to_text(session: Session, review: Review | None = None,
            options: ExportOptions | None = None, width: int = WIDTH) -> str:
    """Plain-text notes wrapped at `width` columns (0: not wrapped, for a screen that wraps)."""
    options = options or ExportOptions()

    def _para(text: str, indent: str = "", hanging: str | None = None) -> list[str]:
        if not width:
            return [indent + line for line in printable(text).split("\n")]
        out: list[str] = []
        for line in printable(text).split("\n"):
            # A typed list item ("- ...", "2. ...") wraps under its own text, not its marker.
            marker = _LIST_ITEM.match(line)
            follow = indent if hanging is None else hanging
            if marker:
                follow = indent + " " * len(marker.group(0))
            out += textwrap.wrap(line, width, initial_indent=indent, subsequent_indent=follow,
                                 break_on_hyphens=False, break_long_words=False) or [""]
        return out

    def _heading(text: str, rule: str) -> list[str]:
        text = printable(text)
        return [text, rule * min(len(text), width or WIDTH), ""]

    def _one_line(text: str) -> str:
        return " ".join(printable(text).split())

    s = session
    out = _heading(s.label, "=")
    for k, v in session_facts(s, options, review):
        out += _para(f"{k}: {v}", hanging="  ")
    out.append("")
    if s.carried:
        out += _heading("Actions from earlier sessions", "-")
        for c in s.carried:
            owner = parts.carried_owner(s, c, options)
            status = flagged(parts.carried_status(c), carried_overdue(c, options), options)
            details = [f"owner: {owner}" if owner.strip() else "",
                       f"due: {parts.carried_due(c)}" if parts.carried_due(c).strip() else "",
                       f"from: {c.session_label}", f"status: {status}", last_noted(c),
                       f"progress: {c.note}" if c.note.strip() else "", parts.carried_note(c)]
            out += _para(f"- {c.text} ({', '.join(x for x in details if x)})", hanging="  ")
        out.append("")
    if options.include_content and review is not None:
        out += _heading(f"The review: {review.title}", "-")
        for title, blocks in review_blocks(review):
            out += [title.upper(), ""] + _para(blocks_as_text(blocks)) + [""]
    notes = ordered_notes(s, review)
    if notes:
        out += _heading("Notes on the review", "-")
        for key, text in notes:
            out += [SECTION_NOTES.get(key, key) + ":"] + _para(text, "  ") + [""]
    out += _heading("Questions for reflection", "-")
    for n, a in enumerate(s.answers, 1):
        out += _para(f"{n}. {a.question}", hanging="   ") + [""]
        if parts.no_longer_asked(a, review):
            out += _para(f"({parts.NO_LONGER_ASKED})", "    ") + [""]
        if parts.origin_note(a):
            out += _para(f"({parts.REFLECT_QUESTION})", "    ") + [""]
        if kept := kept_under(a):
            out += _para(f"({_one_line(kept)})", "    ") + [""]
        if a.source.strip():
            out += _para(f"From: {_one_line(a.source)}", "    ") + [""]
        said = parts.points(s, a, options)
        for text, by in said:
            attributed = f"{text} ({_one_line(by)})" if by else text
            out += _para(f"- {attributed}", "    ", hanging="      ")
        if said:
            out.append("")
        for label, text in parts.answer_parts(s, a):
            if label:
                out.append(f"    {parts.label_text(label)}")
            out += _para(text, "    ") + [""]
        if not a.has_content:
            out += ["    (no answer recorded)", ""]
    out += _heading(parts.actions_heading(s), "-")
    if not s.actions:
        out.append(f"({parts.no_actions(s).lower()})")
    for act in s.actions:
        owner = parts.action_owner(s, act, options)
        facts = ", ".join(x for x in (f"{parts.owner_word(s)}: {owner}" if owner else "",
                                      f"due: {parts.action_due(act)}" if act.due else "",
                                      f"status: {parts.action_status(act, options)}") if x)
        out += _para(f"- {act.text} ({facts})", hanging="  ")
        if act.recommendation.strip():
            out += _para(f"Recommendation: {_one_line(act.recommendation)}", "  ",
                         hanging="    ")
    if s.mode == "individual" or s.differently.strip():
        out += [""] + _heading("What I will do differently", "-")
        out += _para(s.differently) if s.differently.strip() else ["(nothing recorded)"]
    if s.confidence:
        out += [""] + _heading(parts.CONFIDENCE_HEADING, "-")
        for when, text in parts.confidence(s):
            out += _para(f"- {when}: {text}", hanging="  ")
    table = parts.time_table(s, review)
    if table:
        out += [""] + _heading("Time", "-")
        rows = [parts.TIME_HEADERS] + table
        wide = max(len(r[0]) for r in rows)
        for label, planned, spent, diff in rows:
            out.append(f"{label:<{wide}}  {planned:>7}  {spent:>7}  {diff}".rstrip())
    out += ["", f"Notes from reflect, last updated {s.updated:%Y-%m-%d %H:%M} UTC."]
    return "\n".join(out) + "\n"
