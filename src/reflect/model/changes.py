"""What can change in an open session, named by typed keys, and the changes themselves.

`SessionEdits` (edits.py) returns one of these frozen dataclasses from each change it makes,
so the UI knows what changed without asking which widget sent it. No Textual here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

AnswerField = Literal["text", "what", "so_what", "now_what"]
"""An answer's text fields: the team's summary (or other thoughts), and What? So what? Now
what? of the reflective model."""
DetailField = Literal["title", "team", "facilitator"]
PersonField = Literal["name", "role", "agency"]
ActionField = Literal["text", "owner", "due", "recommendation"]
CpdTextField = Literal["activity_type", "why_relevant", "method"]
CpdField = Literal["activity_type", "why_relevant", "method", "standards", "themes",
                   "participatory"]
"""The person's own choices for their CPD records (`Session.cpd`)."""


def next_status(status: str) -> Literal["open", "in progress", "done", "dropped"]:
    """The status after `status` (Space on an action's row): open → in progress → done →
    dropped (no longer needed: a facilitator's trial found no way to close one the team had
    given up, so it came back at every meeting) → open."""
    if status == "open":
        return "in progress"
    if status == "in progress":
        return "done"
    if status == "done":
        return "dropped"
    return "open"


# --- keys for the session's free-text boxes ----------------------------------------------------


@dataclass(frozen=True)
class AnswerKey:
    question_id: str
    field: AnswerField


@dataclass(frozen=True)
class NotesKey:
    step_key: str


@dataclass(frozen=True)
class DifferentlyKey:
    pass


TextKey = AnswerKey | NotesKey | DifferentlyKey
"""Which free-text box of the session a text editor fills."""


# --- changes ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerChanged:
    question_id: str
    field: AnswerField


@dataclass(frozen=True)
class WordingKept:
    """An answer given under other words than its question's now stands under the new words
    (or, undone, under the old ones again)."""

    question_id: str


@dataclass(frozen=True)
class NotesChanged:
    step_key: str


@dataclass(frozen=True)
class DifferentlyChanged:
    pass


@dataclass(frozen=True)
class CpdMinutesChanged:
    pass


@dataclass(frozen=True)
class CpdChanged:
    """One of the person's choices for their CPD records changed."""

    field: CpdField


@dataclass(frozen=True)
class DetailsChanged:
    field: DetailField


@dataclass(frozen=True)
class PeopleChanged:
    pass


@dataclass(frozen=True)
class PointsChanged:
    question_id: str


@dataclass(frozen=True)
class PointMoved:
    """A point moved from question `question_id`'s points to the end of `to_question_id`'s
    (Shift+→ on its list), or put back (Ctrl+Z) from there to its old place."""

    question_id: str
    to_question_id: str


@dataclass(frozen=True)
class ActionsChanged:
    pass


@dataclass(frozen=True)
class CarriedChanged:
    """A carried action's status, note or new due date changed here (write it back) or was
    written back."""

    index: int
    written_back: bool
    typing: bool = False
    """Changed by typing (a note, a due date): written back once the typing pauses."""


@dataclass(frozen=True)
class ConfidenceChanged:
    """The room's answers to the confidence check at the start or the end were recorded."""

    phase: Literal["start", "end"]


@dataclass(frozen=True)
class DraftChanged:
    key: str


@dataclass(frozen=True)
class StepChanged:
    step_key: str


@dataclass(frozen=True)
class TimingChanged:
    """The plan, or paused/running, changed."""


@dataclass(frozen=True)
class TimeCounted:
    """A second was counted on a step (saved every few seconds, not on every tick)."""

    step_key: str


Change = (AnswerChanged | WordingKept | NotesChanged | DifferentlyChanged | CpdMinutesChanged
          | CpdChanged | DetailsChanged
          | PeopleChanged | PointsChanged | PointMoved | ActionsChanged | CarriedChanged
          | DraftChanged | ConfidenceChanged | StepChanged | TimingChanged | TimeCounted)


def questions_of(change: Change) -> tuple[str, ...]:
    """The questions whose answer or points `change` changed (none, for other changes)."""
    if isinstance(change, PointMoved):
        return (change.question_id, change.to_question_id)
    return (change.question_id,) if isinstance(change, AnswerChanged | PointsChanged) else ()


def draft_key(form: str, field: str) -> str:
    """Where text typed into a form's field but not yet added is kept: `action:text`,
    `person:name`, `point:<question id>` (a point form has one field)."""
    return f"{form}:{field}"


FACILITATOR_DRAFT = draft_key("detail", "facilitator")
"""A team's facilitator's name half typed in plain mode when it stopped (Ctrl+C, Ctrl+D after
typing): not the facilitator, which a name cut short is not, but kept, and offered when the
walk is carried on (walk/facilitator.py). Made the facilitator as typed, it was never asked
again (a trial). Gone once a name is typed as the facilitator's, here or in the app."""

MINUTES_DRAFT = draft_key("cpd", "minutes")
"""What the box for the time to log for CPD holds while it is not a time (`lots`): kept as
typed, put back in the box, with why it is not logged, when the session is opened again, and
said as reflect ends (`typed_items.minutes_kept`). Dropped at Ctrl+Q and said nowhere, where
the rule is that nothing typed is lost (a trial). Gone once the box is emptied or holds a
time, here, in plain mode or by `reflect cpd-fill --minutes`."""
