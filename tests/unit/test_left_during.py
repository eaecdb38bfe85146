"""Someone marked left early once the meeting has moved on left during the step it is on, as
someone ticked late arrived during it (model/presence.py `left`). A school's safeguarding lead
read "Bob Sample (…; arrived during Question 1)" beside "Ann Example (…; left early)" and
asked when Ann left: the step was not kept. It is now (`Participant.left_during`, schema 6),
said in the notes, the JSON, the Selected line and what Space says; a file from before it
reads "left early" as it did. All people are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reflect.export.json_export import to_json
from reflect.export.markdown import to_markdown
from reflect.export.options import ExportOptions
from reflect.model import presence
from reflect.model.edits import SessionEdits
from reflect.model.review import Review
from reflect.model.schema import SCHEMA_VERSION
from reflect.model.session import Session
from reflect.model.steps import steps_for
from reflect.store import sessions as store


def meeting(review: Review) -> SessionEdits:
    session = Session.start(review, "20300101-child-zz-0000bbbb", title="Invented meeting",
                            team="Team Blue", facilitator="Pat Example")
    e = SessionEdits(session)
    e.add_participant("Ann Example", "GP", "Invented Practice")
    e.add_participant("Cat Example", "Health visitor", "Invented Trust")
    e.add_point("zz-first", "Ring the school", by=session.participants[0].id)
    return e


def on_question_1(e: SessionEdits, review: Review) -> None:
    step = next(s for s in steps_for(review, e.session) if s.kind == "question")
    e.tick(step, 60)  # a minute on Question 1: the meeting is on it


def test_marked_left_early_after_the_meeting_moved_on_they_left_during_its_step(
        review: Review) -> None:
    e = meeting(review)
    on_question_1(e, review)
    ann, cat = e.session.participants
    e.toggle_attended(ann)
    assert (ann.presence, ann.left_during) == ("left early", "Question 1")
    assert presence.presence_said(ann) == "left early during Question 1"
    assert "so is marked left early during Question 1 (here for part" in \
        presence.away_said(e.session, ann)
    md = to_markdown(e.session, review)
    assert "Ann Example (GP, Invented Practice; left early during Question 1)" in md
    roles = to_markdown(e.session, review, ExportOptions(roles_only=True))
    assert "GP, Invented Practice (left early during Question 1)" in roles
    data = json.loads(to_json(e.session, review))
    assert [p["left_during"] for p in data["session"]["participants"]] == ["Question 1", None]

    e.toggle_attended(ann)  # here again: no longer left
    assert (ann.presence, ann.left_during) == ("here", None)
    e.undo()
    assert (ann.presence, ann.left_during) == ("left early", "Question 1")
    assert cat.left_during is None


def test_arrived_late_and_left_early_both_said(review: Review) -> None:
    e = meeting(review)
    bob = e.session.add_participant(
        e.session.participants[0].model_copy(update={"id": "", "name": "Bob Sample"}))
    e.toggle_attended(bob)  # not here (nothing said yet)
    assert bob.presence == "not here"
    on_question_1(e, review)
    e.toggle_attended(bob)  # came in during Question 1
    e.add_point("zz-first", "Ask the health visitor", by=bob.id)
    e.toggle_attended(bob)  # and left
    assert presence.presence_said(bob) == \
        "arrived during Question 1, left early during Question 1"


def test_before_the_meeting_moved_on_and_in_an_older_file_left_early_alone(
        review: Review, tmp_path: Path) -> None:
    e = meeting(review)
    ann = e.session.participants[0]
    e.toggle_attended(ann)  # still on Who is here: no step to give
    assert (ann.presence, ann.left_during) == ("left early", None)
    assert "Ann Example (GP, Invented Practice; left early)" in to_markdown(e.session, review)

    path = store.save_session(tmp_path, e.session)
    older = path.read_text(encoding="utf-8").replace(f"schema_version = {SCHEMA_VERSION}",
                                                     "schema_version = 5")
    assert "left_during" not in older  # written only where there is a step
    path.write_text(older, encoding="utf-8")
    session, read_only = store.read_session(path)
    assert read_only is None and session.participants[0].presence == "left early"
    assert presence.presence_said(session.participants[0]) == "left early"


def test_a_reflect_that_knows_only_version_5_opens_such_a_file_read_only(
        review: Review, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    e = meeting(review)
    on_question_1(e, review)
    e.toggle_attended(e.session.participants[0])
    path = store.save_session(tmp_path, e.session)
    assert 'left_during = "Question 1"' in path.read_text(encoding="utf-8")
    monkeypatch.setattr(store, "SCHEMA_VERSION", 5)
    read, read_only = store.read_session(path)
    assert read_only is not None
    assert f"written by a newer reflect (schema {SCHEMA_VERSION}" in read_only
    assert [p.name for p in read.participants] == ["Ann Example", "Cat Example"]
