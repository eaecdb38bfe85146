"""A review's sections as plain blocks of text, shared by the walkthrough and the exports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from reflect.model.review import Point, Review

BlockKind = Literal["heading", "para", "bullet", "note"]
"""`note` is reflect's own words (not the briefing's), shown apart from quoted text."""


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str
    title: str | None = None
    """Bold lead-in of a bullet (a point's title)."""
    extra: str | None = None
    """A second line under a bullet: a recommendation's lead and update, or an action plan
    item's action and status."""
    source: str | None = None
    """Themed sessions: the review this block comes from."""


def _points(points: list[Point]) -> list[Block]:
    return [Block("bullet", p.text, title=p.title, source=p.source) for p in points]


def section_blocks(review: Review, key: str) -> list[Block]:
    """The blocks of the content step `key` (see `steps.steps_for`)."""
    out: list[Block] = []
    if key == "intro":
        out += [Block("para", p) for p in review.introduction]
        out += [Block("para", p) for p in review.notes]
        if review.dates:
            out.append(Block("heading", "Dates"))
            out += [Block("bullet", d.date, title=d.label) for d in review.dates]
        if review.context:
            out.append(Block("heading", "Context"))
            out += [Block("bullet", c) for c in review.context]
        if review.action_plan and review.action_plan.case_summary:
            out.append(Block("heading", "Case summary (from the action plan)"))
            out += [Block("para", p) for p in review.action_plan.case_summary]
        if review.purpose:
            out.append(Block("heading", "Why reviews are shared"))
            out.append(Block("para", review.purpose))
    elif key == "learning":
        out += _points(review.learning)
    elif key == "good-practice":
        out += _points(review.good_practice)
    elif key == "development":
        out += _points(review.development)
    elif key == "recommendations":
        if review.recommendations_note:
            out.append(Block("para", f"({review.recommendations_note})"))
        out += [Block("bullet", r.text, title=r.title, extra="  ".join(
            f"{label}: {said}" for label, said in (("Lead", r.lead), ("Update", r.update))
            if said) or None, source=r.source) for r in review.recommendations]
        if review.recommendations_footer:
            out.append(Block("para", review.recommendations_footer))
        plan = review.action_plan
        if plan:
            out.append(Block("heading", plan.title))
            out.append(Block("note", "Published with the review; the statuses are those the "
                                     "plan reported at the time."))
            if plan.review_process:
                out.append(Block("heading", "Review process"))
                out += [Block("bullet", d.date, title=d.label) for d in plan.review_process]
                out += [Block("bullet", n) for n in plan.review_process_notes]
            out += [Block("bullet", i.recommendation, title="Recommendation",
                          extra=f"Action: {i.action}  Status: {i.status}") for i in plan.items]
            if plan.next_steps:
                out.append(Block("heading", "Next steps"))
                out += [Block("bullet", s) for s in plan.next_steps]
    elif key == "actions":
        out += [Block("bullet", w.text, source=w.source) for w in review.what_to_do_now]
    elif key == "resources":
        if review.resources:
            out.append(Block("heading", "Resources and further information"))
            out += [Block("bullet", r.title if not r.url or r.url == r.title
                          else f"{r.title} <{r.url}>") for r in review.resources]
        if review.contact:
            out.append(Block("heading", "Get in touch"))
            out += [Block("para", c) for c in review.contact]
    return out


def blocks_as_text(blocks: list[Block]) -> str:
    """Plain text of some blocks (used for display and for plain exports)."""
    lines: list[str] = []
    for b in blocks:
        if b.kind == "heading":
            lines += ["", b.text.upper(), ""]
        elif b.kind in ("para", "note"):
            lines += [b.text, ""]
        else:
            lead = f"{b.title}: " if b.title else ""
            lines.append(hung(f"• {lead}{b.text}"))  # (a point of paragraphs: under it)
            if b.extra:
                lines.append(f"    {b.extra}")
            if b.source:
                lines.append(f"    (from {b.source})")
    return "\n".join(lines).strip("\n")


def hung(text: str, indent: str = "  ") -> str:
    """`text`'s lines after its first indented by `indent` (blank lines left blank): a
    bullet's paragraphs under its words, as a point of key learning read from "Learning point
    2" with its paragraphs has them (`importer/numbered.py`), not at the margin as items of
    their own."""
    first, *rest = text.split("\n")
    return "\n".join([first, *(indent + line if line.strip() else "" for line in rest)])
