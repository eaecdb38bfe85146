"""What the notes' attendance says of a recurring team's meeting (a children's team's trial,
weekly meetings, week 2 carrying week 1's people and actions):

- everyone at week 1 not ticked at week 2 was listed "Invited, did not attend", in every
  format, though nobody had invited them: they are listed apart, "On last time's list, not at
  this meeting" (`Participant.listed_last_time`, `presence.attendance`), and those typed for
  this meeting and marked not here are still "Invited, did not attend";
- someone ticked on Who is here after the meeting had moved on was listed as there
  throughout: they "arrived during Question 1" (`Participant.arrived_during`), once the
  meeting has had a minute on a step after Who is here (a glance through the steps before it
  began makes nobody late).

Both are kept in the session file (from schema 5 on); a version 4 file reads as it did. All people,
teams and places are invented."""

from __future__ import annotations

import html
import json
import tomllib
from datetime import date
from pathlib import Path

import pytest

from reflect.export.options import ExportOptions
from reflect.model.edits import SessionEdits
from reflect.model.review import Review
from reflect.model.same_person import with_last_time
from reflect.model.schema import SCHEMA_VERSION
from reflect.model.session import Action, Participant, Session
from reflect.model.steps import Step, steps_for
from reflect.store import sessions as store
from reflect.store.carry import last_participants
from reflect.store.exports import render_bytes
from reflect.store.manage_sessions import duplicate_session
from reflect.store.sessions import load_session, save_session, session_path
from tests.readers import words_of

TEAM = "Moorvale Children's Team"
LISTED = "On last time's list, not at this meeting"
INVITED = "Invited, did not attend"
FORMATS = ["md", "txt", "html", "docx", "pdf"]


def week_1(review: Review, folder: Path) -> Session:
    """Week 1, saved: Sam, Alex and Jo there, Jo to audit the referrals."""
    week1 = Session.start(review, "20261205-child-zz-00000001", title="Week 1", team=TEAM,
                          facilitator="Ray Sample", participants=[
                              Participant(name="Sam Sample", role="Social worker",
                                          agency="Moorvale Council"),
                              Participant(name="Alex Example", role="Team manager",
                                          agency="Moorvale Council"),
                              Participant(name="Jo Madeup", role="Family support worker",
                                          agency="Moorvale Council")])
    week1.add_action(Action(text="Audit the invented referrals", owner="Jo Madeup",
                            due="8/12/2026", due_date=date(2026, 12, 8)))
    save_session(folder, week1)
    return week1


def week_2(review: Review, folder: Path) -> Session:
    """Week 2 as the new-session form starts it: Sam ticked, Robin typed (and marked not here
    later), Alex and Jo left unticked."""
    week_1(review, folder)
    last = last_participants(folder, TEAM)
    people = with_last_time([Participant(name="Robin Placeholder", role="Student social worker",
                                         agency="Moorvale Council")], last, here={0})
    week2 = Session.start(review, "20261212-child-zz-00000002", title="Week 2", team=TEAM,
                          facilitator="Ray Sample", participants=people)
    person(week2, "Robin Placeholder").attended = False  # Robin did not come
    save_session(folder, week2)
    return load_session(session_path(folder, week2.id))


def person(session: Session, name: str) -> Participant:
    return next(p for p in session.participants if p.name == name)


def text_of(session: Session, fmt: str, review: Review | None = None,
            **options: bool) -> str:
    return words_of(fmt, render_bytes(session, fmt, review,
                                      ExportOptions(today=date(2026, 12, 12), **options)))


def test_last_times_list_is_brought_in_marked_so_and_kept_in_the_file(
        review: Review, tmp_path: Path) -> None:
    week2 = week_2(review, tmp_path)
    assert [(p.name, p.presence, p.listed_last_time) for p in week2.participants] == [
        ("Sam Sample", "here", True), ("Alex Example", "not here", True),
        ("Jo Madeup", "not here", True), ("Robin Placeholder", "not here", None)]
    data = tomllib.loads(session_path(tmp_path, week2.id).read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION
    assert [p.get("listed_last_time") for p in data["participants"]] == [True, True, True, None]


@pytest.mark.parametrize("fmt", FORMATS)
def test_last_times_people_not_here_are_never_said_to_have_been_invented_invited(
        review: Review, tmp_path: Path, fmt: str) -> None:
    text = html.unescape(text_of(week_2(review, tmp_path), fmt))
    invited = text[text.index(INVITED):text.index(LISTED)]
    listed = text[text.index(LISTED):text.index("Questions answered")]
    spoken = fmt in ("txt", "pdf")  # (the plain-text notes: no brackets, read aloud)
    robin, alex = (("Robin Placeholder, Student social worker, Moorvale Council",
                    "Alex Example, Team manager, Moorvale Council") if spoken else
                   ("Robin Placeholder (Student social worker, Moorvale Council)",
                    "Alex Example (Team manager, Moorvale Council)"))
    assert robin in invited, text
    assert "Alex Example" not in invited and "Jo Madeup" not in invited, text
    assert alex in listed, text
    jo = "Jo Madeup, Family support worker, Moorvale Council" if spoken else \
        "Jo Madeup (Family support worker, Moorvale Council)"
    assert jo in listed, text
    assert "Robin" not in listed and "Sam Sample" not in listed, text


def test_by_role_and_by_agency_they_are_counted_apart_too(review: Review, tmp_path: Path) -> None:
    week2 = week_2(review, tmp_path)
    roles = text_of(week2, "md", roles_only=True)
    assert f"- **{LISTED}:** Team manager, Moorvale Council; Family support worker, " \
        "Moorvale Council" in roles
    assert f"- **{INVITED}:** Student social worker, Moorvale Council" in roles
    agency = text_of(week2, "md", attendance_by_agency=True)
    assert f"- **{LISTED}, by agency:** Moorvale Council: 2" in agency
    assert f"- **{INVITED}, by agency:** Moorvale Council: 1" in agency


def test_the_json_says_who_came_from_last_times_list(review: Review, tmp_path: Path) -> None:
    people = json.loads(text_of(week_2(review, tmp_path), "json"))["session"]["participants"]
    assert [(p["name"], p["attended"], p["listed_last_time"], p["arrived_during"])
            for p in people] == [("Sam Sample", True, True, None),
                                 ("Alex Example", False, True, None),
                                 ("Jo Madeup", False, True, None),
                                 ("Robin Placeholder", False, False, None)]


def test_a_copy_of_a_session_brings_its_people_as_last_times(review: Review,
                                                              tmp_path: Path) -> None:
    week1 = week_1(review, tmp_path)
    copy = duplicate_session(session_path(tmp_path, week1.id))
    assert [(p.presence, p.listed_last_time) for p in copy.participants] == [
        ("not here", True)] * 3
    assert f"- **{LISTED}:** Sam Sample" in text_of(copy, "md")


def steps(review: Review, session: Session) -> dict[str, Step]:
    return {step.key: step for step in steps_for(review, session)}


def test_ticked_after_the_meeting_moved_on_they_arrived_during_its_step(
        review: Review, tmp_path: Path) -> None:
    week2 = week_2(review, tmp_path)
    edits = SessionEdits(week2)
    step = steps(review, week2)
    sam, alex, jo, robin = week2.participants
    edits.tick(step["people"], 300)  # people coming in: Who is here is no later step
    edits.tick(step["intro"], 20)  # a glance ahead before the meeting began
    edits.toggle_attended(alex)
    assert (alex.presence, alex.arrived_during) == ("here", None)
    edits.tick(step["intro"], 40)  # a minute on it: the meeting is on the introduction
    edits.tick(step["q:zz-first"], 90)
    edits.tick(step["people"], 5)  # back to Who is here: the meeting is still on Question 1
    edits.toggle_attended(jo)
    assert (jo.presence, jo.arrived_during) == ("here", "Question 1")
    edits.toggle_attended(sam)  # here from the start, marked away (nothing said): not here
    edits.toggle_attended(sam)  # and here again: as the step it is marked here in
    assert sam.arrived_during == "Question 1"
    edits.undo()
    edits.undo()
    assert (sam.presence, sam.arrived_during) == ("here", None)  # put back as it was
    latecomer = edits.add_participant("Pat Example", "Health visitor", "Moorvale Trust")
    assert latecomer.arrived_during == "Question 1"
    # Left early after arriving late: both said; marked not here (nothing said): neither.
    edits.add_point("zz-first", "We rarely hear back from the invented GP", by=jo.id)
    edits.toggle_attended(jo)
    assert (jo.presence, jo.arrived_during) == ("left early", "Question 1")
    edits.toggle_attended(latecomer)
    assert (latecomer.presence, latecomer.arrived_during) == ("not here", None)
    save_session(tmp_path, week2)
    kept = load_session(session_path(tmp_path, week2.id))
    assert [p.arrived_during for p in kept.participants] == [None, None, "Question 1", None, None]

    text = text_of(kept, "md")
    assert ("- **Participants:** Sam Sample (Social worker, Moorvale Council); Alex Example "
            "(Team manager, Moorvale Council); Jo Madeup (Family support worker, Moorvale "
            "Council; arrived during Question 1; left early during Question 1)") in text
    assert "Jo Madeup (Family support worker; arrived during Question 1; left early)" not in text
    roles = text_of(kept, "md", roles_only=True)
    assert ("Family support worker, Moorvale Council (arrived during Question 1; left early "
            "during Question 1)") in roles
    roles = text_of(kept, "txt", roles_only=True)  # (read aloud: no brackets)
    assert ("Family support worker, Moorvale Council, arrived during Question 1, left early "
            "during Question 1") in roles
    agency = text_of(kept, "md", attendance_by_agency=True)
    assert "- **Participants by agency:** Moorvale Council: 3 (1 arrived late, 1 left early)" \
        in agency
    people = json.loads(text_of(kept, "json"))["session"]["participants"]
    assert [p["arrived_during"] for p in people] == [None, None, "Question 1", None, None]


def test_someone_ticked_while_the_timer_is_paused_arrives_during_the_step_found_before(
        review: Review, tmp_path: Path) -> None:
    week2 = week_2(review, tmp_path)
    edits = SessionEdits(week2)
    step = steps(review, week2)
    edits.tick(step["q:zz-second"], 61)
    edits.toggle_pause()
    edits.tick(step["q:zz-third"], 600)  # paused: nothing counted, nor found
    edits.toggle_attended(person(week2, "Alex Example"))
    assert person(week2, "Alex Example").arrived_during == "Question 2"


def test_a_version_4_file_reads_as_it_did(review: Review, tmp_path: Path) -> None:
    """A file from before schema 5 knows neither field: someone not here there is "Invited,
    did not attend" as it said, and nobody arrived late."""
    week2 = week_2(review, tmp_path)
    path = session_path(tmp_path, week2.id)
    older = path.read_text(encoding="utf-8").replace(f"schema_version = {SCHEMA_VERSION}",
                                                     "schema_version = 4")
    older = older.replace("listed_last_time = true\n", "")
    path.write_text(older, encoding="utf-8")
    session, read_only = store.read_session(path)
    assert read_only is None and path.read_text(encoding="utf-8") == older
    assert all(p.listed_last_time is None and p.arrived_during is None
               for p in session.participants)
    text = text_of(session, "md")
    assert LISTED not in text
    assert f"- **{INVITED}:** Alex Example (Team manager, Moorvale Council); Jo Madeup " \
        "(Family support worker, Moorvale Council); Robin Placeholder" in text


def test_a_reflect_that_knows_only_version_4_opens_a_version_5_file_read_only(
        review: Review, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    week2 = week_2(review, tmp_path)
    edits = SessionEdits(week2)
    edits.tick(steps(review, week2)["q:zz-first"], 60)
    edits.toggle_attended(person(week2, "Alex Example"))
    path = save_session(tmp_path, week2)
    monkeypatch.setattr(store, "SCHEMA_VERSION", 4)
    read, read_only = store.read_session(path)
    assert read_only is not None
    assert f"written by a newer reflect (schema {SCHEMA_VERSION}" in read_only
    assert [p.name for p in read.participants] == [
        "Sam Sample", "Alex Example", "Jo Madeup", "Robin Placeholder"]
