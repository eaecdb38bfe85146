"""Markdown notes of a session.

User text is escaped so that nothing a team typed can change the document's structure (a line
starting `#` stays a line of text, not a heading).
"""

from __future__ import annotations

import re

from reflect.model.review import Review
from reflect.model.session import Session
from reflect.model.steps import steps_for
from reflect.text import printable

_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")

SECTION_NOTES = {
    "intro": "Introduction and context",
    "good-practice": "Good practice",
    "development": "Areas for development",
    "recommendations": "Recommendations",
    "actions": "What to do now",
}


def escape(text: str) -> str:
    """One paragraph of user text as literal Markdown; line breaks are kept."""
    lines = []
    for line in printable(text).split("\n"):
        line = _INLINE.sub(r"\\\1", line)
        line = _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), line)
        lines.append(line.rstrip())
    # Keep the writer's line breaks: a blank line stays a paragraph break, others become hard breaks.
    out = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        out.append(line + ("\\" if line and nxt else ""))
    return "\n".join(out).strip("\n")


def _when(session: Session) -> str:
    return f"{session.created:%d %B %Y}".lstrip("0")


def to_markdown(session: Session, review: Review | None = None) -> str:
    """The session's notes. `review`, when available, orders notes by the review's steps."""
    s = session
    out: list[str] = [f"# {escape(s.label)}", ""]
    facts = [
        ("Review", s.review_title),
        ("Mode", "Team discussion" if s.mode == "team" else "Individual reflection"),
        ("Date", _when(s)),
        ("Team or service", s.team),
        ("Facilitator", s.facilitator),
        ("Participants", ", ".join(p for p in s.participants if p.strip())),
    ]
    out += [f"- **{k}:** {escape(v)}" for k, v in facts if v.strip()]
    out.append(f"- **Questions answered:** {s.answered} of {len(s.answers)}")
    out.append("")

    order = [st.key for st in steps_for(review)] if review else list(SECTION_NOTES)
    notes = [(k, s.notes[k]) for k in order if s.notes.get(k, "").strip()]
    notes += [(k, v) for k, v in s.notes.items() if k not in order and v.strip()]
    if notes:
        out += ["## Notes on the review", ""]
        for key, text in notes:
            out += [f"### {SECTION_NOTES.get(key, escape(key))}", "", escape(text), ""]

    out += ["## Questions for reflection", ""]
    for n, a in enumerate(s.answers, 1):
        out += [f"### {n}. {escape(a.question)}", ""]
        out += [escape(a.text) if a.text.strip() else "*No answer recorded.*", ""]

    out += ["## Agreed actions", ""]
    if s.actions:
        out += ["| What | Owner | Due | Status |", "| --- | --- | --- | --- |"]
        for act in s.actions:
            cells = [escape(c).replace("\\\n", " ").replace("\n", " ")
                     for c in (act.text, act.owner, act.due, act.status)]
            out.append("| " + " | ".join(cells) + " |")
        out.append("")
    else:
        out += ["*No actions agreed.*", ""]

    out.append(f"*Notes from reflect, last updated {s.updated:%Y-%m-%d %H:%M} UTC.*")
    return "\n".join(out) + "\n"
