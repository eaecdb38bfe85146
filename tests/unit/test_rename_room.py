"""Someone in the room sends their points under the name they joined with: renamed on *Who is
here* since, they are still that person (model/rename_edits.py, `sender`). A point sent as
"Pat Example" after Pat Example was renamed Jo Example was nobody's. Pure: no Textual."""

from __future__ import annotations

import tomllib

import pytest

from reflect.export.options import ExportOptions
from reflect.export.parts import point_attribution
from reflect.model.edits import SessionEdits
from reflect.model.review import Review
from reflect.model.session import FACILITATOR, Session
from tests.conftest import FICTIONAL_REVIEW

Q = "zz-first"


@pytest.fixture
def edits() -> SessionEdits:
    review = Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))
    return SessionEdits(Session.start(review, "s-1", team="Invented Team",
                                      facilitator="Alex Example"))


def said_by(edits: SessionEdits, name: str) -> str:
    """Who a point sent from the room as `name` is said by, once accepted."""
    edits.add_point(Q, "Invented point", from_room=name)
    answer = edits.session.answer(Q)
    assert answer is not None
    return answer.points[-1].by


def test_a_point_sent_under_the_name_they_had_is_theirs(edits: SessionEdits) -> None:
    pat = edits.add_participant("Pat Example")
    for name in ("Jo Example", "Jo Sample"):  # renamed twice: each name they had
        edits.edit_participant(pat, name="")
        for end in range(1, len(name) + 1):
            edits.edit_participant(pat, name=name[:end])
        edits.mark_here(pat, True)  # (another change between: two runs of typing)
    edits.mark_here(pat, False)  # not here: the name sent, as for their name now
    assert said_by(edits, "Pat Example") == ""
    assert edits.sender("Pat Example") is pat
    edits.mark_here(pat, True)
    assert said_by(edits, "pat example.") == pat.id
    assert said_by(edits, "Jo Example") == pat.id
    assert said_by(edits, "Jo Exam") == ""  # a name they never had, only typed through


def test_someone_called_it_now_is_who_it_names(edits: SessionEdits) -> None:
    pat = edits.add_participant("Pat Example")
    edits.edit_participant(pat, name="Jo Example")
    other = edits.add_participant("Pat Example")
    assert edits.renamed_from("Pat Example") == ""
    assert said_by(edits, "Pat Example") == other.id
    edits.remove_participant(other)
    edits.remove_participant(pat)  # nobody left of the name
    assert said_by(edits, "Pat Example") == ""


def test_a_name_shared_is_remembered_for_no_one(edits: SessionEdits) -> None:
    """Two called Pat Example, one renamed: which of them sends as "Pat Example" is a guess."""
    pat = edits.add_participant("Pat Example")
    edits.add_participant("Pat Example")
    edits.edit_participant(pat, name="Jo Example")
    assert said_by(edits, "Pat Example") != pat.id


def test_the_facilitators_former_name_is_theirs(edits: SessionEdits) -> None:
    """Not asked about as someone to list; their points are theirs (they were nobody's,
    given as the name sent)."""
    edits.set_detail("facilitator", "Alex Sample")
    assert edits.renamed_from("Alex Example") == FACILITATOR
    assert edits.renamed_from("Alex Sample") == ""
    assert said_by(edits, "Alex Example") == FACILITATOR
    assert said_by(edits, "alex  SAMPLE") == FACILITATOR


def test_a_point_sent_under_the_facilitators_name_follows_them(edits: SessionEdits) -> None:
    """A trial: sent as "Alex Exmaple", the facilitator's name, the point was nobody's: shown
    as "Alex Exmaple (room)", notes by role not saying who made it, and the Facilitator box
    corrected to "Alex Example", the point still said the old spelling."""
    edits.set_detail("facilitator", "Alex Exmaple")
    edits.end_renaming()
    assert said_by(edits, "Alex Exmaple") == FACILITATOR
    point = edits.session.answer(Q).points[-1]  # type: ignore[union-attr]
    edits.set_detail("facilitator", "Alex Example")  # a correction
    edits.end_renaming()
    assert point_attribution(edits.session, point, ExportOptions()) == \
        "Alex Example, Facilitator"
    assert point_attribution(edits.session, point, ExportOptions(roles_only=True)) == \
        "Facilitator"
    assert point.from_room == "Alex Exmaple"  # (the name sent, as the room gave it)


def test_someone_listed_by_the_facilitators_name_is_that_person(edits: SessionEdits) -> None:
    """As Who is here's facilitator is: `speakers`."""
    alex = edits.add_participant("Alex Example")
    assert said_by(edits, "Alex Example") == alex.id
    edits.session.mode = "individual"  # a reflection has no facilitator
    edits.remove_participant(alex)
    assert said_by(edits, "Alex Example") == ""
