import os
import stat
import time

import pytest

from reflect.model.review import Review
from reflect.model.schema import SCHEMA_VERSION
from reflect.model.session import Action, CarriedAction, Participant, Point, Session, Timing
from reflect.store.autosave import SessionKeeper
from reflect.store.sessions import (
    SessionError,
    list_sessions,
    load_session,
    new_session_id,
    read_session,
    resolve_session,
    save_session,
    session_path,
)


def make_session(review: Review) -> Session:
    return Session.start(review, new_session_id(review.id), mode="team", title="Exercise",
                         team="Invented team", facilitator="A. Facilitator",
                         participants=[Participant.parse("Practitioner One, Role A, Agency A"),
                                       Participant.parse("Role B")])


TRICKY = ('Line one\nline "two" with \'quotes\' and """triples"""\n\tTabbed — café, 子, 🧒🏽'
          '\r\nCRLF\\end')


def test_round_trip_keeps_every_field(review, sessions_dir):
    s = make_session(review)
    s.set_answer("zz-first", "What would you do first?", TRICKY)
    s.notes["intro"] = "[bold]not markup[/]"
    s.add_action(Action(text="Book training", owner="Team lead", due="31 March",
                        status="in progress", recommendation="Invented recommendation"))
    first = s.answer("zz-first")
    first.points = [Point(text="Ask who else lives there", by="p1"), Point(text="Unattributed")]
    first.what, first.so_what, first.now_what = "w", "sw", "nw"
    s.carried = [CarriedAction(session_id="20260101-child-zz-0000abcd", session_label="Earlier",
                               action_id="a2", text="Old action", status_before="open",
                               status="done", written_back=False)]
    s.timing = Timing(minutes=15, plan={"intro": 60}, spent={"intro": 75}, paused=True)
    s.differently, s.minutes_spent, s.theme = "Ask sooner", 40, "information-sharing"
    s.current_step = "q:zz-second"
    path = save_session(sessions_dir, s)
    loaded = load_session(path)
    assert loaded == s
    # CRLF is read as a newline, a tab leading a line is dropped (model/clean.py: `Lines`);
    # everything else exactly as typed
    assert loaded.answer("zz-first").text == TRICKY.replace("\r\n", "\n").replace("\n\t", "\n")


def test_file_is_owner_only_and_folder_private(review, sessions_dir):
    path = save_session(sessions_dir, make_session(review))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(sessions_dir.stat().st_mode) == 0o700
    assert [p.name for p in sessions_dir.iterdir()] == [path.name]  # no temp file left


def test_session_holds_review_title_and_question_text(review, sessions_dir):
    path = save_session(sessions_dir, make_session(review))
    text = path.read_text(encoding="utf-8")
    assert 'review_title = "Child ZZ"' in text
    assert "Who would you tell?" in text
    assert f"schema_version = {SCHEMA_VERSION}" in text


def test_file_name_comes_from_id_not_user_text(review, sessions_dir):
    s = make_session(review)
    s.title = "../../etc/passwd"
    path = save_session(sessions_dir, s)
    assert path.parent == sessions_dir
    assert path.name == f"{s.id}.toml"
    assert new_session_id("child-zz") != new_session_id("child-zz")


@pytest.mark.parametrize("bad", ["../x", "/etc/passwd", "a/b", "UPPER", "x y", ""])
def test_session_ids_cannot_escape_the_folder(sessions_dir, bad):
    with pytest.raises(SessionError):
        session_path(sessions_dir, bad)


def test_resolve_by_id_and_by_path(review, sessions_dir):
    s = make_session(review)
    path = save_session(sessions_dir, s)
    assert resolve_session(sessions_dir, s.id) == path
    assert resolve_session(sessions_dir, str(path)) == path
    with pytest.raises(SessionError, match="no session"):
        resolve_session(sessions_dir, "20990101-child-zz-00000000")


def test_a_copy_under_another_name_is_found_by_the_id_it_holds(review, sessions_dir):
    """`reflect list sessions` shows a copy by the id inside it; `reflect open` that id said
    "no session". Found now, and read-only as a copy; two copies are named, not guessed."""
    s = make_session(review)
    original = save_session(sessions_dir, s)
    copy = sessions_dir / "copy-for-the-team-meeting.toml"
    copy.write_bytes(original.read_bytes())
    assert resolve_session(sessions_dir, s.id) == original  # its own file first
    original.unlink()
    assert resolve_session(sessions_dir, s.id) == copy
    # read-only, its name not its id, saying how to carry on with it (there was no way back)
    assert f"name it {s.id}.toml" in (read_session(copy)[1] or "")
    (sessions_dir / "another-copy.toml").write_bytes(copy.read_bytes())
    with pytest.raises(SessionError, match=r"2 files hold the session .*: give one of them by"
                                           r" its path \(/.*/another-copy\.toml, /"):
        resolve_session(sessions_dir, s.id)


@pytest.mark.parametrize("text", ["", "\n\n", "# an invented comment only\n"])
def test_an_empty_session_file_is_said_to_be_empty(sessions_dir, text):
    """It was read as a session missing each field, its path named three times (a trial)."""
    sessions_dir.mkdir()
    path = sessions_dir / "20260101-child-zz-0000000e.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SessionError) as caught:
        read_session(path)
    assert str(caught.value) == (f"{path}: the file is empty (or holds only comments): no "
                                 "session in it")


def test_unreadable_files_are_listed_and_never_touched(review, sessions_dir):
    good = save_session(sessions_dir, make_session(review))
    broken = sessions_dir / "broken.toml"
    broken.write_bytes(b'id = "unterminated\n')
    before = {p: p.read_bytes() for p in (broken,)}
    found = list_sessions(sessions_dir)
    assert [e.path for e in found.entries] == [good]
    assert "broken.toml: not valid TOML" in "\n".join(found.problems)
    assert {p: p.read_bytes() for p in before} == before


def test_newer_schema_opens_read_only_keeping_known_fields(review, sessions_dir):
    s = make_session(review)
    s.set_answer("zz-first", "q", "kept")
    good = save_session(sessions_dir, s)
    newer = good.read_text().replace(f"schema_version = {SCHEMA_VERSION}", "schema_version = 99")
    newer = newer.replace('mode = "team"', 'mode = "team"\nfuture_field = "x"')
    newer += '\n[future_table]\nkey = 1\n'
    good.write_text(newer)
    [entry] = list_sessions(sessions_dir).entries
    assert entry.read_only and "newer reflect" in entry.read_only
    assert entry.session.answer("zz-first").text == "kept"
    assert good.read_text() == newer


def test_a_copied_file_opens_read_only(review, sessions_dir):
    good = save_session(sessions_dir, make_session(review))
    (sessions_dir / "copy (1).toml").write_bytes(good.read_bytes())
    entries = {e.path.name: e for e in list_sessions(sessions_dir).entries}
    assert entries[good.name].read_only is None
    # Said after "READ-ONLY: this session is" in the app.
    assert entries["copy (1).toml"].read_only.startswith(
        "a copy: its file name does not match its id")


def test_a_file_whose_id_is_no_session_id_opens_read_only(review, sessions_dir):
    """Edited by hand, file and id alike `My Invented Session`: it opened for editing, and
    the first save's path (`session_path`) raised SessionError: a traceback closed the app."""
    session = make_session(review)
    good = save_session(sessions_dir, session)
    text = good.read_text()
    assert f'id = "{session.id}"' in text
    own = sessions_dir / "My Invented Session.toml"
    own.write_text(text.replace(f'id = "{session.id}"', 'id = "My Invented Session"'))
    good.unlink()
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.id == "My Invented Session"
    assert entry.read_only is not None and entry.read_only.startswith(
        "named by an id reflect cannot save under ('My Invented Session' is not a session id")


def test_text_that_cannot_be_stored_fails_before_writing(review, sessions_dir):
    s = make_session(review)
    path = save_session(sessions_dir, s)
    before = path.read_bytes()
    s.set_answer("zz-first", "q", "lone surrogate \ud800")
    with pytest.raises(SessionError, match="cannot be saved"):
        save_session(sessions_dir, s)
    assert path.read_bytes() == before


def test_keeper_writes_newest_snapshot_and_skips_stale(review, sessions_dir):
    s = make_session(review)
    keeper = SessionKeeper(sessions_dir, s)
    s.set_answer("zz-first", "q", "first")
    keeper.changed()
    old = keeper.pending()
    s.set_answer("zz-first", "q", "second")
    keeper.changed()
    new = keeper.pending()
    assert keeper.write(*new)
    assert not keeper.write(*old)  # an older snapshot never replaces a newer one
    assert load_session(keeper.path).answer("zz-first").text == "second"
    assert not keeper.dirty
    assert keeper.flush() is False


def test_a_fresh_session_is_written_only_once_something_is_typed(review, sessions_dir):
    """As plain mode keeps a fresh session: moving from step to step and the clock are not
    typing; text typed and taken out again before a save is none either."""
    s = Session.start(review, "child-zz-20300101-0900", mode="individual", title="Mine")
    keeper = SessionKeeper(sessions_dir, s, fresh=True)
    s.current_step, s.timing = "q:zz-first", Timing(spent={"q:zz-first": 30})
    keeper.changed()
    assert keeper.held_back and not keeper.dirty and keeper.pending() is None
    assert keeper.flush() is False and not keeper.path.exists()
    s.answer("zz-first").what = "Invented"  # type: ignore[union-attr]
    keeper.changed()
    assert not keeper.held_back and keeper.dirty
    s.answer("zz-first").what = ""  # type: ignore[union-attr]
    keeper.changed()
    assert keeper.held_back and keeper.flush() is False and not keeper.path.exists()
    s.answer("zz-first").what = "Invented"  # type: ignore[union-attr]
    keeper.changed()
    assert keeper.flush() and keeper.path.exists()
    s.answer("zz-first").what = ""  # type: ignore[union-attr]  # written: saved like any other
    keeper.changed()
    assert not keeper.held_back and keeper.flush()
    assert load_session(keeper.path).answer("zz-first").what == ""  # type: ignore[union-attr]


def test_a_fresh_session_is_looked_at_once_a_change_not_each_time_it_is_asked(
        review, sessions_dir, monkeypatch):
    """Whether anything was typed is decided as each change arrives: the status line and the
    autosave tick ask `dirty` and `held_back` over and over, and deciding dumps the session
    (a quarter of a millisecond for 500 answers, twice a keystroke)."""
    from reflect.store import autosave

    dumps: list[object] = []
    monkeypatch.setattr(autosave, "as_typed",
                        lambda session: dumps.append(session) or session.model_dump(
                            exclude=set(autosave.UNSAVED)))
    s = Session.start(review, "child-zz-20300101-0900", mode="individual", title="Mine")
    keeper = SessionKeeper(sessions_dir, s, fresh=True)
    s.answer("zz-first").what = "Invented"  # type: ignore[union-attr]
    keeper.changed()
    dumps.clear()
    for _ in range(10):
        assert keeper.dirty and not keeper.held_back
    assert dumps == []


def test_a_fresh_session_written_as_it_was_emptied_is_saved_like_any_other(review, sessions_dir):
    """Typed into, its snapshot taken for the writer, then emptied before the writer (another
    thread) has written it: once written, the emptying is an edit to save, not nothing typed."""
    s = Session.start(review, "child-zz-20300101-0900", mode="individual", title="Mine")
    keeper = SessionKeeper(sessions_dir, s, fresh=True)
    s.answer("zz-first").what = "Invented"  # type: ignore[union-attr]
    keeper.changed()
    snapshot = keeper.pending()
    assert snapshot is not None
    s.answer("zz-first").what = ""  # type: ignore[union-attr]
    keeper.changed()
    assert keeper.write(*snapshot)
    assert not keeper.held_back and keeper.dirty and keeper.flush()
    assert load_session(keeper.path).answer("zz-first").what == ""  # type: ignore[union-attr]


def test_stale_temp_files_are_cleaned_at_listing(review, sessions_dir):
    save_session(sessions_dir, make_session(review))
    leftover = sessions_dir / ".reflect-x.toml.abc.tmp"
    leftover.write_text("half")
    os.utime(leftover, (1, 1))
    list_sessions(sessions_dir)
    assert not leftover.exists()


def test_a_temp_file_being_written_is_kept_when_the_folders_clock_is_behind(review, sessions_dir):
    """A folder whose file system's clock is a week behind this computer's (a network share,
    or reflect run under faketime): the temp file a save has just made looks a week old by
    this clock, and removing it made the save fail (a trial). By the folder's own clock it is
    new: kept; one older than the folder's last change, by its clock, is a killed save's."""
    save_session(sessions_dir, make_session(review))
    week_ago = time.time() - 7 * 24 * 3600
    in_flight = sessions_dir / ".reflect-x.toml.new.tmp"
    killed = sessions_dir / ".reflect-y.toml.old.tmp"
    in_flight.write_text("being written")
    killed.write_text("half")
    os.utime(in_flight, (week_ago, week_ago))
    os.utime(killed, (week_ago - 3600, week_ago - 3600))
    os.utime(sessions_dir, (week_ago, week_ago))
    list_sessions(sessions_dir)
    assert in_flight.exists()
    assert not killed.exists()


def test_sync_questions_keeps_answers_to_removed_questions(review):
    s = make_session(review)
    s.set_answer("zz-old", "A question that was removed", "kept answer")
    s.sync_questions(review)
    assert s.answer("zz-old").text == "kept answer"
    assert [a.question_id for a in s.answers][:3] == ["zz-first", "zz-second", "zz-third"]


HEAD = b'schema_version = 2\nid = "zz"\nreview_id = "child-zz"\nreview_title = "Child ZZ"\n'
UNREADABLE = {
    "empty": (b"", "the file is empty (or holds only comments)"),
    "truncated": (None, "not valid TOML"),
    # where, as a TOML mistake is said: `(byte 25)` alone was said, which no editor shows
    "bad-utf8": (b'schema_version = 1\nid = "z\xff\xfe"\n', "not valid UTF-8 text in id, at "
                 "line 2: a character on it (shown as \ufffd below) is in another encoding: "
                 "save the file again as UTF-8 (most editors offer it under Save As, as the "
                 "encoding)\n    line 2:  id = \"z\ufffd\ufffd\""),
    "nul-bytes": (b"schema_version = 1\x00\x00\n", "not valid TOML"),
    "duplicate-keys": (b'id = "a"\nid = "b"\n', "not valid TOML"),
    "wrong-type": (b"schema_version = 1\nid = 5\n", "id: must be text, in quotes, not 5"),
    "missing-fields": (b'schema_version = 1\nid = "x"\n', "review_id: required field is missing"),
    # hand-edited yes/no, numbers and dates: read leniently, they were written back changed
    # (`created = 5` as 1 January 1970)
    "created-a-number": (HEAD + b"created = 5\n", "created: must be a date and time as TOML "
                         "writes one, without quotes (2026-12-04T09:30:00Z), not 5"),
    # a date where a date and time goes: said as the file has it, not as Python's
    # `datetime.date(2026, 12, 7)` (a trial)
    "created-a-date": (HEAD + b"created = 2026-12-07\n", "created: must be a date and time as "
                       "TOML writes one, without quotes (2026-12-04T09:30:00Z), not 2026-12-07"),
    "created-a-time": (HEAD + b"created = 10:30:00\n", "created: must be a date and time as "
                       "TOML writes one, without quotes (2026-12-04T09:30:00Z), not 10:30:00"),
    "attended-yes": (HEAD + b'[[participants]]\nname = "Ivy Testperson"\nattended = "yes"\n',
                     "participants (the 1st): attended: must be true or false, not 'yes'"),
    "due-date-quoted": (HEAD + b'[[actions]]\ntext = "Ring the nursery"\n'
                        b'due_date = "2026-12-04"\n', "actions (the 1st): due_date: must be a "
                        "date as TOML writes one, without quotes (2026-12-04), not '2026-12-04'"),
    "minutes-quoted": (HEAD + b'[timing]\nminutes = "30"\n', "timing: minutes: must be a whole "
                       "number, written without quotes, not '30'"),
    "utf-16": (HEAD.decode().encode("utf-16"), "saved as UTF-16 text, and reflect reads UTF-8"),
    # a syntax error names the table and field it is in, as a validation error does, and its
    # line, and says in plain words what is wrong (store/toml_mistakes.py)
    "syntax-in-a-table": (HEAD + b'[[participants]]\nname = "Ivy Testperson"\n[[participants]]\n'
                          b'name = "Oz Madeup"\nattended = yes\n', "not valid TOML in "
                          "participants (the 2nd): attended, at line 9: yes or no is written "
                          "true or false"),
    "syntax-in-a-nested-table": (HEAD + b'[[answers]]\nquestion_id = "zz-first"\n'
                                 b'[[answers.points]]\ntext = "Made up"\n[[answers]]\n'
                                 b'question_id = "zz-second"\n'
                                 b'[[answers.points]]\ntext = "Cut short\n', "not valid TOML in "
                                 "answers.points (the 1st): text, at line 12: the text on this "
                                 "line has no closing quote"),
    "syntax-at-top": (b'schema_version = 2\nid = "zz\n', "not valid TOML in id, at line 2: "),
    "status-unknown": (HEAD + b'[[actions]]\ntext = "Ring the nursery"\nstatus = "finished"\n',
                       "actions (the 1st): status: must be 'open', 'in progress', 'done' or "
                       "'dropped', not 'finished'"),
}


@pytest.mark.parametrize("case", sorted(UNREADABLE))
def test_each_kind_of_unreadable_file_is_reported_and_left_alone(review, sessions_dir, case):
    good = save_session(sessions_dir, make_session(review))
    data, reason = UNREADABLE[case]
    if data is None:
        whole = good.read_bytes()
        data = whole[: whole.index(b'review_title = "') + 20]  # cut inside a string
    bad = sessions_dir / f"{case}.toml"
    bad.write_bytes(data)
    found = list_sessions(sessions_dir)
    assert [e.path for e in found.entries] == [good]
    [problem] = found.problems
    assert problem.startswith(str(bad)) and reason in problem, problem
    assert bad.read_bytes() == data


def test_two_problems_in_one_file_name_it_once_and_say_each_value(review, sessions_dir):
    sessions_dir.mkdir()
    bad = sessions_dir / "two.toml"
    bad.write_bytes(HEAD.replace(b'review_title = "Child ZZ"', b"review_title = 42")
                    + b'[timing]\nminutes = "forty-five"\n')
    [problem] = list_sessions(sessions_dir).problems
    assert problem == (f"{bad}: review_title: must be text, in quotes, not 42; timing: minutes: "
                       "must be a whole number, written without quotes, not 'forty-five'")


@pytest.mark.parametrize("line,expected", [
    ("A. Person, Health visitor, NHS Trust", ("A. Person", "Health visitor", "NHS Trust")),
    ("Social worker, Children's services", ("", "Social worker", "Children's services")),
    ("Police officer", ("", "Police officer", "")),
    ("A, B, C, D", ("A", "B", "C, D")),
    # commas typed twice: the agency was ", , Invented trust", and a report counted it so
    ("Zed Nobody,,,,Invented trust", ("Zed Nobody", "", "Invented trust")),
    ("Ivy Testperson, Nurse, , Invented trust, ", ("Ivy Testperson", "Nurse", "Invented trust")),
])
def test_participant_lines(line, expected):
    p = Participant.parse(line)
    assert (p.name, p.role, p.agency) == expected
    assert p.name not in p.describe(roles_only=True) or not p.name


def test_rename_duplicate_delete(review, sessions_dir):
    from reflect.store.locks import SessionLock
    from reflect.store.manage_sessions import delete_session, duplicate_session, rename_session

    s = make_session(review)
    s.set_answer("zz-first", "q", "said last time")
    s.answer("zz-first").points = [Point(text="a point from last time", by="p1")]
    s.answer("zz-first").now_what = "reflective text"
    s.add_action(Action(text="an action"))
    s.add_action(Action(text="a finished action", status="done"))
    s.timing = Timing(minutes=30, spent={"intro": 90})
    path = save_session(sessions_dir, s)
    assert rename_session(path, "  Monthly huddle  ").title == "Monthly huddle"
    assert load_session(path).answer("zz-first").text == "said last time"
    copy = duplicate_session(path)
    assert copy.id != s.id and copy.title == "Monthly huddle (copy)" and copy.team == s.team
    assert [p.describe() for p in copy.participants] == [p.describe() for p in s.participants]
    assert s.participants and not any(p.attended for p in copy.participants)  # to be ticked
    assert not any(a.has_content for a in copy.answers)
    assert copy.actions == [] and copy.current_step == "people"
    assert all(not a.points and not a.now_what for a in copy.answers)
    assert copy.timing.minutes == 30 and copy.timing.spent == {}
    # The recurring meeting starts with the team's open action, to update its status.
    assert [(c.session_id, c.action_id, c.text) for c in copy.carried] == [
        (s.id, "a1", "an action")]
    holder = SessionLock(path)
    assert holder.acquire()
    with pytest.raises(SessionError, match="open in another copy"):
        delete_session(path)
    with pytest.raises(SessionError, match="open in another copy"):
        rename_session(path, "x")
    holder.release()
    delete_session(path)
    assert not path.exists()
    assert [e.session.id for e in list_sessions(sessions_dir).entries] == [copy.id]


def test_a_duplicates_title_is_free_among_every_session_saved_in_the_folder(review,
                                                                             sessions_dir):
    """The free title was checked against the rows the start screen had listed: a copy made
    again before the list was read again (or one saved since by another reflect) repeated a
    title already on disk."""
    from concurrent.futures import ThreadPoolExecutor

    from reflect.store.manage_sessions import duplicate_session

    path = save_session(sessions_dir, make_session(review))
    assert duplicate_session(path).title == "Exercise (copy)"
    assert duplicate_session(path).title == "Exercise (copy 2)"
    with ThreadPoolExecutor(2) as pool:  # two made at once take two titles
        made = list(pool.map(lambda _: duplicate_session(path).title, range(2)))
    assert sorted(made) == ["Exercise (copy 3)", "Exercise (copy 4)"]
    assert sorted(e.session.title for e in list_sessions(sessions_dir).entries) == [
        "Exercise", "Exercise (copy 2)", "Exercise (copy 3)", "Exercise (copy 4)",
        "Exercise (copy)"]


def test_a_copys_title_says_it_is_a_copy_and_never_reads_as_another_row():
    from reflect.store.manage_sessions import copy_title

    assert copy_title("Child I — Exampleshire team talk") == \
        "Child I — Exampleshire team talk (copy)"
    assert copy_title("Huddle", ["Huddle", "Huddle (copy)"]) == "Huddle (copy 2)"
    # a copy of a copy is the next copy of the original, not "(copy) (copy)"
    assert copy_title("Huddle (copy)", ["Huddle", "huddle (COPY)"]) == "Huddle (copy 2)"
    assert copy_title("Huddle (copy 2)", ["Huddle (copy)", "Huddle (copy 2)"]) == \
        "Huddle (copy 3)"
    assert copy_title("(copy)") == "(copy) (copy)"  # nothing else to call it


# A session file exactly as reflect 0.1 (schema version 1) wrote it: no ids, no points.
V1_FILE = """\
schema_version = 1
id = "20260301-child-zz-0a1b2c3d"
review_id = "child-zz"
review_title = "Child ZZ"
mode = "team"
title = "Exercise from version one"
team = "Invented team"
facilitator = "A. Facilitator"
created = 2026-03-01T10:00:00Z
updated = 2026-03-01T10:30:00Z
current_step = "q:zz-second"

[notes]
intro = "An invented note."

[[participants]]
name = "Practitioner One"
role = "Role A"
agency = "Agency A"
attended = true

[[participants]]
role = "Role B"
attended = false

[[answers]]
question_id = "zz-first"
question = "What would you do first?"
text = "An answer typed in version one."

[[actions]]
text = "First invented action"
owner = "Role B"
status = "open"

[[actions]]
text = "Second invented action"
status = "in progress"
"""


def test_version_1_files_open_and_are_saved_as_the_newest_version(sessions_dir):
    sessions_dir.mkdir(parents=True, exist_ok=True)
    path = sessions_dir / "20260301-child-zz-0a1b2c3d.toml"
    path.write_text(V1_FILE)
    session, read_only = read_session(path)
    assert read_only is None
    assert session.schema_version == SCHEMA_VERSION
    assert session.answer("zz-first").text == "An answer typed in version one."
    assert session.answer("zz-first").points == []
    assert [p.id for p in session.participants] == ["p1", "p2"]
    assert [a.id for a in session.actions] == ["a1", "a2"]
    assert session.participants[1].attended is False
    assert session.notes == {"intro": "An invented note."}
    assert session.timing.minutes == 0 and session.carried == []
    assert path.read_text() == V1_FILE  # reading never rewrites
    again, _ = read_session(path)
    assert [a.id for a in again.actions] == ["a1", "a2"]  # the same ids every time

    save_session(sessions_dir, session)
    text = path.read_text()
    assert f"schema_version = {SCHEMA_VERSION}" in text and 'id = "a2"' in text
    assert load_session(path) == session


def test_new_participants_and_actions_get_unused_ids(review):
    s = make_session(review)
    assert [p.id for p in s.participants] == ["p1", "p2"]
    s.participants.pop(0)
    s.add_participant(Participant(role="Role C"))
    assert [p.id for p in s.participants] == ["p2", "p1"]
    s.add_action(Action(text="x"))
    s.add_action(Action(text="y"))
    assert [a.id for a in s.actions] == ["a1", "a2"]


def test_a_session_saved_with_a_byte_order_mark_is_read(review, sessions_dir):
    """A Windows editor can save the file with a byte-order mark: it was recognised as a
    session (store.kinds) and then refused as unreadable."""
    from reflect.store.kinds import reflect_file_kind

    s = make_session(review)
    path = save_session(sessions_dir, s)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert reflect_file_kind(path) == "session"
    assert read_session(path) == (s, None)
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.title == "Exercise"
