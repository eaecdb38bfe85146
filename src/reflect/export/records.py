"""CPD records filled in from a session: the regulators' forms, field by field, as plain text.

Each record is one of the forms in `forms.toml` (see `reflect.export.forms`), its fields in the
form's order, each filled from what the person typed and chose (`Session.cpd`). Markdown, plain
text, Word and PDF lay the same records out (`reflect.export.record_render`).

Where the words come from:
- a self-reflection: What? and So what? (and other thoughts, the notes) are what I learned;
  what I will do differently, each Now what?, What to do now's notes and my actions are the
  impact on my practice (the account for any profession splits them: what I will do
  differently is how it changes my practice, the rest its next steps);
- a self-reflection written after a team session (`Session.after`): the team's points and
  actions, by role only, are the peer reflection;
- a team session itself: the team's points and actions are the peer reflection; what the
  writer learned is theirs to write (`reflect walk REVIEW --after SESSION` asks them, the
  record giving the two ids).

Nobody is identifiable: participants appear by role only (never role and organisation
together, never by name), and every detail the personal-details check finds (names included)
is replaced by "[redacted]". The time is `Session.minutes_for_cpd`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reflect.export.forms import Form, FormField, form, swe_standards
from reflect.export.html import when
from reflect.export.own_words import (
    actions,
    next_steps,
    own_impact,
    own_learning,
    own_next_steps,
)
from reflect.export.peer_roles import led_apart, roles
from reflect.export.record_blanks import FILL_IN as FILL_IN  # (read from here too)
from reflect.export.record_blanks import TEAM_OWN_CHANGES, WHAT_WE_DISCUSSED, team_own_words
from reflect.export.team_words import linked_discussed, nameless, team_discussed
from reflect.model.cpd import CpdChoices, peer_reflected
from reflect.model.review import Review
from reflect.model.session import Session
from reflect.model.timebox import hours_and_minutes
from reflect.text import one_line

NO_PEER = "None: this was a reflection on my own."


@dataclass(frozen=True)
class Entry:
    field: FormField
    text: str
    """What reflect filled in: plain text, line breaks kept; "" when left blank on purpose."""


@dataclass(frozen=True)
class Record:
    form: Form
    heading: str
    entries: tuple[Entry, ...]
    table: bool = False
    """Laid out as one row of a table (a log entry), not field after field."""


def hours(minutes: int) -> str:
    """Minutes as hours for a log (90 -> "1.5"; 16 -> "0.27")."""
    return f"{minutes / 60:.2f}".rstrip("0").rstrip(".")


def time_text(minutes: int) -> str:
    """The time in words, and in hours as a log gives it when those are other words: "1 hour
    30 minutes (1.5 hours)", "45 minutes (0.75 hours)", but "2 hours" (it read "2 hours (2
    hours)": a trial)."""
    if not minutes:
        return FILL_IN
    spoken = hours_and_minutes(minutes)
    return spoken if minutes % 60 == 0 else f"{spoken} ({hours(minutes)} hours)"


def _review_line(session: Session, review: Review | None) -> str:
    """The review as a record names it (the NMC log's Topic, a description, a discussion's
    summary): its title, then its partnership and its kind after commas, `Child ZQ (Quinn),
    Invented Shire Safeguarding Partnership, Practice exercise`. In brackets, a title's own
    were nested in them, `Child ZQ (Quinn) (Invented Shire …, Practice exercise)`, read
    "bracket" twice over (plain mode's CPD record, a screen reader user's trial)."""
    if review is None:
        return session.review_title
    return f"{review.title}, {review.partnership}, {review.review_type}"


def _day(moment: datetime) -> str:
    return f"{moment:%d %B %Y}".lstrip("0")


def activity_date(s: Session) -> str:
    """The date(s) of the activity as a record gives them: the day the session started; for
    a reflection worked on again on a later day, that day too ("20 November 2026; last worked
    on 4 December 2026": the record gave the first day alone while the notes said they were
    last updated on the later one, a trial); for a reflection after a team session held on
    another day, the team's. A team session's date is its meeting's, whenever its notes were
    tidied."""
    dates = [when(s)]
    if s.mode != "team" and s.updated.date() > s.created.date():
        dates.append(f"last worked on {_day(s.updated)}")
    if s.after is not None and s.after.date and s.after.date != dates[0]:
        dates.append(f"after the team's discussion on {s.after.date}")
    return "; ".join(dates)


@dataclass(frozen=True)
class RecordWords:
    """The texts every form draws on, worked out once from the (nameless) session."""

    title: str
    date: str
    minutes: int
    description: str
    learned: str
    impact: str
    changes: str
    """How it changes my practice: what I will do differently, as written (the field's name
    says what it is: under its own label as well, it read "What I will do differently" inside
    "How it changes my practice", a trial); the rest of the impact is the next steps."""
    next_steps: str
    """What I will do: each Now what?, What to do now's notes and my actions with when they
    are due (a team's agreed actions)."""
    peer_with: str
    peer_discussed: str
    peer_changed: str
    participatory: bool
    activity: str
    """The type of activity, as typed, else reflect's words for it."""
    method: str
    cpd: CpdChoices
    """The person's choices, with anything the check finds redacted."""


def record_words(session: Session, review: Review | None, key: str = "swe") -> RecordWords:
    """The words of `session`'s record on form `key` (a team's blanks say where on it the
    team's discussion is: `record_blanks.discussion_at`)."""
    s = nameless(session, review)
    c = s.cpd
    team = s.mode == "team"
    topic = _review_line(s, review)
    if team:
        kind = "a team discussion of the review (peer reflection)"
        peer_with = "; ".join(roles(s, led_apart(session))) or \
            "colleagues (roles not recorded)"
        # The account for any profession gives What to do now's notes as its next steps
        # (`next_steps`): they were under peer reflection too, printed twice (a trial).
        peer_discussed = team_discussed(s, ("actions",) if key == "any" else ())
        peer_changed = actions(s)
        learned, impact, changes = team_own_words(s, key), TEAM_OWN_CHANGES, TEAM_OWN_CHANGES
        steps = next_steps(s, "The team's agreed actions") or FILL_IN
    else:
        link = s.after
        kind = ("my own reflection after a team discussion of the review" if link
                else "my own reflection on the review")
        peer_with = ("; ".join(link.roles) or "colleagues (roles not recorded)") if link \
            else NO_PEER
        peer_discussed = linked_discussed(s) if link else NO_PEER
        peer_changed = "\n".join(f"- {t}" for t in link.actions) if link else NO_PEER
        learned = own_learning(s, review) or FILL_IN
        impact = own_impact(s) or FILL_IN
        changes = s.differently.strip() or FILL_IN
        steps = own_next_steps(s) or FILL_IN
    if peer_reflected(s):
        peer_discussed = peer_discussed or FILL_IN
        peer_changed = peer_changed or FILL_IN
    participatory = c.counts_as_participatory(team)
    method = c.method.strip() or ("Group discussion (peer reflection)" if team
                                  else "Self-directed reflective learning")
    activity = c.activity_type.strip() or (
        "Peer reflection on a published safeguarding practice review" if participatory
        or s.after else "Reflection on a published safeguarding practice review")
    description = (f"Reflection on the learning from a published safeguarding practice "
                   f"review: {topic}. This was {kind}.")
    return RecordWords(title=s.label, date=activity_date(s), minutes=s.minutes_for_cpd,
                       description=description, learned=learned, impact=impact,
                       changes=changes, next_steps=steps, peer_with=peer_with,
                       peer_discussed=peer_discussed, peer_changed=peer_changed,
                       participatory=participatory, activity=activity, method=method, cpd=c)


def fill_form(key: str, heading: str, values: dict[str, str], table: bool = False) -> Record:
    f = form(key)
    return Record(f, heading, tuple(Entry(field, values[field.key]) for field in f.fields),
                  table)


def _themes_how(w: RecordWords) -> str:
    chosen = w.cpd.themes
    if not chosen:
        return FILL_IN
    return "\n".join(f"{theme}: {how.strip() or FILL_IN}" for theme, how in chosen.items())


def _themes(w: RecordWords) -> str:
    return "; ".join(w.cpd.themes) or FILL_IN


def swe_record(session: Session, review: Review | None = None) -> Record:
    """The Social Work England CPD record of the session."""
    w = record_words(session, review)
    c = w.cpd
    standards = swe_standards()
    values = {
        "title": w.title, "activity_type": w.activity, "date": w.date,
        "time": time_text(w.minutes), "description": w.description,
        "why_relevant": c.why_relevant.strip() or FILL_IN,
        "learned": w.learned, "impact": w.impact, "peer_with": w.peer_with,
        "peer_discussed": w.peer_discussed, "peer_changed": w.peer_changed,
        "standards": "\n".join(f"{n} {standards[n - 1]}" for n in c.standards) or FILL_IN,
    }
    return fill_form("swe", f"CPD record: {w.title}", values)


def own_activity(c: CpdChoices) -> str:
    """The type of activity and why it is relevant as the person typed them (F8, `cpd-fill
    --activity`, `--why`), each on a line of its own, for the NMC account's first question,
    the nature of the activity ("" where neither is typed: the description says what it was).
    The account printed neither, and a health visitor who typed them in F8 found them nowhere
    in the record she exported (a trial)."""
    lines = []
    if c.activity_type.strip():
        lines.append(f"Type of CPD activity: {c.activity_type.strip()}")
    if c.why_relevant.strip():
        lines.append(f"Why it is relevant to my practice:\n{c.why_relevant.strip()}")
    return "\n".join(lines)


def log_topic(line: str, c: CpdChoices) -> str:
    """The NMC log's Topic, which the NMC asks to describe the topic "and how it related to
    your practice": the review, then why it is relevant as typed, on the table's one line."""
    why = one_line(c.why_relevant.strip())
    return f"{line}. How it related to my practice: {why}" if why else line


def nmc_account(session: Session, review: Review | None = None) -> Record:
    """The NMC reflective account of the session."""
    w = record_words(session, review, "nmc_account")
    nature = f"{w.description}\nDate: {w.date}. Time logged for CPD: {time_text(w.minutes)}."
    if own := own_activity(w.cpd):
        nature += f"\n{own}"
    if w.peer_with != NO_PEER:
        nature += f"\nReflected on with colleagues: {w.peer_with}."
        nature += f"\n{WHAT_WE_DISCUSSED}:\n{w.peer_discussed}"
    values = {"nature": nature, "learned": w.learned, "changed": w.impact,
              "code": _themes_how(w)}
    return fill_form("nmc_account", f"Reflective account: {w.title}", values)


def log_hours(minutes: int, participatory: bool) -> tuple[str, str]:
    """The log's hours and participatory hours. No time known (none typed, under a minute
    measured) leaves both for the person to fill in, as the account's "Time logged for CPD"
    does: the log read "0" hours under an account that left its time to fill in (a trial).
    Learning that was not participatory has no participatory hours, whatever its time."""
    if not minutes:
        return FILL_IN, FILL_IN if participatory else "0"
    return hours(minutes), hours(minutes) if participatory else "0"


def nmc_log(session: Session, review: Review | None = None) -> Record:
    """One line of the NMC CPD log for the session."""
    w = record_words(session, review)
    spent, joined = log_hours(w.minutes, w.participatory)
    topic = log_topic(_review_line(session, review), w.cpd)
    values = {"date": w.date, "method": w.method, "topic": topic,
              "code": _themes(w), "hours": spent, "participatory": joined}
    return fill_form("nmc_log", "CPD log entry", values, table=True)


def nmc_discussion(session: Session, review: Review | None = None) -> Record:
    """The NMC reflective discussion form, the partner's name, Pin, email and address left
    for the person to fill in (`FILL_IN`), in every format alike."""
    w = record_words(session, review)
    # The date of a discussion: the team session's (this one, or the one this reflection
    # follows); a reflection on one's own had none, so the person fills it in.
    date = session.after.date if session.after and session.after.date else (
        w.date if session.mode == "team" else FILL_IN)
    summary = w.peer_discussed if w.peer_discussed != NO_PEER else FILL_IN
    # The partner's details, for the person to fill in as every other blank is: the text to
    # paste left them empty under their names, where Markdown and Word said "For you to fill
    # in." (a trial).
    values = {"partner_name": FILL_IN, "partner_pin": FILL_IN, "partner_email": FILL_IN,
              "partner_address": FILL_IN, "date": date,
              "summary": f"We reflected on {_review_line(session, review)}.\n{summary}",
              "themes": _themes(w)}
    return fill_form("nmc_discussion", "Reflective discussion", values)


def nmc_records(session: Session, review: Review | None = None) -> list[Record]:
    """What an NMC registrant keeps for the session: the account and its log entry."""
    return [nmc_account(session, review), nmc_log(session, review)]
