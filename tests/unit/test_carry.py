"""Last time's actions: finding a team's open actions and writing a new status back."""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from reflect.model.schema import SCHEMA_VERSION
from reflect.model.session import Action, CarriedAction, Session
from reflect.model.teams import same_team, team_key
from reflect.store.carry import NO_TEAM, no_team, open_actions_for_team
from reflect.store.locks import SessionLock
from reflect.store.sessions import load_session, save_session, session_path
from reflect.store.write_back import write_back


def back(sessions_dir: Path, carried: CarriedAction) -> str | None:
    """A write-back as the app makes one: what the earlier session holds after it is kept
    (the app keeps it through SessionEdits; `write_back` itself changes nothing here)."""
    before = carried.model_copy(deep=True)
    problem, held = write_back(sessions_dir, carried)
    assert carried == before
    if held is not None:
        carried.earlier = held
    return problem


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "summaries.json"


def make(sessions_dir: Path, n: int, team: str, actions: list[Action], *, mode: str = "team",
         day: int = 1, title: str = "") -> Session:
    s = Session(id=f"2026010{day}-child-zz-0000000{n}", review_id="child-zz",
                review_title="Child ZZ", mode=mode, team=team, title=title or f"Meeting {n}",
                created=datetime(2026, 1, day, 10, tzinfo=timezone.utc), actions=actions)
    save_session(sessions_dir, s)
    return s


V1_FILE = '''\
schema_version = 1
id = "20251201-child-zz-000000aa"
review_id = "child-zz"
review_title = "Child ZZ"
mode = "team"
title = "December huddle"
team = "Example Street social work team"
created = 2025-12-01T10:00:00Z
updated = 2025-12-01T11:00:00Z
current_step = "summary"

[[answers]]
question_id = "zz-first"
question = "What would you do first?"
text = "Alex Example said to ring the school."

[[actions]]
text = "Invite the school nurse to the next meeting"
owner = "Alex Example"
due = "31 January"
status = "in progress"

[[actions]]
text = "Share the chronology template"
status = "done"

[[actions]]
text = "Book the follow-up session"
status = "open"
'''


def test_team_names_match_ignoring_case_spaces_and_punctuation():
    assert same_team("Example St. team ", "example st team")
    assert same_team("Example Children's Team", "example childrens team")
    assert same_team("EXAMPLE-STREET  team", "example street team")
    assert not same_team("Example Street team", "Example St team")
    assert not same_team("", "")  # no team: nothing is anyone's
    assert team_key("  ") == ""


def test_open_actions_from_the_same_team_oldest_first(sessions_dir, cache):
    make(sessions_dir, 2, "example street team", day=5, actions=[
        Action(text="Later open action", status="open")])
    make(sessions_dir, 1, "Example Street Team.", day=2, actions=[
        Action(text="Ring the Example School", owner="Alex Example", due="1 March"),
        Action(text="Finished already", status="done"),
        Action(text="Update the referral form", status="in progress")])
    make(sessions_dir, 3, "Other Example team", day=3, actions=[Action(text="Not ours")])
    make(sessions_dir, 4, "Example Street team", day=4, mode="individual",
         actions=[Action(text="My own reflection action")])
    found = open_actions_for_team(sessions_dir, "Example Street team", cache=cache)
    assert [c.text for c in found] == ["Ring the Example School", "Update the referral form",
                                       "Later open action"]
    first = found[0]
    assert (first.session_id, first.session_label, first.action_id) == \
        ("20260102-child-zz-00000001", "Meeting 1", "a1")
    assert (first.owner, first.due, first.status_before, first.status) == \
        ("Alex Example", "1 March", "open", "open")
    assert found[1].status_before == found[1].status == "in progress"
    assert open_actions_for_team(sessions_dir, "  ", cache=cache) == []


def test_a_team_written_another_way_is_carried_one_only_alike_is_not(sessions_dir, cache):
    """A session for "MASH team" is offered the actions "mash team" and "MASH  Team" agreed
    (case, spaces and punctuation aside, as the report's Team filter takes a name), never
    those of "mash" or "Moorvale MASH", whose names only look alike (said, not merged, by the
    new-session form and plain mode: `near_names`)."""
    make(sessions_dir, 1, "mash team", [Action(text="Ring the Moorvale school")])
    make(sessions_dir, 2, "MASH  Team", [Action(text="Write to the invented GP")], day=2)
    make(sessions_dir, 3, "M.A.S.H. team", [Action(text="Book the invented room")], day=3)
    make(sessions_dir, 4, "mash", [Action(text="Not this team's")], day=4)
    make(sessions_dir, 5, "Moorvale MASH", [Action(text="Nor this one's")], day=5)
    found = open_actions_for_team(sessions_dir, "MASH team", cache=cache)
    assert [c.text for c in found] == ["Ring the Moorvale school", "Write to the invented GP",
                                       "Book the invented room"]


def test_the_new_session_read_only_and_unreadable_files_are_left_out(sessions_dir, cache):
    kept = make(sessions_dir, 1, "Example team", actions=[Action(text="Offered")])
    new = make(sessions_dir, 2, "Example team", day=3, actions=[Action(text="The new one's")])
    copy = sessions_dir / "a copy (1).toml"  # a renamed copy opens read-only
    copy.write_bytes(session_path(sessions_dir, kept.id).read_bytes())
    (sessions_dir / "20260104-child-zz-00000009.toml").write_text("not = [valid", "utf-8")
    newer = make(sessions_dir, 5, "Example team", day=5, actions=[Action(text="From the future")])
    path = session_path(sessions_dir, newer.id)
    path.write_text(path.read_text().replace(f"schema_version = {SCHEMA_VERSION}",
                                             "schema_version = 99"))
    found = open_actions_for_team(sessions_dir, "Example team", exclude_id=new.id, cache=cache)
    assert [(c.session_id, c.text) for c in found] == [(kept.id, "Offered")]


def test_a_v1_file_gets_action_ids_in_order_and_write_back_finds_them(sessions_dir, cache):
    sessions_dir.mkdir()
    path = sessions_dir / "20251201-child-zz-000000aa.toml"
    path.write_text(V1_FILE, encoding="utf-8")
    found = open_actions_for_team(sessions_dir, "example street social work team", cache=cache)
    assert [(c.action_id, c.text, c.status) for c in found] == [
        ("a1", "Invite the school nurse to the next meeting", "in progress"),
        ("a3", "Book the follow-up session", "open")]
    assert path.read_text(encoding="utf-8") == V1_FILE  # finding never rewrites a file
    booked = found[1].model_copy(update={"status": "done"})
    assert back(sessions_dir, booked) is None
    after = load_session(path)
    assert [(a.id, a.text, a.status) for a in after.actions] == [
        ("a1", "Invite the school nurse to the next meeting", "in progress"),
        ("a2", "Share the chronology template", "done"),
        ("a3", "Book the follow-up session", "done")]
    assert after.answer("zz-first").text == "Alex Example said to ring the school."
    assert (after.title, after.current_step) == ("December huddle", "summary")
    assert path.stat().st_mode & 0o777 == 0o600
    left = open_actions_for_team(sessions_dir, "Example Street social work team", cache=cache)
    assert [c.action_id for c in left] == ["a1"]


def test_write_back_changes_only_that_action(sessions_dir, cache):
    s = make(sessions_dir, 1, "Example team", actions=[
        Action(text="First", owner="Alex Example"), Action(text="Second")])
    s.notes["intro"] = "Notes kept as they were."
    s.set_answer("zz-first", "What would you do first?", "An invented answer.")
    save_session(sessions_dir, s)
    [_, second] = open_actions_for_team(sessions_dir, "Example team", cache=cache)
    assert back(sessions_dir, second.model_copy(update={"status": "in progress"})) is None
    after = load_session(session_path(sessions_dir, s.id))
    assert [(a.text, a.owner, a.status) for a in after.actions] == [
        ("First", "Alex Example", "open"), ("Second", "", "in progress")]
    assert after.notes == {"intro": "Notes kept as they were."}
    assert after.answer("zz-first").text == "An invented answer."
    assert after.model_dump(exclude={"actions", "updated"}) == \
        s.model_dump(exclude={"actions", "updated"})


def test_a_session_open_elsewhere_is_not_written(sessions_dir, cache):
    s = make(sessions_dir, 1, "Example team", actions=[Action(text="Locked away")])
    path = session_path(sessions_dir, s.id)
    before = path.read_bytes()
    [carried] = open_actions_for_team(sessions_dir, "Example team", cache=cache)
    holder = SessionLock(path)
    assert holder.acquire()
    try:
        reason = back(sessions_dir, carried.model_copy(update={"status": "done"}))
    finally:
        holder.release()
    assert reason == "that session is open in another reflect, so it was not updated there yet"
    assert path.read_bytes() == before
    assert back(sessions_dir, carried.model_copy(update={"status": "done"})) is None
    assert load_session(path).actions[0].status == "done"


def test_removed_action_deleted_session_and_unreadable_file_give_reasons(sessions_dir, cache):
    s = make(sessions_dir, 1, "Example team", actions=[Action(text="One"), Action(text="Two")])
    path = session_path(sessions_dir, s.id)
    [one, two] = open_actions_for_team(sessions_dir, "Example team", cache=cache)
    s.actions = [s.actions[0]]
    save_session(sessions_dir, s)
    assert back(sessions_dir, two.model_copy(update={"status": "done"})) == \
        "that action was removed from the earlier session"
    path.write_text("schema_version = [", encoding="utf-8")
    reason = back(sessions_dir, one.model_copy(update={"status": "done"}))
    assert reason.startswith("the earlier session could not be read: ")
    assert path.read_text(encoding="utf-8") == "schema_version = ["
    path.unlink()
    assert "no longer in the sessions folder" in back(sessions_dir, one)


def test_last_participants_are_the_latest_sessions_list_not_yet_here(sessions_dir, cache):
    from reflect.model.session import Participant
    from reflect.store.carry import last_participants

    older = make(sessions_dir, 1, "Invented Shire team", [], day=1)
    older.participants = [Participant(name="Old Member", role="Nurse")]
    save_session(sessions_dir, older)
    latest = make(sessions_dir, 2, "invented shire TEAM.", [], day=2)
    latest.participants = [Participant(name="Ada Example", role="Nurse", agency="Health"),
                           Participant(role="Health visitor", attended=False)]
    save_session(sessions_dir, latest)
    make(sessions_dir, 3, "Invented Shire team", [], day=3)  # nobody listed: passed over
    alone = make(sessions_dir, 4, "Invented Shire team", [], mode="individual", day=4)
    alone.participants = [Participant(name="Not A Team")]
    save_session(sessions_dir, alone)
    make(sessions_dir, 5, "Another team", [], day=5)

    got = last_participants(sessions_dir, "Invented  Shire team", cache=cache)
    assert [(p.name, p.role, p.agency, p.attended, p.id) for p in got] == [
        ("Ada Example", "Nurse", "Health", False, ""), ("", "Health visitor", "", False, "")]
    assert last_participants(sessions_dir, "New team", cache=cache) == []
    assert last_participants(sessions_dir, "", cache=cache) == []
    assert last_participants(sessions_dir, "Invented Shire team", exclude_id=latest.id,
                             cache=cache)[0].name == "Old Member"


def test_last_time_reads_the_teams_files_newest_first_only_until_it_has_both(
        sessions_dir, cache, monkeypatch):
    """Last time's people and facilitator are the latest session's that has them: its files
    are read newest first, and no further once both are found (every one of the team's files
    was read, and the new-session form's keys wait for this)."""
    from reflect.model.session import Participant
    from reflect.store import carry

    for n in range(1, 6):  # five older meetings, each with someone and a facilitator
        s = make(sessions_dir, n, "Invented Shire team", [], day=n)
        s.participants, s.facilitator = [Participant(name=f"Old {n}")], f"Fay {n}"
        save_session(sessions_dir, s)
    nobody = make(sessions_dir, 6, "invented shire team.", [], day=6)  # nobody listed
    nobody.facilitator = "Pat Example"
    save_session(sessions_dir, nobody)
    latest = make(sessions_dir, 7, "Invented Shire team", [], day=7)  # no facilitator named
    latest.participants = [Participant(name="Ada Example")]
    save_session(sessions_dir, latest)
    read: list[str] = []
    import reflect.store.sessions as sessions

    real = sessions.read_session

    def counted(path):  # type: ignore[no-untyped-def]
        if sys._getframe(1).f_globals["__name__"] == carry.__name__:  # (not the list's own)
            read.append(path.stem)
        return real(path)

    monkeypatch.setattr(sessions, "read_session", counted)
    people, led, _ = carry.last_time(sessions_dir, "Invented Shire team", cache=cache)
    assert ([p.name for p in people], led) == (["Ada Example"], "Pat Example")
    assert read == [latest.id, nobody.id]
    read.clear()
    people, led, _ = carry.last_time(sessions_dir, "Invented Shire team", exclude_id=latest.id,
                                     cache=cache)
    assert ([p.name for p in people], led) == (["Old 5"], "Pat Example")
    assert len(read) == 2


def test_a_note_and_a_new_due_date_are_written_back(sessions_dir, cache):
    from datetime import date

    s = make(sessions_dir, 1, "Example team", actions=[Action(text="One", due="31 January")])
    [one] = open_actions_for_team(sessions_dir, "Example team", cache=cache)
    update = one.model_copy(update={"note": "Half done", "new_due": "end of March",
                                    "new_due_date": date(2027, 3, 31)})
    assert back(sessions_dir, update) is None
    [after] = load_session(session_path(sessions_dir, s.id)).actions
    assert (after.status, after.progress, after.due, after.due_date) == (
        "open", "Half done", "end of March", date(2027, 3, 31))
    # a note alone keeps the due date as it was
    assert back(sessions_dir, update.model_copy(update={"note": "Done soon"})) is None
    [after] = load_session(session_path(sessions_dir, s.id)).actions
    assert (after.progress, after.due) == ("Done soon", "end of March")


def test_a_new_due_date_emptied_here_is_taken_back_there(sessions_dir, cache):
    """A new due date written back, then emptied here, stayed in the earlier session: it said
    a date this session no longer showed. Emptied, the due date carried is put back there,
    and the one that meeting agreed is no longer said to be moved; a note alone, on an action
    whose due date was never changed here, leaves a date changed there since as it is."""
    from datetime import date

    s = make(sessions_dir, 1, "Example team", actions=[
        Action(text="One", due="31 Jan", due_date=date(2027, 1, 31)), Action(text="Two")])
    path = session_path(sessions_dir, s.id)
    one, two = open_actions_for_team(sessions_dir, "Example team", cache=cache)
    one.new_due, one.new_due_date = "end of March", date(2027, 3, 31)
    assert back(sessions_dir, one) is None
    assert load_session(path).actions[0].agreed_due == "31 Jan"
    one.new_due, one.new_due_date = "", None  # the box emptied
    assert back(sessions_dir, one) is None
    after, _ = load_session(path).actions
    assert (after.due, after.due_date, after.agreed_due, after.agreed_due_date) == (
        "31 Jan", date(2027, 1, 31), None, None)
    there = load_session(path)  # changed there since: a note here leaves it
    there.actions[1].due, there.actions[1].due_date = "1 May", date(2027, 5, 1)
    save_session(sessions_dir, there)
    two.note = "Asked"
    assert back(sessions_dir, two) is None
    _, after = load_session(path).actions
    assert (after.progress, after.due, after.due_date) == ("Asked", "1 May", date(2027, 5, 1))


def test_a_team_name_typed_another_way_is_the_one_its_sessions_have(sessions_dir, cache):
    """"riverside HV team" and "Riverside HV Team" were one team to reflect but two names in
    the session list (a trial): a new session takes the latest earlier spelling."""
    from reflect.store.carry import team_as_before

    # new: as typed, its letters and case, its spaces one (`one_spaced`)
    assert team_as_before(sessions_dir, " Invented  TEAM.", cache) == "Invented TEAM."
    make(sessions_dir, 1, "Invented Team", [])
    assert team_as_before(sessions_dir, "invented team", cache) == "Invented Team"
    assert team_as_before(sessions_dir, "Invented Teams", cache) == "Invented Teams"
    assert team_as_before(sessions_dir, "  ", cache) == "  "


def test_a_moved_due_date_keeps_what_the_earlier_meeting_agreed(sessions_dir, cache):
    """The new due date replaced the one the first meeting agreed: its notes, exported again,
    said the new date as if agreed then (a trial). It is kept beside it, and said."""
    from datetime import date

    from reflect.export.parts import action_due

    s = make(sessions_dir, 1, "Example team", actions=[
        Action(text="One", due="31 Jan", due_date=date(2027, 1, 31)), Action(text="Two")])
    path = session_path(sessions_dir, s.id)
    assert "agreed_due" not in path.read_text()  # not in a file until a date is moved
    one, _ = open_actions_for_team(sessions_dir, "Example team", cache=cache)
    moved = one.model_copy(update={"new_due": "end of March", "new_due_date": date(2027, 3, 31)})
    assert back(sessions_dir, moved) is None
    after, two = load_session(path).actions
    assert (after.due, after.agreed_due, after.agreed_due_date) == (
        "end of March", "31 Jan", date(2027, 1, 31))
    assert action_due(after) == "Wed 31 Mar 2027; agreed here: Sun 31 Jan 2027"
    assert two.agreed_due is None and action_due(two) == ""
    again = moved.model_copy(update={"new_due": "April", "new_due_date": date(2027, 4, 30)})
    assert back(sessions_dir, again) is None  # moved again: the first agreed is kept
    after, _ = load_session(path).actions
    assert (after.due, after.agreed_due) == ("April", "31 Jan")


@pytest.mark.parametrize("broken", [b"schema_version = [", b"", b"\xff\xfe not UTF-8",
                                    b'id = "x"\nid = "y"\n'])
def test_writing_back_never_overwrites_a_file_it_cannot_read(sessions_dir, cache, broken):
    s = make(sessions_dir, 1, "Example team", actions=[Action(text="One")])
    path = session_path(sessions_dir, s.id)
    [one] = open_actions_for_team(sessions_dir, "Example team", cache=cache)
    path.write_bytes(broken)
    reason = back(sessions_dir, one.model_copy(update={"note": "A note",
                                                             "status": "done"}))
    assert reason is not None and reason.startswith("the earlier session could not be read: ")
    assert path.name in reason
    assert path.read_bytes() == broken


def test_a_change_made_there_since_is_never_overwritten(sessions_dir, cache):
    from reflect.store.write_back import Clash

    s = make(sessions_dir, 1, "Invented team",
             actions=[Action(text="Book invented training", status="in progress")])
    path = session_path(sessions_dir, s.id)
    [carried] = open_actions_for_team(sessions_dir, "Invented team", cache=cache)
    carried.status = "done"  # changed here while the earlier session was open elsewhere ...
    s.actions[0].status = "open"  # ... where it was then moved to open
    save_session(sessions_dir, s)
    before = path.read_bytes()
    reason = back(sessions_dir, carried)
    assert isinstance(reason, Clash)
    assert reason == ("“Book invented training” was changed there since it was carried here: "
                      "it says open there, done here")
    assert path.read_bytes() == before
    assert back(sessions_dir, carried) == reason  # and again, until the two agree
    carried.status = "open"  # made to agree here: nothing to write, and it is known there
    assert back(sessions_dir, carried) is None
    assert path.read_bytes() == before
    carried.status = "in progress"  # a change from what it says there is written
    assert back(sessions_dir, carried) is None
    assert load_session(path).actions[0].status == "in progress"


def test_only_what_was_changed_here_is_written_over_what_was_changed_there(sessions_dir, cache):
    from datetime import date

    s = make(sessions_dir, 1, "Invented team", actions=[Action(text="One", due="31 January")])
    path = session_path(sessions_dir, s.id)
    [carried] = open_actions_for_team(sessions_dir, "Invented team", cache=cache)
    s.actions[0].status = "in progress"  # changed there: a status and a due date
    s.actions[0].due, s.actions[0].due_date = "end of April", date(2027, 4, 30)
    save_session(sessions_dir, s)
    carried.note = "Asked the school"  # only a note here
    assert back(sessions_dir, carried) is None
    [after] = load_session(path).actions
    assert (after.status, after.progress, after.due, after.due_date) == (
        "in progress", "Asked the school", "end of April", date(2027, 4, 30))
    # the same change made in both is no clash
    carried.new_due, carried.new_due_date = "end of April", date(2027, 4, 30)
    assert back(sessions_dir, carried) is None
    # a new due date here, when there it was changed since, is refused
    s = load_session(path)
    s.actions[0].due, s.actions[0].due_date = "1 May", date(2027, 5, 1)
    save_session(sessions_dir, s)
    before = path.read_bytes()
    carried.new_due, carried.new_due_date = "end of June", date(2027, 6, 30)
    assert back(sessions_dir, carried) == (
        "“One” was changed there since it was carried here: "
        "it is due 1 May (Sat 1 May 2027) there, end of June (Wed 30 Jun 2027) here")
    assert path.read_bytes() == before


def test_a_carried_action_saved_before_earlier_was_kept_compares_what_was_carried(
        sessions_dir, cache):
    s = make(sessions_dir, 1, "Invented team", actions=[Action(text="One", status="in progress")])
    path = session_path(sessions_dir, s.id)
    [carried] = open_actions_for_team(sessions_dir, "Invented team", cache=cache)
    carried = carried.model_copy(update={"earlier": None, "status": "done"})
    s.actions[0].status = "open"
    save_session(sessions_dir, s)
    assert "it says open there, done here" in back(sessions_dir, carried)
    assert load_session(path).actions[0].status == "open"


def test_a_second_write_compares_against_what_the_first_left(sessions_dir, cache):
    """Two write-backs in quick succession (the app runs them in a worker, one at a time):
    the second compares against what the first left there, passed in as `known`, though the
    session has not yet kept it; a status changed and changed back is written back too."""
    s = make(sessions_dir, 1, "Invented team", actions=[Action(text="One")])
    path = session_path(sessions_dir, s.id)
    [carried] = open_actions_for_team(sessions_dir, "Invented team", cache=cache)
    carried.status = "in progress"
    problem, held = write_back(sessions_dir, carried)
    assert problem is None and held is not None and held.status == "in progress"
    assert carried.earlier is not None and carried.earlier.status == "open"  # not changed here
    carried.status = "open"  # changed back at once
    assert write_back(sessions_dir, carried, held)[0] is None
    assert load_session(path).actions[0].status == "open"


def test_a_field_changed_there_and_never_here_is_not_written_by_a_later_write_back(
        sessions_dir, cache):
    """Once a status was written back, a due date and a status changed there since were
    taken for what this session had seen there: the next write-back (a note typed here) wrote
    the due date and the status shown here over them, though neither was changed here."""
    from datetime import date

    s = make(sessions_dir, 1, "Invented team", actions=[
        Action(text="One", due="31 Jan", due_date=date(2027, 1, 31))])
    path = session_path(sessions_dir, s.id)
    [carried] = open_actions_for_team(sessions_dir, "Invented team", cache=cache)
    carried.status = "in progress"
    assert back(sessions_dir, carried) is None
    there = load_session(path)  # then changed there: the due date, and the status
    there.actions[0].due, there.actions[0].due_date = "1 May", date(2027, 5, 1)
    there.actions[0].status = "done"
    save_session(sessions_dir, there)
    carried.note = "Asked the invented school"  # only a note here, twice
    assert back(sessions_dir, carried) is None
    carried.note = "Asked the invented school again"
    assert back(sessions_dir, carried) is None
    [after] = load_session(path).actions
    assert (after.status, after.progress, after.due, after.due_date) == (
        "done", "Asked the invented school again", "1 May", date(2027, 5, 1))
    carried.status = "open"  # a status changed here now: told, not written
    assert "it says done there, open here" in back(sessions_dir, carried)
    assert load_session(path).actions[0].status == "done"


def test_a_progress_note_emptied_here_is_taken_back_there(sessions_dir, cache):
    """A note written back, then emptied here, stayed in the earlier session, which went on
    saying where the action got to though this session no longer did: emptied, the earlier
    session has the progress it had when the action was carried again (none, or a note an
    earlier meeting wrote)."""
    s = make(sessions_dir, 1, "Example team", actions=[
        Action(text="One"), Action(text="Two", progress="Invented leaflet drafted")])
    path = session_path(sessions_dir, s.id)
    one, two = open_actions_for_team(sessions_dir, "Example team", cache=cache)
    assert (one.progress_before, two.progress_before) == ("", "Invented leaflet drafted")
    for carried in (one, two):
        carried.note = "Asked the invented school"
        assert back(sessions_dir, carried) is None
    assert [a.progress for a in load_session(path).actions] == [
        "Asked the invented school"] * 2
    for carried in (one, two):
        carried.note = ""  # the box emptied
        assert back(sessions_dir, carried) is None
    assert [a.progress for a in load_session(path).actions] == [
        "", "Invented leaflet drafted"]


def test_an_emptied_note_never_takes_back_a_note_written_there_since(sessions_dir, cache):
    from reflect.store.write_back import Clash

    s = make(sessions_dir, 1, "Example team", actions=[Action(text="One")])
    path = session_path(sessions_dir, s.id)
    [carried] = open_actions_for_team(sessions_dir, "Example team", cache=cache)
    carried.note = "Asked"
    assert back(sessions_dir, carried) is None
    there = load_session(path)
    there.actions[0].progress = "Done there, invented"
    save_session(sessions_dir, there)
    carried.note = ""
    reason = back(sessions_dir, carried)
    assert isinstance(reason, Clash)
    assert reason.endswith("its progress says “Done there, invented” there, nothing here")
    assert load_session(path).actions[0].progress == "Done there, invented"


def test_a_carried_action_from_before_progress_before_leaves_the_note_there(
        sessions_dir, cache):
    """A file from before `progress_before` was kept opens as it was, and its note emptied
    leaves the earlier session's progress as it is: what it had when carried is not known,
    and putting back nothing could wipe an earlier meeting's note."""
    from reflect.store.sessions import dumps

    s = make(sessions_dir, 1, "Example team", actions=[Action(text="One")])
    path = session_path(sessions_dir, s.id)
    [carried] = open_actions_for_team(sessions_dir, "Example team", cache=cache)
    carried.note = "Asked"
    assert back(sessions_dir, carried) is None
    old = carried.model_copy(update={"progress_before": None, "note": ""})
    later = Session(id="20260201-child-zz-00000009", review_id="child-zz",
                    review_title="Child ZZ", mode="team", team="Example team",
                    title="Later", carried=[old])
    assert b"progress_before" not in dumps(later)
    save_session(sessions_dir, later)
    assert load_session(session_path(sessions_dir, later.id)).carried[0].progress_before is None
    assert back(sessions_dir, old) is None
    assert load_session(path).actions[0].progress == "Asked"


def test_an_earlier_session_renamed_is_named_as_titled_now(sessions_dir, cache, capsys):
    """Last time's actions kept their earlier session's title as it was when they were
    carried: after a rename the notes (and the app's warnings) named the old one."""
    from reflect.cli import main
    from reflect.store.carry import relabel
    from reflect.store.manage_sessions import rename_session

    make(sessions_dir, 1, "Invented team", [Action(text="Ring the invented GP")],
         title="Last month")
    now = make(sessions_dir, 2, "Invented team", [], day=2, title="This month")
    now.carried = open_actions_for_team(sessions_dir, "Invented team", exclude_id=now.id)
    save_session(sessions_dir, now)
    rename_session(session_path(sessions_dir, "20260101-child-zz-00000001"), "January")
    again = load_session(session_path(sessions_dir, now.id))
    assert again.carried[0].session_label == "Last month"
    relabel(sessions_dir, again, cache)
    assert again.carried[0].session_label == "January"
    # the command line reads it so too (the notes' "from")
    assert main(["export", now.id, "--format", "txt", "--sessions-dir", str(sessions_dir),
                 "--anyway"]) == 0
    out = capsys.readouterr().out
    assert "January" in out and "Last month" not in out
    # an earlier session gone from the folder keeps the name it had
    session_path(sessions_dir, "20260101-child-zz-00000001").unlink()
    gone = load_session(session_path(sessions_dir, now.id))
    relabel(sessions_dir, gone, cache)
    assert gone.carried[0].session_label == "Last month"


def test_a_new_due_date_that_is_no_date_never_replaces_the_date_there(sessions_dir, cache):
    """`30/02` typed as a new due date was written back over the earlier session's date (its
    file said `due = "30/02"` with no date; its notes, no due date). It stays here, as said;
    the earlier session keeps its date until a date is typed, and the next meeting is
    offered that date."""
    from datetime import date

    s = make(sessions_dir, 1, "Example team", actions=[
        Action(text="One", due="12/12/2026", due_date=date(2026, 12, 12))])
    path = session_path(sessions_dir, s.id)
    [one] = open_actions_for_team(sessions_dir, "Example team", cache=cache)
    one.status, one.note, one.new_due, one.new_due_date = "done", "Booked", "30/02", None
    assert back(sessions_dir, one) is None
    [after] = load_session(path).actions
    assert (after.status, after.progress, after.due, after.due_date, after.agreed_due) == (
        "done", "Booked", "12/12/2026", date(2026, 12, 12), None)
    from reflect.model.last_noted import due_not_a_date

    assert due_not_a_date(one) == ("kept here only: “Meeting 1” keeps due "
                                   "12/12/2026 (Sat 12 Dec 2026) until a date is typed")
    one.new_due, one.new_due_date = "28/02", date(2027, 2, 28)  # a date: written back
    assert back(sessions_dir, one) is None and due_not_a_date(one) == ""
    assert (load_session(path).actions[0].due_date, one.due_here()) == (
        date(2027, 2, 28), ("28/02", date(2027, 2, 28)))
    one.new_due, one.new_due_date = "someday", None  # no date again: the written one stays
    one.status = "open"
    assert back(sessions_dir, one) is None
    assert load_session(path).actions[0].due_date == date(2027, 2, 28)
    save_session(sessions_dir, s.model_copy(update={"id": "20260102-child-zz-00000002",
                                                     "created": s.created.replace(day=2),
                                                     "actions": [], "carried": [one]}))
    [again] = open_actions_for_team(sessions_dir, "Example team", cache=cache)
    assert (again.due, again.due_date, again.due_noted_in) == ("28/02", date(2027, 2, 28), "")


def test_a_team_session_started_without_a_team_is_told_nothing_carries():
    """A session started with the team box skipped brought nothing to the next meeting, and
    nothing said a team's name is what carries them (a new user's trial)."""
    assert no_team("team", "") == no_team("team", "  ") == [NO_TEAM]
    assert "next meeting will not bring these people or actions back" in NO_TEAM
    assert no_team("team", "Invented team") == no_team("individual", "") == []
