"""What every notes format shows, worked out once as plain (unescaped) text.

Markdown, plain text, HTML, Word, JSON and the CPD records each lay these parts out in their own
way and make the text safe in their own way: attendance (people, or counts per agency), who
made each point (export/who_said.py), an answer's labelled parts, actions carried over from
earlier sessions and the time table (export/time_table.py). Pure functions of a session: no
Textual, no escaping here.
"""

from __future__ import annotations

from reflect.export.action_parts import NOT_WRITTEN_BACK as NOT_WRITTEN_BACK
from reflect.export.action_parts import action_due as action_due
from reflect.export.action_parts import action_status as action_status
from reflect.export.action_parts import carried_due as carried_due
from reflect.export.action_parts import carried_note as carried_note
from reflect.export.action_parts import carried_status as carried_status
from reflect.export.action_parts import carried_status_line as carried_status_line
from reflect.export.action_parts import due_said
from reflect.export.options import ExportOptions
from reflect.export.owner_parts import action_owner_said, owner_by_role
from reflect.export.time_table import TIME_HEADERS as TIME_HEADERS
from reflect.export.time_table import clock as time_clock
from reflect.export.time_table import time_rows as time_rows
from reflect.export.time_table import time_table as time_table
from reflect.export.who_said import ARRIVED_LATE as ARRIVED_LATE
from reflect.export.who_said import LEFT_EARLY as LEFT_EARLY
from reflect.export.who_said import NO_AGENCY as NO_AGENCY
from reflect.export.who_said import NO_AGENCY_SAID as NO_AGENCY_SAID
from reflect.export.who_said import NO_ROLE_OR_AGENCY_SAID as NO_ROLE_OR_AGENCY_SAID
from reflect.export.who_said import agency_of as agency_of
from reflect.export.who_said import attribution as attribution
from reflect.export.who_said import person as person
from reflect.export.who_said import person_spoken as person_spoken
from reflect.export.who_said import point_attribution as point_attribution
from reflect.model import presence
from reflect.model.action_words import INDIVIDUAL, TEAM, action_words
from reflect.model.action_words import NO_OWNER as NO_OWNER
from reflect.model.action_words import due_or_none as due_or_none
from reflect.model.action_words import owner_or_none as owner_or_none
from reflect.model.dates import long_date
from reflect.model.due import DueSaid
from reflect.model.review import Review
from reflect.model.session import (
    Action,
    Answer,
    CarriedAction,
    Confidence,
    Participant,
    Session,
    whole_minutes,
)
from reflect.text import plural


def session_changed(s: Session, in_words: bool = False) -> str:
    """When the session was last changed, said as such: "the session was last changed on
    2026-11-20 at 10:00 UTC". Every footer says it this way (`notes_footer`, the CPD records'
    `record_render.footer`): "Notes from reflect, last updated …" was read as the time the
    notes were exported (a school's lead). `in_words`: the date in words, "on Friday 20
    November 2026 at 10:00 UTC", for the plain-text notes, which a screen reader read
    "2026 dash 12 dash 07" (a trial)."""
    day = long_date(s.updated.date()) if in_words else f"{s.updated:%Y-%m-%d}"
    return f"the session was last changed on {day} at {s.updated:%H:%M} UTC"


def notes_footer(s: Session, in_words: bool = False) -> str:
    """The last line of the notes in every format (plain, Markdown, HTML and PDF, Word);
    `in_words`: its date in words (`session_changed`)."""
    return f"Notes from reflect: {session_changed(s, in_words)}."


REFLECT_QUESTION = "reflect's question — this briefing has none of its own"
"""Shown with a question reflect added (origin "reflect"), wherever the question appears."""


def origin_note(a: Answer) -> str | None:
    """The label for one of reflect's standard questions; None for the briefing's own."""
    return REFLECT_QUESTION if a.origin == "reflect" else None


NO_LONGER_ASKED = "a question no longer in the review: answered before the review changed"
"""Shown with an answer to a question the review no longer asks (reflect/answered.py), in every
format: numbered with the rest, only the notes' details said so (a trial)."""


def no_longer_asked(a: Answer, review: Review | None) -> bool:
    """Whether `review` (as it is now) no longer asks `a`'s question; False where the review
    is not known (no longer in the library: nothing to tell it from)."""
    return review is not None and review.question(a.question_id) is None

ATTENDED = presence.ATTENDED
ABSENT = presence.INVITED
LISTED_LAST_TIME = presence.LISTED_LAST_TIME
BY_AGENCY = ", by agency"
"""After each attendance heading when the notes count people per agency."""
ATTENDED_BY_AGENCY = "Participants by agency"
ABSENT_BY_AGENCY = ABSENT + BY_AGENCY
ATTENDANCE_LABELS = (ATTENDED, ABSENT, LISTED_LAST_TIME, ATTENDED_BY_AGENCY, ABSENT_BY_AGENCY,
                     LISTED_LAST_TIME + BY_AGENCY)

# --- people ---------------------------------------------------------------------------------


def agency_counts(people: list[Participant]) -> list[tuple[str, int]]:
    """(agency, how many) in the order agencies first appear; no agency given comes last."""
    counts: dict[str, int] = {}
    for p in people:
        key = p.agency.strip() or NO_AGENCY
        counts[key] = counts.get(key, 0) + 1
    if NO_AGENCY in counts:
        counts[NO_AGENCY] = counts.pop(NO_AGENCY)
    return list(counts.items())


def agency_entries(people: list[Participant]) -> list[str]:
    """`agency: how many` for each agency of `people`, with how many of them arrived late
    and left early where any did (`Invented Practice: 3 (1 arrived late, 1 left early)`)."""
    late = dict(agency_counts([p for p in people if presence.arrived_words(p)]))
    left = dict(agency_counts([p for p in people if p.presence == "left early"]))

    def how(a: str) -> str:
        said = ", ".join(x for x in (f"{late[a]} {ARRIVED_LATE}" if a in late else "",
                                     f"{left[a]} {LEFT_EARLY}" if a in left else "") if x)
        return f" ({said})" if said else ""

    return [f"{a}: {n}{how(a)}" for a, n in agency_counts(people)]


def attendance(session: Session, options: ExportOptions,
               spoken: bool = False) -> list[tuple[str, list[str]]]:
    """(label, entries) for each group `presence.attendance` makes: who attended (those who
    arrived late or left early among them, so marked), who was invited but did not attend,
    and who was only on last time's list; as the options allow: nothing, people (with names
    or by role), or counts per agency. Empty groups are left out. `spoken`: each person as
    the plain-text notes say them (`who_said.person_spoken`: no brackets)."""
    if not options.include_attendance:
        return []
    groups = presence.attendance(session.participants)
    if options.attendance_by_agency:
        return [(ATTENDED_BY_AGENCY if label == ATTENDED else label + BY_AGENCY,
                 agency_entries(people)) for label, people in groups]
    said = person_spoken if spoken else person
    return [(label, [said(p, options) for p in people]) for label, people in groups]


def points(session: Session, answer: Answer, options: ExportOptions) -> list[tuple[str, str]]:
    """The answer's points that have text, as (text, attribution)."""
    return [(p.text, point_attribution(session, p, options)) for p in answer.points
            if p.text.strip()]


# --- the room's confidence check --------------------------------------------------------------

CONFIDENCE_HEADING = "Confidence check"
CONFIDENCE_PHASES = {"start": "At the start", "end": "At the end"}


def confidence_text(c: Confidence) -> str:
    """`How confident …? 6 answers: 1 ×0, 2 ×1, 3 ×3, 4 ×2, 5 ×0; average 3.2 of 5`."""
    return _confidence_said(c, ", ".join(f"{k} ×{n}" for k, n in enumerate(c.counts, 1)))


def confidence_spoken(c: Confidence) -> str:
    """`confidence_text` as the plain-text notes say it, read aloud: `How confident …? 6
    answers: none gave 1, 1 gave 2, 3 gave 3, 2 gave 4, none gave 5; average 3.2 of 5.`
    (`1 ×0, 2 ×1` was read "1 times 0": a screen reader user's trial)."""
    return _confidence_said(
        c, ", ".join(f"{n or 'none'} gave {k}" for k, n in enumerate(c.counts, 1))) + "."


def _confidence_said(c: Confidence, counts: str) -> str:
    average = f"; average {c.average:.1f} of 5" if c.average is not None else ""
    return f"{c.prompt} {plural(c.answers, 'answer')}: {counts}{average}"


def confidence(session: Session) -> list[tuple[str, str]]:
    """(when, what the room answered) for each confidence check made, start first."""
    return [(CONFIDENCE_PHASES[c.phase], confidence_text(c)) for c in session.confidence or []]


# --- answers --------------------------------------------------------------------------------


def answer_parts(session: Session, answer: Answer) -> list[tuple[str, str]]:
    """The answer's written parts after its points, as (label, text), empty parts left out.

    Self-reflection: What? / So what? / Now what?, then the free text as "Other thoughts".
    Team: the free text as "Summary". When the free text is all there is, its label is ""
    (the text is simply the answer, as in sessions before points existed).
    """
    free = "Summary" if session.mode == "team" else "Other thoughts"
    parts = [("What?", answer.what), ("So what?", answer.so_what),
             ("Now what?", answer.now_what), (free, answer.text)]
    parts = [(label, text) for label, text in parts if text.strip()]
    if len(parts) == 1 and parts[0][0] == free and not any(p.text.strip() for p in answer.points):
        return [("", parts[0][1])]
    return parts


def label_text(label: str) -> str:
    """A part's label as shown before its text: `What?` stays, `Summary` becomes `Summary:`."""
    return label if label.endswith("?") else label + ":"


# --- carried actions ------------------------------------------------------------------------


ACTION_HEADERS = ("What", TEAM.who, "Due", "Status")
INDIVIDUAL_ACTION_HEADERS = ("What", INDIVIDUAL.who, "Due", "Status")


def actions_heading(s: Session) -> str:
    """A team agrees actions; one practitioner decides what they will do."""
    return action_words(s.mode == "individual").heading


def no_actions(s: Session) -> str:
    """What the notes say when there are no actions (no full stop)."""
    return action_words(s.mode == "individual").none


def owner_word(s: Session) -> str:
    """How a plain list names an action's owner ("owner: Sam" / "with: Sam")."""
    return "with" if s.mode == "individual" else "owner"


def action_facts(s: Session, act: Action, owner: str, status: str = "",
                 say: DueSaid = due_said, in_words: bool = False) -> str:
    """What a list prints after an agreed action's text, in its brackets: who (`owner`, as
    the export prints it), when it is due (the date read, or the words and that they name
    none: `action_parts.due_said`) and, when given, its status, a semicolon between
    them: `with Lead midwife; due “31/02/2027” (not a date: no 31 Feb); status: open` (the
    date as `say` says it: a CPD record's in words, `action_parts.due_in_words`). The
    notes' text and every CPD record print it so (a record printed `(due 31/02/2027)` alone,
    and no one else: a trial)."""
    who = owner_word(s)
    return "; ".join(x for x in (f"{who}{'' if who == 'with' else ':'} {owner}"
                                 if owner.strip() else owner_or_none(s.mode, owner, "", act.status),
                                 f"due {action_due(act, say, in_words)}" if act.due.strip()
                                 else due_or_none(s.mode, "", act.status),
                                 f"status: {status}" if status else "") if x)


def action_table(s: Session, options: ExportOptions) -> tuple[tuple[str, ...], list[list[str]]]:
    """The agreed actions as headers and rows, text unescaped; a Recommendation column only
    when some action answers one."""
    linked = any(act.recommendation.strip() for act in s.actions)
    base = INDIVIDUAL_ACTION_HEADERS if s.mode == "individual" else ACTION_HEADERS
    headers = base + (("Recommendation",) if linked else ())
    rows = [[act.text, action_owner_said(s, act, options),
             due_or_none(s.mode, action_due(act), act.status),
             action_status(act, options)]
            + ([" ".join(act.recommendation.split())] if linked else []) for act in s.actions]
    return headers, rows


def carried_owner(s: Session, c: CarriedAction, options: ExportOptions) -> str:
    """A carried action's owner: as typed where the notes name people; else, one of this
    session's people by role, as this session's owners are (`owner_by_role`); else left out, never
    as typed: it was typed in an earlier session, whose participants this one cannot check it
    against, so all that is known is a name."""
    if options.names_shown:
        return c.owner
    return owner_by_role(s, c.owner, options.attendance_by_agency)


def carried_owner_before(s: Session, c: CarriedAction, options: ExportOptions) -> str | None:
    """The owner a carried action came with, once another was given here
    (`CarriedAction.owner_before`), as `carried_owner` says an owner ("" for none, or left
    out); None while no other was given."""
    if c.owner_before is None:
        return None
    if options.names_shown:
        return c.owner_before
    return owner_by_role(s, c.owner_before, options.attendance_by_agency)


def carried_owner_said(s: Session, c: CarriedAction, options: ExportOptions,
                       moved_to: str = " → ") -> str:
    """A carried action's owner as the notes print it (`carried_owner`, or no owner), after
    the one it came with when another was given here: `Robin Example → Kim Example`, as a new
    due date is said after the one carried. The owner given was written back over the one the
    first meeting agreed, and nothing said who that had been (a trial: the owner had left).
    Where the notes name no one, the one it came with is said by role where this session lists
    them, and left out where it does not (a name is all that is known). `moved_to` between
    them: the plain-text notes' `, now `, read aloud."""
    now = owner_or_none(s.mode, c.owner, carried_owner(s, c, options), c.status)
    shown = carried_owner_before(s, c, options)
    if shown is None or c.owner_before is None:
        return now
    now = now or owner_or_none(s.mode, c.owner, "", "open")  # (an owner taken off: said)
    if not now:
        return now
    was = owner_or_none(s.mode, c.owner_before, shown, c.status)
    return f"{was}{moved_to}{now}" if was and was != now else now


def carried_rows(s: Session, options: ExportOptions) -> list[list[str]]:
    """Each carried action as a table row (what, owner, due, from, status), text unescaped."""
    return [[c.text, carried_owner_said(s, c, options),
             due_or_none(s.mode, carried_due(c), c.status), c.session_label,
             carried_status_line(c, options)] for c in s.carried]


# --- time -----------------------------------------------------------------------------------


def minutes_text(minutes: int) -> str:
    return f"{minutes} minute" + ("" if minutes == 1 else "s")



TIME_IN_SESSION = "Time in the session"
"""The time reflect measured while the session was open (a fact of the meeting), said as the
notes' time table says its total (`time_table.clock`: `27 s`, `1 min 14 s`). In whole minutes
it read "1 minute" above a table whose total was "27 s" (a trial)."""
TIME_OPEN = "Time the session was open (measured)"
"""A reflection's own `TIME_IN_SESSION`: said beside the time logged for CPD, whose figure may
be other, it says what it is."""
TIME_FOR_CPD = "Time logged for CPD"
"""`Session.minutes_for_cpd`: what the person entered, else the time measured; the CPD records
use this figure, and only this one."""
TIME_SPENT = "Time spent"
"""A team session's notes: the time typed for it (`Session.minutes_spent`: the F8 dialog's
minutes, `cpd-fill --minutes`), how long the meeting took as the team reads it."""


def time_facts(session: Session) -> list[tuple[str, str]]:
    """Planned length, time in the session (measured) and time logged for CPD, when there are
    any: two different figures under two different names. A team's notes are the team's, not
    one person's CPD: "Time logged for CPD: 1 minute" there read as someone's CPD log (a
    trial). They give the time typed as the time spent, and else nothing more: the time logged
    is then the time measured, already said."""
    t = session.timing
    facts = []
    if t.minutes:
        facts.append(("Planned length", minutes_text(t.minutes)))
    if t.total_spent:
        facts.append((TIME_IN_SESSION if session.mode == "team" else TIME_OPEN,
                       time_clock(t.total_spent)))
    if session.mode == "team":
        if session.minutes_spent is not None:
            facts.append((TIME_SPENT, minutes_text(session.minutes_spent)))
    elif session.minutes_spent is not None or session.minutes_for_cpd:
        facts.append((TIME_FOR_CPD, _logged(session)))
    return facts


def _logged(session: Session) -> str:
    """The time logged for CPD, saying where it comes from: "75 minutes, as you entered it
    (reading and thinking away from reflect count too)" beside "Time in the session: 2
    minutes" said nothing of why the two differed (a trial)."""
    logged = minutes_text(session.minutes_for_cpd)
    if session.minutes_spent is None:  # (the time measured is said above it to the second)
        return f"{logged}, as reflect measured it, in whole minutes"
    measured = whole_minutes(session.timing.total_spent)
    if session.minutes_spent == measured:
        return logged
    return f"{logged}, as you entered it (time reading and thinking away from reflect counts)"
