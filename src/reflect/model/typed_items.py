"""Items typed into a form and not added (a point, an action, a person): which kind, on which
step, and what each holds in short, said one way wherever reflect says it: the lines on the
terminal as reflect ends (ui/farewell.py), the export's line about them (export/drafts.py),
what a session says as it opens, the step list's mark (ui/widgets/step_list.py), and the
saved sessions' mark on the start screen (`SessionSummary.typed`, store/index.py).

A session keeps what is typed into the point, action and person forms until it is added
(`Session.drafts`). An action with an owner and a due date but no words stayed in its form;
Ctrl+Q said nothing of it, and every export then said "1 item typed but not added: 1 action",
neither which nor where (a fresh-eyes trial).

The box for the time to log for CPD keeps what it holds when that is not a time (`lots`) the
same way (`MINUTES_DRAFT`): not an item to add, so never offered to an export, but said as
reflect ends and as the session opens on another step (`minutes_kept`), marked ✎ on its step
(`minutes_step`) and in the lists of saved sessions (`typed_step_names`), and said by the
export dialog and `reflect export` with the time logged instead (`minutes_note`): the record
logged the time measured, and said nothing (a trial).

Pure: no files, no Textual.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from reflect.model.action_words import action_words
from reflect.model.changes import MINUTES_DRAFT, draft_key
from reflect.model.steps import STEP_LABELS, question_key
from reflect.text import plural
from reflect.wrapping import cut_at_a_word

if TYPE_CHECKING:
    from reflect.model.session import Session

Kind = Literal["point", "action", "person"]

BOX_LIMIT = 24
"""The most cells of a box's words said (an owner, a due date, a name)."""
WORDS_LIMIT = 40
"""The most cells of a point's or an action's own words said."""


@dataclass(frozen=True)
class TypedItem:
    """One item typed into a form and not added."""

    kind: Kind
    step_key: str
    """The key of the step whose form holds it: `q:<question id>`, `actions`, `people`."""
    step: str
    """That step's name, as the step list says it: `Question 3`, `What to do now`."""
    words: str
    """What it holds, in short: `“Ring the GP”, due “Friday”`, or `owner “Sam”, due
    “tomorrow” — no What yet` for an action without its own words."""
    question: int = 0
    """A point's question, by its number in the session (from 1); 0 for the others."""

    @property
    def kept(self) -> str:
        """The line said as reflect ends, and as the session opens again: `An action half
        typed on What to do now is kept: owner “Sam”, due “tomorrow” — no What yet`."""
        article = "An" if self.kind == "action" else "A"
        return f"{article} {self.kind} half typed on {self.step} is kept: {self.words}"

    @property
    def named(self) -> str:
        """How the export's line names it: `an action on What to do now (owner “Sam”, …)`."""
        article = "an" if self.kind == "action" else "a"
        return f"{article} {self.kind} on {self.step} ({self.words})"


def quoted(text: str, limit: int = BOX_LIMIT) -> str:
    """Words typed, on one line, in quotes (`“Nobody”`); wider than `limit` cells, cut
    with "…" after a word (inside a word only where its first word is half of them)."""
    return f"“{cut_at_a_word(text, limit)}”"


def held(boxes: Iterable[tuple[str, str]]) -> str:
    """What the boxes hold, each by its name: `owner “Nobody”, due “tomorrow”` (an empty box
    is left out). The action form says it under its What box too (`ActionsPanel`)."""
    return ", ".join(f"{name} {quoted(text)}" for name, text in boxes if text.strip())


def typed_items(session: Session) -> list[TypedItem]:
    """The items typed but not added, in the order of their steps: a person (Who is here),
    a point per question, an action (What to do now)."""
    def typed(form: str, field: str) -> str:
        return " ".join(session.drafts.get(draft_key(form, field), "").split())

    found: list[TypedItem] = []
    person = held((field, typed("person", field)) for field in ("name", "role", "agency"))
    if person:
        found.append(TypedItem("person", "people", STEP_LABELS["people"], person))
    for n, answer in enumerate(session.answers, 1):
        if point := typed("point", answer.question_id):
            found.append(TypedItem("point", question_key(answer.question_id), f"Question {n}",
                                   quoted(point, WORDS_LIMIT), n))
    what = typed("action", "text")
    who = action_words(session.mode == "individual").who.lower()
    rest = held(((who, typed("action", "owner")), ("due", typed("action", "due"))))
    if what:
        words = quoted(what, WORDS_LIMIT) + (f", {rest}" if rest else "")
        found.append(TypedItem("action", "actions", STEP_LABELS["actions"], words))
    elif rest:
        found.append(TypedItem("action", "actions", STEP_LABELS["actions"],
                               f"{rest} — no What yet"))
    return found


def typed_steps(session: Session) -> frozenset[str]:
    """The keys of the steps whose forms hold an item typed but not added, and the step of
    the box for the time to log for CPD while it holds what is not a time (`minutes_step`):
    the step list marks them. "lots" left there was kept with no ✎ (a trial)."""
    steps = {item.step_key for item in typed_items(session)}
    if _minutes_typed(session):
        steps.add(minutes_step(session))
    return frozenset(steps)


def typed_step_names(session: Session) -> tuple[str, ...]:
    """The names of the steps `typed_steps` marks, in the order of the steps (`Question 3`,
    `What I will do differently`): the saved sessions mark the session ✎ and `reflect list
    sessions` names them (`SessionSummary.typed`). "lots" left in the box for the time to log
    for CPD was marked on its step, never in those lists (a trial)."""
    names = dict.fromkeys(item.step for item in typed_items(session))
    if _minutes_typed(session):  # (its step, What I will do differently or the summary, last)
        names[STEP_LABELS[minutes_step(session)]] = None
    return tuple(names)


def minutes_step(session: Session) -> str:
    """The key of the step holding the box for the time to log for CPD: What I will do
    differently on one's own; a team's is in the CPD record's choices (F8) on the summary."""
    return "differently" if session.mode == "individual" else "summary"


def _minutes_where(session: Session) -> str:
    """Where the box for the time to log for CPD is, as a sentence says it. A team's said "on
    What I will do differently", a step no team session has (a trial)."""
    if session.mode == "individual":
        return f"on {STEP_LABELS['differently']}"
    return f"in the CPD record's choices (F8) on {STEP_LABELS['summary']}"


def _minutes_typed(session: Session) -> str:
    """What the box for the time to log for CPD holds that is not a time, on one line."""
    return " ".join(session.drafts.get(MINUTES_DRAFT, "").split())


def typed_elsewhere(session: Session, step_key: str) -> list[str]:
    """What a session says as it opens of the items typed but not added on steps other than
    `step_key`, the one it opens on (whose form shows its own): a line each
    (`TypedItem.kept`), then the time to log for CPD kept as typed (`minutes_kept`)."""
    minutes = minutes_kept(session) if step_key != "differently" else ""
    return [item.kept for item in typed_items(session) if item.step_key != step_key] + (
        [minutes] if minutes else [])


def minutes_kept(session: Session) -> str:
    """The line said as reflect ends, and as the session opens on another step, while the box
    for the time to log for CPD holds what is not a time (`MINUTES_DRAFT`); "" when it does
    not. Ctrl+Q said "Saved" over "lots" typed there, which was dropped (a trial)."""
    typed = _minutes_typed(session)
    if not typed:
        return ""
    logged = session.minutes_spent
    meanwhile = "the time measured" if logged is None else plural(logged, "minute")
    return (f"The time to log for CPD typed {_minutes_where(session)} is kept in its box, not "
            f"logged: {quoted(typed)} is not a time this can log. Logged meanwhile: "
            f"{meanwhile}.")


def minutes_note(session: Session) -> str:
    """What the export dialog's check line and `reflect export` say while the box for the time
    to log for CPD holds what is not a time: what was typed, and the figure logged instead
    (`Session.minutes_for_cpd`); "" when it does not. The record logged the time measured and
    said nothing of the "lots" typed (a trial)."""
    typed = _minutes_typed(session)
    if not typed:
        return ""
    source = ("the time reflect measured" if session.minutes_spent is None
              else "the time given before it")
    return (f"The time to log for CPD typed {_minutes_where(session)}, {quoted(typed)}, is not "
            f"a time. Logged instead: {plural(session.minutes_for_cpd, 'minute')}, {source}; "
            "type a time there to log yours.")
