"""The review content model: one learning briefing, as published by a partnership.

Every text field holds the briefing's own words. Unknown fields are rejected so a typo in a
content file is reported instead of silently ignored.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)
from pydantic_core import PydanticCustomError

from reflect.model.clean import Clean
from reflect.text import printable

QUESTION_ID_TWICE = "question_id_twice"
"""The error type of a question id used twice; its context holds the id and both places."""
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")]
Text = Annotated[str, StringConstraints(min_length=1), AfterValidator(printable)]


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class KeyDate(StrictModel):
    """A date the briefing gives, as it gives it ("April 2021", "14.05.21")."""

    label: Text
    date: Text


class Point(StrictModel):
    """A point of key learning, good practice or development; `title` is the briefing's bold
    lead-in, if any."""

    title: Clean | None = None
    text: Text
    source: Clean | None = None
    """Set by reflect in themed sessions: the title of the review this comes from."""


class Recommendation(StrictModel):
    """A recommendation; `update` is the progress the briefing reports (set in bold there)."""

    title: Clean | None = None
    text: Text
    update: Clean | None = None
    lead: Clean | None = None
    """The agency (or partnership, team or role) the briefing names to lead on it, its "Lead
    agency: …", "Lead: …" or "Owner: …" without the label; shown under it with the update."""
    source: Clean | None = None
    """Set by reflect in themed sessions: the title of the review this comes from."""


class PlanItem(StrictModel):
    """One line of an action plan: the recommendation as the plan words it, its action, status."""

    recommendation: Text
    action: Text
    status: Text


class ActionPlan(StrictModel):
    """An action plan summary published alongside a briefing (e.g. for the National Panel)."""

    title: Text
    case_summary: list[Text] = []
    review_process: list[KeyDate] = []
    review_process_notes: list[Text] = []
    items: list[PlanItem] = []
    next_steps: list[Text] = []


class Question(StrictModel):
    """A question for reflection. `id` is stable: answers are keyed by it, never by position."""

    id: Slug
    text: Text
    source: Clean | None = None
    """Set by reflect in themed sessions: the title of the review this comes from."""
    origin: Literal["briefing", "reflect"] = "briefing"
    """"reflect" for one of reflect's standard questions, added by the importer to a briefing
    that has no questions of its own; shown as reflect's wherever the question appears."""


class Advice(StrictModel):
    """One line of the briefing's "What to do now". A content file writes it as plain text
    (`what_to_do_now = ["…"]`); `source` is reflect's, as a point's is."""

    text: Text
    source: Clean | None = None
    """Set by reflect in themed sessions: the title of the review (or, for advice several
    give in the same words, the titles, `; ` between them) this comes from."""


def _advice(value: object) -> object:
    """A content file's line of text as the `Advice` it is. A file writes text only (its
    author is told so, as of any other list of text); reflect alone gives a `source`."""
    if isinstance(value, Advice):
        return value
    if not isinstance(value, str):
        raise PydanticCustomError("string_type", "Input should be a valid string")
    if not value:
        raise PydanticCustomError("string_too_short",
                                  "String should have at least {min_length} character",
                                  {"min_length": 1})
    return {"text": value}


class ImportedFrom(StrictModel):
    """Where an imported review came from: set by `reflect import`, used to spot a second import
    of the same file."""

    file: Text
    """The briefing file's name (no folder)."""
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    imported_on: date
    """The day it was imported."""


class Resource(StrictModel):
    """A resource title, with a link where the briefing gives a real one."""

    title: Text
    url: Clean | None = None


class Review(StrictModel):
    """One practice review's learning briefing."""

    id: Slug
    title: Text
    partnership: Text
    review_type: Text
    summary: Text
    imported_from: ImportedFrom | None = None
    themes: list[Slug] = Field(min_length=1)
    dates: list[KeyDate] = []
    purpose: Clean | None = None
    introduction: list[Text] = Field(min_length=1)
    context: list[Text] = []
    notes: list[Text] = []
    learning: list[Point] = []
    """The briefing's "Key learning" (or "Learning", "What we learned", "Lessons learned")."""
    good_practice: list[Point] = []
    development: list[Point] = []
    recommendations_note: Clean | None = None
    recommendations: list[Recommendation] = []
    recommendations_footer: Clean | None = None
    questions: list[Question] = Field(min_length=1)
    what_to_do_now: list[Annotated[Advice, BeforeValidator(_advice)]] = []
    resources: list[Resource] = []
    contact: list[Text] = []
    action_plan: ActionPlan | None = None

    @model_validator(mode="after")
    def _question_ids_unique(self) -> Review:
        """Each question's id its own. The error says which question, by where it is
        (`store.problems` names it `questions (the 2nd): id`): it was said at "(top level)",
        which the start screen's one line per file cut to nothing a learning lead could use."""
        seen: dict[str, int] = {}
        for n, q in enumerate(self.questions):
            if q.id in seen:
                raise PydanticCustomError(
                    QUESTION_ID_TWICE, "question id {qid!r} is used twice",
                    {"qid": q.id, "index": n, "first": seen[q.id]})
            seen[q.id] = n
        return self

    def question(self, qid: str) -> Question | None:
        return next((q for q in self.questions if q.id == qid), None)
