"""Someone given the points kept as typed for them (their "@…" named them before they were
listed), then taken off the list: the points are kept as typed again, "@Alex" and all, for
whoever is listed by it next (a trial: Alex Example, added late, was removed, and the points
typed "@Alex" stayed said by no one, with no "@Alex" left to give them back when Alex was
added again). Ctrl+Z puts it all back; the words as typed are kept in the file
(`Point.typed_as`), so it holds after the session is opened again. All names invented."""

from __future__ import annotations

from reflect.model.edits import SessionEdits
from reflect.model.presence import kept_again_said
from reflect.model.schema import SCHEMA_VERSION
from reflect.store.sessions import list_sessions, save_session
from tests.unit import test_added_late as late
from tests.unit.test_added_late import points, said, typed_before_alex

edits = late.edits  # (the fixture: Sam Sample listed, in an invented huddle)

NOTES = "We never saw the home visit notes @Alex"
GP = "Invented point about the GP @alex ex."


def test_taken_off_the_list_their_points_are_kept_as_typed_again(edits: SessionEdits) -> None:
    typed_before_alex(edits)
    typed = said(edits)
    alex = edits.add_participant("Alex Example", "Health visitor")
    assert said(edits)[:2] == [("We never saw the home visit notes", alex.id),
                               ("Invented point about the GP.", alex.id)]
    assert kept_again_said(edits.session, alex) == (
        " Points 1 and 2 on Question 1 get back the “@…” typed in them, so they are theirs "
        "again if Alex Example is added back.")  # (“@Alex” in one, “@alex ex” in the other)
    edits.remove_participant(alex)
    assert said(edits) == typed and all(p.typed_as is None for p in points(edits))
    again = edits.add_participant("Alex Example")  # listed again: theirs again
    assert said(edits)[:2] == [("We never saw the home visit notes", again.id),
                               ("Invented point about the GP.", again.id)]


def test_ctrl_z_puts_them_back_theirs_and_undo_too(edits: SessionEdits) -> None:
    typed_before_alex(edits)
    alex = edits.add_participant("Alex Example")
    given = said(edits)
    edits.remove_participant(alex)
    edits.add_point("zz-second", "Invented point added since")  # Ctrl+Z keeps it
    assert edits.put_back() is not None
    assert said(edits)[:4] == given and said(edits)[4] == ("Invented point added since", "")
    assert [p.typed_as for p in points(edits)][:2] == [NOTES, GP]
    edits.remove_participant(alex)
    edits.undo()
    assert said(edits)[:4] == given


def test_words_edited_since_keep_their_edit_with_the_at_put_back(edits: SessionEdits) -> None:
    typed_before_alex(edits)
    alex = edits.add_participant("Alex Example")
    first, second = points(edits)[:2]
    edits.edit_point("zz-first", first, text="We never saw the visit notes!")
    edits.remove_participant(alex)
    assert (first.text, second.text) == ("We never saw the visit notes @Alex!", GP)
    edits.put_back()
    assert (first.text, first.by) == ("We never saw the visit notes!", alex.id)


def test_a_point_given_to_someone_else_since_is_left_theirs(edits: SessionEdits) -> None:
    typed_before_alex(edits)
    alex = edits.add_participant("Alex Example")
    sam = edits.session.participants[0]
    first = points(edits)[0]
    edits.edit_point("zz-first", first, by=sam.id)  # Said by…: Sam said it after all
    assert first.typed_as is None
    edits.remove_participant(alex)
    assert (first.text, first.by) == ("We never saw the home visit notes", sam.id)
    # Removed, then another Alex given the point: Ctrl+Z leaves it theirs.
    second = points(edits)[1]
    other = edits.add_participant("Alex Exton")
    assert second.by == other.id
    edits.put_back()
    assert second.by == other.id and alex in edits.session.participants


def test_kept_in_the_file_so_removed_after_reopening_they_are_kept_as_typed(
        edits: SessionEdits, tmp_path) -> None:  # type: ignore[no-untyped-def]
    typed_before_alex(edits)
    edits.add_participant("Alex Example")
    save_session(tmp_path, edits.session)
    [entry] = list_sessions(tmp_path).entries
    reopened = SessionEdits(entry.session)
    assert [p.typed_as for p in points(reopened)][:2] == [NOTES, GP]
    reopened.remove_participant(entry.session.participants[1])
    assert [text for text, _ in said(reopened)][:2] == [NOTES, GP]


def test_nothing_is_said_for_someone_given_no_point(edits: SessionEdits) -> None:
    typed_before_alex(edits)
    sam = edits.session.participants[0]
    assert kept_again_said(edits.session, sam) == ""


def test_a_reflect_that_knows_only_version_4_opens_such_a_file_read_only(
        edits: SessionEdits, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """As every reflect since 0.1 reads a file of a higher version: its points all there,
    nothing written (model/schema.py)."""
    from reflect.store import sessions as store

    typed_before_alex(edits)
    edits.add_participant("Alex Example")
    path = save_session(tmp_path, edits.session)
    monkeypatch.setattr(store, "SCHEMA_VERSION", 4)
    read, read_only = store.read_session(path)
    assert read_only is not None
    assert f"written by a newer reflect (schema {SCHEMA_VERSION}" in read_only
    assert [p.text for a in read.answers for p in a.points][0] == \
        "We never saw the home visit notes"


def test_a_session_too_big_to_edit_says_a_point_as_typed_was_cut_too() -> None:
    """Its words as typed hold the point's and more: over the limit while the point's are
    not, they are cut and said (model/shorten.py), never cut unsaid in a copy that is then
    edited and saved."""
    from reflect.model.session import Session

    s = Session(id="x", review_id="child-zz", review_title="Child ZZ", answers=[{  # type: ignore[list-item]
        "question_id": "q1", "question": "Q?",
        "points": [{"text": "x" * 40, "by": "p1", "typed_as": "x" * 40 + " @Alex"}]}])
    copy, cut = s.shortened(40)
    assert cut == ["point 1 of question 1 as typed"]
    assert copy.answers[0].points[0].typed_as == "x" * 40
