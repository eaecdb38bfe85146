"""How a report says its lists of actions: each action's facts, in brackets after its words
(its status, due date, team, whose it is, session), those listed under a recommendation
(`under_recommendation`), the personal actions by review, and the
notes over the lists of actions whose due date is not a date and of personal actions, which
hold those of sessions outside a report's period too (`overdue.Outside`), said so. For every
format and the app's report screen; words.py says the rest. Pure: no IO, no Textual.
"""

from __future__ import annotations

from datetime import date

from reflect.model.due import closed
from reflect.model.theme_ids import PREFIX as THEME_PREFIX
from reflect.model.theme_ids import theme_label
from reflect.report.action_line import ActionLine
from reflect.report.lines import RecommendationLine, Report
from reflect.report.words import PERSONAL_NOTE, UNDATED_NOTE


def action_facts(a: ActionLine, with_review: bool = False) -> list[str]:
    """An action's facts, in brackets after its words: its status, due date, team (and
    review), whose it is (`owner: Duty manager`, as the overdue actions say it, in every list:
    the actions under a recommendation said none, a learning lead's trial), and its session
    (with, for one agreed outside the report's period, that)."""
    facts = [a.status_shown]
    if a.due:
        facts.append(f"due {a.due_shown}")
    if a.team:
        facts.append(a.team)
    if with_review:
        facts.append(a.review_title)
    if a.owner_said:  # (nothing of an owner for one done or dropped with none)
        facts.append(a.owner_said)
    facts.append(f"session {a.session_said}")
    return facts


def under_recommendation(rec: RecommendationLine) -> list[tuple[str, str]]:
    """Each action listed under `rec`, as (its words, its facts): those agreed at the
    review's own sessions, then, in a report on one review, those themed sessions agreed on
    it, each said so (`agreed in a themed session (information sharing)`): they were said
    only as a number, and listed only once overdue (a learning lead's trial)."""
    return [(a.text, "; ".join(facts)) for a, facts in recommendation_facts(rec)]


def recommendation_facts(rec: RecommendationLine) -> list[tuple[ActionLine, list[str]]]:
    """`under_recommendation`, each action with its facts apart (the web page isolates
    each)."""
    said = [(a, action_facts(a)) for a in rec.actions]
    for a in rec.themed:
        facts = action_facts(a)
        theme = theme_label(a.review_id.removeprefix(THEME_PREFIX))
        facts.insert(-1, f"agreed in a themed session ({theme})")
        said.append((a, facts))
    return said


def personal_facts(a: ActionLine, today: date) -> list[str]:
    """A personal action's facts: as an agreed one's, said to be past its due date when it is
    (the overdue table lists agreed actions only), whose it is (its writer, by role and agency
    where the reflection says, and who else is involved), with the recommendation it answers
    (it is not listed under one)."""
    facts = action_facts(a)
    if not closed(a.status) and a.due_date is not None and a.due_date < today:
        facts.insert(2 if a.due else 1, "past its due date")
    if a.involved:  # its "Who else is involved", said as an owner is
        facts.insert(-1, f"also involved: {a.involved}")
    if a.recommendation:
        facts.insert(-1, f"recommendation: {a.recommendation}")
    return facts


def personal_by_review(r: Report) -> list[tuple[str, list[ActionLine]]]:
    """`Report.personal` grouped under each review's title, in the report's order."""
    groups: dict[str, tuple[str, list[ActionLine]]] = {}
    for a in r.personal:
        groups.setdefault(a.review_id, (a.review_title, []))[1].append(a)
    return list(groups.values())


UNDATED_OUTSIDE = ("Those agreed at sessions held outside the period are listed too, said so "
                   "with the session's day, and counted in no other figure.")
PERSONAL_OUTSIDE = ("Those written in reflections outside the period and still past their due "
                    "date are listed too, said so with the reflection's day, and counted in no "
                    "figure.")
"""After the notes on the actions whose due date is not a date, and on the personal actions,
where the list holds some of sessions outside the report's period (`overdue.Outside`)."""


def undated_note(r: Report) -> str:
    """What the actions whose due date is not a date are, and why listed; and that those
    agreed outside the period are listed too, where they are."""
    apart = any(a.outside for a in r.undated)
    return f"{UNDATED_NOTE} {UNDATED_OUTSIDE}" if apart else UNDATED_NOTE


def personal_note(r: Report) -> str:
    """What the personal actions are; and that those still past their due date, written
    outside the period, are listed too, where they are."""
    apart = any(a.outside for a in r.personal)
    return f"{PERSONAL_NOTE} {PERSONAL_OUTSIDE}" if apart else PERSONAL_NOTE
