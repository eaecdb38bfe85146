"""How an emergency copy and its session's file differ, said in words (a team lead was told to
compare the two TOML files: a trial)."""

from __future__ import annotations

from reflect.model.review import Review
from reflect.model.session import Action, Participant, Point, Session
from reflect.store.differences import differences, lost, said


def two(review: Review) -> tuple[Session, Session]:
    file = Session.start(review, "20260101-invented-0000d1ff", title="Invented meeting")
    return file.model_copy(deep=True), file


def test_the_same_words_are_no_difference(review: Review) -> None:
    copy, file = two(review)
    copy.current_step, copy.timing.minutes = "summary", 30  # (not typed: no change of words)
    assert differences(copy, file) == []


def test_answers_are_counted_by_where_they_are(review: Review) -> None:
    copy, file = two(review)
    copy.answers[0].text = "Invented summary typed here"
    file.answers[1].points = [Point(text="An invented point typed there")]
    copy.answers[1].points = [Point(text="Another invented point")]
    assert said(differences(copy, file)) == (
        "1 question is answered in the copy only; 1 question is answered differently in each")
    assert lost(differences(copy, file)) == "1 question is answered differently in each"
    copy.answers[1].points = []
    assert lost(differences(copy, file)) == "1 question is answered in the file only"


def test_each_field_is_named(review: Review) -> None:
    copy, file = two(review)
    file.title, file.team = "Invented renamed meeting", "Invented Team"
    file.participants = [Participant(name="Invented Person")]
    file.actions = [Action(text="An invented action")]
    file.differently = "Invented: start sooner"
    file.theme = "invented-theme"
    assert said(differences(copy, file)) == (
        "the title is “Invented renamed meeting” in the file, “Invented meeting” in the copy; "
        "the team or service is “Invented Team” in the file, empty in the copy; "
        "who is here differs; the actions differ; "
        "what would be done differently differs; other details differ")
    assert all(d.in_file for d in differences(copy, file))
