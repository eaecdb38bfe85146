"""Continuing professional development records drafted from a session, in Markdown.

- `to_cpd_swe`: a Social Work England CPD record (Activity / What I learned / Impact on my
  practice). A team discussion is recorded as peer reflection.

The reflective model maps onto both: What? and So what? (with the points and the free text)
are what was learned; Now what? and what I will do differently are the change to practice,
with the agreed actions. The time is `Session.minutes_for_cpd` (what the person entered, else
the time reflect measured). Points are never attributed: a record names nobody.
- `to_nmc`: an NMC revalidation reflective account under the four prompts of the NMC form; the
  last (relevance to the Code) is left for the person to fill in.

Both are drafts for the practitioner to check and edit before they upload them. All user and
content text is escaped with the Markdown export's `escape` (which also strips control
characters), so nothing typed can change the document's structure.
"""

from __future__ import annotations

from reflect.export import parts
from reflect.export.html import details, review_sections, when
from reflect.export.markdown import SECTION_NOTES, cell, escape, ordered_notes
from reflect.export.options import ExportOptions
from reflect.model.review import Review
from reflect.model.sections import Block
from reflect.model.session import Answer, Session

NMC_PROMPTS = (
    ("What was the nature of the CPD activity and/or practice-related feedback and/or event or "
     "experience in your practice?"),
    ("What did you learn from the CPD activity and/or feedback and/or event or experience in "
     "your practice?"),
    "How did you change or improve your practice as a result?",
    ("How is this relevant to the Code? Select one or more themes: Prioritise people – Practise "
     "effectively – Preserve safety – Promote professionalism and trust"),
)

FILL_IN = "…" * 40

SKIP_DETAILS = ("Review", "Mode", "Questions answered", "Planned length", "Time spent",
                "Time for CPD", parts.ABSENT, parts.ABSENT_BY_AGENCY)
"""Details the records give in their own words (the time: `minutes_for_cpd`), or that are no
part of the practitioner's own activity (who was invited but did not come)."""


def _line(text: str) -> str:
    """User text escaped and folded onto one line (headings, list items)."""
    return " ".join(escape(text).split())


def _review_line(session: Session, review: Review | None) -> str:
    if review is None:
        return _line(session.review_title)
    return f"{_line(review.title)} ({_line(review.partnership)}, {_line(review.review_type)})"


def _reflection_kind(session: Session) -> str:
    if session.mode == "team":
        return "Peer reflection: a team discussion of the review"
    return "Individual reflection on the review"


def _details(session: Session, options: ExportOptions, skip: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for label, value in details(session, options):
        if label in skip:
            continue
        if isinstance(value, list):
            out.append(f"- **{label}:**")
            out += [f"  - {_line(v)}" for v in value]
        else:
            out.append(f"- **{label}:** {_line(value)}")
    return out


def _blocks(blocks: list[Block], level: str) -> list[str]:
    out: list[str] = []
    for b in blocks:
        if b.kind == "heading":
            out += ["", f"{level} {_line(b.text)}", ""]
        elif b.kind == "para":
            out += ["", escape(b.text), ""]
        elif b.kind == "note":
            out += ["", f"*{_line(b.text)}*", ""]
        else:
            lead = f"**{_line(b.title)}:** " if b.title else ""
            out.append(f"- {lead}{_line(b.text)}")
            if b.extra:
                out[-1] += "  "  # a hard line break inside the item
                out.append(f"  {_line(b.extra)}")
            if b.source:
                out[-1] += "  "
                out.append(f"  *from {_line(b.source)}*")
    return out


def _content(review: Review | None, options: ExportOptions, level: str) -> list[str]:
    sections = review_sections(review, options)
    if not sections:
        return []
    out = [f"{level} The review", ""]
    for _key, title, blocks in sections:
        out += [f"{level}# {title}", ""] + _blocks(blocks, level + "##") + [""]
    return out


def _answer_learning(session: Session, a: Answer) -> list[str]:
    """What an answer says was learned: the points (never attributed: a record names nobody,
    not even by role), What? and So what?, and the summary or other thoughts."""
    out: list[str] = []
    if a.source.strip():
        out += [f"*From: {_line(a.source)}*", ""]
    said = [p.text for p in a.points if p.text.strip()]
    out += ["- " + "\n  ".join(escape(text).split("\n")) for text in said]
    if said:
        out.append("")
    written = [(label, text) for label, text in parts.answer_parts(session, a)
               if label != "Now what?"]
    if len(written) == 1 and not said:
        # One part alone reads as the answer itself; its label only when it is a reflection.
        label, text = written[0]
        return out + ([f"**{label}**", ""] if label.endswith("?") else []) + [escape(text), ""]
    for label, text in written:
        out += [f"**{parts.label_text(label)}**", "", escape(text), ""]
    return out


def _learning(session: Session, review: Review | None, level: str) -> list[str]:
    """The answers (What? / So what? and the free text), then the notes on the review's
    learning, as what was learned. Now what? belongs to the impact on practice."""
    out: list[str] = []
    for a in session.answers:
        body = _answer_learning(session, a)
        if any(line and not line.startswith("*From:") for line in body):
            out += [f"{level} {_line(a.question)}", ""] + body
    for key, text in ordered_notes(session, review):
        if key != "actions":
            out += [f"{level} Notes: {SECTION_NOTES.get(key, _line(key))}", "", escape(text), ""]
    return out or ["*No answers recorded yet: add what you learned.*", ""]


def _impact(session: Session, level: str) -> list[str]:
    """What I will do differently, each answer's Now what?, the agreed actions and the
    what-to-do-now notes, as the change to practice."""
    out: list[str] = []
    if session.differently.strip():
        out += [f"{level} What I will do differently", "", escape(session.differently), ""]
    now = [(a.question, a.now_what) for a in session.answers if a.now_what.strip()]
    if now:
        out += [f"{level} Now what?", ""]
        for question, text in now:
            out += [f"**{_line(question)}**", "", escape(text), ""]
    if session.actions:
        out += [f"{level} Agreed actions", ""]
        for act in session.actions:
            extra = "; ".join(x for x in (f"owner: {cell(act.owner)}" if act.owner.strip() else "",
                                          f"due: {cell(act.due)}" if act.due.strip() else "",
                                          f"status: {act.status}") if x)
            out.append(f"- {cell(act.text)} ({extra})")
        out.append("")
    what_now = session.notes.get("actions", "")
    if what_now.strip():
        out += [f"{level} What to do now", "", escape(what_now), ""]
    return out or ["*No actions recorded yet: add how this will change your practice.*", ""]


def _time(session: Session) -> list[str]:
    minutes = session.minutes_for_cpd
    return [f"- **Time spent:** {parts.minutes_text(minutes)}"] if minutes else []


def _tidy(lines: list[str]) -> str:
    """The document's lines, never more than one blank line in a row, ending in a newline."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n") + "\n"


def _footer(session: Session) -> list[str]:
    return [(f"*Drafted by reflect from the session notes last updated "
             f"{session.updated:%Y-%m-%d %H:%M} UTC. Check and edit before you submit it.*")]


def to_cpd_swe(session: Session, review: Review | None = None,
               options: ExportOptions = ExportOptions()) -> str:
    """A Social Work England CPD record of the session, in Markdown."""
    s = session
    out = [f"# CPD record: {_line(s.label)}", "",
           "*Social Work England continuing professional development record.*", "",
           "## Activity", "",
           "- **What:** Reflection on the learning from a published safeguarding practice review",
           f"- **When:** {when(s)}",
           f"- **The review:** {_review_line(s, review)}",
           f"- **Reflection:** {_reflection_kind(s)}"]
    out += _time(s)
    out += _details(s, options, skip=SKIP_DETAILS + ("Date",)) + [""]
    out += _content(review, options, "##")
    out += ["## What I learned", ""] + _learning(s, review, "###")
    out += ["## Impact on my practice", ""] + _impact(s, "###")
    out += _footer(s)
    return _tidy(out)


def to_nmc(session: Session, review: Review | None = None,
           options: ExportOptions = ExportOptions()) -> str:
    """An NMC revalidation reflective account of the session, in Markdown."""
    s = session
    nature, learned, changed, code = NMC_PROMPTS
    out = [f"# Reflective account: {_line(s.label)}", "",
           ("*NMC revalidation reflective account. Do not include anything that could identify "
            "a patient, service user or colleague.*"), "",
           f"## {nature}", "",
           (f"Reflection on the learning from a published safeguarding practice review: "
            f"{_review_line(s, review)}. {_reflection_kind(s)}."), ""]
    out += _time(s)
    out += _details(s, options, skip=SKIP_DETAILS) + [""]
    out += _content(review, options, "###")
    out += [f"## {learned}", ""] + _learning(s, review, "###")
    out += [f"## {changed}", ""] + _impact(s, "###")
    out += [f"## {code}", "",
            f"Themes: {FILL_IN}", "",
            f"How: {FILL_IN}", ""]
    out += _footer(s)
    return _tidy(out)
