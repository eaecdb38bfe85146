"""A field added to session files is a new schema version (model/schema.py): every reflect opens
a file of a version it does not know read-only, keeping what it holds; a reflect that meets an
unknown field in a version it does know refuses the file as misspelt. Version 2's reflects
(22 November to 4 December 2026) refused every file holding a field added after it."""

from __future__ import annotations

import tomllib
import typing
from pathlib import Path

import pytest
from pydantic import BaseModel

from reflect.model.schema import SCHEMA_VERSION
from reflect.model.session import Session
from reflect.store import sessions as store

KNOWN = frozenset((
    "actions",
    "actions.agreed_due",
    "actions.agreed_due_date",
    "actions.agreed_owner",
    "actions.due",
    "actions.due_date",
    "actions.done_in",
    "actions.done_in.held",
    "actions.done_in.label",
    "actions.done_in.session_id",
    "actions.given_in",
    "actions.given_in.agency",
    "actions.given_in.held",
    "actions.given_in.label",
    "actions.given_in.role",
    "actions.given_in.session_id",
    "actions.id",
    "actions.moved_in",
    "actions.moved_in.held",
    "actions.moved_in.label",
    "actions.moved_in.session_id",
    "actions.owner",
    "actions.progress",
    "actions.recommendation",
    "actions.status",
    "actions.text",
    "after",
    "after.actions",
    "after.date",
    "after.label",
    "after.minutes",
    "after.notes",
    "after.points",
    "after.points.by",
    "after.points.no_one",
    "after.points.text",
    "after.roles",
    "after.session_id",
    "after.summaries",
    "answers",
    "answers.given_under",
    "answers.last_typed",
    "answers.now_what",
    "answers.origin",
    "answers.points",
    "answers.points.by",
    "answers.points.from_room",
    "answers.points.text",
    "answers.points.typed_as",
    "answers.question",
    "answers.question_id",
    "answers.so_what",
    "answers.source",
    "answers.text",
    "answers.what",
    "carried",
    "carried.action_id",
    "carried.due",
    "carried.due_date",
    "carried.due_noted_in",
    "carried.due_noted_in_id",
    "carried.earlier",
    "carried.earlier.due",
    "carried.earlier.due_date",
    "carried.earlier.owner",
    "carried.earlier.progress",
    "carried.earlier.status",
    "carried.new_due",
    "carried.new_due_date",
    "carried.note",
    "carried.noted_in",
    "carried.noted_in_id",
    "carried.owner",
    "carried.owner_before",
    "carried.owner_noted_in",
    "carried.owner_noted_in_id",
    "carried.owner_there",
    "carried.progress_before",
    "carried.progress_noted_in",
    "carried.progress_noted_in_id",
    "carried.session_id",
    "carried.session_label",
    "carried.status",
    "carried.status_before",
    "carried.text",
    "carried.written_back",
    "confidence",
    "confidence.counts",
    "confidence.phase",
    "confidence.prompt",
    "cpd",
    "cpd.activity_type",
    "cpd.method",
    "cpd.participatory",
    "cpd.standards",
    "cpd.themes",
    "cpd.why_relevant",
    "created",
    "current_step",
    "differently",
    "drafts",
    "facilitator",
    "id",
    "left_out",
    "minutes_spent",
    "mode",
    "notes",
    "participants",
    "participants.agency",
    "participants.arrived_during",
    "participants.attended",
    "participants.id",
    "participants.left_early",
    "participants.left_during",
    "participants.listed_last_time",
    "participants.name",
    "participants.role",
    "review_id",
    "review_title",
    "schema_version",
    "team",
    "theme",
    "timing",
    "timing.minutes",
    "timing.paused",
    "timing.plan",
    "timing.spent",
    "title",
    "updated",
))
"""Every field of a version 5 session file (dotted: a table's fields after its name)."""


def field_paths(model: type[BaseModel], prefix: str = "") -> set[str]:
    out: set[str] = set()
    for name, info in model.model_fields.items():
        path = prefix + name
        out.add(path)
        types = [info.annotation]
        while types:
            kind = types.pop()
            if isinstance(kind, type) and issubclass(kind, BaseModel):
                out |= field_paths(kind, path + ".")
            else:
                types.extend(typing.get_args(kind))
    return out


def test_a_new_field_comes_with_a_new_schema_version() -> None:
    added = sorted(field_paths(Session) - KNOWN)
    gone = sorted(KNOWN - field_paths(Session))
    assert not added and not gone, (
        f"session fields added {added} or gone {gone}: raise SCHEMA_VERSION in "
        "model/schema.py (a reflect that knows the current version refuses a field it does not "
        "know; one that meets a higher version opens the file read-only), say what the new "
        "version added there and in docs/reliability.md, and list the fields here")
    assert SCHEMA_VERSION == 10


def test_a_session_is_saved_as_the_newest_version(tmp_path: Path, review) -> None:  # type: ignore[no-untyped-def]
    session = Session.start(review, "20261205-zz-0001", title="Invented huddle")
    path = store.save_session(tmp_path, session)
    assert tomllib.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION


@pytest.mark.parametrize("older", range(1, SCHEMA_VERSION))
def test_an_older_file_opens_unchanged_and_is_saved_as_the_newest(tmp_path: Path, review,  # type: ignore[no-untyped-def]
                                                                   older: int) -> None:
    path = store.save_session(tmp_path, Session.start(review, "20261205-zz-0002", title="Old"))
    path.write_text(path.read_text(encoding="utf-8").replace(
        f"schema_version = {SCHEMA_VERSION}", f"schema_version = {older}"), encoding="utf-8")
    before = path.read_bytes()
    session, read_only = store.read_session(path)
    assert read_only is None and path.read_bytes() == before  # reading never rewrites it
    store.save_session(tmp_path, session)
    assert tomllib.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION


def test_a_reflect_that_knows_only_version_2_opens_todays_file_read_only(
        tmp_path: Path, review, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """As every reflect since 0.1 reads a higher version (store/sessions.py, unchanged since):
    for the fields it knows, read-only, never "unknown field". Before, today's fields (here a
    participant's `left_early`) made version 2's reflects refuse the file as misspelt."""
    from reflect.model.session import Participant

    session = Session.start(review, "20261205-zz-0003", title="Invented huddle")
    session.participants = [Participant(name="Ann Example", left_early=True)]
    path = store.save_session(tmp_path, session)
    monkeypatch.setattr(store, "SCHEMA_VERSION", 2)
    read, read_only = store.read_session(path)
    assert read_only is not None
    assert f"written by a newer reflect (schema {SCHEMA_VERSION}" in read_only
    assert [p.name for p in read.participants] == ["Ann Example"]
