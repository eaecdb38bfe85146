"""Plain mode's reflection after a team session: what the team said on a question, said before
the writer's own answer, as a listener hears it. The app's lines (`team_words.after_context`:
`The team's points (Child H (Henry) — team discussion, 7 December 2026), each with who made
it:`, then `  - A point (health visitor, Invented Health)`) were read with brackets inside
brackets, a dash and "dash" before each point (a screen reader user's trial): here each point
is said by number, with who made it after it, in words and sentences, as a point made is said
(`point_change.point_said`)."""

from __future__ import annotations

from reflect.export.team_words import TEAM_SUMMARY
from reflect.model.attribution import ANONYMOUS
from reflect.model.cpd import TeamLink, TeamPoint
from reflect.model.session import Session
from reflect.walk.point_change import ended


def team_said(session: Session, question_id: str) -> list[str]:
    """What the team said on a question, a line at a time: its points, then its summary
    apart, labelled; [] for a reflection not written after a team session."""
    link = session.after
    if link is None:
        return []
    said, summary = link.points.get(question_id, []), link.summaries.get(question_id, "")
    lines = _points(link, said) if said else [
        f"The team made no {'separate ' if summary else ''}points on this question."]
    if summary:
        lines += [f"{TEAM_SUMMARY}:"] + [f"  {line}".rstrip() for line in summary.splitlines()]
    return lines


def _points(link: TeamLink, said: list[TeamPoint]) -> list[str]:
    where = f"at its meeting on {link.date}" if link.date else f"at {link.label}"
    head = f"The team's points on this question, {where}"
    if any(p.by is None for p in said):  # kept before who made each was (the summary among them)
        return [f"{head}; kept without who made each, the team's summary among them:",
                *_numbered(said)]
    if not any(p.by for p in said) and len({bool(p.no_one) for p in said}) == 1:
        return [f"{head}; {_who(said[0])} for any:", *_numbered(said)]
    return [f"{head}:", *_numbered(said, who=True)]


def _numbered(said: list[TeamPoint], who: bool = False) -> list[str]:
    return [f"Point {n}: " + (_with_who(p) if who else p.text.rstrip())
            for n, p in enumerate(said, 1)]


def _with_who(p: TeamPoint) -> str:
    """A point with who made it, in sentences, as a point made is said
    (`point_change.point_said`): `Ask about fathers. Said by Health visitor, Invented Trust.`;
    where the team session names no one, or no role, that said after it. (`Ask about fathers,
    said by …`, no full stop, ran on into the next point: a trial.)"""
    who = ("Said anonymously" if p.by == ANONYMOUS else f"Said by {p.by}") if p.by else \
        _who(p).capitalize()
    return f"{ended(p.text)} {who}."


def _who(p: TeamPoint) -> str:
    return "no one named" if p.no_one else "no role recorded"
