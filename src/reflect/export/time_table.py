"""The notes' time table: a row for each step with time planned or spent (planned, spent, over
or under), in the order the session's steps were taken, and the total. Every notes format lays
it out in its own way (export/parts.py gives it them). Pure: no Textual, no escaping here.
"""

from __future__ import annotations

from dataclasses import dataclass

from reflect.model.review import Review
from reflect.model.session import Session
from reflect.model.steps import STEP_LABELS, question_key, question_of, steps_for
from reflect.model.timebox import duration
from reflect.text import plural


def clock(seconds: int) -> str:
    """A step's time in words: `1 min 14 s`, `1 h 15 min` (`timebox.duration`). It was `m:ss`,
    `1:14`, while My CPD so far's `1:15` was an hour and a quarter (a trial)."""
    return duration(max(0, int(seconds)))


def over_under(planned: int | None, spent: int) -> str:
    if planned is None:
        return ""
    if spent > planned:
        return f"{clock(spent - planned)} over"
    if spent < planned:
        return f"{clock(planned - spent)} under"
    return "on time"


@dataclass(frozen=True)
class TimeRow:
    label: str
    planned: int | None
    """Seconds planned for the step; None when the plan gives it none."""
    spent: int


def _step_labels(session: Session, review: Review | None) -> list[tuple[str, str]]:
    """(key, label) of the session's steps, in order; without the review, from the session.
    A question is numbered as the notes number it, by its answer's place in the session: an
    answer kept to a question the review dropped is numbered with the rest, and the review's
    numbers called the question after it "Question 2" where the notes said "3." (a trial)."""
    if review is not None:
        numbers = {question_key(a.question_id): n for n, a in enumerate(session.answers, 1)}
        return [(st.key, f"Question {numbers[st.key]}" if st.key in numbers else st.label)
                for st in steps_for(review, session)]
    labels = [(k, STEP_LABELS[k]) for k in ("people", "carried", "intro", "learning",
                                              "good-practice", "development",
                                              "recommendations")]
    labels += [(question_key(a.question_id), f"Question {n}")
               for n, a in enumerate(session.answers, 1)]
    labels += [(k, STEP_LABELS[k]) for k in ("actions", "differently", "summary")]
    return labels


NOT_IN_REVIEW = "A question no longer in the review"
"""The time table's label for a question none of the session's steps asks (the review was
changed, or replaced by another briefing, since): its id, all the table said, named nothing a
reader could find (a trial). With the words the session keeps: `NOT_IN_REVIEW: “…”`."""

SHORT_WORDING = 50
"""The longest a question's words are quoted in the time table (then cut short at a word,
with "…")."""


def _fallback_label(key: str, session: Session) -> str:
    if (question_id := question_of(key)) is None:
        return STEP_LABELS.get(key, key)
    kept = session.answer(question_id)
    words = " ".join(kept.question.split()) if kept is not None else ""
    if not words:
        return NOT_IN_REVIEW
    if len(words) > SHORT_WORDING:
        words = words[:SHORT_WORDING - 1].rsplit(" ", 1)[0] + "…"  # at a word
    return f"{NOT_IN_REVIEW}: “{words}”"


def _as_asked(order: list[str], session: Session) -> list[str]:
    """`order`, the steps' keys, with each question of the session's that none of them asks (the
    review dropped it since) put where the session asked it: after the question the session
    asked before it (before the first question step when it was the first). Its time came
    after the summary, last (a trial)."""
    out = list(order)
    at = next((i for i, k in enumerate(out) if question_of(k) is not None),
              out.index("actions") if "actions" in out else len(out))
    for answer in session.answers:
        key = question_key(answer.question_id)
        if key in out:
            at = out.index(key) + 1
        else:
            out.insert(at, key)
            at += 1
    return out


def time_rows(session: Session, review: Review | None) -> list[TimeRow]:
    """One row per step with time planned or spent, in step order, a question the review has
    dropped where the session asked it (others after); with the review, every one of the
    session's steps once any has time (a step passed in under a second shows 0 s, where it
    was left out and the table seemed to miss it)."""
    t = session.timing
    keys = [k for k in {**t.plan, **t.spent} if t.plan.get(k) or t.spent.get(k)]
    order = [k for k, _ in _step_labels(session, review)]
    if keys and review is not None:
        keys += [k for k in order if k not in keys]
    labels = dict(_step_labels(session, review))
    order = _as_asked(order, session)
    keys.sort(key=lambda k: order.index(k) if k in order else len(order))
    return [TimeRow(labels.get(k) or _fallback_label(k, session), t.plan.get(k),
                    t.spent.get(k, 0))
            for k in keys]


def time_total(rows: list[TimeRow]) -> TimeRow:
    """The total of the rows (planned: the sum of the step plans; None when none has one)."""
    planned = [r.planned for r in rows if r.planned is not None]
    return TimeRow("Total", sum(planned) if planned else None, sum(r.spent for r in rows))


def time_table(session: Session, review: Review | None) -> list[tuple[str, str, str, str]]:
    """The time table's rows as text (step, planned, spent, over or under), the total last;
    [] when the session has no time planned or spent per step, and for a reflection of one's
    own with no time plan: with nothing planned, its Planned column was all "–", its Over or
    under empty, and its steps' seconds ("Good practice 0 s") said nothing the notes' "Time
    with the session open" did not (a trial)."""
    rows = time_rows(session, review)
    if not rows or (session.mode != "team" and not session.timing.minutes
                    and all(r.planned is None for r in rows)):
        return []
    return [(r.label, clock(r.planned) if r.planned is not None else "–", clock(r.spent),
             over_under(r.planned, r.spent)) for r in rows + [time_total(rows)]]


def said(seconds: int) -> str:
    """A step's time in whole words, for notes read aloud: `1 minute 14 seconds`, `1 hour 15
    minutes`, `0 seconds` (`clock`'s `1 min 14 s` was read "min", "s")."""
    h, rest = divmod(max(0, int(seconds)), 3600)
    m, sec = divmod(rest, 60)
    return " ".join(plural(n, unit) for n, unit in ((h, "hour"), (m, "minute"), (sec, "second"))
                    if n) or "0 seconds"


def time_sentences(session: Session, review: Review | None) -> list[str]:
    """The time table as the plain-text notes say it, a step a line, read aloud: `Question 1:
    10 minutes planned, 12 minutes spent, 2 minutes over.`, `Good practice: 13 seconds spent.`,
    the total last; [] where `time_table` gives none. Its columns (`Planned`, `Spent`, a row of
    `–` where nothing was planned) were heard as a run of numbers and dashes (a screen reader
    user's trial); the PDF still draws the table."""
    if not time_table(session, review):
        return []
    rows = time_rows(session, review)
    lines = []
    for r in [*rows, time_total(rows)]:
        spent = f"{said(r.spent)} spent"
        if r.planned is None:
            lines.append(f"{r.label}: {spent}.")
            continue
        gap = r.spent - r.planned
        diff = "on time" if not gap else f"{said(abs(gap))} {'over' if gap > 0 else 'under'}"
        lines.append(f"{r.label}: {said(r.planned)} planned, {spent}, {diff}.")
    return lines


TIME_HEADERS = ("Step", "Planned", "Spent", "Over or under")
TIME_HEADING = "Time"
"""The notes' heading over the time table."""
