"""What a CPD record keeps of a team session, nobody named: the team's points, summaries and
notes under each question (`team_discussed`), the link an individual reflection written after
it keeps (`team_link`: each point with who made it by role and agency), and that link's words
in a record (`linked_discussed`) and before the writer's own answer (`after_context`).
`nameless` is the session with every personal detail and name redacted. The records they
fill are in records.py."""

from __future__ import annotations

from reflect.export.html import when
from reflect.export.identifiers import find_identifiers, redact
from reflect.export.markdown import SECTION_NOTES
from reflect.export.options import ExportOptions
from reflect.export.own_words import labelled
from reflect.export.parts import NO_ROLE_OR_AGENCY_SAID, point_attribution
from reflect.export.peer_roles import led_apart, roles
from reflect.model.cpd import TeamLink, TeamPoint
from reflect.model.review import Review
from reflect.model.session import Answer, Point, Session


def nameless(session: Session, review: Review | None = None,
             known_names: tuple[str, ...] = ()) -> Session:
    """A copy of `session` with every likely personal detail and participant name redacted,
    and the names `known_names` gives (`ExportOptions.known_names`)."""
    return redact(session, find_identifiers(session, review, roles_only=True,
                                            known_names=known_names))


TEAM_SUMMARY = "The team's summary"


def _team_notes(session: Session, without: tuple[str, ...] = ()) -> list[str]:
    """The team's notes on the review's sections, each `Label: text`, its lines kept; those
    of the steps `without` left out."""
    return [f"{SECTION_NOTES.get(k, k)}: {v.strip()}" for k, v in session.notes.items()
            if v.strip() and k not in without]


def _note(note: str) -> str:
    """A team's note (`_team_notes`) under its label, its lines kept as a reflection's own
    notes are (`own_words.labelled`)."""
    label, _, text = note.partition(": ")
    return labelled(label, text) if text.strip() else f"- {note}"


def _grouped(groups: list[tuple[str, list[str], str]], notes: list[str]) -> str:
    """Each question, then its points as a list and the team's summary under its label
    (`The team's summary:`), then the notes, each under its own: blocks a blank line apart.
    The summary and the notes keep their lines, as an answer does under its label: a summary
    of three lines printed `- The team's summary: … line two … line three` on one (a trial).
    Labelled apart from the points, as a reflection after the team session shows it: given as
    one more point, a reader could not tell the team's conclusion from one person's (a
    trial)."""
    blocks = ["\n".join([question, *(f"- {t}" for t in said)]
                        + ([labelled(f"{TEAM_SUMMARY}:", summary)] if summary.strip() else []))
              for question, said, summary in groups if said or summary.strip()]
    return "\n\n".join(blocks + [_note(n) for n in notes])


def team_discussed(session: Session, without: tuple[str, ...] = ()) -> str:
    """The team's points and summaries under each question, then the notes (`_team_notes`:
    those of the steps `without` left out, printed elsewhere in the record)."""
    return _grouped([(" ".join(a.question.split()),
                      [" ".join(p.text.split()) for p in a.points if p.text.strip()], a.text)
                     for a in session.answers], _team_notes(session, without))


BY_ROLE = ExportOptions(roles_only=True)
"""Who made a team's point, as a reflection after it keeps it: role and agency, never a name."""


def _team_points(s: Session, a: Answer) -> list[TeamPoint]:
    return [TeamPoint(text=" ".join(p.text.split()), by=_by_role(s, p),
                      no_one=True if p.from_room is None and s.participant(p.by) is None
                      else None) for p in a.points if p.text.strip()]


def _by_role(s: Session, p: Point) -> str:
    """Who made a team's point, as a reflection keeps it: "" for someone with no role or
    agency, whom a record says "no role recorded" (`_who`), as it always has."""
    said = point_attribution(s, p, BY_ROLE)
    return "" if said == NO_ROLE_OR_AGENCY_SAID else said


def team_link(team: Session, review: Review | None = None) -> TeamLink:
    """What an individual reflection keeps of the team session it follows: nobody named; each
    point with who made it by role and agency, and the summary apart from the points."""
    s = nameless(team, review)
    return TeamLink(session_id=team.id, label=s.label, date=when(s),
                    roles=roles(s, led_apart(team)),
                    points={a.question_id: said for a in s.answers
                            if (said := _team_points(s, a))},
                    summaries={a.question_id: a.text.strip() for a in s.answers
                               if a.text.strip()},
                    notes=_team_notes(s),
                    actions=[" ".join(a.text.split()) for a in s.actions if a.text.strip()],
                    minutes=s.minutes_for_cpd)


def linked_discussed(session: Session) -> str:
    """The linked team session's points (by nobody, not even by role: a record never gives
    role and organisation together) and summary under each question, in this session's
    order."""
    link = session.after
    if link is None:
        return ""
    questions = {a.question_id: " ".join(a.question.split()) for a in session.answers}
    linked = list(link.points) + [q for q in link.summaries if q not in link.points]
    order = list(questions) + [q for q in linked if q not in questions]
    return _grouped([(questions.get(q, q), [p.text for p in link.points.get(q, [])],
                      link.summaries.get(q, "")) for q in order], link.notes)


def after_context(session: Session, question_id: str) -> list[list[str]]:
    """What the team said on a question, shown before the writer's own answer to it: its
    points, each with who made it by role and agency as the team session records them (or
    that it records none), then the team's summary apart, labelled; [] for a reflection
    not written after a team session."""
    link = session.after
    if link is None:
        return []
    said, summary = link.points.get(question_id, []), link.summaries.get(question_id, "")
    blocks = [_points_block(link, said)] if said else [[
        f"(The team made no {'separate ' if summary else ''}points on this question.)"]]
    if summary:
        blocks.append([f"{TEAM_SUMMARY}:"] + [f"  {line}".rstrip()
                                              for line in summary.splitlines()])
    return blocks


def _points_block(link: TeamLink, said: list[TeamPoint]) -> list[str]:
    where = f"{link.label}, {link.date}"
    if any(p.by is None for p in said):  # kept before who made each was (and the summary apart)
        return ([f"The team's points ({where}; kept without who made each, the team's summary "
                 "among them):"] + [f"  - {p.text}" for p in said])
    if not any(p.by for p in said) and len({bool(p.no_one) for p in said}) == 1:
        return [f"The team's points ({where}; {_who(said[0])} for any):"] + [
            f"  - {p.text}" for p in said]
    return [f"The team's points ({where}), each with who made it:"] + [
        f"  - {p.text} ({_who(p)})" for p in said]


def _who(p: TeamPoint) -> str:
    """Who made a point, by role: `no one named` where the team session names no one for it
    (it had no speaker), `no role recorded` for someone it records with neither role nor
    agency (or a point kept before the two were told apart)."""
    return p.by or ("no one named" if p.no_one else "no role recorded")

