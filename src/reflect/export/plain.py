"""Plain-text notes of a session: what the summary step shows, and what fits an email body.

A paragraph is one line, never broken at a width: people paste these notes into case-record
systems, which keep every line break, and the notes hard-wrapped at 78 columns came out with
sentences broken mid-way (a trial). The line breaks in the text are the ones typed (an answer's
own lines, a typed list's items); the email program, the editor or the record wraps the rest
to its own width. Nothing is laid out in columns (the time table is a sentence a step: read
aloud, its columns were numbers and dashes). No line ends in spaces.

A heading stands alone on its line, a blank line after it, and is not underlined: a screen
reader read the lines of `=====` and `-----` under them symbol by symbol (a trial). The PDF
knows a heading by `Notes.headings`, not by a line under it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reflect.export import owner_parts, parts
from reflect.export.action_parts import carried_overdue, flagged
from reflect.export.markdown import (
    SECTION_NOTES,
    ordered_notes,
    review_blocks,
    session_facts,
)
from reflect.export.options import ExportOptions
from reflect.export.time_table import TIME_HEADING, time_sentences
from reflect.export.time_table import said as said_in_words
from reflect.model.attribution import ANONYMOUS
from reflect.model.due import due_spoken
from reflect.model.last_noted import last_noted
from reflect.model.review import Review
from reflect.model.reworded import kept_under
from reflect.model.sections import blocks_as_text
from reflect.model.session import Session
from reflect.text import printable


@dataclass
class Notes:
    """The notes laid out, a line at a time, and which of the lines are headings."""

    lines: list[str] = field(default_factory=list)
    headings: dict[int, int] = field(default_factory=dict)
    """The index in `lines` of each heading, and its level: 0 the notes' title, 1 a part's."""

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


MOVED_TO = ", moved to "
"""Between a carried action's due date and the new one (the other notes' `→`, read "right
arrow")."""


def item_line(label: str, text: str, facts: str) -> str:
    """An action as the notes list it, begun with its number in words and its facts a
    sentence after it: `Action 1: Ring the school. Owner: Pat Example; due Friday 31 January
    2031; status: open.` The lines began `- `, read "dash", their facts in brackets, their
    dates `Fri 31 Jan 2031`, read "Fri", "Jan" (a screen reader user's trial)."""
    text = text.rstrip()
    if not facts:
        return f"{label}: {text}"
    stop = "" if text.endswith((".", "!", "?", "…")) else "."
    end = "" if facts.endswith((".", "!", "?", "…")) else "."
    return f"{label}: {text}{stop} {facts[:1].upper()}{facts[1:]}{end}"


def said_by(text: str, by: str) -> str:
    """A point with who said it, as plain mode says it: `Plans drifted, said by Pat
    Example`; after a sentence's end, `Why no visit? Said by Pat Example.`; sent from the room
    with no name, `said anonymously` (the notes put who in brackets after it)."""
    text = text.rstrip()
    if not by:
        return text
    who = "said anonymously" if by == ANONYMOUS else f"said by {by}"
    return f"{text} {who[:1].upper()}{who[1:]}." if text.endswith((".", "!", "?", "…")) \
        else f"{text}, {who}"


def to_text(session: Session, review: Review | None = None,
            options: ExportOptions | None = None) -> str:
    """Plain-text notes, a paragraph a line (see the module)."""
    # No line ends in spaces: the blank line between an answer's paragraphs, indented, had
    # four (a trial), and a line typed with spaces after it kept them.
    return "\n".join(line.rstrip() for line in laid_out(session, review, options).lines)


def laid_out(session: Session, review: Review | None = None,
             options: ExportOptions | None = None) -> Notes:
    """The notes as `to_text` gives them, but a blank line inside an answer keeps its indent:
    the PDF (`pdf.text_pdf`) knows it by that, and gives it a gap of its own; and the lines
    that are headings marked (`Notes.headings`)."""
    options = options or ExportOptions()
    laid = Notes()
    out = laid.lines

    def _para(text: str, indent: str = "") -> list[str]:
        return [indent + line for line in printable(text).split("\n")]

    def _heading(text: str, level: int = 1, after_gap: bool = False) -> None:
        if after_gap:
            out.append("")
        laid.headings[len(out)] = level
        out.extend([printable(text), ""])

    def _one_line(text: str) -> str:
        return " ".join(printable(text).split())

    s = session
    _heading(s.label, 0)
    spoken = {label: "; ".join(entries)  # (no brackets round a role: read "left paren")
              for label, entries in parts.attendance(s, options, spoken=True)}
    spoken[parts.TIME_IN_SESSION] = spoken[parts.TIME_OPEN] = said_in_words(s.timing.total_spent)
    # (in whole words, as the time table says its times: `2 min 10 s` was read "min", "s")
    for k, v in session_facts(s, options, review):
        out += _para(f"{k}: {spoken.get(k, v)}")
    out.append("")
    if s.carried:
        _heading("Actions from earlier sessions")
        for n, c in enumerate(s.carried, 1):
            owner = parts.carried_owner_said(s, c, options, ", now ")
            status = flagged(parts.carried_status(c, in_words=True), carried_overdue(c, options),
                             options, in_words=True)
            due = parts.carried_due(c, due_spoken, MOVED_TO)
            details = [f"owner: {owner}" if owner.strip() and (c.owner.strip() or c.owner_before)
                       else parts.owner_or_none(s.mode, c.owner, "", c.status),
                       f"due {due}" if due.strip() else parts.due_or_none(s.mode, "", c.status),
                       f"from: {c.session_label}", f"status: {status}",
                       last_noted(c, due_spoken),
                       f"progress: {c.note}" if c.note.strip() else "", parts.carried_note(c)]
            out += _para(item_line(f"Earlier action {n}", c.text,
                                   "; ".join(x for x in details if x)))
        out.append("")
    if options.include_content and review is not None:
        _heading(f"The review: {review.title}")
        for title, blocks in review_blocks(review):
            out += [title.upper(), ""] + _para(blocks_as_text(blocks)) + [""]
    notes = ordered_notes(s, review)
    if notes:
        _heading("Notes on the review")
        for key, text in notes:
            out += [SECTION_NOTES.get(key, key) + ":"] + _para(text, "  ") + [""]
    _heading("Questions for reflection")
    for n, a in enumerate(s.answers, 1):
        out += _para(f"{n}. {a.question}") + [""]
        if parts.no_longer_asked(a, review):
            out += _para(f"({parts.NO_LONGER_ASKED})", "    ") + [""]
        if parts.origin_note(a):
            out += _para(f"({parts.REFLECT_QUESTION})", "    ") + [""]
        if kept := kept_under(a):
            out += _para(f"({_one_line(kept)})", "    ") + [""]
        if a.source.strip():
            out += _para(f"From: {_one_line(a.source)}", "    ") + [""]
        said = parts.points(s, a, options)
        for n, (text, by) in enumerate(said, 1):
            out += _para(f"Point {n}: {said_by(text, _one_line(by))}", "    ")
        if said:
            out.append("")
        for label, text in parts.answer_parts(s, a):
            if label:
                out.append(f"    {parts.label_text(label)}")
            out += _para(text, "    ") + [""]
        if not a.has_content:
            out += ["    (no answer recorded)", ""]
    _heading(parts.actions_heading(s))
    if not s.actions:
        out.append(f"({parts.no_actions(s).lower()})")
    for n, act in enumerate(s.actions, 1):
        owner = (owner_parts.action_owner(s, act, options) if act.agreed_owner is None
                 else owner_parts.action_owner_said(s, act, options))  # (given on: said whole)
        facts = parts.action_facts(s, act, owner, parts.action_status(act, options, True),
                                   due_spoken, in_words=True)
        out += _para(item_line(f"Action {n}", act.text, facts))
        if act.recommendation.strip():
            out += _para(f"Recommendation: {_one_line(act.recommendation)}", "  ")
    if s.mode == "individual" or s.differently.strip():
        _heading("What I will do differently", after_gap=True)
        out += _para(s.differently) if s.differently.strip() else ["(nothing recorded)"]
    if s.confidence:
        _heading(parts.CONFIDENCE_HEADING, after_gap=True)
        for check in s.confidence:  # (each line began "- ", read "dash": a trial)
            out += _para(f"{parts.CONFIDENCE_PHASES[check.phase]}: "
                         f"{parts.confidence_spoken(check)}")
    if times := time_sentences(s, review):  # (columns were heard as numbers and dashes)
        _heading(TIME_HEADING, after_gap=True)
        out += times
    out += ["", parts.notes_footer(s, in_words=True), ""]
    return laid
