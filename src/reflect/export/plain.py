"""Plain-text notes of a session: what the summary step shows, and what fits an email body."""

from __future__ import annotations

import textwrap

from reflect.export.markdown import SECTION_NOTES, ordered_notes, review_blocks, session_facts
from reflect.export.options import ExportOptions
from reflect.model.sections import blocks_as_text
from reflect.model.review import Review
from reflect.model.session import Session
from reflect.text import printable

WIDTH = 78


def to_text(session: Session, review: Review | None = None,
            options: ExportOptions | None = None, width: int = WIDTH) -> str:
    """Plain-text notes wrapped at `width` columns (0: not wrapped, for a screen that wraps)."""
    options = options or ExportOptions()

    def _para(text: str, indent: str = "", hanging: str | None = None) -> list[str]:
        if not width:
            return [indent + line for line in printable(text).split("\n")]
        out: list[str] = []
        for line in printable(text).split("\n"):
            out += textwrap.wrap(line, width, initial_indent=indent,
                                 subsequent_indent=indent if hanging is None else hanging) or [""]
        return out

    def _heading(text: str, rule: str) -> list[str]:
        text = printable(text)
        return [text, rule * min(len(text), width or WIDTH), ""]

    s = session
    out = _heading(s.label, "=")
    for k, v in session_facts(s, options):
        out += _para(f"{k}: {v}", hanging="  ")
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
        out += _para(a.text, "    ") if a.text.strip() else ["    (no answer recorded)"]
        out.append("")
    out += _heading("Agreed actions", "-")
    if not s.actions:
        out.append("(no actions agreed)")
    for act in s.actions:
        details = ", ".join(x for x in (f"owner: {act.owner}" if act.owner else "",
                                        f"due: {act.due}" if act.due else "",
                                        f"status: {act.status}") if x)
        out += _para(f"- {act.text} ({details})", hanging="  ")
    out += ["", f"Notes from reflect, last updated {s.updated:%Y-%m-%d %H:%M} UTC."]
    return "\n".join(out) + "\n"
