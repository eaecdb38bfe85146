import tomllib

import pytest
from pydantic import ValidationError

from reflect.model.review import Review
from tests.conftest import FICTIONAL_REVIEW


def fictional() -> dict:
    return tomllib.loads(FICTIONAL_REVIEW)


def test_fictional_review_validates():
    review = Review.model_validate(fictional())
    assert [q.id for q in review.questions] == ["zz-first", "zz-second", "zz-third"]
    assert review.recommendations[0].update == "Meetings are now held within five days."


def test_unknown_field_is_rejected():
    data = fictional() | {"sumary": "typo"}
    with pytest.raises(ValidationError, match="sumary"):
        Review.model_validate(data)


def test_unknown_field_in_nested_item_is_rejected():
    data = fictional()
    data["questions"][0]["txt"] = "typo"
    with pytest.raises(ValidationError) as info:
        Review.model_validate(data)
    assert info.value.errors()[0]["loc"] == ("questions", 0, "txt")


def test_duplicate_question_ids_are_rejected():
    data = fictional()
    data["questions"][1]["id"] = "zz-first"
    with pytest.raises(ValidationError, match="used twice"):
        Review.model_validate(data)


@pytest.mark.parametrize("bad_id", ["ZZ", "has space", "../up", "", "-lead"])
def test_ids_must_be_slugs(bad_id):
    data = fictional()
    data["questions"][0]["id"] = bad_id
    with pytest.raises(ValidationError):
        Review.model_validate(data)


def test_a_review_needs_questions():
    data = fictional()
    data["questions"] = []
    with pytest.raises(ValidationError):
        Review.model_validate(data)


def test_question_lookup():
    review = Review.model_validate(fictional())
    assert review.question("zz-second").text == "Who would you tell?"
    assert review.question("missing") is None


def test_question_origin_and_imported_from_are_validated() -> None:
    import pytest
    from pydantic import ValidationError

    from reflect.model.review import ImportedFrom, Question

    assert Question(id="q1", text="Why?").origin == "briefing"
    assert Question(id="q1", text="Why?", origin="reflect").origin == "reflect"
    with pytest.raises(ValidationError):
        Question(id="q1", text="Why?", origin="someone")
    ok = ImportedFrom(file="brief.pdf", sha256="a" * 64, imported_on="2026-01-02")
    assert str(ok.imported_on) == "2026-01-02"
    for bad in ({"sha256": "A" * 64}, {"sha256": "a" * 63}, {"file": ""}):
        with pytest.raises(ValidationError):
            ImportedFrom(**{"file": "brief.pdf", "sha256": "a" * 64,
                            "imported_on": "2026-01-02", **bad})


def test_a_participant_line_pasted_from_a_spreadsheet_is_split_at_its_tabs() -> None:
    """Columns pasted from a spreadsheet were read as one long role (fresh-eyes trial)."""
    from reflect.model.session import Participant

    person = Participant.parse("Alex Example\tHealth visitor\tInvented Trust, North")
    assert (person.name, person.role, person.agency) == (
        "Alex Example", "Health visitor", "Invented Trust, North")
    typed = Participant.parse("Sam Sample, School nurse, Invented Academy")
    assert (typed.name, typed.role, typed.agency) == (
        "Sam Sample", "School nurse", "Invented Academy")


def test_lines_that_name_nobody_are_not_participants() -> None:
    """", ," in the participants box made a participant with no name, role or agency."""
    from reflect.model.session import Participant

    people = Participant.parse_lines("Ann Example, Nurse, Invented Trust\n, , \n\t\n \n"
                                     ", , Invented Council\nTeacher")
    assert [(p.name, p.role, p.agency) for p in people] == [
        ("Ann Example", "Nurse", "Invented Trust"), ("", "", "Invented Council"),
        ("", "Teacher", "")]
    assert Participant.parse(" , ").blank and not people[1].blank
